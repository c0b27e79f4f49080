//! The JSON on the wire, as `docs/sync-protocol.md` describes it. Unknown fields in the
//! head office's answers are ignored, so the server can add to them.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

#[derive(Debug, Serialize)]
pub struct EnrolRequest<'a> {
    pub token: &'a str,
    pub kiosk_name: &'a str,
    pub local_id: &'a str,
}

#[derive(Deserialize)]
pub struct EnrolResponse {
    pub kiosk_id: String,
    pub secret: String,
}

impl fmt::Debug for EnrolResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnrolResponse")
            .field("kiosk_id", &self.kiosk_id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Serialize)]
pub struct BatchRequest<'a> {
    pub kiosk_id: &'a str,
    pub batch_id: &'a str,
    pub records: &'a [WireRecord<'a>],
}

#[derive(Debug, Serialize)]
pub struct WireRecord<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub version: i64,
    pub body: &'a RawValue,
    pub deleted: bool,
}

#[derive(Debug, Deserialize)]
pub struct Receipt {
    pub batch_id: String,
    pub results: Vec<RecordResult>,
}

#[derive(Debug, Deserialize)]
pub struct RecordResult {
    pub id: String,
    pub version: i64,
    pub outcome: Outcome,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Applied,
    Duplicate,
    Conflict,
    Rejected,
}
