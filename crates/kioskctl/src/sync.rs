//! `kioskctl sync ...`: enrol the kiosk with the head office, send what is waiting once
//! (as the app's worker does), see how sending goes, and put refused records back in
//! the queue. A sync that fails exits 1 with the translated reason; a store that will
//! not open exits 2.

use std::process::ExitCode;

use kiosk_core::fluent::FluentArgs;
use kiosk_core::outbox::{self, SyncStatus};
use kiosk_core::{Error, Language, Localizer, Store};
use kiosk_sync::{Client, SyncReport};
use serde_json::json;

use crate::kiosk::chosen;
use crate::report;

/// `sync --once`: sends everything waiting, then prints what was sent.
pub fn once(lang: Option<Language>, json: bool) -> ExitCode {
    let store = match Store::open_default() {
        Ok(store) => store,
        Err(error) => return report::fail("sync", &error, lang),
    };
    let lang = language(&store, lang);
    let result = runtime().and_then(|rt| {
        rt.block_on(async {
            let client = Client::new()?;
            kiosk_sync::sync_once(&store, &client).await
        })
    });
    match result {
        Ok(done) if json => {
            let mut out = serde_json::to_value(&done).unwrap_or_default();
            out["ok"] = json!(true);
            println!("{out}");
            ExitCode::SUCCESS
        }
        Ok(done) => {
            println!("{}", report_text(&done, lang));
            ExitCode::SUCCESS
        }
        Err(error) => failed("sync", &error, lang, json),
    }
}

/// `sync enrol --url URL --token TOKEN`.
pub fn enrol(url: &str, token: &str, lang: Option<Language>, json: bool) -> ExitCode {
    let store = match Store::open_default() {
        Ok(store) => store,
        Err(error) => return report::fail("sync enrol", &error, lang),
    };
    let lang = language(&store, lang);
    let result = runtime()
        .and_then(|rt| rt.block_on(kiosk_sync::enrol(&store, url, token)))
        .and_then(|()| store.read(outbox::status));
    match result {
        Ok(status) => {
            // Just stored, so present; an empty pair would only mean a racing reset.
            let (url, kiosk) = status
                .server
                .map(|s| (s.url, s.kiosk_id))
                .unwrap_or_default();
            if json {
                println!(
                    "{}",
                    json!({ "ok": true, "server_url": url, "kiosk_id": kiosk })
                );
            } else {
                let args = [("url", url.as_str()), ("kiosk", kiosk.as_str())];
                println!("{}", say(lang, "sync-enrolled", &args));
            }
            ExitCode::SUCCESS
        }
        Err(error) => failed("sync enrol", &error, lang, json),
    }
}

/// `sync status`: the enrolment, what waits, what was refused, the last sync.
pub fn status(lang: Option<Language>, json: bool) -> ExitCode {
    let result = Store::open_default().and_then(|store| {
        let status = store.read(outbox::status)?;
        Ok((language(&store, lang), status))
    });
    match result {
        Ok((_, status)) if json => {
            println!("{}", serde_json::to_value(&status).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Ok((lang, status)) => {
            print!("{}", status_text(&status, lang));
            ExitCode::SUCCESS
        }
        Err(error) => report::fail("sync status", &error, lang),
    }
}

/// `sync retry [--record ID]`: puts refused records back in the queue.
pub fn retry(record: Option<&str>, lang: Option<Language>, json: bool) -> ExitCode {
    let result = Store::open_default().and_then(|store| {
        let count = outbox::retry_quarantined(&store, record)?;
        Ok((language(&store, lang), count))
    });
    match result {
        Ok((_, count)) if json => {
            println!("{}", json!({ "ok": true, "retried": count }));
            ExitCode::SUCCESS
        }
        Ok((lang, count)) => {
            let mut args = FluentArgs::new();
            args.set("count", count);
            println!(
                "{}",
                Localizer::embedded().format(lang, "sync-retried", Some(&args))
            );
            ExitCode::SUCCESS
        }
        Err(error) => report::fail("sync retry", &error, lang),
    }
}

/// `sync` with neither `--once` nor a subcommand.
pub fn what_to_do(lang: Option<Language>) -> ExitCode {
    let lang = lang.unwrap_or_default();
    eprintln!(
        "kioskctl sync: {}",
        Localizer::embedded().format(lang, "sync-what-to-do", None)
    );
    ExitCode::from(2)
}

/// A failed sync exits 1 (the operator can act: the internet, a new token); a store
/// that fails exits 2, as elsewhere.
fn failed(command: &str, error: &Error, lang: Language, json: bool) -> ExitCode {
    let code = if error.code().starts_with("sync.") {
        1
    } else {
        2
    };
    if json {
        let message = error.message(&Localizer::embedded(), lang);
        let out = json!({ "ok": false, "error": {
            "code": error.code(), "message": message, "detail": error.to_string() } });
        println!("{out}");
    } else {
        report::print(command, error, Some(lang));
    }
    ExitCode::from(code)
}

fn runtime() -> kiosk_core::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::SyncOffline(format!("cannot start the network runtime: {e}")))
}

fn language(store: &Store, lang: Option<Language>) -> Language {
    chosen(store, lang).unwrap_or_default()
}

fn say(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.to_string());
    }
    Localizer::embedded().format(lang, id, Some(&fluent))
}

fn report_text(done: &SyncReport, lang: Language) -> String {
    let localizer = Localizer::embedded();
    if *done == SyncReport::default() {
        return localizer.format(lang, "sync-report-nothing", None);
    }
    let mut args = FluentArgs::new();
    args.set("sent", done.sent);
    args.set("duplicates", done.duplicates);
    args.set("batches", done.batches);
    args.set("photos", done.blobs_uploaded);
    let mut text = localizer.format(lang, "sync-report", Some(&args));
    if done.quarantined > 0 {
        let mut args = FluentArgs::new();
        args.set("count", done.quarantined);
        text.push('\n');
        text.push_str(&localizer.format(lang, "sync-report-quarantined", Some(&args)));
    }
    text
}

