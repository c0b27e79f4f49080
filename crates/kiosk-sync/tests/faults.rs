//! Exactly once over a bad network: a kiosk with 5,000 records and 30 photos syncs to
//! the real head office through a proxy that drops, stalls, truncates and loses
//! answers, and answers 500, 502 or a captive portal's page, at random. The kiosk keeps
//! calling `sync_once` until its outbox is empty; then the head office must hold
//! exactly the kiosk's records (none missing, none twice, bodies equal) and its photos
//! byte for byte, after at least 1,000 injected faults.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use kiosk_core::people::entrepreneurs;
use kiosk_core::photos;
use kiosk_sync::{sync_once, Client};

mod common;
mod fault_proxy;
use common::*;
use fault_proxy::FaultProxy;

const RECORDS: usize = 5_000;
const PHOTOS: u32 = 30;
const MIN_FAULTS: usize = 1_000;
/// Share of connections that meet a fault, in percent.
const FAULT_PERCENT: u64 = 50;
const KINDS: [&str; 2] = ["entrepreneur", "check_in"];

/// The seed for the proxy's choices: `GRAM_KIOSK_FAULT_SEED` replays a run.
fn seed() -> u64 {
    std::env::var("GRAM_KIOSK_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(7, |d| d.as_nanos() as u64)
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_arrives_exactly_once_through_a_thousand_faults() {
    let k = kiosk();
    let hashes: Vec<String> = (0..PHOTOS)
        .map(|seed| photos::store(&k.store, &picture(seed, seed == 0)).expect("photo stored"))
        .collect();
    for chunk in (0..RECORDS).step_by(1_000) {
        let forms: Vec<_> = (chunk..chunk + 1_000)
            .map(|n| person(n, Some(hashes[n % hashes.len()].clone())))
            .collect();
        entrepreneurs::register_all(&k.store, &k.admin, &forms).expect("registered");
    }
    let office = Office::start().await;
    office.enrol(&k).await;

    let seed = seed();
    println!("fault seed {seed} (GRAM_KIOSK_FAULT_SEED replays it)");
    let percent = std::env::var("GRAM_KIOSK_FAULT_PERCENT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(FAULT_PERCENT);
    let proxy = FaultProxy::start(office.addr, percent, seed, Duration::from_millis(1_500)).await;
    // Point the kiosk at the proxy instead of the head office itself.
    let url = format!("http://{}", proxy.addr);
    k.store
        .write(|tx| {
            tx.execute("UPDATE sync_state SET server_url = ?1", [&url])?;
            Ok(())
        })
        .expect("re-pointed");

    let client =
        Client::with_timeouts(Duration::from_secs(1), Duration::from_secs(1)).expect("client");
    let started = Instant::now();
    let (mut failures, mut rounds) = (0_usize, 0_usize);
    while pending(&k.store) > 0 || proxy.faults() < MIN_FAULTS {
        rounds += 1;
        assert!(rounds < 20_000, "no end in sight after {rounds} rounds");
        if pending(&k.store) == 0 {
            // Drained before enough faults: a few more records to send through them.
            let forms: Vec<_> = (0..20)
                .map(|i| person(RECORDS + rounds * 20 + i, Some(hashes[i % 3].clone())))
                .collect();
            entrepreneurs::register_all(&k.store, &k.admin, &forms).expect("registered");
        }
        if let Err(error) = sync_once(&k.store, &client).await {
            if failures < 5 {
                println!("sync failed: {error}");
            }
            failures += 1;
        }
        if rounds % 100 == 0 {
            println!(
                "{:.0} s: round {rounds}, {} waiting, {} faults",
                started.elapsed().as_secs_f64(),
                pending(&k.store),
                proxy.faults()
            );
        }
    }
    println!(
        "drained in {:.1} s: {rounds} rounds, {failures} failed, {} faults, {} connections passed",
        started.elapsed().as_secs_f64(),
        proxy.faults(),
        proxy
            .counts
            .passed
            .load(std::sync::atomic::Ordering::Relaxed)
    );
    assert!(
        proxy.faults() >= MIN_FAULTS,
        "only {} faults",
        proxy.faults()
    );
    assert!(failures > 0, "the faults never reached the kiosk");

    // Exactly the kiosk's records, each once, with the bodies it wrote.
    for kind in KINDS {
        let sent = outbox_rows(&k.store, kind);
        let held: BTreeMap<_, _> = office.records(kind).await;
        assert_eq!(
            held.len(),
            sent.len(),
            "{kind}: the head office holds {} records, the kiosk wrote {}",
            held.len(),
            sent.len()
        );
        for (key, body) in &sent {
            assert_eq!(
                held.get(key),
                Some(body),
                "{kind} {key:?} differs or is missing"
            );
        }
    }
    // Every photo, byte for byte.
    for hash in &hashes {
        let kiosk = photos::read(&k.store, hash)
            .expect("reads")
            .expect("kiosk photo");
        let held = office.office.blob(hash).expect("reads");
        assert_eq!(held.as_deref(), Some(kiosk.as_slice()), "photo {hash}");
    }
}
