//! `kioskctl`: the operator's and support team's command line over kiosk-core.

mod courses;
mod doctor;
mod kiosk;
mod people;
mod report;
mod schemes;
mod sync;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kiosk_core::catalog::eligibility::{Caste, Gender, Profile};
use kiosk_core::catalog::{Level, Occupation, Residence};
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
    /// Look up government schemes in the kiosk's catalog.
    Schemes {
        #[command(subcommand)]
        command: SchemesCommand,
    },
    /// List the kiosk's courses, check a course pack, install one from a USB stick.
    Courses {
        #[command(subcommand)]
        command: CoursesCommand,
    },
    /// Entrepreneurs as a spreadsheet (admins only; the PIN is read from standard input).
    People {
        #[command(subcommand)]
        command: PeopleCommand,
    },
    /// Send the kiosk's records to the head office (--once), enrol with it, or see
    /// what waits and what it refused.
    #[command(args_conflicts_with_subcommands = true)]
    Sync {
        #[command(subcommand)]
        command: Option<SyncCommand>,
        /// Send everything waiting now, once, and print what was sent; exits 1 if
        /// sending failed (nothing is lost: it is sent again later).
        #[arg(long)]
        once: bool,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum SyncCommand {
    /// Connect this kiosk to the head office with the one-time token it gave you.
    Enrol {
        /// The head office's address, e.g. https://ho.example.org
        #[arg(long)]
        url: String,
        /// The one-time token, as printed (spaces do not matter).
        #[arg(long)]
        token: String,
        #[arg(long)]
        json: bool,
    },
    /// The head office, records waiting by kind, records it refused, the last sync.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Put records the head office refused back in the queue (all, or one record's).
    Retry {
        /// Only this record's id.
        #[arg(long)]
        record: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum PeopleCommand {
    /// Write every entrepreneur, newest first, to a CSV file (UTF-8 with a BOM, so
    /// spreadsheet programs show the Hindi). Erased records keep only their id and dates.
    Export {
        #[command(flatten)]
        sheet: Sheet,
    },
    /// Register new people from a CSV file with an export's column names and a consent
    /// column saying yes; all rows or none, with every bad row listed.
    Import {
        #[command(flatten)]
        sheet: Sheet,
    },
}

/// The file and the admin of a `people` command.
#[derive(Debug, clap::Args)]
struct Sheet {
    /// The CSV file, e.g. /media/usb/entrepreneurs.csv
    #[arg(long = "csv", value_name = "FILE")]
    file: std::path::PathBuf,
    /// The admin's name as on the sign-in screen; the PIN is the first line of stdin.
    #[arg(long)]
    operator: String,
    /// Print the result, or every problem of a refused sheet, as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum CoursesCommand {
    /// Every course on the kiosk.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Check a course pack (a folder or a .zip) without installing it; exits 1 with the
    /// problems found, each with its file and line.
    Validate {
        path: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Check and install a course pack, all or nothing. A newer version replaces the
    /// course; an older one is refused.
    Import {
        path: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum SchemesCommand {
    /// Search schemes by the words a villager uses (Hindi, English or romanised Hindi).
    Search {
        query: String,
        /// Rank schemes of this state higher (e.g. "Madhya Pradesh").
        #[arg(long)]
        state: Option<String>,
        /// Only central or only state schemes.
        #[arg(long, value_parser = parse_level)]
        level: Option<Level>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print a JSON array of { id, name, score } in rank order.
        #[arg(long)]
        json: bool,
    },
    /// Show one scheme by its id (myScheme slug).
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Write the printable papers checklist of a scheme as a self-contained HTML page.
    Checklist {
        id: String,
        /// Where to write the page, e.g. checklist.html
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// List schemes that fit a villager's answers, with the reasons. Skip any answer.
    Eligible {
        #[command(flatten)]
        answers: Answers,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
}

/// A villager's answers for `schemes eligible`; every one may be left out.
#[derive(Debug, clap::Args)]
struct Answers {
    #[arg(long)]
    age: Option<f32>,
    /// female, male or transgender
    #[arg(long, value_parser = parse_answer::<Gender>)]
    gender: Option<Gender>,
    /// general, obc, sc, st, ews or pvtg
    #[arg(long, value_parser = parse_answer::<Caste>)]
    caste: Option<Caste>,
    /// As the catalog spells it, e.g. "Madhya Pradesh"
    #[arg(long)]
    state: Option<String>,
    #[arg(long)]
    widowed: Option<bool>,
    #[arg(long)]
    disability: Option<bool>,
    /// rural or urban
    #[arg(long, value_parser = parse_answer::<Residence>)]
    residence: Option<Residence>,
    /// farmer, livestock, fisher, labourer, construction_worker, artisan, street_vendor,
    /// business, health_worker, safai_karamchari, ex_serviceman, sportsperson,
    /// journalist or unemployed
    #[arg(long, value_parser = parse_answer::<Occupation>)]
    occupation: Option<Occupation>,
    /// Whether the family holds a BPL card
    #[arg(long)]
    bpl_card: Option<bool>,
    #[arg(long)]
    student: Option<bool>,
}

impl From<Answers> for Profile {
    fn from(a: Answers) -> Self {
        Profile {
            age: a.age,
            gender: a.gender,
            caste: a.caste,
            state: a.state,
            widowed: a.widowed,
            disability: a.disability,
            residence: a.residence,
            occupation: a.occupation,
            bpl_card: a.bpl_card,
            student: a.student,
        }
    }
}

/// An answer spelt as in the JSON the app uses (`female`, `sc`, ...).
fn parse_answer<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|_| format!("{text:?} is not one of the allowed answers"))
}

fn parse_level(text: &str) -> Result<Level, String> {
    match text {
        "central" => Ok(Level::Central),
        "state" => Ok(Level::State),
        other => Err(format!("{other:?}: use central or state")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Doctor { json } => doctor::run(json, cli.lang),
        Command::Schemes {
            command:
                SchemesCommand::Search {
                    query,
                    state,
                    level,
                    limit,
                    json,
                },
        } => schemes::search(&query, cli.lang, state, level, limit, json),
        Command::Schemes {
            command: SchemesCommand::Show { id, json },
        } => schemes::show(&id, cli.lang, json),
        Command::Courses { command } => match command {
            CoursesCommand::List { json } => courses::list(cli.lang, json),
            CoursesCommand::Validate { path, json } => courses::validate(&path, cli.lang, json),
            CoursesCommand::Import { path, json } => courses::import(&path, cli.lang, json),
        },
        Command::People { command } => match command {
            PeopleCommand::Export { sheet } => {
                people::export(&sheet.file, &sheet.operator, cli.lang, sheet.json)
            }
            PeopleCommand::Import { sheet } => {
                people::import(&sheet.file, &sheet.operator, cli.lang, sheet.json)
            }
        },
        Command::Sync {
            command: None,
            once,
            json,
        } => {
            if once {
                sync::once(cli.lang, json)
            } else {
                sync::what_to_do(cli.lang)
            }
        }
        Command::Sync {
            command: Some(command),
            ..
        } => match command {
            SyncCommand::Enrol { url, token, json } => sync::enrol(&url, &token, cli.lang, json),
            SyncCommand::Status { json } => sync::status(cli.lang, json),
            SyncCommand::Retry { record, json } => sync::retry(record.as_deref(), cli.lang, json),
        },
        Command::Schemes {
            command: SchemesCommand::Checklist { id, out },
        } => schemes::checklist(&id, cli.lang, &out),
        Command::Schemes {
            command:
                SchemesCommand::Eligible {
                    answers,
                    limit,
                    json,
                },
        } => {
            let profile = Profile::from(answers);
            schemes::eligible(&profile, cli.lang, limit, json)
        }
    }
}