fn status_text(status: &SyncStatus, lang: Language) -> String {
    let localizer = Localizer::embedded();
    let format = |id: &str, args: &[(&str, String)]| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        localizer.format(lang, id, Some(&fluent))
    };
    let count = |id: &str, n: i64| {
        let mut fluent = FluentArgs::new();
        fluent.set("count", n);
        localizer.format(lang, id, Some(&fluent))
    };
    let mut lines = vec![match &status.server {
        Some(server) => format(
            "sync-status-server",
            &[
                ("url", server.url.clone()),
                ("kiosk", server.kiosk_id.clone()),
            ],
        ),
        None => format("sync-status-not-enrolled", &[]),
    }];
    let waiting: i64 = status.pending_by_kind.iter().map(|p| p.count).sum();
    lines.push(count("sync-status-pending", waiting));
    for pending in &status.pending_by_kind {
        let mut fluent = FluentArgs::new();
        fluent.set("kind", pending.kind.clone());
        fluent.set("count", pending.count);
        let line = localizer.format(lang, "sync-status-pending-kind", Some(&fluent));
        lines.push(format!("  {line}"));
    }
    lines.push(match &status.last_success_at {
        Some(at) => format("sync-status-last-success", &[("at", at.clone())]),
        None => format("sync-status-never-sent", &[]),
    });
    if let Some(failure) = &status.last_error {
        let message = localizer.format(
            lang,
            &kiosk_core::error::message_id_for(&failure.code),
            None,
        );
        lines.push(format(
            "sync-status-last-error",
            &[("at", failure.at.clone()), ("message", message)],
        ));
    }
    if let Some(at) = &status.next_attempt_at {
        lines.push(format("sync-status-next-attempt", &[("at", at.clone())]));
    }
    if !status.quarantined.is_empty() {
        lines.push(count(
            "sync-status-quarantined",
            status.quarantined.len() as i64,
        ));
        for refused in &status.quarantined {
            let mut fluent = FluentArgs::new();
            fluent.set("kind", refused.kind.clone());
            fluent.set("id", refused.record_id.clone());
            fluent.set("version", refused.version);
            fluent.set("reason", refused.reason.clone());
            let line = localizer.format(lang, "sync-status-quarantined-record", Some(&fluent));
            lines.push(format!("  {line}"));
        }
    }
    lines.iter().map(|line| format!("{line}\n")).collect()
}

#[cfg(test)]
mod tests {
    use kiosk_core::outbox::{PendingKind, QuarantinedRecord, SyncFailure, SyncServer};

    use super::*;

    fn status() -> SyncStatus {
        SyncStatus {
            server: Some(SyncServer {
                url: "https://ho.example.org".into(),
                kiosk_id: "k-42".into(),
                enrolled_at: None,
            }),
            pending_by_kind: vec![
                PendingKind {
                    kind: "entrepreneur".into(),
                    count: 3,
                },
                PendingKind {
                    kind: "survey".into(),
                    count: 1,
                },
            ],
            quarantined: vec![QuarantinedRecord {
                kind: "check_in".into(),
                record_id: "c-9".into(),
                version: 2,
                reason: "record.bad_body".into(),
                at: "2026-03-01T10:00:00.000Z".into(),
            }],
            last_success_at: None,
            last_error: Some(SyncFailure {
                code: "sync.offline".into(),
                at: "2026-03-01T11:00:00.000Z".into(),
            }),
            next_attempt_at: Some("2026-03-01T11:05:00.000Z".into()),
        }
    }

    #[test]
    fn status_names_everything_the_operator_needs_in_both_languages() {
        for lang in Language::ALL {
            let text = status_text(&status(), lang);
            for part in [
                "https://ho.example.org",
                "k-42",
                "4",
                "3",
                "survey",
                "c-9",
                "record.bad_body",
                "2026-03-01T11:05:00.000Z",
            ] {
                assert!(text.contains(part), "{lang}: {part} missing in\n{text}");
            }
            let offline = Error::SyncOffline(String::new()).message(&Localizer::embedded(), lang);
            assert!(
                text.contains(&offline),
                "{lang}: no translated error\n{text}"
            );
            assert!(!text.contains("{"), "{lang}: unfilled variable\n{text}");
        }
    }

    #[test]
    fn a_kiosk_not_enrolled_is_told_how_to_enrol() {
        let text = status_text(
            &SyncStatus {
                server: None,
                pending_by_kind: vec![],
                quarantined: vec![],
                last_success_at: None,
                last_error: None,
                next_attempt_at: None,
            },
            Language::En,
        );
        assert!(text.contains("kioskctl sync enrol"), "{text}");
        assert!(text.contains("Nothing is waiting"), "{text}");
    }

    #[test]
    fn the_report_counts_what_was_sent_and_refused() {
        let done = SyncReport {
            sent: 12,
            duplicates: 3,
            quarantined: 1,
            batches: 2,
            blobs_uploaded: 5,
        };
        let text = report_text(&done, Language::En);
        assert!(
            text.starts_with("Sent: 12 new records, 3 the head office"),
            "{text}"
        );
        assert!(text.contains("1 record was refused"), "{text}");
        let nothing = report_text(&SyncReport::default(), Language::Hi);
        assert_eq!(nothing, "भेजने के लिए कुछ भी बाक़ी नहीं था।");
    }
}
