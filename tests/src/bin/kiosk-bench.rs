//! The window measurements of bench/run: start time and memory of Gram Kiosk and of a
//! bare Tauri app, through the same harness as the end-to-end tests (Xvfb,
//! tauri-driver, WebKitWebDriver). Prints one `name<TAB>value<TAB>unit` line a figure
//! on standard output; bench/run turns them into bench/RESULTS.md.
//!
//! kiosk-bench start APP READY_SELECTOR BARE_APP BARE_READY_SELECTOR RUNS
//! kiosk-bench memory APP READY_SELECTOR [--session [--by-script]]
//!
//! The session is driven as a person would, with WebDriver's clicks and keystrokes; with
//! `--by-script` the page's own scripts click and fill the search box instead, so that
//! what WebDriver keeps for each element it touched is not in the figures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use gram_kiosk_e2e::{kiosk_in_use, selector, App, Driver, SCREEN_TIMEOUT};

/// The scripted session: this many rounds of home -> schemes (a search) -> home.
const SESSION_ROUNDS: usize = 500;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: kiosk-bench start APP SELECTOR BARE_APP BARE_SELECTOR RUNS \
                 | memory APP SELECTOR [--session [--by-script]]";
    let (Some(what), Some(app), Some(selector)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let app = std::fs::canonicalize(app).expect("the app exists");
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    match what.as_str() {
        "start" => {
            let (Some(bare), Some(bare_selector)) = (args.get(3), args.get(4)) else {
                eprintln!("{usage}");
                std::process::exit(2);
            };
            let bare = std::fs::canonicalize(bare).expect("the bare app exists");
            let runs: usize = args.get(5).and_then(|r| r.parse().ok()).unwrap_or(10);
            let apps = [
                ("gram", app.as_path(), selector.as_str()),
                ("bare", &bare, bare_selector),
            ];
            start_times(&driver, &apps, runs).await;
        }
        "memory" => {
            let session = match (
                args.iter().any(|a| a == "--session"),
                args.iter().any(|a| a == "--by-script"),
            ) {
                (false, _) => None,
                (true, false) => Some(Driving::WebDriver),
                (true, true) => Some(Driving::PageScript),
            };
            memory(&driver, &app, selector, session).await;
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}

/// Launch to ready (the selector matches), `runs` times for each app, taking turns so
/// that both meet the same moments of a busy machine; the page cache is dropped before
/// each start when this user may (root), so each start reads the disk. Prints each
/// app's figures under its name.
async fn start_times(driver: &Driver, apps: &[(&str, &Path, &str)], runs: usize) {
    // One start of each first, not counted: the kiosk's first start loads its catalog.
    for (_, app, selector) in apps {
        let warm_up = driver.launch_program(app, &[]).await;
        wait_ready(&warm_up, selector).await;
        warm_up.close().await;
    }
    let cold = drop_page_cache();
    let mut times = vec![Vec::with_capacity(runs); apps.len()];
    for _ in 0..runs {
        for ((_, app, selector), times) in apps.iter().zip(&mut times) {
            drop_page_cache();
            let started = Instant::now();
            let window = driver.launch_program(app, &[]).await;
            wait_ready(&window, selector).await;
            times.push(started.elapsed());
            window.close().await;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }
    for ((name, _, _), times) in apps.iter().zip(&mut times) {
        times.sort();
        println!(
            "{name}_start_median\t{}\tms",
            times[times.len() / 2].as_millis()
        );
        println!("{name}_start_min\t{}\tms", times[0].as_millis());
        println!(
            "{name}_start_max\t{}\tms",
            times[times.len() - 1].as_millis()
        );
        println!("{name}_start_cold\t{}\tbool", u8::from(cold));
    }
}

/// Total PSS of the app and its WebKit processes after start, and after the scripted
/// session when asked.
async fn memory(driver: &Driver, app: &Path, selector: &str, session: Option<Driving>) {
    let window = driver.launch_program(app, &[]).await;
    wait_ready(&window, selector).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (pss, processes) = total_pss(app);
    println!("pss_start\t{}\tkB", pss);
    println!("processes\t{}\tcount", processes.len());
    for (name, kb) in &processes {
        eprintln!("  after start: {name} {kb} kB");
    }
    if let Some(driving) = session {
        let started = Instant::now();
        let (screens, searches) = scripted_session(&window, app, driving).await;
        tokio::time::sleep(Duration::from_secs(3)).await;
        let (after, processes) = total_pss(app);
        for (name, kb) in &processes {
            eprintln!("  after the session: {name} {kb} kB");
        }
        println!("pss_session\t{}\tkB", after);
        println!("session_screens\t{screens}\tcount");
        println!("session_searches\t{searches}\tcount");
        println!("session_seconds\t{}\ts", started.elapsed().as_secs());
    }
    window.close().await;
}

/// How the scripted session presses buttons and types.
#[derive(Debug, Clone, Copy)]
enum Driving {
    /// WebDriver's clicks and keystrokes, as a person's.
    WebDriver,
    /// The page's own scripts: `click()` and the search box's value with an input event.
    PageScript,
}

/// 1,000 screen changes and 500 searches with the real queries of the search tests.
async fn scripted_session(app: &App, program: &Path, driving: Driving) -> (usize, usize) {
    let queries: Vec<&str> =
        include_str!("../../../crates/kiosk-core/tests/data/search-queries.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1))
            .collect();
    // A shorter session for looking into memory: KIOSK_BENCH_ROUNDS=100.
    let rounds = std::env::var("KIOSK_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(SESSION_ROUNDS);
    let (mut screens, mut searches) = (0, 0);
    for round in 0..rounds {
        let query = queries[round % queries.len()];
        match driving {
            Driving::WebDriver => {
                app.click("tile-schemes").await;
                app.find("scheme-search").await;
                app.type_into("scheme-search", query).await;
                app.find("scheme-results").await;
                app.click("nav-back-home").await;
                app.find("screen-home").await;
            }
            Driving::PageScript => {
                let click = |id: &str| format!("{}.click();", by_testid(id));
                app.eval(&click("tile-schemes")).await;
                wait_ready(app, &selector("scheme-search")).await;
                let query = serde_json::to_string(query).expect("a string");
                app.eval(&format!(
                    "const box = {}; box.value = {query}; \
                     box.dispatchEvent(new Event('input', {{ bubbles: true }}));",
                    by_testid("scheme-search")
                ))
                .await;
                wait_ready(app, &selector("scheme-results")).await;
                app.eval(&click("nav-back-home")).await;
                wait_ready(app, &selector("screen-home")).await;
            }
        }
        screens += 2;
        searches += 1;
        if matches!(round + 1, 1 | 10) || (round + 1) % 50 == 0 {
            println!("pss_round_{}\t{}\tkB", round + 1, total_pss(program).0);
        }
    }
    (screens, searches)
}

/// The page's expression for the element with this `data-testid`.
fn by_testid(testid: &str) -> String {
    format!("document.querySelector('{}')", selector(testid))
}

async fn wait_ready(app: &App, selector: &str) {
    let script = format!("return !!document.querySelector('{selector}');");
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    while app.eval(&script).await != serde_json::Value::Bool(true) {
        assert!(Instant::now() < deadline, "{selector} did not appear");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Empties the kernel's page cache (root only); whether it could.
fn drop_page_cache() -> bool {
    let _ = std::process::Command::new("sync").status();
    std::fs::write("/proc/sys/vm/drop_caches", "3").is_ok()
}

/// PSS in kB of every process running `app` and all their descendants (WebKit's web
/// and network processes): the total, and each process's (by name and pid).
fn total_pss(app: &Path) -> (u64, Vec<(String, u64)>) {
    let mut parent: BTreeMap<u32, u32> = BTreeMap::new();
    let mut roots = Vec::new();
    for pid in std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
    {
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let ppid = stat
            .rsplit_once(") ")
            .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0);
        parent.insert(pid, ppid);
        let exe: Option<PathBuf> = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
        if exe.as_deref() == Some(app) {
            roots.push(pid);
        }
    }
    let belongs = |mut pid: u32| {
        while pid > 1 {
            if roots.contains(&pid) {
                return true;
            }
            pid = parent.get(&pid).copied().unwrap_or(0);
        }
        false
    };
    let members: Vec<(String, u64)> = parent
        .keys()
        .copied()
        .filter(|pid| belongs(*pid))
        .map(|pid| {
            let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            (format!("{} ({pid})", name.trim()), pss_kb(pid))
        })
        .collect();
    let pss = members.iter().map(|(_, kb)| kb).sum();
    (pss, members)
}

fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("Pss:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
