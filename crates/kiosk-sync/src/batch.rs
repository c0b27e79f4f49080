//! Turns outbox rows into the gzip-compressed JSON of one batch within the protocol's
//! limits: at most [`MAX_RECORDS`] records (the outbox query's limit) and at most
//! [`MAX_BATCH_BYTES`] compressed, halving the records until it fits.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use kiosk_core::outbox::OutboxRow;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::wire::{BatchRequest, WireRecord};

/// Most records in one batch.
pub const MAX_RECORDS: usize = 500;
/// Largest compressed batch.
pub const MAX_BATCH_BYTES: usize = 1024 * 1024;

/// The compressed JSON of the first `taken` rows.
#[derive(Debug)]
pub struct Encoded {
    pub taken: usize,
    pub gzip: Vec<u8>,
}

/// The row's body as JSON to embed, or `None` if the stored text is not JSON.
pub fn body(row: &OutboxRow) -> Option<&RawValue> {
    serde_json::from_str(&row.body).ok()
}

/// Encodes the longest of `rows`, `rows[..len/2]`, `rows[..len/4]`, ... whose gzip is at
/// most `max_bytes`. `None` when even the first row alone is larger (or `rows` is
/// empty). Every row's body must be JSON (see [`body`]).
pub fn encode(
    kiosk_id: &str,
    batch_id: &str,
    rows: &[OutboxRow],
    max_bytes: usize,
) -> std::io::Result<Option<Encoded>> {
    let mut taken = rows.len();
    while taken > 0 {
        let gzip = gzip_json(kiosk_id, batch_id, &rows[..taken])?;
        if gzip.len() <= max_bytes {
            return Ok(Some(Encoded { taken, gzip }));
        }
        taken = if taken == 1 { 0 } else { taken / 2 };
    }
    Ok(None)
}

fn gzip_json(kiosk_id: &str, batch_id: &str, rows: &[OutboxRow]) -> std::io::Result<Vec<u8>> {
    let records = rows
        .iter()
        .map(|row| {
            let body = body(row).ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, "outbox body is not JSON")
            })?;
            Ok(WireRecord {
                id: &row.record_id,
                kind: &row.kind,
                version: row.version,
                body,
                deleted: row.deleted,
            })
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    let request = BatchRequest {
        kiosk_id,
        batch_id,
        records: &records,
    };
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    serde_json::to_writer(&mut encoder, &request)?;
    encoder.flush()?;
    encoder.finish()
}

/// The photo a record refers to (`profile.photo`), if any.
pub fn photo_of(row: &OutboxRow) -> Option<String> {
    #[derive(Deserialize)]
    struct Body {
        profile: Option<Profile>,
    }
    #[derive(Deserialize)]
    struct Profile {
        photo: Option<String>,
    }
    serde_json::from_str::<Body>(&row.body)
        .ok()?
        .profile?
        .photo
        .filter(|hash| !hash.is_empty())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use flate2::read::GzDecoder;

    use super::*;

    fn row(seq: i64, body: &str) -> OutboxRow {
        OutboxRow {
            seq,
            kind: "learner".into(),
            record_id: format!("r{seq}"),
            version: 1,
            body: body.into(),
            deleted: false,
        }
    }

    /// Bodies of `size` characters that gzip cannot shrink much.
    fn noisy_rows(count: usize, size: usize) -> Vec<OutboxRow> {
        let mut rng = fastrand::Rng::with_seed(7);
        (0..count)
            .map(|i| {
                let noise: String = (0..size).map(|_| rng.alphanumeric()).collect();
                row(i as i64 + 1, &format!(r#"{{"note":"{noise}"}}"#))
            })
            .collect()
    }

    fn decoded(encoded: &Encoded) -> serde_json::Value {
        let mut text = String::new();
        GzDecoder::new(&encoded.gzip[..])
            .read_to_string(&mut text)
            .expect("gzip");
        serde_json::from_str(&text).expect("JSON")
    }

    #[test]
    fn a_batch_within_the_limit_carries_every_row_as_written() {
        let rows = vec![
            row(1, r#"{"name":"सीता","n":1.50}"#),
            OutboxRow {
                deleted: true,
                kind: "entrepreneur".into(),
                version: 3,
                ..row(2, r#"{"id":"r2","erased":true}"#)
            },
        ];
        let encoded = encode("k1", "b1", &rows, MAX_BATCH_BYTES)
            .expect("encodes")
            .expect("fits");
        assert_eq!(encoded.taken, 2);
        let json = decoded(&encoded);
        assert_eq!(json["kiosk_id"], "k1");
        assert_eq!(json["batch_id"], "b1");
        assert_eq!(
            json["records"],
            serde_json::json!([
                { "id": "r1", "kind": "learner", "version": 1,
                  "body": { "name": "सीता", "n": 1.50 }, "deleted": false },
                { "id": "r2", "kind": "entrepreneur", "version": 3,
                  "body": { "id": "r2", "erased": true }, "deleted": true },
            ])
        );
    }

    #[test]
    fn a_batch_over_the_size_limit_is_halved_until_it_fits() {
        let rows = noisy_rows(40, 1000);
        let max = 12_000;
        let encoded = encode("k", "b", &rows, max)
            .expect("encodes")
            .expect("fits");
        assert!(encoded.gzip.len() <= max, "{}", encoded.gzip.len());
        assert!(
            [20, 10, 5, 2, 1].contains(&encoded.taken),
            "{}",
            encoded.taken
        );
        let twice = encode("k", "b", &rows[..encoded.taken * 2], usize::MAX)
            .expect("encodes")
            .expect("fits");
        assert!(twice.gzip.len() > max, "the larger batch would have fitted");
        assert_eq!(
            decoded(&encoded)["records"][0]["id"],
            "r1",
            "from the front"
        );
    }

    #[test]
    fn five_hundred_small_records_fit_in_one_batch() {
        let rows = noisy_rows(MAX_RECORDS, 300);
        let encoded = encode("k", "b", &rows, MAX_BATCH_BYTES)
            .expect("encodes")
            .expect("fits");
        assert_eq!(encoded.taken, MAX_RECORDS);
    }

    #[test]
    fn a_single_record_over_the_limit_cannot_be_sent() {
        let rows = noisy_rows(3, 5000);
        assert!(encode("k", "b", &rows, 1000).expect("encodes").is_none());
        assert!(encode("k", "b", &[], 1000).expect("encodes").is_none());
    }

    #[test]
    fn a_body_that_is_not_json_is_noticed() {
        let bad = row(1, "{not json");
        assert!(body(&bad).is_none());
        assert!(encode("k", "b", &[bad], MAX_BATCH_BYTES).is_err());
    }

    #[test]
    fn the_photo_is_found_in_the_profile_only() {
        let hash = "ab".repeat(32);
        let with = row(1, &format!(r#"{{"profile":{{"photo":"{hash}","x":1}}}}"#));
        assert_eq!(photo_of(&with), Some(hash.clone()));
        for body in [
            r#"{"profile":{"photo":null}}"#,
            r#"{"profile":null}"#,
            r#"{"photo":"abc"}"#,
            r#"{"profile":{"photo":""}}"#,
            r#"{"profile":{"photo":7}}"#,
            "[]",
        ] {
            assert_eq!(photo_of(&row(1, body)), None, "{body}");
        }
    }
}
