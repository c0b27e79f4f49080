//! `kioskctl doctor`: a read-only health report of the kiosk's data folder.

use std::process::ExitCode;

use kiosk_core::fluent::FluentArgs;
use kiosk_core::health::{self, HealthReport};
use kiosk_core::{store, Error, Language, Localizer};

use crate::report;
use serde_json::json;

pub fn run(json: bool, lang: Option<Language>) -> ExitCode {
    let result = store::data_dir().and_then(|dir| health::inspect(&dir));
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
            if json {
                println!("{}", error_json(&error, &report::messages(&error, lang)));
            } else {
                report::print("doctor", &error, lang);
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
    out
}
