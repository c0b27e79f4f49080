//! `headoffice`: runs the head office server and manages the kiosks enrolled with it.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use headoffice::{HeadOffice, KioskRow};

#[derive(Debug, Parser)]
#[command(name = "headoffice", version, about = "Gram Kiosk head office server")]
struct Cli {
    /// Where the database and the photos live. Default: GRAM_HEADOFFICE_DATA_DIR, else
    /// the OS's data folder for headoffice.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Keep kiosks and records in this PostgreSQL database instead of the SQLite file
    /// (postgres://USER:PASSWORD@HOST:PORT/DATABASE); photos stay in the data folder.
    /// Better given in the environment, which keeps the password out of `ps`.
    #[arg(
        long,
        global = true,
        value_name = "URL",
        env = headoffice::DATABASE_URL_ENV,
        hide_env_values = true
    )]
    database_url: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the sync API until Ctrl-C.
    Serve {
        /// Address and port to listen on.
        #[arg(long, default_value = "127.0.0.1:8750")]
        listen: SocketAddr,
    },
    /// Enrol, revoke and list kiosks.
    Kiosk {
        #[command(subcommand)]
        command: KioskCommand,
    },
    /// The dashboard's admin account.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Set the dashboard's admin password (10 to 200 characters), read from the first
    /// line of standard input so it stays out of the shell history. Signs everyone out.
    SetPassword,
}

#[derive(Debug, Subcommand)]
enum KioskCommand {
    /// Print a one-time token to type on the kiosk's Sync screen.
    Enrol {
        /// A name people recognise, e.g. "Bagli kiosk".
        #[arg(long)]
        name: String,
        /// Re-enrol this kiosk (it keeps its id and records; its old secret stops working).
        #[arg(long, value_name = "ID")]
        kiosk: Option<String>,
        /// How long the token stays valid.
        #[arg(long, default_value_t = 72)]
        hours: u32,
    },
    /// Stop a kiosk at once: every later request with its secret is refused.
    Revoke {
        #[arg(long, value_name = "ID")]
        kiosk: String,
    },
    /// Every enrolled kiosk with its last sync and record count.
    List {
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// A failure as the admin reads it: the stable code, then the detail.
#[derive(Debug)]
struct Failure(String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<headoffice::Error> for Failure {
    fn from(error: headoffice::Error) -> Self {
        Failure(format!("error [{}]: {error}", error.code()))
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(format!("error: {error}"))
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => headoffice::data_dir()?,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let office = match cli.database_url.as_deref().filter(|url| !url.is_empty()) {
            Some(url) => HeadOffice::open_postgres(url, &data_dir).await?,
            None => HeadOffice::open_sqlite(&data_dir)?,
        };
        command(office, cli.command, &data_dir).await
    })
}

async fn command(
    office: HeadOffice,
    command: Command,
    data_dir: &std::path::Path,
) -> Result<(), Failure> {
    match command {
        Command::Serve { listen } => serve(office, listen, data_dir).await,
        Command::Admin {
            command: AdminCommand::SetPassword,
        } => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            let password = line.trim_end_matches(['\r', '\n']);
            office.set_admin_password(password).await?;
            eprintln!("The admin password is set.");
            Ok(())
        }
        Command::Kiosk { command } => match command {
            KioskCommand::Enrol { name, kiosk, hours } => {
                let token = office.enrol(&name, kiosk.as_deref(), hours).await?;
                eprintln!("One-time token for “{name}”, valid for {hours} hours:");
                println!("{token}");
                Ok(())
            }
            KioskCommand::Revoke { kiosk } => {
                office.revoke(&kiosk).await?;
                eprintln!("Kiosk {kiosk} is revoked.");
                Ok(())
            }
            KioskCommand::List { json } => {
                let kiosks = office.kiosks().await?;
                if json {
                    let text = serde_json::to_string_pretty(&kiosks)
                        .map_err(|e| Failure(format!("error: {e}")))?;
                    println!("{text}");
                } else {
                    print_kiosks(&kiosks);
                }
                Ok(())
            }
        },
    }
}

async fn serve(
    office: HeadOffice,
    listen: SocketAddr,
    data_dir: &std::path::Path,
) -> Result<(), Failure> {
    // Handlers first: once the port answers, a SIGTERM must already stop us gently.
    let stop = stop_signal()?;
    let listener = tokio::net::TcpListener::bind(listen).await?;
    tracing::info!(
        address = %listener.local_addr()?,
        database = %office.database_name(),
        data = %data_dir.display(),
        "serving"
    );
    headoffice::serve_until(listener, office, stop).await?;
    Ok(())
}

/// Ctrl-C, or SIGTERM from systemd or docker: stop taking connections, finish requests.
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    Ok(async move {
        #[cfg(unix)]
        let terminated = terminate.recv();
        #[cfg(not(unix))]
        let terminated = std::future::pending::<Option<()>>();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminated => {}
        }
        tracing::info!("stopping");
    })
}

fn print_kiosks(kiosks: &[KioskRow]) {
    if kiosks.is_empty() {
        eprintln!("No kiosk is enrolled yet.");
        return;
    }
    println!(
        "{:<36}  {:<24}  {:<8}  {:<24}  {:>7}",
        "ID", "NAME", "STATE", "LAST SYNC (UTC)", "RECORDS"
    );
    for kiosk in kiosks {
        println!(
            "{:<36}  {:<24}  {:<8}  {:<24}  {:>7}",
            kiosk.id,
            kiosk.name,
            if kiosk.revoked { "revoked" } else { "active" },
            kiosk.last_sync_at.as_deref().unwrap_or("never"),
            kiosk.records
        );
    }
}
