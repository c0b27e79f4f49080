//! What an operator waits for, and what the disk holds: the latency of saving one
//! registration (committed with synchronous=FULL, as the app saves it) into a store that
//! already holds thousands, and the database's size per 10,000 registrations with three
//! check-ins each. Run: cargo bench -p kiosk-core --bench registration. Prints p50 and
//! p99 of single saves and the size; criterion reports the mean.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use kiosk_core::catalog::eligibility::Gender;
use kiosk_core::fixtures;
use kiosk_core::people::entrepreneurs::{self, CheckInInput, Registration, Stage};
use kiosk_core::people::Operator;
use kiosk_core::Store;

/// Registrations already on the kiosk when single saves are timed.
const ALREADY: usize = 5_000;
const SINGLE_SAVES: usize = 300;
/// The size report: registrations, each with this many check-ins.
const PEOPLE: usize = 10_000;
const CHECK_INS_EACH: usize = 3;
const CHUNK: usize = 500;

const FIRST: [&str; 10] = [
    "Sunita", "Mohan", "Rekha", "Suresh", "Kamla", "Ramesh", "Geeta", "Mahesh", "Savitri", "Dinesh",
];
const LAST: [&str; 10] = [
    "Devi", "Lal", "Bai", "Patel", "Yadav", "Verma", "Sharma", "Meena", "Jat", "Gurjar",
];

fn kiosk() -> (tempfile::TempDir, Store, Operator) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, admin) = fixtures::bagli_kiosk(dir.path()).expect("set up");
    (dir, store, admin)
}

/// The `n`th made-up person, with a Hindi idea as operators type them.
fn person(n: usize) -> Registration {
    Registration {
        full_name: format!("{} {}", FIRST[n % 10], LAST[n / 10 % 10]),
        gender: if n % 2 == 0 {
            Gender::Female
        } else {
            Gender::Male
        },
        birth_date: None,
        age: Some(18 + (n % 40) as u8),
        mobile: format!("9{:09}", n),
        village: format!("वार्ड {}", n % 12 + 1),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: None,
        education: "class_10".into(),
        shg_member: n % 3 == 0,
        sector: "dairy".into(),
        idea: "दो भैंस लेकर दूध बेचना और गाँव में डेयरी खोलना".into(),
        stage: Stage::Idea,
        bank_account: true,
        aadhaar: None,
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

/// A check-in on `date` (YYYY-MM-DD: not before the registration, not in the future).
fn check_in(date: &str) -> CheckInInput {
    CheckInInput {
        date: date.to_string(),
        stage: Stage::Training,
        note: "प्रशिक्षण पूरा, बैंक से बात हुई".into(),
        training_done: true,
        loan_applied_amount: Some(50_000),
        loan_sanctioned_amount: None,
        loan_source: Some("bank".into()),
        monthly_revenue: Some(8_000),
        people_employed: 2,
    }
}

/// Registers people `from..from + count`; their ids and registration days.
fn fill(store: &Store, admin: &Operator, from: usize, count: usize) -> Vec<(String, String)> {
    let mut ids = Vec::with_capacity(count);
    for start in (from..from + count).step_by(CHUNK) {
        let forms: Vec<Registration> = (start..(start + CHUNK).min(from + count))
            .map(person)
            .collect();
        let saved = entrepreneurs::register_all(store, admin, &forms).expect("registered");
        ids.extend(
            saved
                .into_iter()
                .map(|e| (e.id, e.registered_at.chars().take(10).collect())),
        );
    }
    ids
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn registration(c: &mut Criterion) {
    let (_dir, store, admin) = kiosk();
    fill(&store, &admin, 0, ALREADY);
    let mut next = ALREADY;

    let mut times: Vec<Duration> = (0..SINGLE_SAVES)
        .map(|_| {
            next += 1;
            let form = person(next);
            let start = Instant::now();
            entrepreneurs::register(&store, &admin, &form).expect("registered");
            start.elapsed()
        })
        .collect();
    times.sort();
    eprintln!(
        "registration save, {ALREADY} already registered: p50 {:.2?}, p99 {:.2?}, slowest {:.2?}",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1]
    );

    c.bench_function("save one registration", |b| {
        b.iter(|| {
            next += 1;
            entrepreneurs::register(&store, &admin, &person(next)).expect("registered")
        })
    });
}

/// Not timed: how many bytes 10,000 registrations with their check-ins take on disk.
fn database_size(_: &mut Criterion) {
    let (dir, store, admin) = kiosk();
    let empty = file_bytes(&store);
    let ids = fill(&store, &admin, 0, PEOPLE);
    for (id, day) in &ids {
        for _ in 0..CHECK_INS_EACH {
            entrepreneurs::add_check_in(&store, &admin, id, &check_in(day)).expect("check-in");
        }
    }
    store.checkpoint();
    let full = file_bytes(&store);
    eprintln!(
        "database size: {:.1} MB for {PEOPLE} registrations with {CHECK_INS_EACH} check-ins each \
         (outbox rows included; empty kiosk {:.1} MB)",
        (full - empty) as f64 / 1e6,
        empty as f64 / 1e6
    );
    drop(dir);
}

/// The database file and its write-ahead log.
fn file_bytes(store: &Store) -> u64 {
    let path = store.path();
    let wal = path.with_extension("sqlite3-wal");
    [path.to_path_buf(), wal]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(10));
    targets = registration, database_size
}
criterion_main!(benches);
