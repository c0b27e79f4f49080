//! Exactly once though the worker dies: a child process (this test binary, run again)
//! syncs a kiosk's outbox to the head office and is killed with SIGKILL at a random
//! moment, at least 100 times; every 25th time the head office is also restarted while
//! the child is sending. After every kill each row the kiosk marked sent is at the head
//! office with the same body; at the end, once the parent has drained the rest, the head
//! office holds exactly the kiosk's outbox (no record twice) and its photos byte for
//! byte, and both SQLite files pass `PRAGMA integrity_check`.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use headoffice::test_support::TestDatabase;
use headoffice::HeadOffice;
use kiosk_core::people::entrepreneurs;
use kiosk_core::{photos, Store};
use kiosk_sync::{sync_once, Client};
use tokio::net::TcpListener;

mod common;
use common::*;

/// Kills in a normal run; `GRAM_KIOSK_SYNC_KILLS` raises it for a longer one.
const KILLS: u64 = 100;
const KILLS_ENV: &str = "GRAM_KIOSK_SYNC_KILLS";
/// Replays the kill timings of an earlier run (the processes' own pace still varies).
const SEED_ENV: &str = "GRAM_KIOSK_SYNC_KILL_SEED";
/// Set (to the kiosk's data folder) only in the child process.
const CHILD_ENV: &str = "GRAM_KIOSK_SYNC_KILL_CHILD";
const CHILD_TEST: &str = "child_syncs_until_killed";
/// The kiosk's records before the first kill, and how many of its photos differ.
const RECORDS: usize = 2_000;
const PHOTOS: u32 = 20;
/// Records the parent adds when a child drained the outbox, so kills keep landing
/// mid-sync (six batches, more than a child sends in 300 ms), with new photos.
const REFILL: usize = 3_000;
const REFILL_PHOTOS: usize = 30;
/// Every this many kills, the head office restarts while the child is sending.
const RESTART_EVERY: u64 = 25;
/// A kill (and a restart) comes 0 to this many milliseconds after the last step.
const MAX_WAIT_MS: u64 = 300;
/// The signal `Child::kill` sends on Unix.
const SIGKILL: i32 = 9;
const KINDS: [&str; 5] = [
    "entrepreneur",
    "check_in",
    "learner",
    "lesson_progress",
    "course_completion",
];

/// Not a test on its own: the kill test runs this binary again with [`CHILD_ENV`] set,
/// and this is the process it kills. Without the variable it returns at once.
#[test]
fn child_syncs_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = Store::open(Path::new(&dir)).expect("the child opens the store");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let client =
            Client::with_timeouts(Duration::from_secs(2), Duration::from_secs(10)).expect("client");
        let mut stdout = std::io::stdout();
        // The harness may have begun a line ("test child_syncs_until_killed ... ").
        writeln!(stdout).expect("stdout");
        loop {
            if pending(&store) == 0 {
                // Drained: wait for the kill (the parent adds records only between kills).
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            // Flushed, so the parent knows the kill came after a sync began.
            writeln!(stdout, "syncing")
                .and_then(|()| stdout.flush())
                .expect("stdout");
            if let Err(error) = sync_once(&store, &client).await {
                // The head office restarting, most likely; the parent re-points the kiosk.
                eprintln!("sync failed: {error}");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    });
}

