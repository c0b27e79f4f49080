//! What the head office shows its staff: figures across kiosks (from the latest version
//! of each record), kiosks, conflicting and rejected records, and CSV exports.

pub mod export;
pub mod html;
pub mod i18n;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::storage::{KioskRow, LatestRecord, QuarantineRow};

pub const STAGES: [&str; 5] = ["idea", "training", "finance", "launch", "growth"];
/// The programme's reporting ages for youth (decision 0010).
const YOUTH: std::ops::RangeInclusive<i64> = 18..=35;

/// Everything one dashboard page shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dashboard {
    pub figures: Figures,
    pub kiosks: Vec<KioskRow>,
    pub quarantine: Vec<QuarantineRow>,
}

/// Programme figures over every kiosk; erased records count nowhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub entrepreneurs: u64,
    pub women: u64,
    pub youth: u64,
    /// Latest stage launch or growth.
    pub launched: u64,
    /// People working in each enterprise at its latest check-in, added up.
    pub jobs: i64,
    /// Loans sanctioned over all check-ins (each check-in records new loans only).
    pub loans_sanctioned: i64,
    /// Entrepreneurs per current stage, in [`STAGES`] order.
    pub by_stage: [u64; 5],
    pub learners: u64,
    pub completions: u64,
    /// Per kiosk id: (entrepreneurs, launched).
    pub per_kiosk: BTreeMap<String, (u64, u64)>,
    /// New registrations per month (`YYYY-MM` of `registered_at`), for the trend.
    pub registered_by_month: BTreeMap<String, u64>,
}

/// The latest version of each record of one kind, as read for the figures.
#[derive(Debug, Default)]
pub struct Latest {
    pub entrepreneurs: Vec<LatestRecord>,
    pub check_ins: Vec<LatestRecord>,
    pub learners: Vec<LatestRecord>,
    pub completions: Vec<LatestRecord>,
}

fn live(records: &[LatestRecord]) -> impl Iterator<Item = (&LatestRecord, &Value)> {
    records
        .iter()
        .filter(|r| !r.erased)
        .filter_map(|r| Some((r, r.body.as_ref()?)))
}

impl Figures {
    pub fn compute(latest: &Latest) -> Figures {
        // Each entrepreneur's latest check-in, by date (then by when it was made).
        let mut last_check_in: HashMap<&str, (&str, &str, &Value)> = HashMap::new();
        let mut loans: HashMap<&str, i64> = HashMap::new();
        for (_, body) in live(&latest.check_ins) {
            let Some(owner) = body.get("entrepreneur_id").and_then(Value::as_str) else {
                continue;
            };
            let date = body.get("date").and_then(Value::as_str).unwrap_or("");
            let made = body.get("created_at").and_then(Value::as_str).unwrap_or("");
            let newer = last_check_in
                .get(owner)
                .is_none_or(|(d, m, _)| (date, made) > (*d, *m));
            if newer {
                last_check_in.insert(owner, (date, made, body));
            }
            let sanctioned = body.get("loan_sanctioned_amount").and_then(Value::as_i64);
            *loans.entry(owner).or_default() += sanctioned.unwrap_or(0);
        }

        let mut figures = Figures::default();
        for (record, body) in live(&latest.entrepreneurs) {
            let Some(profile) = body.get("profile").filter(|p| p.is_object()) else {
                continue;
            };
            let check_in = last_check_in.get(record.id.as_str()).map(|c| c.2);
            let stage = check_in
                .and_then(|c| c.get("stage"))
                .or_else(|| profile.get("stage"))
                .and_then(Value::as_str)
                .unwrap_or("");
            let launched = matches!(stage, "launch" | "growth");
            figures.entrepreneurs += 1;
            figures.women +=
                u64::from(profile.get("gender").and_then(Value::as_str) == Some("female"));
            let age = profile.get("age_at_registration").and_then(Value::as_i64);
            figures.youth += u64::from(age.is_some_and(|a| YOUTH.contains(&a)));
            figures.launched += u64::from(launched);
            if let Some(index) = STAGES.iter().position(|s| *s == stage) {
                figures.by_stage[index] += 1;
            }
            figures.jobs += check_in
                .and_then(|c| c.get("people_employed"))
                .and_then(Value::as_i64)
                .unwrap_or(0);
            figures.loans_sanctioned += loans.get(record.id.as_str()).copied().unwrap_or(0);
            let kiosk = figures
                .per_kiosk
                .entry(record.kiosk_id.clone())
                .or_default();
            kiosk.0 += 1;
            kiosk.1 += u64::from(launched);
            if let Some(month) = body
                .get("registered_at")
                .and_then(Value::as_str)
                .and_then(month_of)
            {
                *figures.registered_by_month.entry(month).or_default() += 1;
            }
        }
        figures.learners = live(&latest.learners).count() as u64;
        figures.completions = live(&latest.completions).count() as u64;
        figures
    }
}

