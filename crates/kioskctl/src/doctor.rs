//! `kioskctl doctor`: a read-only health report of the kiosk's data folder.

use std::process::ExitCode;

use kiosk_core::health::{self, HealthReport};
use kiosk_core::{store, Error, Language, Localizer};
use serde_json::json;

pub fn run(json: bool, lang: Option<Language>) -> ExitCode {
    let result = store::data_dir().and_then(|dir| health::inspect(&dir));
    match (result, json) {
        (Ok(report), false) => {
            print!("{}", text_report(&report));
            ExitCode::SUCCESS
        }
        (Ok(report), true) => {
            println!("{}", json!({ "ok": true, "report": report }));
            ExitCode::SUCCESS
        }
        (Err(error), json) => {
            let localizer = Localizer::embedded();
            // The kiosk's language cannot be read from a database that will not open,
            // so without --lang the message is given in both languages.
            let langs = lang.map_or(Language::ALL.to_vec(), |l| vec![l]);
            let messages: Vec<String> = langs
                .iter()
                .map(|&l| error.message(&localizer, l))
                .collect();
            if json {
                println!("{}", error_json(&error, &messages));
            } else {
                eprintln!(
                    "kioskctl doctor: {} [{}]",
                    messages.join("\n\n"),
                    error.code()
                );
            }
            ExitCode::from(2)
        }
    }
}

fn error_json(error: &Error, messages: &[String]) -> serde_json::Value {
    json!({
        "ok": false,
        "error": {
            "code": error.code(),
            "message": messages.join("\n\n"),
            "path": error.path(),
            "detail": error.to_string(),
        }
    })
}

fn text_report(report: &HealthReport) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: String| out.push_str(&format!("{label:<16}{value}\n"));
    line("data dir", report.data_dir.display().to_string());
    line("database", report.db_path.display().to_string());
    if report.db_exists {
        line(
            "schema version",
            format!(
                "{} (app: {})",
                report.schema_version, report.latest_schema_version
            ),
        );
    } else {
        line(
            "schema version",
            "none yet: the app has not been started here".into(),
        );
    }
    line("language", report.language.to_string());
    line(
        "kiosk id",
        report.kiosk_id.clone().unwrap_or_else(|| "-".into()),
    );
    line("records", String::new());
    for (table, count) in &report.record_counts {
        out.push_str(&format!("  {table:<14}{count}\n"));
    }
    out
}
