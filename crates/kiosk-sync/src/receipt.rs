//! Checks the head office's receipt for a batch before anything is marked: it must be
//! our JSON, for this batch, and list every record of the batch exactly once. Anything
//! else (a captive portal's login page with 200 OK, a proxy's cut-off answer) means the
//! batch failed and is sent again later.

use std::collections::HashSet;

use kiosk_core::{Error, Result};

use crate::wire::{Outcome, Receipt};

/// What a good receipt says, by record.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Verdicts {
    /// Stored for the first time: mark sent.
    pub applied: Vec<(String, i64)>,
    /// The head office had it already, the same: mark sent.
    pub duplicates: Vec<(String, i64)>,
    /// Conflict or rejected, with the reason: quarantine.
    pub refused: Vec<(String, i64, String)>,
}

/// Reads the receipt `answer` for batch `batch_id`, which carried the records `sent`.
pub fn check(answer: &[u8], batch_id: &str, sent: &[(&str, i64)]) -> Result<Verdicts> {
    let bad = |detail: String| Error::SyncNotHeadOffice(detail);
    let receipt: Receipt =
        serde_json::from_slice(answer).map_err(|e| bad(format!("not a receipt: {e}")))?;
    if receipt.batch_id != batch_id {
        return Err(bad(format!(
            "receipt for batch {:?}, not {batch_id:?}",
            receipt.batch_id
        )));
    }
    let mut unanswered: HashSet<(String, i64)> = sent
        .iter()
        .map(|&(id, version)| (id.to_string(), version))
        .collect();
    let mut verdicts = Verdicts::default();
    for result in receipt.results {
        let key = (result.id, result.version);
        if !unanswered.remove(&key) {
            let why = if sent.contains(&(key.0.as_str(), key.1)) {
                "listed twice"
            } else {
                "not in the batch"
            };
            return Err(bad(format!(
                "receipt: record {} version {} {why}",
                key.0, key.1
            )));
        }
        let id = key;
        match result.outcome {
            Outcome::Applied => verdicts.applied.push(id),
            Outcome::Duplicate => verdicts.duplicates.push(id),
            Outcome::Conflict | Outcome::Rejected => {
                let fallback = match result.outcome {
                    Outcome::Conflict => "conflict",
                    _ => "rejected",
                };
                let reason = result
                    .reason
                    .filter(|r| !r.trim().is_empty())
                    .unwrap_or_else(|| fallback.to_string());
                verdicts.refused.push((id.0, id.1, reason));
            }
        }
    }
    if let Some((id, version)) = unanswered.into_iter().next() {
        return Err(bad(format!(
            "receipt: record {id} version {version} missing"
        )));
    }
    Ok(verdicts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BATCH: &str = "0190a000-0000-7000-8000-000000000001";
    const SENT: &[(&str, i64)] = &[("a", 1), ("b", 1), ("a", 2)];

    fn receipt(batch: &str, results: &str) -> Vec<u8> {
        format!(r#"{{"batch_id":"{batch}","results":[{results}]}}"#).into_bytes()
    }

    fn refused(answer: &[u8]) -> String {
        match check(answer, BATCH, SENT) {
            Err(e @ Error::SyncNotHeadOffice(_)) => e.to_string(),
            other => panic!("accepted or wrong error: {other:?}"),
        }
    }

    #[test]
    fn a_whole_receipt_sorts_records_by_outcome() {
        let answer = receipt(
            BATCH,
            r#"{"id":"a","version":2,"outcome":"conflict","reason":"different body"},
               {"id":"a","version":1,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"duplicate","reason":null,"extra":1}"#,
        );
        let verdicts = check(&answer, BATCH, SENT).expect("a good receipt");
        assert_eq!(verdicts.applied, [("a".to_string(), 1)]);
        assert_eq!(verdicts.duplicates, [("b".to_string(), 1)]);
        assert_eq!(
            verdicts.refused,
            [("a".to_string(), 2, "different body".to_string())]
        );
    }

    #[test]
    fn a_refusal_without_a_reason_gets_its_outcome_as_reason() {
        let answer = receipt(
            BATCH,
            r#"{"id":"a","version":1,"outcome":"rejected"},
               {"id":"b","version":1,"outcome":"conflict","reason":"  "},
               {"id":"a","version":2,"outcome":"rejected","reason":"record.erased"}"#,
        );
        let reasons: Vec<String> = check(&answer, BATCH, SENT)
            .expect("good")
            .refused
            .into_iter()
            .map(|r| r.2)
            .collect();
        assert_eq!(reasons, ["rejected", "conflict", "record.erased"]);
    }

    #[test]
    fn a_receipt_missing_a_record_fails_the_batch() {
        let answer = receipt(
            BATCH,
            r#"{"id":"a","version":1,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"applied"}"#,
        );
        assert!(refused(&answer).contains("a version 2 missing"));
    }

    #[test]
    fn a_record_listed_twice_fails_the_batch() {
        let answer = receipt(
            BATCH,
            r#"{"id":"a","version":1,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"applied"},
               {"id":"a","version":2,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"applied"}"#,
        );
        assert!(refused(&answer).contains("listed twice"));
    }

    #[test]
    fn a_record_not_sent_fails_the_batch() {
        let answer = receipt(
            BATCH,
            r#"{"id":"a","version":1,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"applied"},
               {"id":"a","version":3,"outcome":"applied"}"#,
        );
        assert!(refused(&answer).contains("not in the batch"));
    }

    #[test]
    fn a_receipt_for_another_batch_fails_the_batch() {
        let answer = receipt(
            "0190a000-0000-7000-8000-000000000002",
            r#"{"id":"a","version":1,"outcome":"applied"},
               {"id":"b","version":1,"outcome":"applied"},
               {"id":"a","version":2,"outcome":"applied"}"#,
        );
        assert!(refused(&answer).contains("not \"0190a000"));
    }

    #[test]
    fn a_captive_portal_page_or_other_json_fails_the_batch() {
        for answer in [
            &b"<!doctype html><html><body><form>Login to Free WiFi</form></body></html>"[..],
            b"",
            b"{}",
            b"[]",
            br#"{"ok":true}"#,
            br#"{"batch_id":"x"}"#,
        ] {
            refused(answer);
        }
        let unknown_outcome = receipt(
            BATCH,
            r#"{"id":"a","version":1,"outcome":"later"},
               {"id":"b","version":1,"outcome":"applied"},
               {"id":"a","version":2,"outcome":"applied"}"#,
        );
        refused(&unknown_outcome);
    }
}
