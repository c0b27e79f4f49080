//! The worker against a stand-in head office that answers as told: `413` for batches
//! over a size (the kiosk halves and goes on at once; a record refused alone is set
//! aside), or a receipt that leaves a record out (nothing is marked).

use std::io::Read;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use flate2::read::GzDecoder;
use kiosk_core::settings::{self, Enrolment};
use kiosk_core::{outbox, Error, Store};
use kiosk_sync::{sync_once, Client};
use serde_json::{json, Value};

#[derive(Debug, Clone)]
struct Fake {
    /// Batches with more records get 413.
    max_records: usize,
    /// Leave the last record out of every receipt.
    drop_one: bool,
    /// Record counts of the batches received, in order.
    seen: Arc<Mutex<Vec<usize>>>,
}

async fn batches(fake: Fake, body: Bytes) -> Response {
    let mut text = String::new();
    GzDecoder::new(&body[..])
        .read_to_string(&mut text)
        .expect("the kiosk sends gzip");
    let batch: Value = serde_json::from_str(&text).expect("the kiosk sends JSON");
    let records = batch["records"].as_array().expect("records").clone();
    fake.seen.lock().expect("lock").push(records.len());
    if records.len() > fake.max_records {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let keep = records.len() - usize::from(fake.drop_one);
    let results: Vec<Value> = records[..keep]
        .iter()
        .map(|r| json!({ "id": r["id"], "version": r["version"], "outcome": "applied" }))
        .collect();
    axum::Json(json!({ "batch_id": batch["batch_id"], "results": results })).into_response()
}

async fn start(fake: Fake) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let app = Router::new().route(
        "/api/v1/batches",
        post(move |body: Bytes| batches(fake.clone(), body)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let addr = listener.local_addr().expect("address");
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (addr, task)
}

/// A kiosk with `count` learner rows in its outbox, enrolled with the server at `addr`.
fn kiosk(addr: SocketAddr, count: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    store
        .write(|tx| {
            for n in 0..count {
                let id = format!("learner-{n:04}");
                outbox::record(tx, "learner", &id, 1, &json!({ "id": id, "name": "Sita" }))?;
            }
            settings::set_enrolment(
                tx,
                &Enrolment {
                    server_url: format!("http://{addr}"),
                    kiosk_id: "k".into(),
                    secret: "s".into(),
                },
            )
        })
        .expect("written");
    (dir, store)
}

fn fake(max_records: usize, drop_one: bool) -> Fake {
    Fake {
        max_records,
        drop_one,
        seen: Arc::default(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_413_halves_the_batch_and_goes_on_at_once() {
    let fake = fake(100, false);
    let (addr, task) = start(fake.clone()).await;
    let (_dir, store) = kiosk(addr, 300);
    let report = sync_once(&store, &Client::new().expect("client"))
        .await
        .expect("synced");
    assert_eq!((report.sent, report.batches), (300, 4), "{report:?}");
    assert_eq!(*fake.seen.lock().expect("lock"), [300, 150, 75, 75, 75, 75]);
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_refused_as_too_large_alone_is_set_aside() {
    let fake = fake(0, false);
    let (addr, task) = start(fake.clone()).await;
    let (_dir, store) = kiosk(addr, 3);
    let report = sync_once(&store, &Client::new().expect("client"))
        .await
        .expect("synced");
    assert_eq!((report.sent, report.quarantined), (0, 3), "{report:?}");
    assert_eq!(*fake.seen.lock().expect("lock"), [3, 1, 1, 1]);
    let status = store.read(outbox::status).expect("status");
    assert!(status
        .quarantined
        .iter()
        .all(|q| q.reason == "record.too_large"));
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receipt_that_leaves_a_record_out_marks_nothing() {
    let fake = fake(500, true);
    let (addr, task) = start(fake.clone()).await;
    let (_dir, store) = kiosk(addr, 5);
    match sync_once(&store, &Client::new().expect("client")).await {
        Err(Error::SyncNotHeadOffice(detail)) => assert!(detail.contains("missing"), "{detail}"),
        other => panic!("{other:?}"),
    }
    let pending: i64 = store
        .read(outbox::pending)
        .expect("pending")
        .iter()
        .map(|(_, n)| n)
        .sum();
    assert_eq!(pending, 5);
    task.abort();
}
