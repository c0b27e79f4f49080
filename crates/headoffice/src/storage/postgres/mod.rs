//! The PostgreSQL backend, for a head office that many kiosks send to: a small pool of
//! connections, the same tables and rules as SQLite, and each batch in one transaction
//! of a few statements over arrays, whatever its size. Text comes back in SQLite's
//! shapes (times as `YYYY-MM-DDTHH:MM:SS.sssZ`, bodies as JSON) so callers never know.

use std::collections::HashMap;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use sha2::{Digest, Sha256};
use tokio_postgres::config::Host;
use tokio_postgres::{GenericClient, NoTls};

use super::plan::{self, Held, Plan};
use super::{Credentials, KioskRow, LatestRecord, QuarantineRow, Reported, StoredRecord};
use crate::credentials::Hash;
use crate::error::{Error, Result};
use crate::ingest::{canonical_json, Incoming};
use crate::wire::RecordResult;

pub mod migrate;

/// Connections kept open: a head office takes a few batches a minute per kiosk.
const POOL_SIZE: usize = 8;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a request waits for a free connection before it fails (the kiosk retries).
const WAIT_TIMEOUT: Duration = Duration::from_secs(30);

/// A `timestamptz` column as SQLite keeps times: UTC text to the millisecond.
macro_rules! utc {
    ($column:literal) => {
        concat!(
            "to_char(",
            $column,
            " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
        )
    };
}

#[derive(Debug, Clone)]
pub(crate) struct PostgresStorage {
    pool: Pool,
    /// Database, user and server, for logs and errors (never the password).
    name: String,
}

