//! The kiosk's log files: one a day in `<data dir>/logs/`, the last fourteen kept, plain
//! text. Logs name codes, ids, counts and files, never what a villager typed (names,
//! phone numbers, Aadhaar digits): callers log an error's `code()`, and the errors'
//! own text says which field was wrong, not what was in it. `last_errors` reads the
//! files back for `kioskctl doctor`.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

/// The folder of log files inside the data folder.
pub const LOG_DIR: &str = "logs";
/// Files are `gram-kiosk.YYYY-MM-DD.log`.
const FILE_PREFIX: &str = "gram-kiosk";
const FILE_SUFFIX: &str = "log";
/// Two weeks of logs: enough to see what went wrong since the last visit.
const KEEP_FILES: usize = 14;

/// The log folder of a data folder.
pub fn log_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_DIR)
}

/// Sends this process's logs (info and up) to standard error and to the day's file in
/// `data_dir/logs/`. Keep the guard until the process ends: dropping it writes out
/// what is buffered. Without a data folder, or when its log folder cannot be used,
/// logs go to standard error only (the app's error screen says why the folder failed).
pub fn init(data_dir: Option<&Path>) -> Option<WorkerGuard> {
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(LevelFilter::INFO);
    let appender = data_dir
        .ok_or_else(|| "no data folder".to_string())
        .and_then(|dir| {
            // Made first: the appender prunes old files before it makes the folder.
            fs::create_dir_all(log_dir(dir)).map_err(|e| e.to_string())?;
            Builder::new()
                .rotation(Rotation::DAILY)
                .filename_prefix(FILE_PREFIX)
                .filename_suffix(FILE_SUFFIX)
                .max_log_files(KEEP_FILES)
                .build(log_dir(dir))
                .map_err(|e| e.to_string())
        });
    match appender {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file = tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(LevelFilter::INFO);
            let _ = tracing_subscriber::registry()
                .with(stderr)
                .with(file)
                .try_init();
            Some(guard)
        }
        Err(error) => {
            let _ = tracing_subscriber::registry().with(stderr).try_init();
            tracing::warn!(%error, "no log files: the log folder cannot be used");
            None
        }
    }
}

/// The last `max` error lines of the log files in `data_dir`, oldest first.
pub fn last_errors(data_dir: &Path, max: usize) -> Vec<String> {
    let Ok(entries) = fs::read_dir(log_dir(data_dir)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_log_file(path))
        .collect();
    // The date in the name sorts the files; the newest is read first.
    files.sort();
    let mut errors: Vec<String> = Vec::new();
    for file in files.iter().rev() {
        let mut older = error_lines(file);
        older.append(&mut errors);
        errors = older;
        if errors.len() >= max {
            break;
        }
    }
    let surplus = errors.len().saturating_sub(max);
    errors.drain(..surplus);
    errors
}

fn is_log_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| {
            name.starts_with(&format!("{FILE_PREFIX}."))
                && name.ends_with(&format!(".{FILE_SUFFIX}"))
        })
}

/// A file's lines at level ERROR, as the fmt layer writes them
/// (`<time> ERROR <target>: <message> <fields>`); unreadable lines are skipped.
fn error_lines(file: &Path) -> Vec<String> {
    let Ok(file) = fs::File::open(file) else {
        return Vec::new();
    };
    BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter(|line| line.split_whitespace().nth(1) == Some("ERROR"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_log(dir: &Path, date: &str, lines: &[&str]) {
        let logs = log_dir(dir);
        fs::create_dir_all(&logs).expect("log folder");
        fs::write(
            logs.join(format!("gram-kiosk.{date}.log")),
            lines.join("\n") + "\n",
        )
        .expect("log file");
    }

    #[test]
    fn the_last_errors_come_from_the_newest_files_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        write_log(
            dir.path(),
            "2026-12-01",
            &[
                "2026-12-01T10:00:00Z ERROR app: one",
                "2026-12-01T10:01:00Z  INFO app: fine",
                "2026-12-01T10:02:00Z ERROR app: two",
            ],
        );
        write_log(
            dir.path(),
            "2026-12-02",
            &[
                "2026-12-02T09:00:00Z  WARN app: a warning",
                "2026-12-02T09:01:00Z ERROR app: three",
            ],
        );
        fs::write(log_dir(dir.path()).join("notes.txt"), "x ERROR y\n").expect("other file");
        let messages = |max| -> Vec<String> {
            last_errors(dir.path(), max)
                .iter()
                .map(|line| line.rsplit(' ').next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(messages(10), ["one", "two", "three"]);
        assert_eq!(messages(2), ["two", "three"]);
        assert_eq!(messages(1), ["three"]);
        assert!(messages(0).is_empty());
    }

    #[test]
    fn no_log_folder_means_no_errors() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(last_errors(dir.path(), 10).is_empty());
    }
}
