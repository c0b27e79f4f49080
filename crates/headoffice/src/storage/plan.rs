//! What a batch does to the records the head office holds, decided once for every
//! backend: each record's outcome in order (docs/sync-protocol.md), the rows to write,
//! and what the dashboard's quarantine keeps. A backend loads what it holds of the
//! batch's ids, asks for the plan, and writes it in the batch's one transaction.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::ingest::Incoming;
use crate::wire::{Outcome, RecordResult};

/// The longest record id and kind the quarantine keeps (an id over 100 characters is
/// itself a reason to reject the record).
const QUARANTINE_ID_CHARS: usize = 100;
const QUARANTINE_KIND_CHARS: usize = 40;

/// What the store holds of one record id.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Held {
    /// The kind its first version was stored with; every version keeps it.
    kind: Option<String>,
    versions: HashMap<i64, HeldVersion>,
}

#[derive(Debug, Clone, PartialEq)]
struct HeldVersion {
    /// Canonical JSON (`ingest::canonical_json`); `None` once erased.
    body: Option<String>,
    deleted: bool,
}

impl Held {
    /// Notes one stored version, as a backend reads it.
    pub fn add(&mut self, version: i64, kind: String, body: Option<String>, deleted: bool) {
        self.kind.get_or_insert(kind);
        self.versions.insert(version, HeldVersion { body, deleted });
    }

    fn erased(&self) -> bool {
        self.versions.values().any(|v| v.deleted)
    }
}

/// One record the dashboard lists as not taken, or `times` more sightings of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Note {
    pub id: String,
    pub version: i64,
    pub kind: String,
    pub outcome: Outcome,
    pub reason: &'static str,
    pub times: i64,
}

/// Everything a batch writes. Backends write `inserts`, then `erasures`, then delete
/// the `cleared` quarantine rows, then add `notes` (adding `times` to a row kept).
#[derive(Debug, Default)]
pub(crate) struct Plan<'a> {
    /// One per record, in order: the receipt.
    pub results: Vec<RecordResult>,
    /// New versions with their bodies.
    pub inserts: Vec<&'a Incoming>,
    /// Tombstones: each erases every body of its id and is stored at its version.
    pub erasures: Vec<&'a Incoming>,
    /// Quarantine rows (id as kept, version) to delete: those versions were taken.
    pub cleared: Vec<(String, i64)>,
    pub notes: Vec<Note>,
}

/// The ids whose held versions [`plan`] needs: those of records that passed their
/// own checks (the others never reach the records table), each once, sorted.
pub(crate) fn ids_to_load(records: &[Incoming]) -> Vec<&str> {
    let ids: BTreeSet<&str> = records
        .iter()
        .filter(|r| r.body.is_ok())
        .map(|r| r.id.as_str())
        .collect();
    ids.into_iter().collect()
}

/// Decides every record in order against `held` (what the store holds of
/// [`ids_to_load`]), as if each were written before the next is looked at.
pub(crate) fn plan(records: &[Incoming], mut held: HashMap<String, Held>) -> Plan<'_> {
    let mut plan = Plan::default();
    // Per quarantine key, in the order first seen: was the version taken in this
    // batch (so an older row goes), and what is still to note after that.
    let mut quarantine: BTreeMap<(String, i64), (bool, Option<Note>)> = BTreeMap::new();
    for record in records {
        let (outcome, reason, write) = match &record.body {
            Err(reason) => (Outcome::Rejected, Some(*reason), None),
            Ok(body) => decide(held.entry(record.id.clone()).or_default(), record, body),
        };
        match write {
            Some(Write::Insert) => plan.inserts.push(record),
            Some(Write::Erase) => plan.erasures.push(record),
            None => {}
        }
        let key = (kept(&record.id, QUARANTINE_ID_CHARS), record.version);
        let entry = quarantine.entry(key.clone()).or_default();
        match reason {
            Some(reason) => {
                let times = entry.1.as_ref().map_or(0, |note| note.times) + 1;
                entry.1 = Some(Note {
                    id: key.0,
                    version: key.1,
                    kind: kept(&record.kind, QUARANTINE_KIND_CHARS),
                    outcome,
                    reason,
                    times,
                });
            }
            None => *entry = (true, None),
        }
        plan.results.push(RecordResult {
            id: record.id.clone(),
            version: record.version,
            outcome,
            reason: reason.map(str::to_string),
        });
    }
    for (key, (taken, note)) in quarantine {
        if taken {
            plan.cleared.push(key);
        }
        plan.notes.extend(note);
    }
    plan
}

enum Write {
    Insert,
    Erase,
}

/// The outcome of one checked record, and what it writes; `held` is updated as if
/// the write were done.
fn decide(
    held: &mut Held,
    record: &Incoming,
    body: &str,
) -> (Outcome, Option<&'static str>, Option<Write>) {
    let rejected = |reason| (Outcome::Rejected, Some(reason), None);
    if held.kind.as_ref().is_some_and(|kind| *kind != record.kind) {
        return rejected("record.kind_mismatch");
    }
    let erased = held.erased();
    let stored = held.versions.get(&record.version);
    if record.deleted {
        // A tombstone is never a conflict: erasure must always win.
        if stored.is_some_and(|v| v.deleted) {
            return (Outcome::Duplicate, None, None);
        }
        for version in held.versions.values_mut() {
            version.body = None;
        }
        held.add(record.version, record.kind.clone(), None, true);
        return (Outcome::Applied, None, Some(Write::Erase));
    }
    match stored {
        // Received before the erasure; its body is gone on purpose.
        Some(_) if erased => (Outcome::Duplicate, None, None),
        None if erased => rejected("record.erased"),
        Some(v) if v.body.as_deref() == Some(body) => (Outcome::Duplicate, None, None),
        Some(_) => (Outcome::Conflict, Some("record.conflict"), None),
        None => {
            held.add(
                record.version,
                record.kind.clone(),
                Some(body.to_string()),
                false,
            );
            (Outcome::Applied, None, Some(Write::Insert))
        }
    }
}

