//! A head office for tests in this and other crates: on PostgreSQL when
//! `GRAM_TEST_POSTGRES_URL` names a server (each test gets a database of its own), else
//! on SQLite. scripts/test starts a throwaway PostgreSQL server and runs the head
//! office and sync tests once each way.

use std::path::Path;

use tokio_postgres::NoTls;

use crate::HeadOffice;

/// A PostgreSQL URL such as `postgres://postgres@127.0.0.1:55432/postgres`, naming a
/// server where tests may create databases.
pub const POSTGRES_URL_ENV: &str = "GRAM_TEST_POSTGRES_URL";

/// Where a test's head office keeps its records. Opening it again restarts the head
/// office on the same records, as a server restart would.
#[derive(Debug, Clone)]
pub struct TestDatabase {
    postgres_url: Option<String>,
}

impl TestDatabase {
    /// A fresh PostgreSQL database when `GRAM_TEST_POSTGRES_URL` is set, else SQLite
    /// (in the folder given to [`TestDatabase::open`]).
    pub async fn new() -> TestDatabase {
        match std::env::var(POSTGRES_URL_ENV) {
            Ok(server) if !server.is_empty() => TestDatabase {
                postgres_url: Some(fresh_database(&server).await),
            },
            _ => TestDatabase { postgres_url: None },
        }
    }

    /// SQLite, whatever the environment says.
    pub fn sqlite() -> TestDatabase {
        TestDatabase { postgres_url: None }
    }

    /// A fresh PostgreSQL database, for tests of PostgreSQL itself; fails with what to
    /// do when no server is named.
    pub async fn postgres() -> TestDatabase {
        let server = std::env::var(POSTGRES_URL_ENV).unwrap_or_default();
        assert!(
            !server.is_empty(),
            "this test needs a PostgreSQL server: set {POSTGRES_URL_ENV} \
             (scripts/test starts one)"
        );
        TestDatabase {
            postgres_url: Some(fresh_database(&server).await),
        }
    }

    /// The database's URL on PostgreSQL; `None` on SQLite.
    pub fn postgres_url(&self) -> Option<&str> {
        self.postgres_url.as_deref()
    }

    /// The head office on this database, with its blobs (and its SQLite file) in `dir`.
    pub async fn open(&self, dir: &Path) -> HeadOffice {
        match &self.postgres_url {
            Some(url) => HeadOffice::open_postgres(url, dir)
                .await
                .expect("the head office opens on PostgreSQL"),
            None => HeadOffice::open_sqlite(dir).expect("the head office opens on SQLite"),
        }
    }
}

/// Creates an empty database on `server` and returns its URL.
async fn fresh_database(server: &str) -> String {
    let config: tokio_postgres::Config = server
        .parse()
        .unwrap_or_else(|e| panic!("{POSTGRES_URL_ENV} is not a PostgreSQL URL: {e}"));
    let (client, connection) = config
        .connect(NoTls)
        .await
        .unwrap_or_else(|e| panic!("no PostgreSQL server at {POSTGRES_URL_ENV}: {e}"));
    let connection = tokio::spawn(connection);
    let name = format!("headoffice_test_{}", uuid::Uuid::now_v7().simple());
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .expect("the test server lets us create databases");
    drop(client);
    let _ = connection.await;
    with_database(server, &name)
}

/// `server` (a `postgres://` URL) with its database replaced by `name`.
fn with_database(server: &str, name: &str) -> String {
    let (scheme, rest) = server
        .split_once("://")
        .unwrap_or_else(|| panic!("{POSTGRES_URL_ENV} must be a postgres:// URL"));
    let (address, query) = match rest.split_once('?') {
        Some((address, query)) => (address, format!("?{query}")),
        None => (rest, String::new()),
    };
    let authority = address.split('/').next().unwrap_or(address);
    format!("{scheme}://{authority}/{name}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_of_a_url_is_replaced() {
        for (server, expected) in [
            ("postgres://u@h:1/postgres", "postgres://u@h:1/t"),
            ("postgres://u@h:1", "postgres://u@h:1/t"),
            (
                "postgresql://u:p@h/db?sslmode=disable",
                "postgresql://u:p@h/t?sslmode=disable",
            ),
        ] {
            assert_eq!(with_database(server, "t"), expected);
        }
    }
}
