//! Crashes and power cuts, simulated: a child process (this test binary, run again)
//! registers entrepreneurs and adds check-ins in a loop and is killed with SIGKILL at
//! random moments, over and over. After every kill, each record it reported saved is
//! there and whole, `PRAGMA integrity_check` is ok, and records and outbox rows match
//! one for one, including a record committed just before the kill but never reported.
#![cfg(unix)]

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use kiosk_core::catalog::eligibility::{Caste, Gender};
use kiosk_core::kiosk::{self, KioskProfile};
use kiosk_core::people::entrepreneurs::{
    self as entrepreneurs, CheckIn, CheckInInput, ConsentRecord, Entrepreneur, Profile,
    Registration, Stage,
};
use kiosk_core::people::{operators, Operator};
use kiosk_core::Store;

/// Kills in a normal run; `GRAM_KIOSK_CRASH_KILLS` raises it for a longer one.
const KILLS: u64 = 1_000;
const KILLS_ENV: &str = "GRAM_KIOSK_CRASH_KILLS";
/// Replays the kill timings of an earlier run (the processes' own pace still varies).
const SEED_ENV: &str = "GRAM_KIOSK_CRASH_SEED";
/// Set (to the data folder) only in the child process.
const CHILD_ENV: &str = "GRAM_KIOSK_CRASH_CHILD";
const CHILD_TEST: &str = "child_saves_until_killed";
/// Each data folder takes this many kills and then a fresh copy of the set-up kiosk
/// takes over, so the integrity check and the full reads stay small and 1,000 kills fit
/// in a few minutes of a debug build.
const KILLS_PER_FOLDER: u64 = 100;
/// The signal `Child::kill` sends on Unix.
const SIGKILL: i32 = 9;
/// "Today" in the child, so every date the parent expects is known.
const DAY: &str = "2026-03-15";
/// What the registration form's Aadhaar field gets on every other record.
const AADHAAR: &str = "2345 6789 0124";

/// Not a test on its own: the crash test runs this binary again with [`CHILD_ENV`]
/// set, and this is the process it kills. Without the variable it returns at once.
#[test]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = Store::open(Path::new(&dir)).expect("the child opens the store");
    let operator = operators::list(&store)
        .expect("operators")
        .into_iter()
        .next()
        .expect("the parent set the kiosk up");
    entrepreneurs::pin_today(Some(DAY));
    let pid = std::process::id();
    let mut stdout = std::io::stdout();
    // The harness may have begun a line ("test child_saves_until_killed ... ").
    writeln!(stdout).expect("stdout");
    let mut say = |line: String| {
        // Flushed per line: a line the parent reads is a save that already returned.
        writeln!(stdout, "{line}")
            .and_then(|()| stdout.flush())
            .expect("stdout");
    };
    for n in 0.. {
        let key = Key { pid, n };
        let saved = entrepreneurs::register(&store, &operator, &registration(key))
            .unwrap_or_else(|e| panic!("{key} refused: {e:?}"));
        say(format!("saved entrepreneur {} {key}", saved.id));
        if n % 2 == 0 {
            let check_in = entrepreneurs::add_check_in(&store, &operator, &saved.id, &visit(key))
                .unwrap_or_else(|e| panic!("check-in {key} refused: {e:?}"));
            say(format!("saved check_in {} {} {key}", check_in.id, saved.id));
        }
    }
}

#[test]
fn saved_records_survive_being_killed_at_random_moments() {
    let kills = kills();
    let seed = seed();
    println!("crash test: {kills} kills, {SEED_ENV}={seed}");
    let template = tempfile::tempdir().expect("tempdir");
    let operator = set_up(template.path());
    let logs = tempfile::tempdir().expect("tempdir");
    let mut random = XorShift(seed);
    let mut tally = Tally::default();
    let started = Instant::now();
    let mut round = 0;
    while round < kills {
        let folder = tempfile::tempdir().expect("tempdir");
        copy_files(template.path(), folder.path());
        let mut known = Known::default();
        for _ in 0..KILLS_PER_FOLDER.min(kills - round) {
            let reports = run_and_kill(folder.path(), logs.path(), &mut random);
            let unreported = check(folder.path(), &operator, &reports, &mut known)
                .unwrap_or_else(|why| panic!("after kill {round} ({SEED_ENV}={seed}): {why}"));
            // The child reports each save as it returns: only the last can be missed.
            assert!(
                unreported <= 1,
                "kill {round}: {unreported} saves unreported"
            );
            tally.count(&reports, unreported);
            round += 1;
        }
    }
    println!("crash test: {tally} in {:.1?}", started.elapsed());
    let saves = tally.entrepreneurs + tally.check_ins;
    assert!(saves >= 1_000, "only {saves} saves reported: {tally}");
    // Half the kills wait for a first save, so this fails only if saving stopped working.
    assert!(
        tally.rounds_with_saves * 4 >= kills,
        "most kills came before the first save: {tally}"
    );
}