/// Text as the quarantine keeps it: cut to `max` characters, control characters
/// (which neither a page nor PostgreSQL's text takes) shown as U+FFFD.
fn kept(text: &str, max: usize) -> String {
    text.chars()
        .take(max)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, version: i64, body: Result<&str, &'static str>) -> Incoming {
        Incoming {
            id: id.into(),
            kind: "learner".into(),
            version,
            deleted: false,
            body: body.map(str::to_string),
        }
    }

    fn tombstone(id: &str, version: i64) -> Incoming {
        Incoming {
            deleted: true,
            ..record(id, version, Ok("{}"))
        }
    }

    fn outcomes<'a>(plan: &'a Plan) -> Vec<(&'a str, i64, Outcome)> {
        plan.results
            .iter()
            .map(|r| (r.id.as_str(), r.version, r.outcome))
            .collect()
    }

    fn holding(versions: &[(&str, i64, Option<&str>, bool)]) -> HashMap<String, Held> {
        let mut held: HashMap<String, Held> = HashMap::new();
        for (id, version, body, deleted) in versions {
            held.entry(id.to_string()).or_default().add(
                *version,
                "learner".into(),
                body.map(str::to_string),
                *deleted,
            );
        }
        held
    }

    #[test]
    fn records_of_one_batch_see_the_ones_before_them() {
        let records = [
            record("a", 1, Ok("{}")),
            record("a", 1, Ok("{}")),
            record("a", 1, Ok(r#"{"x":1}"#)),
            record("a", 2, Ok("{}")),
            tombstone("a", 3),
            record("a", 4, Ok("{}")),
            record("a", 2, Ok(r#"{"y":1}"#)),
            tombstone("a", 3),
        ];
        let plan = plan(&records, HashMap::new());
        use Outcome::*;
        assert_eq!(
            outcomes(&plan),
            [
                ("a", 1, Applied),
                ("a", 1, Duplicate),
                ("a", 1, Conflict),
                ("a", 2, Applied),
                ("a", 3, Applied),
                ("a", 4, Rejected),
                ("a", 2, Duplicate),
                ("a", 3, Duplicate),
            ]
        );
        assert_eq!(plan.inserts.len(), 2);
        assert_eq!(plan.erasures.len(), 1);
        assert_eq!(plan.results[5].reason.as_deref(), Some("record.erased"));
    }

    #[test]
    fn what_is_held_decides_duplicates_conflicts_and_erasure() {
        let held = holding(&[
            ("kept", 1, Some("{}"), false),
            ("gone", 1, None, false),
            ("gone", 2, None, true),
        ]);
        let mut other_kind = record("kept", 2, Ok("{}"));
        other_kind.kind = "entrepreneur".into();
        let records = [
            record("kept", 1, Ok("{}")),
            record("kept", 1, Ok("[]")),
            other_kind,
            record("gone", 1, Ok("{}")),
            record("gone", 3, Ok("{}")),
            tombstone("gone", 2),
            // A tombstone replaces a stored body at its own version.
            tombstone("kept", 1),
        ];
        let plan = plan(&records, held);
        use Outcome::*;
        assert_eq!(
            outcomes(&plan),
            [
                ("kept", 1, Duplicate),
                ("kept", 1, Conflict),
                ("kept", 2, Rejected),
                ("gone", 1, Duplicate),
                ("gone", 3, Rejected),
                ("gone", 2, Duplicate),
                ("kept", 1, Applied),
            ]
        );
        assert_eq!(
            plan.results[2].reason.as_deref(),
            Some("record.kind_mismatch")
        );
        assert!(plan.inserts.is_empty());
        assert_eq!(plan.erasures.len(), 1);
    }

    #[test]
    fn the_quarantine_keeps_the_last_word_on_each_version() {
        let records = [
            record("bad", 1, Err("record.bad_body")),
            record("bad", 1, Err("record.bad_body")),
            record("fixed", 1, Err("record.bad_body")),
            record("fixed", 1, Ok("{}")),
            record("again", 1, Ok("{}")),
            record("again", 1, Ok("[]")),
            record("a\u{0}b", 1, Err("record.bad_id")),
        ];
        let plan = plan(&records, HashMap::new());
        assert_eq!(
            plan.cleared,
            [("again".to_string(), 1), ("fixed".to_string(), 1)]
        );
        let notes: Vec<(&str, &str, i64)> = plan
            .notes
            .iter()
            .map(|n| (n.id.as_str(), n.reason, n.times))
            .collect();
        assert_eq!(
            notes,
            [
                ("again", "record.conflict", 1),
                ("a\u{FFFD}b", "record.bad_id", 1),
                ("bad", "record.bad_body", 2),
            ]
        );
    }

    #[test]
    fn only_checked_records_need_their_ids_loaded() {
        let records = [
            record("b", 1, Ok("{}")),
            record("a", 1, Ok("{}")),
            record("b", 2, Ok("{}")),
            record("a\u{0}", 1, Err("record.bad_id")),
        ];
        assert_eq!(ids_to_load(&records), ["a", "b"]);
    }
}