impl PostgresStorage {
    /// Connects to the database at `url` (`postgres://user:password@host:port/db` or
    /// the `key=value` form), creating and migrating its tables if needed.
    pub async fn open(url: &str) -> Result<PostgresStorage> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e: tokio_postgres::Error| Error::DatabaseUrl(e.to_string()))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        config.application_name("headoffice");
        let name = describe(&config);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .create_timeout(Some(CONNECT_TIMEOUT))
            .wait_timeout(Some(WAIT_TIMEOUT))
            .build()
            .map_err(|e| Error::DatabaseUnavailable(e.to_string()))?;
        let storage = PostgresStorage { pool, name };
        let mut client = storage.client().await?;
        migrate::migrate(&mut client, &storage.name).await?;
        Ok(storage)
    }

    /// The database as logs name it.
    pub fn name(&self) -> &str {
        &self.name
    }

    async fn client(&self) -> Result<Object> {
        self.pool.get().await.map_err(|e| {
            let detail = format!("{} ({e})", self.name);
            Error::DatabaseUnavailable(detail)
        })
    }

    pub async fn create_token(
        &self,
        token_hash: &Hash,
        name: &str,
        kiosk_id: Option<&str>,
        hours: u32,
    ) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        if let Some(id) = kiosk_id {
            kiosk_exists(&*tx, id).await?;
        }
        tx.execute(
            "INSERT INTO enrolment_tokens(token_hash, name, kiosk_id, created_at, expires_at)
             VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4))",
            &[&&token_hash[..], &name, &kiosk_id, &hours_param(hours)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn exchange_token(
        &self,
        token_hash: &Hash,
        secret_hash: &Hash,
        reported: &Reported,
    ) -> Result<Option<String>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // FOR UPDATE: of two requests with one token, the second waits and finds it used.
        let token = tx
            .query_opt(
                "SELECT name, kiosk_id FROM enrolment_tokens
                 WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL
                   AND expires_at > now()
                 FOR UPDATE",
                &[&&token_hash[..]],
            )
            .await?;
        let Some(token) = token else {
            return Ok(None);
        };
        let (name, kiosk_id): (String, Option<String>) = (token.get(0), token.get(1));
        tx.execute(
            "UPDATE enrolment_tokens SET used_at = now() WHERE token_hash = $1",
            &[&&token_hash[..]],
        )
        .await?;
        let id = match kiosk_id {
            Some(id) => {
                // A re-enrolment: same id, new secret, the old one stops working.
                tx.execute(
                    "UPDATE kiosks SET secret_hash = $2, revoked_at = NULL,
                         reported_name = $3, local_id = $4
                     WHERE id = $1",
                    &[&id, &&secret_hash[..], &reported.name, &reported.local_id],
                )
                .await?;
                id
            }
            None => {
                let id = uuid::Uuid::now_v7().to_string();
                tx.execute(
                    "INSERT INTO kiosks(id, name, secret_hash, reported_name, local_id,
                                        enrolled_at)
                     VALUES ($1, $2, $3, $4, $5, now())",
                    &[
                        &id,
                        &name,
                        &&secret_hash[..],
                        &reported.name,
                        &reported.local_id,
                    ],
                )
                .await?;
                id
            }
        };
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Revokes the kiosk's secret and every token not yet used for it.
    pub async fn revoke(&self, kiosk_id: &str) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        kiosk_exists(&*tx, kiosk_id).await?;
        tx.execute(
            "UPDATE kiosks SET secret_hash = NULL, revoked_at = coalesce(revoked_at, now())
             WHERE id = $1",
            &[&kiosk_id],
        )
        .await?;
        tx.execute(
            "UPDATE enrolment_tokens SET revoked_at = now()
             WHERE kiosk_id = $1 AND used_at IS NULL AND revoked_at IS NULL",
            &[&kiosk_id],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn credentials(&self, kiosk_id: &str) -> Result<Option<Credentials>> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached("SELECT secret_hash FROM kiosks WHERE id = $1 AND revoked_at IS NULL")
            .await?;
        let row = client.query_opt(&statement, &[&kiosk_id]).await?;
        Ok(row.map(|row| Credentials {
            secret_hash: row
                .get::<_, Option<Vec<u8>>>(0)
                .and_then(|h| Hash::try_from(h.as_slice()).ok()),
        }))
    }

    pub async fn apply_batch(
        &self,
        kiosk_id: &str,
        records: &[Incoming],
    ) -> Result<Vec<RecordResult>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // Still enrolled inside the transaction: a revoke during the request wins. The
        // kiosk's row stays locked to the end, so one kiosk's batches take turns.
        let active = tx
            .execute(
                "UPDATE kiosks SET last_sync_at = now() WHERE id = $1 AND revoked_at IS NULL",
                &[&kiosk_id],
            )
            .await?;
        if active == 0 {
            return Err(Error::KioskRevoked);
        }
        let ids = plan::ids_to_load(records);
        // Two kiosks sending one id (a kiosk re-enrolled under a new name, say) take
        // turns per id, in one order, so what each reads below stays true to its commit.
        tx.query(
            "SELECT pg_advisory_xact_lock(key) FROM unnest($1::int8[]) AS key",
            &[&lock_keys(&ids)],
        )
        .await?;
        let held = held(&*tx, &ids).await?;
        let plan = plan::plan(records, held);
        write_plan(&*tx, kiosk_id, &plan).await?;
        tx.commit().await?;
        Ok(plan.results)
    }

    pub async fn records(&self, kind: &str) -> Result<Vec<StoredRecord>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT kiosk_id, id, kind, version, body::text, deleted FROM records
                 WHERE kind = $1 ORDER BY id, version",
                &[&kind],
            )
            .await?;
        rows.iter()
            .map(|row| {
                Ok(StoredRecord {
                    kiosk_id: row.get(0),
                    id: row.get(1),
                    kind: row.get(2),
                    version: row.get(3),
                    body: super::stored_body(row.get(4))?,
                    deleted: row.get(5),
                })
            })
            .collect()
    }

    pub async fn kiosks(&self) -> Result<Vec<KioskRow>> {
        let client = self.client().await?;
        let rows = client
            .query(
                concat!(
                    "SELECT k.id, k.name, k.revoked_at IS NOT NULL, ",
                    utc!("k.last_sync_at"),
                    ", (SELECT count(DISTINCT r.id) FROM records r WHERE r.kiosk_id = k.id)
                     FROM kiosks k ORDER BY k.name, k.id"
                ),
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| KioskRow {
                id: row.get(0),
                name: row.get(1),
                revoked: row.get(2),
                last_sync_at: row.get(3),
                records: row.get::<_, i64>(4).unsigned_abs(),
            })
            .collect())
    }

    /// Sets the admin's password hash; every open session ends with the old password.
    pub async fn set_admin_password(&self, phc: &str) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute(
            "INSERT INTO admin(id, password_hash, set_at) VALUES (1, $1, now())
             ON CONFLICT (id) DO UPDATE SET password_hash = $1, set_at = now()",
            &[&phc],
        )
        .await?;
        tx.execute("DELETE FROM admin_sessions", &[]).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn admin_password(&self) -> Result<Option<String>> {
        let client = self.client().await?;
        let row = client
            .query_opt("SELECT password_hash FROM admin WHERE id = 1", &[])
            .await?;
        Ok(row.map(|row| row.get(0)))
    }

    /// Starts a session for `hours`, and forgets sessions that have run out.
    pub async fn create_session(&self, token_hash: &Hash, hours: u32) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("DELETE FROM admin_sessions WHERE expires_at <= now()", &[])
            .await?;
        tx.execute(
            "INSERT INTO admin_sessions(token_hash, created_at, expires_at)
             VALUES ($1, now(), now() + make_interval(hours => $2))",
            &[&&token_hash[..], &hours_param(hours)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn session_valid(&self, token_hash: &Hash) -> Result<bool> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM admin_sessions
                                WHERE token_hash = $1 AND expires_at > now())",
                &[&&token_hash[..]],
            )
            .await?;
        Ok(row.get(0))
    }

    pub async fn delete_session(&self, token_hash: &Hash) -> Result<()> {
        let client = self.client().await?;
        client
            .execute(
                "DELETE FROM admin_sessions WHERE token_hash = $1",
                &[&&token_hash[..]],
            )
            .await?;
        Ok(())
    }

    /// Conflicts and rejections not yet resolved, newest first.
    pub async fn quarantine(&self) -> Result<Vec<QuarantineRow>> {
        let client = self.client().await?;
        let rows = client
            .query(
                concat!(
                    "SELECT q.kiosk_id, k.name, q.id, q.version, q.kind, q.outcome, q.reason, ",
                    utc!("q.last_seen"),
                    ", q.times
                     FROM quarantine q JOIN kiosks k ON k.id = q.kiosk_id
                     ORDER BY q.last_seen DESC, q.id, q.version"
                ),
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| QuarantineRow {
                kiosk_id: row.get(0),
                kiosk_name: row.get(1),
                id: row.get(2),
                version: row.get(3),
                kind: row.get(4),
                outcome: row.get(5),
                reason: row.get(6),
                last_seen: row.get(7),
                times: row.get(8),
            })
            .collect())
    }

    /// The latest version of every id of `kind`, erased ones included (without a body).
    pub async fn latest(&self, kind: &str) -> Result<Vec<LatestRecord>> {
        let client = self.client().await?;
        let rows = client
            .query(
                concat!(
                    "SELECT DISTINCT ON (id) kiosk_id, id, version, body::text, ",
                    utc!("received_at"),
                    ", bool_or(deleted) OVER (PARTITION BY id)
                     FROM records WHERE kind = $1
                     ORDER BY id, version DESC"
                ),
                &[&kind],
            )
            .await?;
        rows.iter()
            .map(|row| {
                Ok(LatestRecord {
                    kiosk_id: row.get(0),
                    id: row.get(1),
                    version: row.get(2),
                    body: super::stored_body(row.get(3))?,
                    received_at: row.get(4),
                    erased: row.get(5),
                })
            })
            .collect()
    }
}

