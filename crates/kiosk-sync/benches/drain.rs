//! Sync drain speed: a kiosk with 10,000 entrepreneur records (no photos) drains its
//! outbox with `sync_once` to the real head office serving on loopback, once per head
//! office storage: SQLite, and PostgreSQL on the server `GRAM_TEST_POSTGRES_URL` names
//! (scripts/bench-drain starts one). It prints records/s (median, min and max over a
//! few runs, each with a fresh kiosk and head office database; the setup is not timed)
//! and the batches; the target is at least 5,000 records/s.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use headoffice::test_support::{TestDatabase, POSTGRES_URL_ENV};
use headoffice::HeadOffice;
use kiosk_core::people::entrepreneurs;
use kiosk_sync::{sync_once, Client, SyncReport};
use tokio::net::TcpListener;

const RECORDS: usize = 10_000;
/// Registrations per transaction while filling the kiosk (the tests' `register`).
const CHUNK: usize = 1_000;
const RUNS: usize = 5;
const TARGET_PER_SECOND: f64 = 5_000.0;

/// A head office storage to measure.
#[derive(Debug, Clone, Copy)]
enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }

    /// A fresh, empty database of this kind.
    async fn database(self) -> TestDatabase {
        match self {
            Backend::Sqlite => TestDatabase::sqlite(),
            Backend::Postgres => TestDatabase::postgres().await,
        }
    }
}

/// One timed drain.
struct Drain {
    took: Duration,
    report: SyncReport,
}

impl Drain {
    fn per_second(&self) -> f64 {
        f64::from(self.report.sent) / self.took.as_secs_f64()
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    eprintln!("sync drain: {RECORDS} entrepreneur records, no photos, loopback, {RUNS} runs");
    runtime.block_on(measure(Backend::Sqlite));
    if std::env::var(POSTGRES_URL_ENV).is_ok_and(|url| !url.is_empty()) {
        runtime.block_on(measure(Backend::Postgres));
    } else {
        eprintln!(
            "PostgreSQL head office: not measured ({POSTGRES_URL_ENV} names no server; \
             scripts/bench-drain starts one)"
        );
    }
}

async fn measure(backend: Backend) {
    let name = backend.name();
    let mut drains = Vec::new();
    for run in 1..=RUNS {
        let setup = Instant::now();
        let k = common::kiosk();
        for from in (0..RECORDS).step_by(CHUNK) {
            common::register(&k, from, CHUNK, 0); // no photos
        }
        let office_dir = tempfile::tempdir().expect("tempdir");
        let office = backend.database().await.open(office_dir.path()).await;
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let server = tokio::spawn(headoffice::serve(listener, office.clone()));
        let token = office.enrol("Bench kiosk", None, 72).await.expect("token");
        kiosk_sync::enrol(&k.store, &url, &token)
            .await
            .expect("enrolled");
        let client = Client::new().expect("client");
        let setup = setup.elapsed();

        let start = Instant::now();
        let report = sync_once(&k.store, &client).await.expect("drained");
        let drain = Drain {
            took: start.elapsed(),
            report,
        };
        server.abort();
        check(&k, &office, &drain.report).await;
        eprintln!(
            "  {name} run {run}: {:.0} records/s ({} records in {:.2?}, {} batches; setup {:.1?})",
            drain.per_second(),
            drain.report.sent,
            drain.took,
            drain.report.batches,
            setup,
        );
        drains.push(drain);
    }
    drains.sort_by(|a, b| a.per_second().total_cmp(&b.per_second()));
    let median = drains[drains.len() / 2].per_second();
    let (min, max) = (
        drains[0].per_second(),
        drains[drains.len() - 1].per_second(),
    );
    let verdict = if min >= TARGET_PER_SECOND {
        "meets"
    } else if median >= TARGET_PER_SECOND {
        "meets at the median, not in every run:"
    } else {
        "MISSES"
    };
    eprintln!(
        "{name} head office: median {median:.0} records/s (min {min:.0}, max {max:.0}); \
         {verdict} the target of {TARGET_PER_SECOND:.0} records/s"
    );
}

/// Every record arrived once, nothing was refused, nothing is left.
async fn check(k: &common::Kiosk, office: &HeadOffice, report: &SyncReport) {
    let expected = u32::try_from(RECORDS).expect("RECORDS fits in u32");
    assert_eq!(
        (report.sent, report.duplicates, report.quarantined),
        (expected, 0, 0),
        "{report:?}"
    );
    assert_eq!(common::pending(&k.store), 0, "outbox drained");
    let held = office
        .records(entrepreneurs::KIND)
        .await
        .expect("records")
        .len();
    assert_eq!(held, RECORDS, "head office holds every record");
}
