//! A batch from the body of its request to records ready for the store: gzip inflated
//! within a bounded size, JSON read, and every record checked on its own.

use std::io::Read;

use flate2::read::MultiGzDecoder;
use serde_json::{Map, Value};

use crate::wire::{Batch, WireRecord};

/// Largest request body, compressed (the kiosk keeps its batches under 1 MiB).
pub const MAX_COMPRESSED_BYTES: usize = 2 * 1024 * 1024;
/// Largest batch once inflated: a gzip bomb stops here.
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_RECORDS: usize = 500;
pub const MAX_ID_CHARS: usize = 100;

/// Record kinds the head office takes.
pub const KINDS: [&str; 5] = [
    "entrepreneur",
    "check_in",
    "learner",
    "lesson_progress",
    "course_completion",
];
const STAGES: [&str; 5] = ["idea", "training", "finance", "launch", "growth"];

/// Why a batch was refused whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchError {
    /// Not gzip, not JSON, or not a batch's shape.
    Malformed,
    /// Over 16 MiB inflated, or over 500 records.
    TooLarge,
}

/// Inflates (when `gzip`) and reads a batch, never holding more than
/// [`MAX_JSON_BYTES`] of JSON.
pub fn decode(raw: &[u8], gzip: bool) -> Result<Batch, BatchError> {
    let json = if gzip {
        let mut json = Vec::new();
        MultiGzDecoder::new(raw)
            .take(MAX_JSON_BYTES as u64 + 1)
            .read_to_end(&mut json)
            .map_err(|_| BatchError::Malformed)?;
        if json.len() > MAX_JSON_BYTES {
            return Err(BatchError::TooLarge);
        }
        json
    } else {
        raw.to_vec()
    };
    let batch: Batch = serde_json::from_slice(&json).map_err(|_| BatchError::Malformed)?;
    if batch.batch_id.is_empty() || batch.batch_id.chars().count() > MAX_ID_CHARS {
        return Err(BatchError::Malformed);
    }
    if batch.records.len() > MAX_RECORDS {
        return Err(BatchError::TooLarge);
    }
    Ok(batch)
}

/// A record after its own checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub id: String,
    pub kind: String,
    pub version: i64,
    pub deleted: bool,
    /// The body as canonical JSON, or the reason the record is rejected.
    pub body: Result<String, &'static str>,
}

impl From<WireRecord> for Incoming {
    fn from(record: WireRecord) -> Self {
        let body = check(&record).map(|()| canonical_json(&record.body));
        Incoming {
            id: record.id,
            kind: record.kind,
            version: record.version,
            deleted: record.deleted,
            body,
        }
    }
}

/// The checks of docs/sync-protocol.md, in order; the first that fails names the reason.
fn check(record: &WireRecord) -> Result<(), &'static str> {
    let id_chars = record.id.chars().count();
    if id_chars == 0 || id_chars > MAX_ID_CHARS || record.id.chars().any(char::is_control) {
        return Err("record.bad_id");
    }
    if !KINDS.contains(&record.kind.as_str()) {
        return Err("record.unknown_kind");
    }
    if record.version < 1 {
        return Err("record.bad_version");
    }
    let Value::Object(body) = &record.body else {
        return Err("record.bad_body");
    };
    let names_itself = body.get("id").is_none_or(|id| id == record.id.as_str())
        && body
            .get("version")
            .is_none_or(|v| v.as_i64() == Some(record.version));
    if !names_itself {
        return Err("record.bad_body");
    }
    if !record.deleted && (!has_dashboard_fields(&record.kind, body) || holds_nul(&record.body)) {
        return Err("record.bad_body");
    }
    Ok(())
}

/// Whether a key or a string holds U+0000, which no form on a kiosk makes and which
/// PostgreSQL's JSON cannot keep. (A tombstone's body is never stored, so never checked.)
fn holds_nul(value: &Value) -> bool {
    match value {
        Value::String(text) => text.contains('\0'),
        Value::Array(items) => items.iter().any(holds_nul),
        Value::Object(map) => map
            .iter()
            .any(|(key, value)| key.contains('\0') || holds_nul(value)),
        _ => false,
    }
}

/// The fields the dashboard reads, per kind (a tombstone needs none of them).
fn has_dashboard_fields(kind: &str, body: &Map<String, Value>) -> bool {
    let text = |map: &Map<String, Value>, key: &str| map.get(key).is_some_and(Value::is_string);
    let stage = |map: &Map<String, Value>| {
        map.get("stage")
            .and_then(Value::as_str)
            .is_some_and(|s| STAGES.contains(&s))
    };
    match kind {
        "entrepreneur" => {
            text(body, "registered_at")
                && body
                    .get("profile")
                    .and_then(Value::as_object)
                    .is_some_and(stage)
        }
        "check_in" => text(body, "entrepreneur_id") && text(body, "date") && stage(body),
        "lesson_progress" => ["learner_id", "course_id", "lesson_id"]
            .iter()
            .all(|key| text(body, key)),
        "course_completion" => ["learner_id", "course_id", "completed_at"]
            .iter()
            .all(|key| text(body, key)),
        _ => true,
    }
}