/// The record a child makes from its pid and counter. The key is written into the
/// record's text, so the parent can rebuild whatever record it finds, reported or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    pid: u32,
    n: u64,
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.pid, self.n)
    }
}

impl Key {
    fn parse(text: &str) -> Option<Key> {
        let (pid, n) = text.split_once('.')?;
        Some(Key {
            pid: pid.parse().ok()?,
            n: n.parse().ok()?,
        })
    }

    /// The key at the end of an idea or a note: "… [pid.n]".
    fn in_text(text: &str) -> Option<Key> {
        let (_, tail) = text.rsplit_once('[')?;
        Key::parse(tail.strip_suffix(']')?)
    }
}

/// Digits as letters: names may not hold digits.
fn spelled(number: u64, letters: [char; 10]) -> String {
    number
        .to_string()
        .bytes()
        .map(|digit| letters[usize::from(digit - b'0')])
        .collect()
}

/// What the kiosk must store for [`registration`] of `key`.
fn profile(key: Key) -> Profile {
    let n = key.n;
    let hindi = spelled(n, ['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ']);
    let latin = spelled(
        u64::from(key.pid),
        ['A', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'],
    );
    // Ideas of different lengths, so records straddle page boundaries differently.
    let idea = "दूध की डेयरी, milk and ghee for the haat; ".repeat(n as usize % 9);
    Profile {
        full_name: format!("सुनीता {hindi} Devi {latin}"),
        gender: if n % 2 == 0 {
            Gender::Female
        } else {
            Gender::Male
        },
        birth_date: None,
        age_at_registration: 18 + (n % 40) as u8,
        mobile: format!("98{:04}{:04}", key.pid % 10_000, n % 10_000),
        village: format!("सोनकच्छ Ward {}", n % 12),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: (n % 3 != 0).then_some(Caste::Obc),
        education: "class_10".into(),
        shg_member: n % 3 == 0,
        sector: ["dairy", "poultry", "goat_rearing"][n as usize % 3].into(),
        idea: format!("{idea}दुकान {n} [{key}]"),
        stage: Stage::ALL[n as usize % Stage::ALL.len()],
        bank_account: n % 2 == 1,
        aadhaar_last4: (n % 2 == 0).then(|| "0124".into()),
        photo: None,
    }
}

/// The form as an operator fills it in for `key`.
fn registration(key: Key) -> Registration {
    let p = profile(key);
    Registration {
        full_name: format!("  {} ", p.full_name),
        gender: p.gender,
        birth_date: None,
        age: Some(p.age_at_registration),
        mobile: format!("+91 {} {}", &p.mobile[..5], &p.mobile[5..]),
        village: p.village,
        state: p.state,
        district: p.district,
        caste: p.caste,
        education: p.education,
        shg_member: p.shg_member,
        sector: p.sector,
        idea: p.idea,
        stage: p.stage,
        bank_account: p.bank_account,
        aadhaar: p.aadhaar_last4.map(|_| AADHAAR.into()),
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

/// The check-in made for `key` (already as stored: nothing in it is tidied).
fn visit(key: Key) -> CheckInInput {
    let n = key.n as i64;
    let loan = (n % 3 == 0).then_some(5_000 + n * 100);
    CheckInInput {
        date: DAY.into(),
        stage: Stage::ALL[(key.n as usize + 1) % Stage::ALL.len()],
        note: format!("{} बकरियाँ खरीदीं, bought goats [{key}]", n % 7),
        training_done: n % 4 == 0,
        loan_applied_amount: loan,
        loan_sanctioned_amount: loan.map(|rupees| rupees / 2),
        loan_source: loan.map(|_| "bank".into()),
        monthly_revenue: (n % 5 != 0).then_some(1_000 * n % 90_000),
        people_employed: n % 10,
    }
}

/// Sets up a kiosk once (hashing the PIN is slow in a debug build) and closes it, so
/// its folder can be copied whole.
fn set_up(dir: &Path) -> Operator {
    let store = Store::open(dir).expect("opens");
    let profile = KioskProfile {
        name: "बड़ोदिया ग्राम कियोस्क".into(),
        village: "बड़ोदिया".into(),
        block: "सोनकच्छ".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    kiosk::set_up(&store, &profile, "Priya Operator", "740261").expect("set up")
}

fn copy_files(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("template folder") {
        let entry = entry.expect("entry");
        fs::copy(entry.path(), to.join(entry.file_name())).expect("copied");
    }
}

/// What the child printed before it died.
#[derive(Debug, Default)]
struct Reports {
    /// The kill was timed from the first save rather than from the start.
    after_first_save: bool,
    /// (id, key)
    entrepreneurs: Vec<(String, Key)>,
    /// (id, entrepreneur id, key)
    check_ins: Vec<(String, String, Key)>,
}

/// Starts a child, kills it at a random moment and returns the saves it reported.
/// Half the kills come 0–40 ms after the start (often while the store opens), half
/// 0–15 ms after the first save, when a transaction is likely under way.
fn run_and_kill(dir: &Path, logs: &Path, random: &mut XorShift) -> Reports {
    let stderr_path = logs.join("child-stderr.txt");
    let stderr = File::create(&stderr_path).expect("log file");
    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("the child starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut printed = Vec::new();
    let after_first_save = random.below(2) == 1;
    if after_first_save {
        read_first_save(&mut stdout, &mut printed);
        std::thread::sleep(Duration::from_micros(random.below(15_001)));
    } else {
        std::thread::sleep(Duration::from_micros(random.below(40_001)));
    }
    // Sends SIGKILL; harmless if the child already died, which the status shows.
    let _ = child.kill();
    let status = child.wait().expect("the child is reaped");
    stdout.read_to_end(&mut printed).expect("child's stdout");
    if status.signal() != Some(SIGKILL) {
        let stderr = fs::read_to_string(&stderr_path).unwrap_or_default();
        panic!("the child stopped by itself ({status}):\n{stderr}");
    }
    Reports {
        after_first_save,
        ..parse(&printed)
    }
}

/// Reads up to the first "saved" line (or the end, should the child die first).
fn read_first_save(stdout: &mut impl BufRead, printed: &mut Vec<u8>) {
    loop {
        let start = printed.len();
        if stdout.read_until(b'\n', printed).expect("child's stdout") == 0 {
            return;
        }
        if printed[start..].starts_with(b"saved ") {
            return;
        }
    }
}

/// Reads the complete lines; a last line without its newline was cut by the kill.
fn parse(printed: &[u8]) -> Reports {
    let text = String::from_utf8_lossy(printed);
    let complete = text.rsplit_once('\n').map_or("", |(lines, _)| lines);
    let mut reports = Reports::default();
    for line in complete.lines() {
        match line.split(' ').collect::<Vec<_>>()[..] {
            ["saved", "entrepreneur", id, key] => reports
                .entrepreneurs
                .push((id.into(), Key::parse(key).expect("a key"))),
            ["saved", "check_in", id, person, key] => {
                reports
                    .check_ins
                    .push((id.into(), person.into(), Key::parse(key).expect("a key")))
            }
            _ => {}
        }
    }
    reports
}

/// Records of the current folder seen after earlier kills, with their keys.
#[derive(Debug, Default)]
struct Known {
    entrepreneurs: HashMap<String, Key>,
    check_ins: HashSet<String>,
}

/// The rows the checks compare, read in one query per table.
#[derive(Debug, Default)]
struct Rows {
    /// (id, version)
    entrepreneurs: HashSet<(String, i64)>,
    /// (entrepreneur id, version)
    history: HashSet<(String, i64)>,
    /// (id, version) -> entrepreneur id
    check_ins: HashMap<(String, i64), String>,
    /// (kind, record id, version)
    outbox: HashSet<(String, String, i64)>,
}

fn rows(store: &Store) -> Rows {
    store
        .read(|c| {
            let pairs = |sql: &str| -> rusqlite::Result<HashSet<(String, i64)>> {
                c.prepare(sql)?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            };
            let check_ins = c
                .prepare("SELECT id, version, entrepreneur_id FROM check_ins")?
                .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let outbox = c
                .prepare(
                    "SELECT kind, record_id, version FROM outbox
                     WHERE kind IN ('entrepreneur', 'check_in')",
                )?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(Rows {
                entrepreneurs: pairs("SELECT id, version FROM entrepreneurs")?,
                history: pairs("SELECT entrepreneur_id, version FROM entrepreneur_history")?,
                check_ins,
                outbox,
            })
        })
        .expect("rows")
}

/// Everything a kill must not break, checked on the folder as the app would reopen
/// it. Returns how many records were committed but never reported.
fn check(
    dir: &Path,
    operator: &Operator,
    reports: &Reports,
    known: &mut Known,
) -> Result<u64, String> {
    let store = Store::open(dir).map_err(|e| format!("the store does not open: {e:?}"))?;
    let integrity: String = store
        .read(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))
        .map_err(|e| format!("integrity_check failed to run: {e:?}"))?;
    if integrity != "ok" {
        return Err(format!("integrity_check: {integrity}"));
    }
    let rows = rows(&store);
    outbox_matches_records(&rows)?;
    let people = new_entrepreneurs(&store, &rows, operator, reports, known)?;
    let visits = new_check_ins(&store, &rows, operator, reports, known)?;
    Ok(people + visits)
}

/// Earlier records are all still there, every new one is whole, every reported one
/// is among them. Returns how many new ones were not reported.
fn new_entrepreneurs(
    store: &Store,
    rows: &Rows,
    operator: &Operator,
    reports: &Reports,
    known: &mut Known,
) -> Result<u64, String> {
    let ids: HashSet<&str> = rows
        .entrepreneurs
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    if let Some(lost) = known
        .entrepreneurs
        .keys()
        .find(|id| !ids.contains(id.as_str()))
    {
        return Err(format!(
            "entrepreneur {lost}, seen after an earlier kill, is gone"
        ));
    }
    let mut unreported = 0;
    for id in ids {
        if known.entrepreneurs.contains_key(id) {
            continue;
        }
        let key = whole_entrepreneur(store, id, operator)?;
        known.entrepreneurs.insert(id.to_string(), key);
        match reports.entrepreneurs.iter().find(|(r, _)| r == id) {
            Some((_, said)) if *said != key => {
                return Err(format!("entrepreneur {id} reported as {said}, holds {key}"))
            }
            Some(_) => {}
            None => unreported += 1,
        }
    }
    for (id, key) in &reports.entrepreneurs {
        if !known.entrepreneurs.contains_key(id) {
            return Err(format!(
                "entrepreneur {id} ({key}) was reported saved but is missing"
            ));
        }
    }
    Ok(unreported)
}

/// The same for check-ins, each made from its entrepreneur's key.
fn new_check_ins(
    store: &Store,
    rows: &Rows,
    operator: &Operator,
    reports: &Reports,
    known: &mut Known,
) -> Result<u64, String> {
    let ids: HashSet<&str> = rows.check_ins.keys().map(|(id, _)| id.as_str()).collect();
    if let Some(lost) = known.check_ins.iter().find(|id| !ids.contains(id.as_str())) {
        return Err(format!(
            "check-in {lost}, seen after an earlier kill, is gone"
        ));
    }
    let mut unreported = 0;
    for ((id, _), person) in &rows.check_ins {
        if known.check_ins.contains(id) {
            continue;
        }
        let key = known.entrepreneurs.get(person).copied();
        let key = key.ok_or(format!("check-in {id} of unknown entrepreneur {person}"))?;
        whole_check_in(store, id, person, key, operator)?;
        known.check_ins.insert(id.clone());
        if !reports.check_ins.iter().any(|(r, _, _)| r == id) {
            unreported += 1;
        }
    }
    for (id, person, key) in &reports.check_ins {
        if rows.check_ins.get(&(id.clone(), 1)) != Some(person) {
            return Err(format!(
                "check-in {id} ({key}) was reported saved but is missing"
            ));
        }
    }
    Ok(unreported)
}

/// Every entrepreneur and check-in has its outbox row and its history line, and no
/// outbox row is left without its record.
fn outbox_matches_records(rows: &Rows) -> Result<(), String> {
    let entrepreneurs = rows
        .entrepreneurs
        .iter()
        .map(|(id, v)| (entrepreneurs::KIND.to_string(), id.clone(), *v));
    let check_ins = rows
        .check_ins
        .keys()
        .map(|(id, v)| (entrepreneurs::CHECK_IN_KIND.to_string(), id.clone(), *v));
    let records: HashSet<_> = entrepreneurs.chain(check_ins).collect();
    if let Some(row) = records.difference(&rows.outbox).next() {
        return Err(format!("{row:?} has no outbox row"));
    }
    if let Some(row) = rows.outbox.difference(&records).next() {
        return Err(format!("outbox row {row:?} has no record"));
    }
    if rows.history != rows.entrepreneurs {
        return Err(format!(
            "{} entrepreneurs but {} history lines",
            rows.entrepreneurs.len(),
            rows.history.len()
        ));
    }
    Ok(())
}

/// The stored record is exactly what its key makes, and so is its outbox body.
fn whole_entrepreneur(store: &Store, id: &str, operator: &Operator) -> Result<Key, String> {
    let found = entrepreneurs::get(store, id).map_err(|e| format!("{id}: {e:?}"))?;
    let idea = found
        .profile
        .as_ref()
        .map(|p| p.idea.as_str())
        .unwrap_or("");
    let key = Key::in_text(idea).ok_or(format!("{id}: no key in {found:?}"))?;
    let at = found.registered_at.clone();
    let expected = Entrepreneur {
        id: id.into(),
        version: 1,
        profile: Some(profile(key)),
        consent: ConsentRecord {
            version: entrepreneurs::notice().version,
            at: at.clone(),
            by: operator.id.clone(),
        },
        registered_at: at.clone(),
        registered_by: operator.id.clone(),
        updated_at: at.clone(),
        erased_at: None,
        erased_by: None,
    };
    if found != expected || !at.starts_with(DAY) {
        return Err(format!(
            "entrepreneur {key} is not whole:\n{found:?}\n{expected:?}"
        ));
    }
    let sent = serde_json::to_value(&expected).map_err(|e| e.to_string())?;
    same_outbox_body(store, entrepreneurs::KIND, id, &sent)?;
    Ok(key)
}

fn whole_check_in(
    store: &Store,
    id: &str,
    person: &str,
    key: Key,
    operator: &Operator,
) -> Result<(), String> {
    let all = entrepreneurs::check_ins(store, person).map_err(|e| format!("{id}: {e:?}"))?;
    let found = all
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(format!("check-in {id} is not on {person}'s timeline"))?;
    let input = visit(key);
    let expected = CheckIn {
        id: id.into(),
        entrepreneur_id: person.into(),
        version: 1,
        date: input.date,
        stage: input.stage,
        note: input.note,
        training_done: input.training_done,
        loan_applied_amount: input.loan_applied_amount,
        loan_sanctioned_amount: input.loan_sanctioned_amount,
        loan_source: input.loan_source,
        monthly_revenue: input.monthly_revenue,
        people_employed: input.people_employed,
        created_at: found.created_at.clone(),
        created_by: operator.id.clone(),
    };
    if found != expected || !found.created_at.starts_with(DAY) {
        return Err(format!(
            "check-in {key} is not whole:\n{found:?}\n{expected:?}"
        ));
    }
    let sent = serde_json::to_value(&expected).map_err(|e| e.to_string())?;
    same_outbox_body(store, entrepreneurs::CHECK_IN_KIND, id, &sent)
}

fn same_outbox_body(
    store: &Store,
    kind: &str,
    id: &str,
    expected: &serde_json::Value,
) -> Result<(), String> {
    let body: String = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT body FROM outbox WHERE kind = ?1 AND record_id = ?2 AND version = 1",
                [kind, id],
                |r| r.get(0),
            )?)
        })
        .map_err(|e| format!("{kind} {id}: outbox row: {e:?}"))?;
    let sent: serde_json::Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
    if &sent != expected {
        return Err(format!("{kind} {id}: outbox body {sent} is not {expected}"));
    }
    Ok(())
}

#[derive(Debug, Default)]
struct Tally {
    kills: u64,
    after_first_save: u64,
    rounds_with_saves: u64,
    rounds_without_saves: u64,
    entrepreneurs: u64,
    check_ins: u64,
    /// Committed, then killed before the child could say so.
    unreported: u64,
}

impl Tally {
    fn count(&mut self, reports: &Reports, unreported: u64) {
        self.kills += 1;
        self.after_first_save += u64::from(reports.after_first_save);
        let saves = (reports.entrepreneurs.len() + reports.check_ins.len()) as u64;
        if saves == 0 {
            self.rounds_without_saves += 1;
        } else {
            self.rounds_with_saves += 1;
        }
        self.entrepreneurs += reports.entrepreneurs.len() as u64;
        self.check_ins += reports.check_ins.len() as u64;
        self.unreported += unreported;
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} kills ({} timed from the first save), {} with saves and {} before any; \
             {} entrepreneurs and {} check-ins reported saved, {} more committed unreported",
            self.kills,
            self.after_first_save,
            self.rounds_with_saves,
            self.rounds_without_saves,
            self.entrepreneurs,
            self.check_ins,
            self.unreported
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
