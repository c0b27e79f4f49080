//! The JSON of docs/sync-protocol.md as the head office reads and writes it. (These
//! move to a shared `sync-protocol` crate once the kiosk's worker needs them too.)

use serde::{Deserialize, Serialize};

/// `POST /api/v1/enrol`.
#[derive(Debug, Deserialize)]
pub struct EnrolRequest {
    pub token: String,
    #[serde(default)]
    pub kiosk_name: Option<String>,
    #[serde(default)]
    pub local_id: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct EnrolResponse {
    pub kiosk_id: String,
    pub secret: String,
}

/// `POST /api/v1/batches`, once decompressed.
#[derive(Debug, Deserialize)]
pub struct Batch {
    pub kiosk_id: String,
    pub batch_id: String,
    pub records: Vec<WireRecord>,
}

/// One record as sent. Types are checked by serde (a wrong type is a malformed batch,
/// 400); values are checked per record (a bad value is a `rejected` outcome).
#[derive(Debug, Deserialize)]
pub struct WireRecord {
    pub id: String,
    pub kind: String,
    pub version: i64,
    pub body: serde_json::Value,
    #[serde(default)]
    pub deleted: bool,
}

#[derive(Debug, Serialize)]
pub struct Receipt {
    pub batch_id: String,
    pub results: Vec<RecordResult>,
}

/// What became of one record. `reason` is `null` for `applied` and `duplicate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordResult {
    pub id: String,
    pub version: i64,
    pub outcome: Outcome,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Applied,
    Duplicate,
    Conflict,
    Rejected,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::Duplicate => "duplicate",
            Outcome::Conflict => "conflict",
            Outcome::Rejected => "rejected",
        }
    }
}
