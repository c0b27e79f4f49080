//! `kioskctl doctor`: a read-only health report of the kiosk's data folder.

use std::process::ExitCode;

use kiosk_core::fluent::FluentArgs;
use kiosk_core::health::{self, HealthReport};
use kiosk_core::{logs, store, Error, Language, Localizer};

use crate::report;
use serde_json::json;

pub fn run(json: bool, lang: Option<Language>) -> ExitCode {
    let (dir, result) = match store::data_dir() {
        Ok(dir) => {
            let result = health::inspect(&dir);
            (Some(dir), result)
        }
        Err(error) => (None, Err(error)),
    };
    // Even when the folder cannot be inspected, its logs may say why.
    let last_errors = || {
        dir.as_deref()
            .map(|dir| logs::last_errors(dir, health::LAST_ERRORS))
            .unwrap_or_default()
    };
    match (result, json) {
        (Ok(report), false) => {
            let lang = lang.unwrap_or(report.language);
            print!("{}", text_report(&report, &Localizer::embedded(), lang));
            ExitCode::SUCCESS
        }
        (Ok(report), true) => {
            println!("{}", json!({ "ok": true, "report": report }));
            ExitCode::SUCCESS
        }
        (Err(error), json) => {
            let last_errors = last_errors();
            if json {
                let messages = report::messages(&error, lang);
                println!("{}", error_json(&error, &messages, &last_errors));
            } else {
                report::print("doctor", &error, lang);
                let localizer = Localizer::embedded();
                let lang = lang.unwrap_or_default();
                eprint!("{}", errors_section(&last_errors, &localizer, lang));
            }
            ExitCode::from(2)
        }
    }
}

fn error_json(error: &Error, messages: &[String], last_errors: &[String]) -> serde_json::Value {
    json!({
        "ok": false,
        "error": {
            "code": error.code(),
            "message": messages.join("\n\n"),
            "path": error.path(),
            "detail": error.to_string(),
        },
        "last_errors": last_errors,
    })
}

/// The last errors of the app's logs, one a line, or that there are none.
fn errors_section(last_errors: &[String], localizer: &Localizer, lang: Language) -> String {
    let mut out = format!("{}:\n", localizer.format(lang, "doctor-last-errors", None));
    if last_errors.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            localizer.format(lang, "doctor-no-errors", None)
        ));
    }
    for line in last_errors {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

fn text_report(report: &HealthReport, localizer: &Localizer, lang: Language) -> String {
    let label = |id: &str| localizer.format(lang, id, None);
    let schema = if report.db_exists {
        let mut args = FluentArgs::new();
        args.set("found", report.schema_version);
        args.set("latest", report.latest_schema_version);
        localizer.format(lang, "doctor-schema-current", Some(&args))
    } else {
        label("doctor-schema-none")
    };
    let mut out = String::new();
    for (id, value) in [
        ("doctor-data-dir", report.data_dir.display().to_string()),
        ("doctor-database", report.db_path.display().to_string()),
        ("doctor-schema-version", schema),
        (
            "doctor-language",
            label(&format!("lang-{}", report.language)),
        ),
        (
            "doctor-kiosk-id",
            report.kiosk_id.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "doctor-catalog-version",
            report.catalog_version.clone().unwrap_or_else(|| "-".into()),
        ),
    ] {
        out.push_str(&format!("{}: {value}\n", label(id)));
    }
    out.push_str(&format!("{}:\n", label("doctor-records")));
    for (table, count) in &report.record_counts {
        out.push_str(&format!("  {table}: {count}\n"));
    }
    out.push_str(&errors_section(&report.last_errors, localizer, lang));
    out
}
