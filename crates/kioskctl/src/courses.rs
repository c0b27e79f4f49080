//! `kioskctl courses ...`: the kiosk's courses from the command line: list them, check a
//! pack from a USB stick, install it.

use std::path::Path;
use std::process::ExitCode;

use kiosk_core::courses::{self, CourseSummary, Imported};
use kiosk_core::fluent::FluentArgs;
use kiosk_core::{Error, Language, Localizer, Store};
use serde_json::json;

use crate::kiosk::{self, chosen};
use crate::report::{self, fail};

/// `courses list`: every installed course (the shipped ones are installed first).
pub fn list(lang: Option<Language>, json: bool) -> ExitCode {
    let result = open().and_then(|store| Ok((chosen(&store, lang)?, courses::list(&store)?)));
    match result {
        Ok((_, list)) if json => {
            let rows: Vec<_> = list.iter().map(row).collect();
            println!("{}", serde_json::Value::Array(rows));
            ExitCode::SUCCESS
        }
        Ok((lang, list)) => {
            for course in &list {
                let title = match lang {
                    Language::Hi => &course.title.hi,
                    Language::En => &course.title.en,
                };
                let args = [("lessons", course.lessons), ("minutes", course.minutes)];
                let size = say(lang, "courses-list-size", &args);
                println!("{} v{}  {title} ({size})", course.id, course.version);
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail("courses list", &error, lang),
    }
}

fn row(course: &CourseSummary) -> serde_json::Value {
    json!({
        "id": course.id,
        "version": course.version,
        "level": course.level,
        "minutes": course.minutes,
        "lessons": course.lessons,
        "title": course.title,
    })
}

/// `courses validate PATH`: checks a pack without installing it.
pub fn validate(path: &Path, lang: Option<Language>, json: bool) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = chosen(&store, lang)?;
        Ok((lang, courses::check_path(&store, path)?))
    });
    match result {
        Ok((lang, pack)) => {
            let manifest = &pack.manifest;
            if json {
                let out = json!({ "ok": true, "id": manifest.id, "version": manifest.version,
                    "lessons": pack.lessons.len() });
                println!("{out}");
            } else {
                let args = [
                    ("version", manifest.version),
                    ("lessons", pack.lessons.len() as u32),
                ];
                let text = say(lang, "courses-valid", &args);
                println!("{}: {text}", manifest.id);
            }
            ExitCode::SUCCESS
        }
        Err(error) => refused("courses validate", &error, lang, json),
    }
}

/// `courses import PATH`: checks and installs a pack, all or nothing.
pub fn import(path: &Path, lang: Option<Language>, json: bool) -> ExitCode {
    let result = open().and_then(|store| {
        let lang = chosen(&store, lang)?;
        Ok((lang, courses::import_path(&store, path)?))
    });
    match result {
        Ok((lang, done)) => {
            let (kind, id, version, from) = match &done {
                Imported::Installed { id, version } => ("installed", id, *version, None),
                Imported::Upgraded { id, from, to } => ("upgraded", id, *to, Some(*from)),
                Imported::AlreadyCurrent { id, version } => ("already_current", id, *version, None),
            };
            if json {
                let out = json!({ "result": kind, "id": id, "version": version, "from": from });
                println!("{out}");
            } else {
                let args = [("version", version), ("from", from.unwrap_or(0))];
                let text = say(
                    lang,
                    &format!("courses-import-{}", kind.replace('_', "-")),
                    &args,
                );
                println!("{id}: {text}");
            }
            ExitCode::SUCCESS
        }
        Err(error) => refused("courses import", &error, lang, json),
    }
}

/// A refused pack exits 1 with its problems (as JSON with --json); other failures exit 2.
fn refused(command: &str, error: &Error, lang: Option<Language>, json: bool) -> ExitCode {
    let Error::CoursePackInvalid { problems } = error else {
        return fail(command, error, lang);
    };
    if json {
        let localizer = Localizer::embedded();
        let lang = lang.unwrap_or_default();
        let views: Vec<_> = problems.iter().map(|p| p.view(&localizer, lang)).collect();
        println!(
            "{}",
            json!({ "ok": false, "code": error.code(), "problems": views })
        );
    } else {
        report::print(command, error, lang);
    }
    ExitCode::from(1)
}

fn say(lang: Language, id: &str, args: &[(&str, u32)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, *value);
    }
    Localizer::embedded().format(lang, id, Some(&fluent))
}

/// The kiosk's store with the shipped courses installed.
fn open() -> kiosk_core::Result<Store> {
    let store = kiosk::open()?;
    courses::ensure_shipped(&store)?;
    Ok(store)
}
