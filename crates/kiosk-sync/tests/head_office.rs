//! The sync worker against the real head office (`crates/headoffice`) over loopback:
//! a thousand records with photos arrive exactly once, a second sync sends nothing, a
//! revoked kiosk keeps its records until it is enrolled again, a conflict is set aside,
//! a server that is down or a captive portal's HTML marks nothing, and the worker sends
//! on its own. Each test has its own kiosk data folder and head office.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use kiosk_core::outbox;
use kiosk_core::people::entrepreneurs;
use kiosk_core::settings::{self, Enrolment};
use kiosk_core::{photos, Error, Store};
use kiosk_sync::{sync_once, Client, SyncReport};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

mod common;
use common::*;

/// Enrols with made-up credentials at `url` (a server that is down, or not ours).
fn enrol_at(store: &Store, url: &str) {
    let enrolment = Enrolment {
        server_url: url.into(),
        kiosk_id: "k".into(),
        secret: "s".into(),
    };
    store
        .write(|tx| settings::set_enrolment(tx, &enrolment))
        .expect("enrolled");
}

fn sent_count(store: &Store) -> i64 {
    store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("count")
}

fn last_error(store: &Store) -> Option<String> {
    store
        .read(outbox::status)
        .expect("status")
        .last_error
        .map(|e| e.code)
}

/// Runs SQL on the kiosk's file beside the store (what a lost receipt or a bug leaves).
fn tamper(store: &Store, sql: &str) {
    let conn = rusqlite::Connection::open(store.path()).expect("opens the file");
    conn.busy_timeout(Duration::from_secs(5)).expect("timeout");
    conn.execute_batch(sql).expect("tampered");
}

