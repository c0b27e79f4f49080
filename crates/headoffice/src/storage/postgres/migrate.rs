//! Numbered SQL migrations for the PostgreSQL store: the same steps as SQLite's (same
//! numbers, same names), from `migrations/postgres/`, recorded in `schema_migrations`.
//! Each step runs in its own transaction under an advisory lock, so two head offices
//! starting at once on one database take turns.

use tokio_postgres::Client;
#[cfg(test)]
use tokio_postgres::GenericClient;

use crate::error::{Error, Result};
use crate::storage::Migration;

/// Every migration, in step with `sqlite::migrate::MIGRATIONS`. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "kiosks, tokens, records, quarantine",
        sql: include_str!("../../../migrations/postgres/0001_head_office.sql"),
    },
    Migration {
        version: 2,
        name: "admin and sessions",
        sql: include_str!("../../../migrations/postgres/0002_admin.sql"),
    },
];

/// The advisory lock migrations hold; any number, the same in every build.
const MIGRATION_LOCK: i64 = 0x4752_414d_4b49_4f53;

const VERSIONS_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version    bigint PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)";

/// The highest migration applied; 0 for an empty database.
#[cfg(test)]
pub async fn schema_version(client: &impl GenericClient) -> Result<i64> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .await?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM schema_migrations",
            &[],
        )
        .await?;
    Ok(row.get(0))
}

/// Brings the database up to the latest version; refuses a newer one untouched.
/// `database` names it in errors.
pub async fn migrate(client: &mut Client, database: &str) -> Result<()> {
    apply(client, database, MIGRATIONS).await
}

