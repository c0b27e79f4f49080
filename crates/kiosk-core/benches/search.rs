//! Scheme search and catalog load speed: the shipped catalog and a synthetic one of
//! 50,000 schemes, queried with the real queries of tests/data/search-queries.tsv.
//! Run: cargo bench -p kiosk-core --bench search. Besides criterion's report it prints
//! p50 and p99 of single searches (what a villager waits for) and recall@3 and MRR.

#[path = "../tests/common/quality.rs"]
mod quality;

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use kiosk_core::catalog::{self, CatalogText, Filters};
use kiosk_core::Store;

const SYNTHETIC_SCHEMES: usize = 50_000;

fn queries() -> Vec<&'static str> {
    include_str!("../tests/data/search-queries.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1))
        .collect()
}

fn store_with(catalog: CatalogText<'_>) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure(&store, catalog).expect("loads");
    (dir, store)
}

/// The shipped schemes, copied with new ids until there are `count` of them.
fn synthetic(count: usize) -> String {
    let shipped = catalog::shipped().expect("shipped catalog");
    let lines: Vec<serde_json::Value> = shipped
        .schemes
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid line"))
        .collect();
    let mut out = String::new();
    for n in 0..count {
        let mut scheme = lines[n % lines.len()].clone();
        let copy = n / lines.len();
        scheme["id"] = format!("{}-{copy}", scheme["id"].as_str().unwrap_or("s")).into();
        scheme["name_en"] = format!("{} {copy}", scheme["name_en"].as_str().unwrap_or("")).into();
        out.push_str(&scheme.to_string());
        out.push('\n');
    }
    out
}

/// p50 and p99 of single searches, and the three slowest queries (what to tune next).
fn percentiles<'q>(
    store: &Store,
    queries: &[&'q str],
) -> (Duration, Duration, Vec<(Duration, &'q str)>) {
    let mut times: Vec<(Duration, &str)> = (0..5)
        .flat_map(|_| queries.iter())
        .map(|q| {
            let start = Instant::now();
            let _ = catalog::search(store, q, &Filters::default(), Some("Madhya Pradesh"), 30);
            (start.elapsed(), *q)
        })
        .collect();
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize].0;
    let mut slowest: Vec<(Duration, &str)> = Vec::new();
    for &(time, query) in times.iter().rev() {
        if slowest.len() < 3 && !slowest.iter().any(|(_, q)| *q == query) {
            slowest.push((time, query));
        }
    }
    (at(0.5), at(0.99), slowest)
}

fn bench(c: &mut Criterion) {
    let queries = queries();
    let shipped = catalog::shipped().expect("shipped catalog");

    let start = Instant::now();
    let (_dir, full) = store_with(shipped);
    eprintln!("catalog first load: {:?}", start.elapsed());
    let (p50, p99, slowest) = percentiles(&full, &queries);
    eprintln!("search, shipped catalog: p50 {p50:?}, p99 {p99:?}, slowest {slowest:?}");
    eprint!(
        "search quality, shipped catalog:\n{}",
        quality::evaluate(&full).report()
    );

    let text = synthetic(SYNTHETIC_SCHEMES);
    let start = Instant::now();
    let (_dir50k, big) = store_with(CatalogText {
        version: "synthetic",
        schemes: &text,
    });
    eprintln!("load of {SYNTHETIC_SCHEMES} schemes: {:?}", start.elapsed());
    let (p50, p99, slowest) = percentiles(&big, &queries);
    eprintln!("search, {SYNTHETIC_SCHEMES} schemes: p50 {p50:?}, p99 {p99:?}, slowest {slowest:?}");

    let mut group = c.benchmark_group("search");
    let mut next = queries.iter().cycle();
    group.bench_function("shipped catalog", |b| {
        b.iter(|| {
            catalog::search(
                &full,
                next.next().copied().unwrap_or(""),
                &Filters::default(),
                None,
                30,
            )
        })
    });
    group.bench_function("50k schemes", |b| {
        b.iter(|| {
            catalog::search(
                &big,
                next.next().copied().unwrap_or(""),
                &Filters::default(),
                None,
                30,
            )
        })
    });
    group.finish();

    let mut load = c.benchmark_group("catalog");
    load.sample_size(10);
    load.bench_function("first load", |b| b.iter(|| store_with(shipped)));
    load.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
