//! Two kiosks syncing at the same time to one head office, each from its own thread:
//! every record of each arrives exactly once under its own kiosk's id, the photos both
//! show (the same pictures, uploaded by both at once) arrive whole, and the head office
//! lists both kiosks with their record counts and a last sync time.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use kiosk_core::{photos, Store};
use kiosk_sync::{sync_once, Client};

mod common;
use common::*;

const RECORDS: usize = 1_000;
const PHOTOS: u32 = 20;
const KINDS: [&str; 5] = [
    "entrepreneur",
    "check_in",
    "learner",
    "lesson_progress",
    "course_completion",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_kiosks_syncing_at_once_each_arrive_exactly_once_under_their_own_id() {
    let office = Office::start().await;
    let a = kiosk();
    let b = kiosk();
    // The same pictures on both kiosks: both upload the same photos at the same time.
    let hashes = register(&a, 0, RECORDS, PHOTOS);
    assert_eq!(register(&b, RECORDS, RECORDS, PHOTOS), hashes);
    let id_a = enrol_as(&office, &a, "Bagli kiosk").await;
    let id_b = enrol_as(&office, &b, "Sonkatch kiosk").await;
    assert_ne!(id_a, id_b);

    let started = Instant::now();
    // Each kiosk on a thread and runtime of its own, so their syncs truly overlap.
    let (syncs_a, syncs_b) = tokio::task::block_in_place(|| {
        std::thread::scope(|s| {
            let one = s.spawn(|| drain_on_own_runtime(&a.store));
            let other = s.spawn(|| drain_on_own_runtime(&b.store));
            (
                one.join().expect("kiosk A's sync"),
                other.join().expect("kiosk B's sync"),
            )
        })
    });
    println!(
        "two kiosks drained in {:.1?} ({syncs_a} and {syncs_b} syncs, failures included)",
        started.elapsed()
    );

    let mut total = 0;
    for kind in KINDS {
        let mut held: BTreeMap<&str, BTreeMap<_, _>> = BTreeMap::new();
        for record in office.office.records(kind).await.expect("records") {
            let from = if record.kiosk_id == id_a {
                "A"
            } else if record.kiosk_id == id_b {
                "B"
            } else {
                panic!(
                    "{kind} {} from unknown kiosk {}",
                    record.id, record.kiosk_id
                )
            };
            let key = (record.id.clone(), record.version);
            assert!(
                held.entry(from)
                    .or_default()
                    .insert(key, record.body)
                    .is_none(),
                "{kind} {} v{} is held twice",
                record.id,
                record.version
            );
        }
        for (name, k) in [("A", &a), ("B", &b)] {
            let sent = outbox_rows(&k.store, kind);
            let ours = held.remove(name).unwrap_or_default();
            assert_eq!(
                ours.len(),
                sent.len(),
                "{kind}: the head office holds {} records from kiosk {name}, it wrote {}",
                ours.len(),
                sent.len()
            );
            assert!(ours == sent, "{kind} from kiosk {name}: records differ");
            total += sent.len();
        }
    }
    assert_eq!(total, 2 * RECORDS);
    for hash in &hashes {
        let held = office.office.blob(hash).expect("reads");
        for k in [&a, &b] {
            let ours = photos::read(&k.store, hash).expect("reads");
            assert!(ours.is_some() && held == ours, "photo {hash} differs");
        }
    }

    let kiosks = office.office.kiosks().await.expect("kiosks");
    assert_eq!(kiosks.len(), 2, "{kiosks:?}");
    for (id, name) in [(&id_a, "Bagli kiosk"), (&id_b, "Sonkatch kiosk")] {
        let row = kiosks
            .iter()
            .find(|row| &row.id == id)
            .unwrap_or_else(|| panic!("{name} is not listed: {kiosks:?}"));
        assert_eq!(row.name, name);
        assert_eq!(row.records, RECORDS as u64, "{row:?}");
        assert!(!row.revoked, "{row:?}");
        assert!(row.last_sync_at.is_some(), "no last sync time: {row:?}");
    }
}

/// Enrols `k` under `name` with a fresh token; returns the id the head office gave it.
async fn enrol_as(office: &Office, k: &Kiosk, name: &str) -> String {
    let token = office.office.enrol(name, None, 72).await.expect("token");
    kiosk_sync::enrol(&k.store, &office.url(), &token)
        .await
        .expect("enrolled");
    enrolment(k).kiosk_id
}

/// Syncs until the outbox is empty and nothing is quarantined; returns how many syncs
/// it took.
fn drain_on_own_runtime(store: &Store) -> usize {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let client =
            Client::with_timeouts(Duration::from_secs(2), Duration::from_secs(30)).expect("client");
        let mut rounds = 0;
        while pending(store) > 0 {
            rounds += 1;
            assert!(
                rounds <= 50,
                "still {} pending after 50 syncs",
                pending(store)
            );
            if let Err(error) = sync_once(store, &client).await {
                println!("sync failed: {error}");
            }
        }
        let quarantined: i64 = store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM outbox WHERE quarantined_at IS NOT NULL",
                    [],
                    |r| r.get(0),
                )?)
            })
            .expect("count");
        assert_eq!(quarantined, 0, "nothing was refused");
        rounds
    })
}