#[test]
fn every_record_arrives_exactly_once_though_the_worker_is_killed() {
    let kills = kills();
    let seed = seed();
    println!("kill test: {kills} kills, {SEED_ENV}={seed}");
    let started = Instant::now();
    let k = kiosk();
    let mut hashes: Vec<String> = register(&k, 0, RECORDS, PHOTOS).into_iter().collect();
    let office_dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let database = runtime.block_on(TestDatabase::new());
    let mut office = Served::start(office_dir.path(), &database);
    let token = office
        .block_on(office.office.enrol("Bagli kiosk", None, 72))
        .expect("token");
    runtime
        .block_on(kiosk_sync::enrol(&k.store, &office.url(), &token))
        .expect("enrolled");
    let kiosk_id = enrolment(&k).kiosk_id;
    println!(
        "kill test: {RECORDS} records and {PHOTOS} photos set up in {:.1?}",
        started.elapsed()
    );

    let logs = tempfile::tempdir().expect("tempdir");
    let mut random = XorShift(seed);
    let mut tally = Tally::default();
    let mut next = RECORDS;
    let kills_started = Instant::now();
    for round in 1..=kills {
        if pending(&k.store) == 0 {
            hashes.extend(refill(&k, next, round));
            next += REFILL;
            tally.refills += 1;
        }
        let before = pending(&k.store);
        let mut child = spawn_child(k._dir.path(), logs.path());
        // Half the kills are timed from the start, half from the child's first sync
        // (the restarts too), when a batch or a photo is likely under way.
        let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
        let mut printed = String::new();
        let from_first_sync = round % RESTART_EVERY == 0 || random.below(2) == 1;
        if from_first_sync {
            read_first_sync(&mut stdout, &mut printed);
            tally.from_first_sync += 1;
        }
        std::thread::sleep(Duration::from_millis(random.below(MAX_WAIT_MS + 1)));
        if round % RESTART_EVERY == 0 {
            let sending = pending(&k.store) > 0;
            office = office.restart(office_dir.path(), &database);
            repoint(&k.store, &office.url());
            tally.restarts += 1;
            tally.restarts_while_pending += u64::from(sending);
            std::thread::sleep(Duration::from_millis(random.below(MAX_WAIT_MS + 1)));
        }
        let syncing = kill(child, stdout, printed, logs.path());
        let after = pending(&k.store);
        tally.count(before, after, syncing);
        sent_rows_are_held(&k.store, &office)
            .unwrap_or_else(|why| panic!("after kill {round} ({SEED_ENV}={seed}): {why}"));
    }
    println!("kill test: {tally} in {:.1?}", kills_started.elapsed());

    let drained = Instant::now();
    let rounds = runtime.block_on(drain(&k.store));
    println!(
        "kill test: the parent drained {} rows in {rounds} syncs, {:.1?}",
        tally.sent_by_parent(&k.store),
        drained.elapsed()
    );
    assert!(
        tally.mid_sync * 3 >= kills,
        "most kills missed a sync under way: {tally}"
    );
    assert_eq!(tally.restarts, kills / RESTART_EVERY, "{tally}");

    // Exactly the kiosk's outbox, each (id, version) once, with the bodies it wrote.
    assert_eq!(pending(&k.store), 0, "the outbox drained");
    assert_eq!(quarantined(&k.store), 0, "nothing was refused");
    let mut total = 0;
    for kind in KINDS {
        let sent = outbox_rows(&k.store, kind);
        let held = held_records(&office, kind, Some(&kiosk_id));
        assert_eq!(
            held.len(),
            sent.len(),
            "{kind}: the head office holds {} records, the kiosk wrote {}",
            held.len(),
            sent.len()
        );
        assert!(held == sent, "{kind}: ids, versions or bodies differ");
        total += sent.len();
    }
    assert_eq!(total, next, "every registration is in the outbox once");
    for hash in &hashes {
        let ours = photos::read(&k.store, hash).expect("reads");
        let held = office.office.blob(hash).expect("reads");
        assert!(ours.is_some() && held == ours, "photo {hash} differs");
    }
    assert_eq!(integrity(k.store.path()), "ok", "the kiosk's store");
    // (PostgreSQL checks its own pages; an SQLite head office is checked here.)
    if let Some(office_db) = office.office.database_path() {
        assert_eq!(integrity(office_db), "ok", "the head office's store");
    }
    println!(
        "kill test: {total} records and {} photos arrived exactly once; {:.1?} in all",
        hashes.len(),
        started.elapsed()
    );
}

