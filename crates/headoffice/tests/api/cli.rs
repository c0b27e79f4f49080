//! The `headoffice` binary: enrol, list, revoke, and a server that stops on SIGTERM.

use std::process::{Command, Output};

use headoffice::test_support::TestDatabase;
use headoffice::HeadOffice;
use serde_json::Value;

fn headoffice(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headoffice"))
        .env("GRAM_HEADOFFICE_DATA_DIR", dir)
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn enrol_list_and_revoke_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let enrol = headoffice(
        dir.path(),
        &["kiosk", "enrol", "--name", "बागली kiosk", "--hours", "1"],
    );
    assert!(
        enrol.status.success(),
        "{}",
        String::from_utf8_lossy(&enrol.stderr)
    );
    let token = String::from_utf8(enrol.stdout).expect("utf-8");
    assert_eq!(token.trim().split(' ').count(), 10, "{token}");
    assert!(String::from_utf8_lossy(&enrol.stderr).contains("“बागली kiosk”"));

    let list = headoffice(dir.path(), &["kiosk", "list", "--json"]);
    let kiosks: Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(kiosks, Value::Array(vec![]), "a token is not a kiosk yet");

    // The token made by the binary is the one the library's store knows.
    let office = HeadOffice::open_sqlite(dir.path()).expect("opens");
    let kiosks = tokio::runtime::Runtime::new()
        .expect("a runtime")
        .block_on(office.kiosks())
        .expect("kiosks");
    assert!(kiosks.is_empty());
    drop(office);

    let revoke = headoffice(dir.path(), &["kiosk", "revoke", "--kiosk", "nope"]);
    assert!(!revoke.status.success());
    assert!(String::from_utf8_lossy(&revoke.stderr).contains("kiosk.not_found"));

    let other = tempfile::tempdir().expect("tempdir");
    let flag = headoffice(
        dir.path(),
        &[
            "--data-dir",
            &other.path().display().to_string(),
            "kiosk",
            "list",
        ],
    );
    assert!(flag.status.success());
    assert!(
        other.path().join(headoffice::DB_FILE).exists(),
        "--data-dir wins over the variable"
    );
}

#[test]
fn the_admin_password_is_read_from_standard_input() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let set = |password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_headoffice"))
            .args([
                "--data-dir",
                &dir.path().display().to_string(),
                "admin",
                "set-password",
            ])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(format!("{password}\n").as_bytes())
            .expect("writes");
        child.wait_with_output().expect("exits")
    };
    let short = set("short");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("admin.password_weak"));
    assert!(set("a long admin password").status.success());
    let db = rusqlite::Connection::open(dir.path().join(headoffice::DB_FILE)).expect("db");
    let stored: String = db
        .query_row("SELECT password_hash FROM admin", [], |r| r.get(0))
        .expect("a hash");
    assert!(stored.starts_with("$argon2id$") && !stored.contains("a long admin password"));
}

#[cfg(unix)]
#[test]
fn serve_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_headoffice"))
        .env("GRAM_HEADOFFICE_DATA_DIR", dir.path())
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts");
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed().as_secs() < 20, "server did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("exits");
    assert!(status.success(), "{status:?}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
async fn a_database_url_keeps_kiosks_and_the_admin_in_postgresql() {
    use std::io::Write;
    let database = TestDatabase::postgres().await;
    let url = database.postgres_url().expect("PostgreSQL").to_string();
    let dir = tempfile::tempdir().expect("tempdir");
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_headoffice"))
            .env("GRAM_HEADOFFICE_DATA_DIR", dir.path())
            .env(headoffice::DATABASE_URL_ENV, &url)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(stdin.as_bytes()).expect("writes");
        drop(input);
        child.wait_with_output().expect("exits")
    };
    let enrol = run(&["kiosk", "enrol", "--name", "बागली kiosk"], "");
    assert!(
        enrol.status.success(),
        "{}",
        String::from_utf8_lossy(&enrol.stderr)
    );
    let password = run(&["admin", "set-password"], "a long admin password\n");
    assert!(password.status.success());
    let list = run(&["kiosk", "list", "--json"], "");
    assert_eq!(
        serde_json::from_slice::<Value>(&list.stdout).expect("json"),
        Value::Array(vec![])
    );
    assert!(
        !dir.path().join(headoffice::DB_FILE).exists(),
        "no SQLite file beside PostgreSQL"
    );

    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .expect("connects");
    tokio::spawn(connection);
    let row = client
        .query_one(
            "SELECT (SELECT count(*) FROM enrolment_tokens WHERE name = 'बागली kiosk'),
                    (SELECT password_hash FROM admin)",
            &[],
        )
        .await
        .expect("rows");
    assert_eq!(row.get::<_, i64>(0), 1);
    assert!(row.get::<_, String>(1).starts_with("$argon2id$"));

    // A URL PostgreSQL cannot read, or a server that is not there: a code to act on,
    // and the password in the URL is never printed.
    for (bad, code) in [
        (
            "postgres://u:hunter2@127.0.0.1:1/x?sslmode=bogus",
            "store.database_url",
        ),
        (
            "postgres://u:hunter2@127.0.0.1:1/x",
            "store.database_unavailable",
        ),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_headoffice"))
            .env("GRAM_HEADOFFICE_DATA_DIR", dir.path())
            .args(["--database-url", bad, "kiosk", "list"])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert!(stderr.contains(code), "{bad}: {stderr}");
        assert!(!stderr.contains("hunter2"), "{stderr}");
    }
}