async fn apply(client: &mut Client, database: &str, migrations: &[Migration]) -> Result<()> {
    let supported = migrations.len() as i64;
    for migration in migrations {
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute(VERSIONS_TABLE).await?;
        let current: i64 = tx
            .query_one(
                "SELECT coalesce(max(version), 0) FROM schema_migrations",
                &[],
            )
            .await?
            .get(0);
        if current > supported {
            return Err(Error::DatabaseTooNew {
                database: database.to_string(),
                found: current,
                supported,
            });
        }
        if migration.version > current {
            tracing::info!(
                version = migration.version,
                name = migration.name,
                "migrating"
            );
            tx.batch_execute(migration.sql).await?;
            tx.execute(
                "INSERT INTO schema_migrations(version, name) VALUES ($1, $2)",
                &[&migration.version, &migration.name],
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use tokio_postgres::NoTls;

    use super::*;
    use crate::test_support::TestDatabase;

    /// A connection to a new, empty database.
    async fn empty_db() -> Client {
        let database = TestDatabase::postgres().await;
        let url = database.postgres_url().expect("PostgreSQL");
        let (client, connection) = tokio_postgres::connect(url, NoTls).await.expect("connects");
        tokio::spawn(connection);
        client
    }

    async fn count(client: &Client, sql: &str) -> i64 {
        client.query_one(sql, &[]).await.expect(sql).get(0)
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn each_migration_applies_from_an_empty_database() {
        for upto in 1..=MIGRATIONS.len() {
            let mut client = empty_db().await;
            apply(&mut client, "test", &MIGRATIONS[..upto])
                .await
                .expect("migrates");
            assert_eq!(schema_version(&client).await.expect("version"), upto as i64);
        }
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn each_upgrade_keeps_the_records_of_the_version_before() {
        for from in 1..MIGRATIONS.len() {
            let mut client = empty_db().await;
            apply(&mut client, "test", &MIGRATIONS[..from])
                .await
                .expect("old version");
            client
                .batch_execute(
                    "INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', now());
                     INSERT INTO records(id, version, kind, kiosk_id, body, received_at)
                         VALUES ('l', 1, 'learner', 'k', '{\"name\": \"सीता\"}', now());",
                )
                .await
                .expect("data in the old version");
            migrate(&mut client, "test").await.expect("upgrades");
            let name: String = client
                .query_one("SELECT body->>'name' FROM records WHERE id = 'l'", &[])
                .await
                .expect("row kept")
                .get(0);
            assert_eq!(name, "सीता", "upgrade from version {from}");
            assert_eq!(count(&client, "SELECT count(*) FROM kiosks").await, 1);
        }
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn two_head_offices_starting_at_once_migrate_once() {
        let database = TestDatabase::postgres().await;
        let url = database.postgres_url().expect("PostgreSQL").to_string();
        let starts = (0..4).map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                let (mut client, connection) = tokio_postgres::connect(&url, NoTls)
                    .await
                    .expect("connects");
                tokio::spawn(connection);
                migrate(&mut client, "test").await
            })
        });
        for start in starts.collect::<Vec<_>>() {
            start.await.expect("task").expect("migrates");
        }
        let (client, connection) = tokio_postgres::connect(&url, NoTls)
            .await
            .expect("connects");
        tokio::spawn(connection);
        assert_eq!(
            count(&client, "SELECT count(*) FROM schema_migrations").await,
            MIGRATIONS.len() as i64
        );
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn records_refuse_what_the_protocol_refuses() {
        let mut client = empty_db().await;
        migrate(&mut client, "test").await.expect("migrates");
        client
            .batch_execute("INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', now())")
            .await
            .expect("kiosk");
        let insert = |values: &str| {
            format!(
                "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
                 VALUES ({values}, now())"
            )
        };
        client
            .batch_execute(&insert("'r', 1, 'learner', 'k', '{}', false"))
            .await
            .expect("a record");
        client
            .batch_execute(&insert("'r', 2, 'learner', 'k', NULL, true"))
            .await
            .expect("a tombstone");
        for (what, values) in [
            ("same version twice", "'r', 1, 'learner', 'k', '{}', false"),
            ("version 0", "'s', 0, 'learner', 'k', '{}', false"),
            ("unknown kind", "'s', 1, 'course', 'k', '{}', false"),
            ("unknown kiosk", "'s', 1, 'learner', 'x', '{}', false"),
            ("empty id", "'', 1, 'learner', 'k', '{}', false"),
            ("not JSON", "'s', 1, 'learner', 'k', 'nope', false"),
            (
                "a tombstone with a body",
                "'s', 1, 'learner', 'k', '{}', true",
            ),
        ] {
            assert!(
                client.batch_execute(&insert(values)).await.is_err(),
                "{what} was accepted"
            );
        }
        let plain = client
            .batch_execute(
                "INSERT INTO admin(id, password_hash, set_at) VALUES (1, 'plain password', now())",
            )
            .await;
        assert!(plain.is_err(), "only argon2id hashes");
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn a_failing_migration_leaves_the_previous_version() {
        const BROKEN: &[Migration] = &[
            Migration {
                version: 1,
                name: "good",
                sql: "CREATE TABLE a (x integer);",
            },
            Migration {
                version: 2,
                name: "bad",
                sql: "CREATE TABLE b (y integer); THIS IS NOT SQL;",
            },
        ];
        let mut client = empty_db().await;
        assert!(apply(&mut client, "test", BROKEN).await.is_err());
        assert_eq!(schema_version(&client).await.expect("version"), 1);
        assert_eq!(
            count(
                &client,
                "SELECT count(*) FROM pg_tables WHERE tablename = 'b'"
            )
            .await,
            0,
            "the failed step left nothing"
        );
    }

    #[tokio::test]
    #[ignore = "needs PostgreSQL: scripts/test runs it with GRAM_TEST_POSTGRES_URL"]
    async fn a_newer_database_is_refused_untouched() {
        let mut client = empty_db().await;
        migrate(&mut client, "test").await.expect("migrates");
        let newer = MIGRATIONS.len() as i64 + 1;
        client
            .execute(
                "INSERT INTO schema_migrations(version, name) VALUES ($1, 'from the future')",
                &[&newer],
            )
            .await
            .expect("a newer step");
        let error = migrate(&mut client, "gram on db.example")
            .await
            .expect_err("refused");
        assert!(
            matches!(&error, Error::DatabaseTooNew { database, found, .. }
                if database == "gram on db.example" && *found == newer),
            "{error}"
        );
        assert_eq!(schema_version(&client).await.expect("version"), newer);
    }
}