/// `make_interval` takes whole hours as `integer`; the library caps them far below.
fn hours_param(hours: u32) -> i32 {
    i32::try_from(hours).unwrap_or(i32::MAX)
}

/// "gram on 127.0.0.1:5432 as headoffice": enough to find the database, no password.
fn describe(config: &tokio_postgres::Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .zip(config.get_ports().iter().chain(std::iter::repeat(&5432)))
        .map(|(host, port)| match host {
            Host::Tcp(name) => format!("{name}:{port}"),
            Host::Unix(path) => format!("{}:{port}", path.display()),
        })
        .collect();
    format!(
        "PostgreSQL database {} on {} as {}",
        config.get_dbname().unwrap_or("(default)"),
        if hosts.is_empty() {
            "the default server".to_string()
        } else {
            hosts.join(",")
        },
        config.get_user().unwrap_or("(default user)")
    )
}

async fn kiosk_exists(client: &impl GenericClient, id: &str) -> Result<()> {
    client
        .query_opt("SELECT 1 FROM kiosks WHERE id = $1", &[&id])
        .await?
        .map(|_| ())
        .ok_or_else(|| Error::KioskNotFound(id.to_string()))
}

/// One advisory lock key per id (the first 8 bytes of its SHA-256), sorted, so
/// transactions that share ids take their locks in the same order.
fn lock_keys(ids: &[&str]) -> Vec<i64> {
    let mut keys: Vec<i64> = ids
        .iter()
        .map(|id| {
            let digest = Sha256::digest(id.as_bytes());
            let mut first = [0u8; 8];
            first.copy_from_slice(&digest[..8]);
            i64::from_be_bytes(first)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// What the records table holds of each of `ids`, for [`plan::plan`]. Bodies are
/// made canonical again, so they compare with a batch's as text.
async fn held(client: &impl GenericClient, ids: &[&str]) -> Result<HashMap<String, Held>> {
    let rows = client
        .query(
            "SELECT id, version, kind, body::text, deleted FROM records WHERE id = ANY($1)",
            &[&ids],
        )
        .await?;
    let mut held: HashMap<String, Held> = HashMap::new();
    for row in rows {
        let body = super::stored_body(row.get(3))?.map(|body| canonical_json(&body));
        held.entry(row.get(0))
            .or_default()
            .add(row.get(1), row.get(2), body, row.get(4));
    }
    Ok(held)
}

/// Writes a batch's plan in the order [`Plan`] asks for, one statement per step.
async fn write_plan(client: &impl GenericClient, kiosk_id: &str, plan: &Plan<'_>) -> Result<()> {
    if !plan.inserts.is_empty() {
        let (ids, versions, kinds) = columns(&plan.inserts);
        let bodies: Vec<&str> = plan
            .inserts
            .iter()
            .map(|r| r.body.as_deref().unwrap_or("{}"))
            .collect();
        client
            .execute(
                "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
                 SELECT id, version, kind, $1, body::jsonb, false, now()
                 FROM unnest($2::text[], $3::int8[], $4::text[], $5::text[])
                      AS t(id, version, kind, body)",
                &[&kiosk_id, &ids, &versions, &kinds, &bodies],
            )
            .await?;
    }
    if !plan.erasures.is_empty() {
        let (ids, versions, kinds) = columns(&plan.erasures);
        client
            .execute(
                "UPDATE records SET body = NULL WHERE id = ANY($1) AND body IS NOT NULL",
                &[&ids],
            )
            .await?;
        client
            .execute(
                "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
                 SELECT id, version, kind, $1, NULL, true, now()
                 FROM unnest($2::text[], $3::int8[], $4::text[]) AS t(id, version, kind)
                 ON CONFLICT (id, version) DO UPDATE SET deleted = true, body = NULL",
                &[&kiosk_id, &ids, &versions, &kinds],
            )
            .await?;
    }
    if !plan.cleared.is_empty() {
        let ids: Vec<&str> = plan.cleared.iter().map(|(id, _)| id.as_str()).collect();
        let versions: Vec<i64> = plan.cleared.iter().map(|(_, v)| *v).collect();
        client
            .execute(
                "DELETE FROM quarantine q
                 USING unnest($2::text[], $3::int8[]) AS t(id, version)
                 WHERE q.kiosk_id = $1 AND q.id = t.id AND q.version = t.version",
                &[&kiosk_id, &ids, &versions],
            )
            .await?;
    }
    if !plan.notes.is_empty() {
        let notes = &plan.notes;
        let ids: Vec<&str> = notes.iter().map(|n| n.id.as_str()).collect();
        let versions: Vec<i64> = notes.iter().map(|n| n.version).collect();
        let kinds: Vec<&str> = notes.iter().map(|n| n.kind.as_str()).collect();
        let outcomes: Vec<&str> = notes.iter().map(|n| n.outcome.as_str()).collect();
        let reasons: Vec<&str> = notes.iter().map(|n| n.reason).collect();
        let times: Vec<i64> = notes.iter().map(|n| n.times).collect();
        client
            .execute(
                "INSERT INTO quarantine(kiosk_id, id, version, kind, outcome, reason,
                                        first_seen, last_seen, times)
                 SELECT $1, id, version, kind, outcome, reason, now(), now(), times
                 FROM unnest($2::text[], $3::int8[], $4::text[], $5::text[], $6::text[],
                             $7::int8[]) AS t(id, version, kind, outcome, reason, times)
                 ON CONFLICT (kiosk_id, id, version) DO UPDATE SET
                     kind = excluded.kind, outcome = excluded.outcome,
                     reason = excluded.reason, last_seen = excluded.last_seen,
                     times = quarantine.times + excluded.times",
                &[
                    &kiosk_id, &ids, &versions, &kinds, &outcomes, &reasons, &times,
                ],
            )
            .await?;
    }
    Ok(())
}

/// The id, version and kind columns of some records, as arrays for `unnest`.
fn columns<'a>(records: &[&'a Incoming]) -> (Vec<&'a str>, Vec<i64>, Vec<&'a str>) {
    let ids = records.iter().map(|r| r.id.as_str()).collect();
    let versions = records.iter().map(|r| r.version).collect();
    let kinds = records.iter().map(|r| r.kind.as_str()).collect();
    (ids, versions, kinds)
}