fn client() -> Client {
    Client::new().expect("client")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_records_with_photos_arrive_exactly_once() {
    let office = Office::start().await;
    let k = kiosk();
    let hashes = register(&k, 0, 1000, 60);
    office.enrol(&k).await;

    let report = sync_once(&k.store, &client()).await.expect("synced");
    assert_eq!(report.sent, 1000, "{report:?}");
    assert_eq!(
        (report.duplicates, report.quarantined),
        (0, 0),
        "{report:?}"
    );
    assert!(
        report.batches >= 2,
        "at most 500 records a batch: {report:?}"
    );
    assert_eq!(report.blobs_uploaded, 60, "each photo once: {report:?}");

    let sent = outbox_rows(&k.store, "entrepreneur");
    assert_eq!(sent.len(), 1000);
    assert_eq!(
        office.records("entrepreneur").await,
        sent,
        "same ids, versions, bodies"
    );
    for hash in &hashes {
        let held = office.office.blob(hash).expect("blob read");
        let ours = photos::read(&k.store, hash).expect("photo read");
        assert!(held.is_some() && held == ours, "photo {hash} differs");
    }
    let largest = hashes
        .iter()
        .filter_map(|h| photos::read(&k.store, h).expect("read"))
        .map(|bytes| bytes.len())
        .max();
    assert!(
        largest > Some(kiosk_sync::PHOTO_PART_BYTES),
        "one photo needs several parts: {largest:?}"
    );

    let status = k.store.read(outbox::status).expect("status");
    assert!(status.pending_by_kind.is_empty(), "{status:?}");
    assert!(status.last_success_at.is_some());
    assert_eq!(status.last_error, None);
    let some_id = &sent.keys().next().expect("a record").0;
    assert!(k
        .store
        .read(|c| outbox::is_synced(c, some_id))
        .expect("reads"));

    let again = sync_once(&k.store, &client()).await.expect("second sync");
    assert_eq!(again, SyncReport::default(), "nothing left to send");
    assert_eq!(office.records("entrepreneur").await.len(), 1000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_kiosk_keeps_its_records_until_enrolled_again() {
    let office = Office::start().await;
    let k = kiosk();
    register(&k, 0, 5, 0);
    let kiosk_id = office.enrol(&k).await;
    assert_eq!(
        sync_once(&k.store, &client()).await.expect("synced").sent,
        5
    );

    register(&k, 5, 3, 2);
    office.office.revoke(&kiosk_id).await.expect("revoked");
    match sync_once(&k.store, &client()).await {
        Err(Error::SyncNotEnrolled) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(pending(&k.store), 3, "nothing marked");
    assert_eq!(last_error(&k.store).as_deref(), Some("sync.not_enrolled"));

    let token = office
        .office
        .enrol("Bagli kiosk", Some(&kiosk_id), 72)
        .await
        .expect("token for the same kiosk");
    kiosk_sync::enrol(&k.store, &office.url(), &token.to_lowercase())
        .await
        .expect("enrolled again");
    assert_eq!(enrolment(&k).kiosk_id, kiosk_id, "the same kiosk");
    assert_eq!(last_error(&k.store), None, "the new enrolment starts clean");
    let report = sync_once(&k.store, &client()).await.expect("synced");
    assert_eq!((report.sent, report.duplicates), (3, 0), "{report:?}");
    assert_eq!(
        office.records("entrepreneur").await,
        outbox_rows(&k.store, "entrepreneur")
    );

    // A receipt lost on the way: the row goes again and is a duplicate, not a copy.
    tamper(
        &k.store,
        "UPDATE outbox SET sent_at = NULL WHERE seq = (SELECT min(seq) FROM outbox)",
    );
    let report = sync_once(&k.store, &client()).await.expect("synced");
    assert_eq!((report.sent, report.duplicates), (0, 1), "{report:?}");
    assert_eq!(office.records("entrepreneur").await.len(), 8);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflicting_version_is_set_aside_and_can_be_retried() {
    let office = Office::start().await;
    let k = kiosk();
    register(&k, 0, 3, 0);
    office.enrol(&k).await;
    sync_once(&k.store, &client()).await.expect("synced");

    tamper(
        &k.store,
        "UPDATE outbox SET sent_at = NULL,
             body = json_set(body, '$.updated_at', '2030-01-01T00:00:00.000Z')
         WHERE seq = (SELECT min(seq) FROM outbox)",
    );
    register(&k, 3, 2, 0);
    let report = sync_once(&k.store, &client()).await.expect("synced");
    assert_eq!((report.sent, report.quarantined), (2, 1), "{report:?}");
    let status = k.store.read(outbox::status).expect("status");
    assert_eq!(status.quarantined.len(), 1, "{status:?}");
    assert_eq!(status.quarantined[0].kind, "entrepreneur");
    assert!(!status.quarantined[0].reason.is_empty());
    assert!(status.pending_by_kind.is_empty(), "the queue moved on");

    assert_eq!(outbox::retry_quarantined(&k.store, None).expect("retry"), 1);
    assert_eq!(pending(&k.store), 1);
    let report = sync_once(&k.store, &client()).await.expect("synced");
    assert_eq!(report.quarantined, 1, "still a conflict: {report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_office_that_is_down_is_offline_and_nothing_is_marked() {
    let k = kiosk();
    register(&k, 0, 4, 1);
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        listener.local_addr().expect("address")
    };
    enrol_at(&k.store, &format!("http://{closed}"));
    match sync_once(&k.store, &client()).await {
        Err(Error::SyncOffline(_)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!((pending(&k.store), sent_count(&k.store)), (4, 0));
    assert_eq!(last_error(&k.store).as_deref(), Some("sync.offline"));
}

/// Answers every request on a free port with `200 OK` and a login page.
async fn captive_portal() -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let addr = listener.local_addr().expect("address");
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut request = vec![0u8; 64 * 1024];
                let _ = socket.read(&mut request).await;
                let page =
                    "<!doctype html><html><body><form>Login to Free WiFi</form></body></html>";
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{page}",
                    page.len()
                );
                let _ = socket.write_all(answer.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (addr, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_captive_portal_is_not_the_head_office_and_nothing_is_marked() {
    let (portal, task) = captive_portal().await;
    for photos in [0, 1] {
        let k = kiosk();
        register(&k, 0, 3, photos);
        enrol_at(&k.store, &format!("http://{portal}"));
        match sync_once(&k.store, &client()).await {
            Err(Error::SyncNotHeadOffice(_)) => {}
            other => panic!("with {photos} photos: {other:?}"),
        }
        assert_eq!((pending(&k.store), sent_count(&k.store)), (3, 0));
        assert_eq!(
            last_error(&k.store).as_deref(),
            Some("sync.not_head_office")
        );
    }
    let k = kiosk();
    match kiosk_sync::enrol(&k.store, &format!("http://{portal}"), "ABCD").await {
        Err(Error::SyncNotHeadOffice(_)) => {}
        other => panic!("enrol through a portal: {other:?}"),
    }
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_or_used_token_is_refused_and_nothing_is_kept() {
    let office = Office::start().await;
    let k = kiosk();
    for token in ["ABCD EFGH IJKL", "", "  -  "] {
        match kiosk_sync::enrol(&k.store, &office.url(), token).await {
            Err(Error::SyncTokenInvalid) => {}
            other => panic!("{token:?}: {other:?}"),
        }
    }
    let token = office
        .office
        .enrol("Bagli kiosk", None, 72)
        .await
        .expect("token");
    kiosk_sync::enrol(&k.store, &office.url(), &token)
        .await
        .expect("enrolled");
    let other = kiosk();
    match kiosk_sync::enrol(&other.store, &office.url(), &token).await {
        Err(Error::SyncTokenInvalid) => {}
        result => panic!("a used token: {result:?}"),
    }
    assert_eq!(other.store.read(settings::enrolment).expect("reads"), None);
    match kiosk_sync::enrol(&other.store, "ftp://example.org", &token).await {
        Err(Error::SyncBadUrl(_)) => {}
        result => panic!("{result:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let addr = listener.local_addr().expect("address");
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket); // accepted, never answered
        }
    });
    let k = kiosk();
    register(&k, 0, 2, 0);
    enrol_at(&k.store, &format!("http://{addr}"));
    let quick =
        Client::with_timeouts(Duration::from_secs(1), Duration::from_secs(1)).expect("client");
    match sync_once(&k.store, &quick).await {
        Err(Error::SyncOffline(_)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(pending(&k.store), 2);
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_sends_on_its_own_and_when_woken() {
    let office = Office::start().await;
    let k = kiosk();
    office.enrol(&k).await;
    let Kiosk { _dir, store, admin } = k;
    let store = Arc::new(store);
    let wake = Arc::new(tokio::sync::Notify::new());
    let worker = kiosk_sync::spawn(Arc::clone(&store), wake);
    wait_until_sent(&store).await;

    let more = (10..14).map(|n| person(n, None)).collect::<Vec<_>>();
    entrepreneurs::register_all(&store, &admin, &more).expect("registered");
    worker.sync_now();
    wait_until_sent(&store).await;
    assert_eq!(office.records("entrepreneur").await.len(), 4);
    let status = store.read(outbox::status).expect("status");
    assert_eq!(status.next_attempt_at, None, "no retry pending: {status:?}");
    worker.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_backs_off_while_the_head_office_is_down() {
    let k = kiosk();
    register(&k, 0, 2, 0);
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        listener.local_addr().expect("address")
    };
    enrol_at(&k.store, &format!("http://{closed}"));
    let store = Arc::new(k.store);
    let worker = kiosk_sync::spawn(Arc::clone(&store), Arc::new(tokio::sync::Notify::new()));
    let mut status = store.read(outbox::status).expect("status");
    for _ in 0..100 {
        if status.next_attempt_at.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        status = store.read(outbox::status).expect("status");
    }
    worker.stop();
    assert!(
        status.next_attempt_at.is_some(),
        "a retry is planned: {status:?}"
    );
    assert_eq!(
        status.last_error.map(|e| e.code).as_deref(),
        Some("sync.offline")
    );
    assert_eq!(pending(&store), 2);
}

async fn wait_until_sent(store: &Store) {
    for _ in 0..200 {
        if pending(store) == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the worker did not send within 10 s");
}