/// JSON with object keys sorted at every level and no spaces, so two bodies that mean
/// the same compare equal as text (whatever order serde_json keeps keys in).
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (index, (key, value)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(value, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::write::GzEncoder;
    use flate2::Compression;
    use serde_json::json;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(bytes).expect("writes to memory");
        encoder.finish().expect("writes to memory")
    }

    fn record(kind: &str, version: i64, body: Value, deleted: bool) -> Incoming {
        Incoming::from(WireRecord {
            id: "r1".into(),
            kind: kind.into(),
            version,
            body,
            deleted,
        })
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a: Value =
            serde_json::from_str(r#"{"b":1,"a":{"d":[{"y":1,"x":2}],"c":"ह"}}"#).expect("json");
        let b: Value =
            serde_json::from_str(r#"{ "a": {"c": "ह", "d": [{"x": 2, "y": 1}]}, "b": 1 }"#)
                .expect("json");
        assert_eq!(canonical_json(&a), canonical_json(&b));
        assert_eq!(
            canonical_json(&a),
            r#"{"a":{"c":"ह","d":[{"x":2,"y":1}]},"b":1}"#
        );
        assert_ne!(
            canonical_json(&json!({"a": 1})),
            canonical_json(&json!({"a": 2}))
        );
    }

    #[test]
    fn gzip_bombs_stop_at_the_limit() {
        let bomb = gzip(&vec![b' '; MAX_JSON_BYTES + 10]);
        assert_eq!(decode(&bomb, true).err(), Some(BatchError::TooLarge));
    }

    #[test]
    fn malformed_bodies_are_refused_whole() {
        let batch = br#"{"kiosk_id":"k","batch_id":"b","records":[]}"#;
        assert!(decode(&gzip(batch), true).is_ok());
        assert!(decode(batch, false).is_ok());
        for bad in [
            gzip(b"not json"),
            gzip(br#"{"kiosk_id":"k","records":[]}"#),
            gzip(br#"{"kiosk_id":"k","batch_id":"","records":[]}"#),
            gzip(br#"{"kiosk_id":"k","batch_id":"b","records":[{"id":"x"}]}"#),
            gzip(br#"{"kiosk_id":"k","batch_id":"b","records":[{"id":"x","kind":"learner","version":"1","body":{}}]}"#),
            batch[..10].to_vec(),
            gzip(batch)[..20].to_vec(),
        ] {
            assert_eq!(decode(&bad, true).err(), Some(BatchError::Malformed));
        }
    }

    #[test]
    fn records_are_rejected_with_the_first_reason() {
        let learner = json!({"id": "r1", "name": "Sita", "avatar": "mango"});
        assert!(record("learner", 1, learner.clone(), false).body.is_ok());
        for (kind, version, body, deleted, reason) in [
            ("course", 1, learner.clone(), false, "record.unknown_kind"),
            ("learner", 0, learner.clone(), false, "record.bad_version"),
            ("learner", 1, json!([1]), false, "record.bad_body"),
            ("learner", 1, json!({"id": "r2"}), false, "record.bad_body"),
            (
                "learner",
                1,
                json!({"version": 2}),
                false,
                "record.bad_body",
            ),
            (
                "entrepreneur",
                1,
                json!({"profile": {"stage": "idea"}}),
                false,
                "record.bad_body",
            ),
            (
                "entrepreneur",
                1,
                json!({"registered_at": "t", "profile": {"stage": "done"}}),
                false,
                "record.bad_body",
            ),
            (
                "check_in",
                1,
                json!({"entrepreneur_id": "e", "date": "d"}),
                false,
                "record.bad_body",
            ),
            (
                "lesson_progress",
                1,
                json!({"learner_id": "l"}),
                false,
                "record.bad_body",
            ),
            ("course_completion", 1, json!({}), false, "record.bad_body"),
            (
                "learner",
                1,
                json!({"name": "Si\u{0}ta"}),
                false,
                "record.bad_body",
            ),
            (
                "learner",
                1,
                json!({"tags": [{"a\u{0}": 1}]}),
                false,
                "record.bad_body",
            ),
        ] {
            assert_eq!(
                record(kind, version, body.clone(), deleted).body,
                Err(reason),
                "{kind} {version} {body}"
            );
        }
        let tombstone = json!({"id": "r1", "version": 2, "erased": true, "erased_at": "t"});
        assert!(record("entrepreneur", 2, tombstone, true).body.is_ok());
        assert!(record("check_in", 2, json!({}), true).body.is_ok());
        let odd_tombstone = json!({"erased": true, "note": "\u{0}"});
        assert!(record("learner", 2, odd_tombstone, true).body.is_ok());
        let long_id = Incoming::from(WireRecord {
            id: "x".repeat(101),
            kind: "learner".into(),
            version: 1,
            body: json!({}),
            deleted: false,
        });
        assert_eq!(long_id.body, Err("record.bad_id"));
    }
}
