//! `kioskctl`: the operator's and support team's command line over kiosk-core.

mod doctor;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kiosk_core::Language;

#[derive(Debug, Parser)]
#[command(name = "kioskctl", version, about = "Gram Kiosk command-line tool")]
struct Cli {
    /// Language for messages (hi or en). Default: the kiosk's chosen language.
    #[arg(long, global = true)]
    lang: Option<Language>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show where the kiosk keeps its data and whether the database is healthy.
    Doctor {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Doctor { json } => doctor::run(json, cli.lang),
    }
}
