//! `POST /api/v1/batches`: receipts, idempotency, conflicts, tombstones, limits and
//! all-or-nothing transactions.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::{entrepreneur, gzip, just_outcomes, learner, start, tombstone};

async fn bodies(
    server: &crate::common::Server,
    kind: &str,
) -> Vec<(String, i64, Option<Value>, bool)> {
    server
        .records(kind)
        .await
        .into_iter()
        .map(|r| (r.id, r.version, r.body, r.deleted))
        .collect()
}

#[tokio::test]
async fn enrol_exchange_batch_and_receipt() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let records = json!([
        entrepreneur("e1", 1, "Sunita"),
        learner("l1"),
        entrepreneur("e1", 2, "Sunita Devi")
    ]);
    let response = server.send(&kiosk, records).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .starts_with("application/json"));
    let receipt: Value = response.json().await.expect("json");
    assert_eq!(
        receipt,
        json!({ "batch_id": "0192f0c0-0000-7000-8000-000000000001", "results": [
            { "id": "e1", "version": 1, "outcome": "applied", "reason": null },
            { "id": "l1", "version": 1, "outcome": "applied", "reason": null },
            { "id": "e1", "version": 2, "outcome": "applied", "reason": null },
        ]})
    );
    let stored = server.records("entrepreneur").await;
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1].kiosk_id, kiosk.id);
    assert_eq!(
        stored[1].body.as_ref().expect("body")["profile"]["full_name"],
        "Sunita Devi"
    );
    let kiosks = server.office.kiosks().await.expect("kiosks");
    assert!(kiosks[0].last_sync_at.is_some());
    assert_eq!(kiosks[0].records, 2, "distinct ids");
}

#[tokio::test]
async fn the_same_batch_again_is_all_duplicates() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let records = json!([entrepreneur("e1", 1, "Sunita"), learner("l1")]);
    assert_eq!(
        just_outcomes(&server.outcomes(&kiosk, records.clone()).await),
        ["applied", "applied"]
    );
    let before = bodies(&server, "entrepreneur").await;
    assert_eq!(
        just_outcomes(&server.outcomes(&kiosk, records).await),
        ["duplicate", "duplicate"]
    );
    // Key order and spacing do not make a body different.
    let reordered: Value = serde_json::from_str(
        r#"[{"deleted":false,"body":{"avatar":"mango","name":"सीता","id":"l1"},"version":1,"kind":"learner","id":"l1"}]"#,
    )
    .expect("json");
    assert_eq!(
        just_outcomes(&server.outcomes(&kiosk, reordered).await),
        ["duplicate"]
    );
    assert_eq!(bodies(&server, "entrepreneur").await, before);
}

#[tokio::test]
async fn a_changed_body_at_the_same_version_is_a_conflict_and_changes_nothing() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    server
        .outcomes(&kiosk, json!([entrepreneur("e1", 1, "Sunita")]))
        .await;
    let before = bodies(&server, "entrepreneur").await;
    let results = server
        .outcomes(
            &kiosk,
            json!([entrepreneur("e1", 1, "Sunil"), learner("l1")]),
        )
        .await;
    assert_eq!(results[0].2, "conflict");
    assert_eq!(results[0].3, "record.conflict");
    assert_eq!(results[1].2, "applied", "the rest of the batch is applied");
    assert_eq!(bodies(&server, "entrepreneur").await, before);
}

#[tokio::test]
async fn a_tombstone_erases_every_version_and_later_versions_are_refused() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    server
        .outcomes(
            &kiosk,
            json!([
                entrepreneur("e1", 1, "Sunita"),
                entrepreneur("e1", 2, "Sunita Devi")
            ]),
        )
        .await;
    let results = server
        .outcomes(&kiosk, json!([tombstone("entrepreneur", "e1", 3)]))
        .await;
    assert_eq!(just_outcomes(&results), ["applied"]);
    assert_eq!(
        bodies(&server, "entrepreneur").await,
        [
            ("e1".into(), 1, None, false),
            ("e1".into(), 2, None, false),
            ("e1".into(), 3, None, true)
        ]
    );
    let results = server
        .outcomes(
            &kiosk,
            json!([
                tombstone("entrepreneur", "e1", 3),
                entrepreneur("e1", 2, "Sunita Devi"),
                entrepreneur("e1", 4, "Sunita"),
            ]),
        )
        .await;
    assert_eq!(
        just_outcomes(&results),
        ["duplicate", "duplicate", "rejected"]
    );
    assert_eq!(results[2].3, "record.erased");
    assert!(bodies(&server, "entrepreneur")
        .await
        .iter()
        .all(|r| r.2.is_none()));

    // A tombstone replacing a version the server holds (the kiosk scrubbed its outbox).
    server.outcomes(&kiosk, json!([learner("l1")])).await;
    let results = server
        .outcomes(&kiosk, json!([tombstone("learner", "l1", 1)]))
        .await;
    assert_eq!(just_outcomes(&results), ["applied"]);
    assert_eq!(
        bodies(&server, "learner").await,
        [("l1".into(), 1, None, true)]
    );
}

