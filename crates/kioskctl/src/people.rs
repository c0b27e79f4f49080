//! `kioskctl people export|import --csv FILE`: the kiosk's entrepreneurs as a
//! spreadsheet, for an admin. The PIN is read from the first line of standard input,
//! never from the command line, and a wrong one counts towards the lockout as on the
//! sign-in screen.

use std::fs::File;
use std::io::{self, BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use kiosk_core::fluent::FluentArgs;
use kiosk_core::people::entrepreneurs::csv::{self, Import, RowNote};
use kiosk_core::people::entrepreneurs::notice;
use kiosk_core::people::{operators, Operator};
use kiosk_core::{Error, Language, Localizer, Store};
use serde_json::json;

use crate::kiosk::chosen;
use crate::report;

/// `people export --csv FILE`: every entrepreneur, newest first.
pub fn export(path: &Path, operator: &str, lang: Option<Language>, json: bool) -> ExitCode {
    let command = "people export";
    let (store, lang) = match open(lang) {
        Ok(opened) => opened,
        Err(error) => return Stop::kiosk(&error, lang).report(command, json),
    };
    let exported = sign_in(&store, operator, lang).and_then(|admin| {
        csv::export_file(&store, &admin, path).map_err(|e| Stop::kiosk(&e, Some(lang)))
    });
    let rows = match exported {
        Ok(rows) => rows,
        Err(stop) => return stop.report(command, json),
    };
    if json {
        println!("{}", json!({ "ok": true, "file": path, "rows": rows }));
    } else {
        let mut args = FluentArgs::new();
        args.set("rows", rows);
        args.set("file", path.display().to_string());
        println!("{}", say(lang, "people-csv-exported", &args));
    }
    ExitCode::SUCCESS
}

/// `people import --csv FILE`: new registrations from a sheet, all or nothing.
pub fn import(path: &Path, operator: &str, lang: Option<Language>, json: bool) -> ExitCode {
    let command = "people import";
    let (store, lang) = match open(lang) {
        Ok(opened) => opened,
        Err(error) => return Stop::kiosk(&error, lang).report(command, json),
    };
    // The file is opened before the PIN is asked, so a mistyped name costs no attempt.
    let Ok(file) = File::open(path) else {
        let mut args = FluentArgs::new();
        args.set("path", path.display().to_string());
        let stop = Stop::refused("people_csv.cannot_open", lang, &args);
        return stop.report(command, json);
    };
    let imported = sign_in(&store, operator, lang).and_then(|admin| {
        csv::import(&store, &admin, io::BufReader::new(file))
            .map_err(|e| Stop::kiosk(&e, Some(lang)))
    });
    match imported {
        Ok(Import::Registered {
            entrepreneurs,
            warnings,
        }) => {
            let localizer = Localizer::embedded();
            if !warnings.is_empty() {
                eprintln!("{}", say(lang, "people-csv-warnings", &FluentArgs::new()));
                for warning in &warnings {
                    eprintln!("  - {}", warning.line(&localizer, lang));
                }
            }
            if json {
                let ids: Vec<&str> = entrepreneurs.iter().map(|e| e.id.as_str()).collect();
                let notes: Vec<RowNote> =
                    warnings.iter().map(|w| w.note(&localizer, lang)).collect();
                let out =
                    json!({ "ok": true, "imported": ids.len(), "ids": ids, "warnings": notes });
                println!("{out}");
            } else {
                let mut args = FluentArgs::new();
                args.set("count", entrepreneurs.len());
                args.set("version", notice().version);
                println!("{}", say(lang, "people-csv-imported", &args));
            }
            ExitCode::SUCCESS
        }
        Ok(Import::Refused { problems }) => {
            let localizer = Localizer::embedded();
            let mut args = FluentArgs::new();
            args.set("count", problems.len());
            let mut stop = Stop::refused("people_csv.rows_invalid", lang, &args);
            stop.rows = problems.iter().map(|p| p.note(&localizer, lang)).collect();
            stop.lines = problems.iter().map(|p| p.line(&localizer, lang)).collect();
            stop.report(command, json)
        }
        Err(stop) => stop.report(command, json),
    }
}

/// The kiosk's store (people commands need no scheme catalog) and the language.
fn open(lang: Option<Language>) -> kiosk_core::Result<(Store, Language)> {
    let store = Store::open_default()?;
    let lang = chosen(&store, lang)?;
    Ok((store, lang))
}

/// Signs in with the PIN from standard input. Whether the operator is an admin is
/// checked by the command itself.
fn sign_in(store: &Store, name: &str, lang: Language) -> Result<Operator, Stop> {
    let Some(pin) = read_pin(name, lang) else {
        return Err(Stop::refused("people_csv.no_pin", lang, &FluentArgs::new()));
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    operators::sign_in(store, name, &pin, now).map_err(|e| Stop::kiosk(&e, Some(lang)))
}

/// The first line of standard input. At a terminal the prompt goes to stderr and the
/// typing is hidden.
fn read_pin(name: &str, lang: Language) -> Option<String> {
    let stdin = io::stdin();
    let at_terminal = stdin.is_terminal();
    if at_terminal {
        let mut args = FluentArgs::new();
        args.set("name", name.to_string());
        eprint!("{}: ", say(lang, "people-csv-pin-prompt", &args));
        show_typing(false);
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if at_terminal {
        show_typing(true);
        eprintln!();
    }
    read.ok()?;
    let pin = line.trim();
    (!pin.is_empty()).then(|| pin.to_string())
}

/// Turns the terminal's echo off or on (Unix `stty`); best effort elsewhere.
fn show_typing(show: bool) {
    #[cfg(unix)]
    let _ = std::process::Command::new("stty")
        .arg(if show { "echo" } else { "-echo" })
        .status();
    #[cfg(not(unix))]
    let _ = show;
}

/// Why a command stopped: a refusal (exit 1) or a failure of the kiosk (exit 2).
#[derive(Debug)]
struct Stop {
    code: &'static str,
    message: String,
    /// A refused sheet's problems: lines for people, rows for `--json`.
    lines: Vec<String>,
    rows: Vec<RowNote>,
    exit: u8,
}

impl Stop {
    /// A kiosk error: a wrong PIN, a lock or a missing role is a refusal; a store or
    /// disk failure is not the user's input.
    fn kiosk(error: &Error, lang: Option<Language>) -> Stop {
        let refused = matches!(
            error,
            Error::SignInFailed { .. } | Error::PinLocked { .. } | Error::NotAdmin
        );
        Stop {
            code: error.code(),
            message: report::messages(error, lang).join("\n\n"),
            lines: vec![],
            rows: vec![],
            exit: if refused { 1 } else { 2 },
        }
    }

    /// A refusal of this command, `people_csv.no_pin` -> message `people-csv-no-pin`.
    fn refused(code: &'static str, lang: Language, args: &FluentArgs) -> Stop {
        let id = code.replace(['.', '_'], "-");
        Stop {
            code,
            message: say(lang, &id, args),
            lines: vec![],
            rows: vec![],
            exit: 1,
        }
    }

    /// Prints `kioskctl <command>: ... [code]` to stderr, or JSON to stdout.
    fn report(self, command: &str, json: bool) -> ExitCode {
        if json {
            let mut out = json!({ "ok": false, "code": self.code, "message": self.message });
            if !self.rows.is_empty() {
                out["rows"] = json!(self.rows);
            }
            println!("{out}");
        } else {
            eprintln!("kioskctl {command}: {} [{}]", self.message, self.code);
            for line in &self.lines {
                eprintln!("  - {line}");
            }
        }
        ExitCode::from(self.exit)
    }
}

fn say(lang: Language, id: &str, args: &FluentArgs) -> String {
    Localizer::embedded().format(lang, id, Some(args))
}
