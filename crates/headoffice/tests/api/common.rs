//! A server on a free loopback port with its own data folder, and a kiosk's requests.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use headoffice::test_support::TestDatabase;
use headoffice::HeadOffice;
use reqwest::StatusCode;
use serde_json::{json, Value};
use tempfile::TempDir;
use tokio::task::JoinHandle;

pub struct Server {
    pub office: HeadOffice,
    pub database: TestDatabase,
    pub url: String,
    pub client: reqwest::Client,
    pub dir: TempDir,
    task: JoinHandle<std::io::Result<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A kiosk's credentials after enrolment.
#[derive(Debug, Clone)]
pub struct Kiosk {
    pub id: String,
    pub secret: String,
}

impl Kiosk {
    pub fn bearer(&self) -> String {
        format!("Bearer {}.{}", self.id, self.secret)
    }
}

/// The head office on SQLite, or on PostgreSQL when `GRAM_TEST_POSTGRES_URL` is set.
pub async fn start() -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = TestDatabase::new().await;
    let office = database.open(dir.path()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let url = format!("http://{}", listener.local_addr().expect("bound"));
    let task = tokio::spawn(headoffice::serve(listener, office.clone()));
    Server {
        office,
        database,
        url,
        client: reqwest::Client::new(),
        dir,
        task,
    }
}

impl Server {
    /// Runs the same change on the server's database, written for each backend.
    pub async fn execute(&self, sqlite: &str, postgres: &str) {
        match self.database.postgres_url() {
            Some(url) => postgres_client(url)
                .await
                .batch_execute(postgres)
                .await
                .expect("SQL runs on PostgreSQL"),
            None => self
                .sqlite()
                .execute_batch(sqlite)
                .expect("SQL runs on SQLite"),
        }
    }

    /// Everything the database holds about kiosks and tokens, as bytes to search.
    pub async fn stored_bytes(&self) -> Vec<u8> {
        match self.database.postgres_url() {
            Some(url) => {
                let row = postgres_client(url)
                    .await
                    .query_one(
                        "SELECT (SELECT string_agg(k::text, ' ') FROM kiosks k) || ' ' ||
                                (SELECT string_agg(t::text, ' ') FROM enrolment_tokens t)",
                        &[],
                    )
                    .await
                    .expect("rows as text");
                row.get::<_, String>(0).into_bytes()
            }
            None => {
                let db = self.office.database_path().expect("a SQLite file");
                let mut bytes = std::fs::read(db).expect("db");
                bytes.extend(std::fs::read(db.with_extension("sqlite3-wal")).unwrap_or_default());
                bytes
            }
        }
    }

    /// Every stored version of `kind`, by id and version.
    pub async fn records(&self, kind: &str) -> Vec<headoffice::StoredRecord> {
        self.office.records(kind).await.expect("records")
    }

    fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.office.database_path().expect("a SQLite file"))
            .expect("the SQLite file opens")
    }

    pub async fn exchange(&self, token: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/api/v1/enrol", self.url))
            .json(&json!({ "token": token, "kiosk_name": "Bagli", "local_id": "local-1" }))
            .send()
            .await
            .expect("enrol request")
    }

    pub async fn enrolled(&self, name: &str) -> Kiosk {
        let token = self.office.enrol(name, None, 72).await.expect("token");
        self.exchanged(&token).await
    }

    pub async fn exchanged(&self, token: &str) -> Kiosk {
        let response = self.exchange(token).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.expect("json");
        Kiosk {
            id: body["kiosk_id"].as_str().expect("kiosk_id").to_string(),
            secret: body["secret"].as_str().expect("secret").to_string(),
        }
    }

    /// Posts `body` as it is, gzipped by the caller or not.
    pub async fn post_raw(&self, auth: &str, body: Vec<u8>, gzip: bool) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}/api/v1/batches", self.url))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .body(body);
        if gzip {
            request = request.header("Content-Encoding", "gzip");
        }
        request.send().await.expect("batch request")
    }

    /// Sends `records` as one gzipped batch of `kiosk`.
    pub async fn send(&self, kiosk: &Kiosk, records: Value) -> reqwest::Response {
        let batch = json!({
            "kiosk_id": kiosk.id,
            "batch_id": "0192f0c0-0000-7000-8000-000000000001",
            "records": records,
        });
        let bytes = serde_json::to_vec(&batch).expect("json");
        self.post_raw(&kiosk.bearer(), gzip(&bytes), true).await
    }

    /// Sends `records` and returns the outcomes in order as (id, version, outcome, reason).
    pub async fn outcomes(
        &self,
        kiosk: &Kiosk,
        records: Value,
    ) -> Vec<(String, i64, String, Value)> {
        let response = self.send(kiosk, records).await;
        assert_eq!(response.status(), StatusCode::OK);
        let receipt: Value = response.json().await.expect("a JSON receipt");
        receipt["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                (
                    r["id"].as_str().expect("id").to_string(),
                    r["version"].as_i64().expect("version"),
                    r["outcome"].as_str().expect("outcome").to_string(),
                    r["reason"].clone(),
                )
            })
            .collect()
    }

    pub fn blob_url(&self, sha: &str) -> String {
        format!("{}/api/v1/blobs/{sha}", self.url)
    }
}

async fn postgres_client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("PostgreSQL answers");
    tokio::spawn(connection);
    client
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).expect("writes to memory");
    encoder.finish().expect("writes to memory")
}

/// An entrepreneur record as kiosk-core's outbox carries it (trimmed).
pub fn entrepreneur(id: &str, version: i64, name: &str) -> Value {
    json!({
        "id": id, "kind": "entrepreneur", "version": version, "deleted": false,
        "body": {
            "id": id, "version": version,
            "profile": { "full_name": name, "gender": "female", "stage": "idea",
                         "age_at_registration": 30, "village": "बड़ोदिया" },
            "consent": { "version": 1, "at": "2026-03-15T10:00:00.000Z", "by": "op" },
            "registered_at": "2026-03-15T10:00:00.000Z", "registered_by": "op",
            "updated_at": "2026-03-15T10:00:00.000Z", "erased_at": null, "erased_by": null
        }
    })
}

pub fn learner(id: &str) -> Value {
    json!({ "id": id, "kind": "learner", "version": 1, "deleted": false,
            "body": { "id": id, "name": "सीता", "avatar": "mango" } })
}

pub fn tombstone(kind: &str, id: &str, version: i64) -> Value {
    json!({ "id": id, "kind": kind, "version": version, "deleted": true,
            "body": { "id": id, "version": version, "erased": true,
                      "erased_at": "2026-04-01T00:00:00.000Z" } })
}

/// The outcome column of a receipt.
pub fn just_outcomes(results: &[(String, i64, String, Value)]) -> Vec<&str> {
    results.iter().map(|r| r.2.as_str()).collect()
}