/// A head office on its own runtime, so a restart drops every connection and request
/// under way at once, as a crash would (aborting only `serve` leaves the connections'
/// tasks running).
struct Served {
    office: HeadOffice,
    addr: SocketAddr,
    runtime: tokio::runtime::Runtime,
}

impl Served {
    fn start(dir: &Path, database: &TestDatabase) -> Served {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        // On this runtime, so a restart also drops the database connections.
        let office = runtime.block_on(database.open(dir));
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("binds");
        let addr = listener.local_addr().expect("address");
        runtime.spawn(headoffice::serve(listener, office.clone()));
        Served {
            office,
            addr,
            runtime,
        }
    }

    /// Stops serving mid-request and opens the same records again on a new port.
    fn restart(self, dir: &Path, database: &TestDatabase) -> Served {
        let Served {
            office, runtime, ..
        } = self;
        drop(office);
        runtime.shutdown_background();
        Served::start(dir, database)
    }

    /// Runs a call of the head office's library on the head office's runtime.
    fn block_on<T>(&self, call: impl std::future::Future<Output = T>) -> T {
        self.runtime.block_on(call)
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Points the kiosk at the restarted head office (its data, credentials included, are
/// the same; only the port changed).
fn repoint(store: &Store, url: &str) {
    store
        .write(|tx| {
            tx.execute("UPDATE sync_state SET server_url = ?1", [url])?;
            Ok(())
        })
        .expect("re-pointed");
}

/// Registers [`REFILL`] more people from `from`, showing [`REFILL_PHOTOS`] new photos
/// (the first a large one every tenth time). Returns the photos' hashes.
fn refill(k: &Kiosk, from: usize, round: u64) -> Vec<String> {
    let hashes: Vec<String> = (from..from + REFILL_PHOTOS)
        .map(|n| {
            let large = n == from && round % 10 == 0;
            photos::store(&k.store, &picture(n as u32, large)).expect("photo stored")
        })
        .collect();
    let forms: Vec<_> = (from..from + REFILL)
        .map(|n| person(n, Some(hashes[n % REFILL_PHOTOS].clone())))
        .collect();
    entrepreneurs::register_all(&k.store, &k.admin, &forms).expect("registered");
    hashes
}

fn spawn_child(dir: &Path, logs: &Path) -> Child {
    let stderr = File::create(logs.join("child-stderr.txt")).expect("log file");
    Command::new(std::env::current_exe().expect("this test binary"))
        .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("the child starts")
}

/// Sends SIGKILL and reaps the child; it must not have stopped by itself. Returns
/// whether it had begun a sync.
fn kill(mut child: Child, mut stdout: impl Read, mut printed: String, logs: &Path) -> bool {
    // Harmless if the child already died, which the status shows.
    let _ = child.kill();
    let status = child.wait().expect("the child is reaped");
    stdout.read_to_string(&mut printed).expect("child's stdout");
    if status.signal() != Some(SIGKILL) {
        let stderr = fs::read_to_string(logs.join("child-stderr.txt")).unwrap_or_default();
        panic!("the child stopped by itself ({status}):\n{stderr}");
    }
    printed.lines().any(|line| line == "syncing")
}

/// Reads up to the child's first "syncing" line (or the end, should it die first).
fn read_first_sync(stdout: &mut impl BufRead, printed: &mut String) {
    loop {
        let start = printed.len();
        if stdout.read_line(printed).expect("child's stdout") == 0 {
            return;
        }
        if printed[start..].trim_end() == "syncing" {
            return;
        }
    }
}

/// Every outbox row marked sent is at the head office, with the body the kiosk wrote:
/// "sent" means the head office said so, whenever the worker died.
fn sent_rows_are_held(store: &Store, office: &Served) -> Result<(), String> {
    let sent: Vec<(String, String, i64, String)> = store
        .read(|c| {
            let mut stmt = c.prepare(
                "SELECT kind, record_id, version, body FROM outbox WHERE sent_at IS NOT NULL",
            )?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
        .map_err(|e| format!("reading the outbox: {e:?}"))?;
    let mut held = BTreeMap::new();
    for kind in KINDS {
        held.insert(kind, held_records(office, kind, None));
    }
    for (kind, id, version, body) in sent {
        let body: serde_json::Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
        let at_office = held
            .get(kind.as_str())
            .and_then(|records| records.get(&(id.clone(), version)));
        if at_office != Some(&Some(body)) {
            return Err(format!(
                "{kind} {id} v{version} is marked sent but the head office holds {at_office:?}"
            ));
        }
    }
    Ok(())
}

/// (id, version) -> body of every stored version of `kind`, each at most once, all
/// from `kiosk` when given.
fn held_records(
    office: &Served,
    kind: &str,
    kiosk: Option<&str>,
) -> BTreeMap<(String, i64), Option<serde_json::Value>> {
    let mut held = BTreeMap::new();
    for record in office
        .block_on(office.office.records(kind))
        .expect("records")
    {
        if let Some(kiosk) = kiosk {
            assert_eq!(record.kiosk_id, kiosk, "{kind} {} from", record.id);
        }
        let key = (record.id.clone(), record.version);
        assert!(
            held.insert(key, record.body).is_none(),
            "{kind} {} v{} is held twice",
            record.id,
            record.version
        );
    }
    held
}

/// Syncs until the outbox is empty; returns how many syncs it took.
async fn drain(store: &Store) -> usize {
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
    rounds
}

fn quarantined(store: &Store) -> i64 {
    store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM outbox WHERE quarantined_at IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("count")
}

/// `PRAGMA integrity_check` on a SQLite file, through a connection of its own.
fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("opens");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check runs")
}

#[derive(Debug, Default)]
struct Tally {
    kills: u64,
    /// Kills timed from the child's first sync rather than from its start.
    from_first_sync: u64,
    /// The child was killed in a sync, with records still to send.
    mid_sync: u64,
    /// ... of which it had marked none sent yet (photos or its first batch under way).
    mid_first_batch: u64,
    /// The child was killed before it began to sync (while starting).
    starting: u64,
    /// The child had drained the outbox before the kill.
    drained: u64,
    sent_by_children: u64,
    refills: u64,
    restarts: u64,
    restarts_while_pending: u64,
}

impl Tally {
    fn count(&mut self, before: i64, after: i64, syncing: bool) {
        self.kills += 1;
        if after == 0 {
            self.drained += 1;
        } else if !syncing {
            self.starting += 1;
        } else {
            self.mid_sync += 1;
            self.mid_first_batch += u64::from(after == before);
        }
        self.sent_by_children += (before - after) as u64;
    }

    fn sent_by_parent(&self, store: &Store) -> i64 {
        store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL",
                    [],
                    |r| r.get::<_, i64>(0),
                )?)
            })
            .expect("count")
            - self.sent_by_children as i64
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} kills ({} timed from the first sync; {} mid-sync, {} of them before a row was marked; {} while starting, \
             {} after draining), \
             {} rows sent by the children, {} refills of {REFILL}, \
             {} head office restarts ({} with rows pending)",
            self.kills,
            self.from_first_sync,
            self.mid_sync,
            self.mid_first_batch,
            self.starting,
            self.drained,
            self.sent_by_children,
            self.refills,
            self.restarts,
            self.restarts_while_pending
        )
    }
}

fn kills() -> u64 {
    std::env::var(KILLS_ENV)
        .ok()
        .and_then(|k| k.parse().ok())
        .map_or(KILLS, |k: u64| k.max(KILLS))
}

fn seed() -> u64 {
    let from_env = std::env::var(SEED_ENV).ok().and_then(|s| s.parse().ok());
    let seed = from_env.unwrap_or_else(|| {
        let now = SystemTime::now().duration_since(UNIX_EPOCH);
        now.map_or(1, |d| d.as_nanos() as u64)
    });
    // xorshift never leaves zero.
    seed.max(1)
}

/// xorshift64: enough to spread kill times, and replayable from its seed.
#[derive(Debug)]
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}