/// `YYYY-MM` of a `YYYY-MM-DD…` time; `None` for anything else.
fn month_of(time: &str) -> Option<String> {
    let month = time.get(..7)?;
    let bytes = month.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    (digits(0..4) && bytes[4] == b'-' && digits(5..7)).then(|| month.to_string())
}

/// The `count` months up to and including `last` (`YYYY-MM`), oldest first.
pub fn months_up_to(last: &str, count: usize) -> Vec<String> {
    let (Some(year), Some(month)) = (
        last.get(..4).and_then(|y| y.parse::<i32>().ok()),
        last.get(5..7).and_then(|m| m.parse::<i32>().ok()),
    ) else {
        return Vec::new();
    };
    let end = year * 12 + (month - 1);
    (0..count as i32)
        .rev()
        .map(|back| {
            let index = end - back;
            format!(
                "{:04}-{:02}",
                index.div_euclid(12),
                index.rem_euclid(12) + 1
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn latest(kiosk: &str, id: &str, body: Option<Value>) -> LatestRecord {
        LatestRecord {
            kiosk_id: kiosk.into(),
            id: id.into(),
            version: 1,
            erased: body.is_none(),
            body,
            received_at: "t".into(),
        }
    }

    fn person(gender: &str, age: i64, stage: &str) -> Option<Value> {
        Some(
            json!({ "profile": { "gender": gender, "age_at_registration": age, "stage": stage },
                     "registered_at": format!("2026-0{}-15T10:00:00.000Z", age % 3 + 1) }),
        )
    }

    fn check_in(
        owner: &str,
        date: &str,
        stage: &str,
        people: i64,
        loan: Option<i64>,
    ) -> Option<Value> {
        Some(
            json!({ "entrepreneur_id": owner, "date": date, "stage": stage,
                     "people_employed": people, "loan_sanctioned_amount": loan,
                     "created_at": format!("{date}T10:00:00.000Z") }),
        )
    }

    #[test]
    fn figures_follow_the_latest_check_in_and_skip_erased_records() {
        let data = Latest {
            entrepreneurs: vec![
                latest("k1", "a", person("female", 25, "idea")),
                latest("k1", "b", person("male", 40, "training")),
                latest("k2", "c", person("female", 30, "finance")),
                latest("k2", "gone", None),
            ],
            check_ins: vec![
                latest(
                    "k1",
                    "a1",
                    check_in("a", "2026-03-01", "finance", 1, Some(50_000)),
                ),
                latest("k1", "a2", check_in("a", "2026-04-01", "launch", 3, None)),
                latest(
                    "k2",
                    "c1",
                    check_in("c", "2026-04-02", "growth", 5, Some(20_000)),
                ),
                latest("k2", "x1", None),
            ],
            learners: vec![
                latest("k1", "l1", Some(json!({}))),
                latest("k1", "l2", None),
            ],
            completions: vec![latest("k1", "l1/c", Some(json!({})))],
        };
        let figures = Figures::compute(&data);
        assert_eq!(
            (
                figures.entrepreneurs,
                figures.women,
                figures.youth,
                figures.launched
            ),
            (3, 2, 2, 2)
        );
        assert_eq!(figures.by_stage, [0, 1, 0, 1, 1]);
        assert_eq!((figures.jobs, figures.loans_sanctioned), (8, 70_000));
        assert_eq!((figures.learners, figures.completions), (1, 1));
        assert_eq!(figures.per_kiosk["k1"], (2, 1));
        assert_eq!(figures.per_kiosk["k2"], (1, 1));
        let months: Vec<(&str, u64)> = figures
            .registered_by_month
            .iter()
            .map(|(m, n)| (m.as_str(), *n))
            .collect();
        assert_eq!(months, [("2026-01", 1), ("2026-02", 2)], "ages 25, 40, 30");
    }

    #[test]
    fn months_run_back_across_years() {
        assert_eq!(
            months_up_to("2026-02", 4),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert!(months_up_to("soon", 4).is_empty());
        assert_eq!(month_of("2026-12-05T10:00:00Z").as_deref(), Some("2026-12"));
        for bad in ["", "2026", "2026/12/05", "२०२६-१२-०५"] {
            assert_eq!(month_of(bad), None, "{bad:?}");
        }
    }
}