#[tokio::test]
async fn bad_records_are_rejected_with_a_reason_and_the_rest_applied() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let mut bad_version = learner("l3");
    bad_version["version"] = json!(0);
    let mut not_object = learner("l4");
    not_object["body"] = json!("text");
    let mut kind_changed = learner("e1");
    kind_changed["version"] = json!(5);
    let mut long_id = learner(&"x".repeat(101));
    long_id["body"] = json!({});
    let records = json!([
        entrepreneur("e1", 1, "Sunita"),
        { "id": "c1", "kind": "certificate", "version": 1, "deleted": false, "body": {} },
        learner("l2"),
        bad_version,
        not_object,
        kind_changed,
        long_id,
        { "id": "c2", "kind": "check_in", "version": 1, "deleted": false,
          "body": { "entrepreneur_id": "e1", "date": "2026-03-20" } },
    ]);
    let results = server.outcomes(&kiosk, records).await;
    let reasons: Vec<(&str, &Value)> = results.iter().map(|r| (r.2.as_str(), &r.3)).collect();
    assert_eq!(
        reasons,
        [
            ("applied", &Value::Null),
            ("rejected", &json!("record.unknown_kind")),
            ("applied", &Value::Null),
            ("rejected", &json!("record.bad_version")),
            ("rejected", &json!("record.bad_body")),
            ("rejected", &json!("record.kind_mismatch")),
            ("rejected", &json!("record.bad_id")),
            ("rejected", &json!("record.bad_body")),
        ]
    );
    assert_eq!(server.records("learner").await.len(), 1);
    assert_eq!(server.records("entrepreneur").await.len(), 1);
    assert!(server.records("certificate").await.is_empty());
}

#[tokio::test]
async fn malformed_bodies_are_400() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let good = serde_json::to_vec(&json!({ "kiosk_id": kiosk.id, "batch_id": "b", "records": [] }))
        .expect("json");
    let cut_gzip = gzip(&good)[..12].to_vec();
    for (what, body, gzipped) in [
        ("not gzip", good.clone(), true),
        ("cut gzip", cut_gzip, true),
        ("gzipped HTML", gzip(b"<html>login</html>"), true),
        ("not JSON", b"<html>login</html>".to_vec(), false),
        (
            "no records",
            gzip(br#"{"kiosk_id":"k","batch_id":"b"}"#),
            true,
        ),
        (
            "a record without a body",
            gzip(
                &serde_json::to_vec(&json!({
            "kiosk_id": kiosk.id, "batch_id": "b",
            "records": [{ "id": "l", "kind": "learner", "version": 1 }] }))
                .expect("json"),
            ),
            true,
        ),
    ] {
        let response = server.post_raw(&kiosk.bearer(), body, gzipped).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{what}");
        let error: Value = response.json().await.expect("json");
        assert_eq!(error, json!({ "error": "bad_request" }), "{what}");
    }
    // Plain JSON without Content-Encoding is taken too.
    let response = server.post_raw(&kiosk.bearer(), good, false).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn more_than_500_records_is_413_and_500_are_fine() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let many = |n: usize| Value::Array((0..n).map(|i| learner(&format!("l{i}"))).collect());
    let response = server.send(&kiosk, many(501)).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(server.records("learner").await.is_empty());
    let results = server.outcomes(&kiosk, many(500)).await;
    assert_eq!(results.len(), 500);
}

#[tokio::test]
async fn a_gzip_bomb_is_413_quickly() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let bomb = gzip(&vec![0u8; 100 * 1024 * 1024]);
    assert!(
        bomb.len() < 2 * 1024 * 1024,
        "the bomb passes the compressed limit"
    );
    let started = Instant::now();
    let response = server.post_raw(&kiosk.bearer(), bomb, true).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_body_over_2_mib_compressed_is_413() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let response = server
        .post_raw(&kiosk.bearer(), vec![b' '; 2 * 1024 * 1024 + 1], false)
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_failure_mid_batch_applies_nothing() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    // The database refuses the third record, after the kiosk's sync time and two
    // records were written in the transaction.
    server
        .execute(
            "CREATE TRIGGER fail_mid_batch BEFORE INSERT ON records WHEN NEW.id = 'boom'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
            "CREATE FUNCTION fail_mid_batch() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
                 IF NEW.id = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF;
                 RETURN NEW;
             END $$;
             CREATE TRIGGER fail_mid_batch BEFORE INSERT ON records
                 FOR EACH ROW EXECUTE FUNCTION fail_mid_batch();",
        )
        .await;
    let records = json!([learner("l1"), learner("l2"), learner("boom"), learner("l3")]);
    let response = server.send(&kiosk, records.clone()).await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let error: Value = response.json().await.expect("json");
    assert_eq!(error, json!({ "error": "internal" }));
    assert!(server.records("learner").await.is_empty());
    assert_eq!(
        server.office.kiosks().await.expect("kiosks")[0].last_sync_at,
        None
    );

    server
        .execute(
            "DROP TRIGGER fail_mid_batch",
            "DROP TRIGGER fail_mid_batch ON records",
        )
        .await;
    let results = server.outcomes(&kiosk, records).await;
    assert_eq!(just_outcomes(&results), ["applied"; 4]);
}
