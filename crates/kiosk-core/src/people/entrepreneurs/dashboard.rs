//! The programme's figures for one kiosk, worked out from the live records and their
//! check-ins: how many registered, the share of women and of youth, enterprises
//! launched, jobs and loans, in total and for each of the last 12 months.

use std::collections::BTreeMap;

use super::model::{Dashboard, MonthFigures, Stage};
use super::store::{Counted, CountedCheckIn};
use crate::catalog::eligibility::Gender;

/// How many months the chart shows, this one included.
pub const MONTHS: usize = 12;
/// Youth, as the programme reports it: aged 18 to 35 at registration (the National
/// Youth Policy's 15-29 would leave out most first-time village entrepreneurs).
pub const YOUTH_AGES: std::ops::RangeInclusive<u8> = 18..=35;

/// One entrepreneur's path: their record and their check-ins in date order.
struct Path<'a> {
    person: &'a Counted,
    check_ins: Vec<&'a CountedCheckIn>,
}

impl Path<'_> {
    fn latest_stage(&self) -> Stage {
        self.check_ins.last().map_or(self.person.stage, |c| c.stage)
    }

    /// The day the enterprise first counted as launched: registration, if registered
    /// at launch or growth, else the first check-in at one of those stages.
    fn launched_on(&self) -> Option<&str> {
        if self.person.stage.is_launched() {
            return Some(&self.person.registered_on);
        }
        self.check_ins
            .iter()
            .find(|c| c.stage.is_launched())
            .map(|c| c.date.as_str())
    }

    /// People employed at the latest check-in on or before the end of `month`
    /// (YYYY-MM), or now when `month` is `None`.
    fn jobs(&self, month: Option<&str>) -> i64 {
        self.check_ins
            .iter()
            .rev()
            .find(|c| month.is_none_or(|m| c.date.get(..7).is_some_and(|d| d <= m)))
            .map_or(0, |c| c.people_employed)
    }
}

/// The figures for `people` and their `check_ins` as of `today` (YYYY-MM-DD).
pub(crate) fn figures(people: &[Counted], check_ins: &[CountedCheckIn], today: &str) -> Dashboard {
    let mut by_person: BTreeMap<&str, Vec<&CountedCheckIn>> = BTreeMap::new();
    for check_in in check_ins {
        by_person
            .entry(check_in.entrepreneur_id.as_str())
            .or_default()
            .push(check_in);
    }
    let paths: Vec<Path> = people
        .iter()
        .map(|person| Path {
            person,
            check_ins: by_person.remove(person.id.as_str()).unwrap_or_default(),
        })
        .collect();
    let loans: Vec<(&str, i64)> = paths
        .iter()
        .flat_map(|p| &p.check_ins)
        .filter_map(|c| {
            let rupees = c.loan_sanctioned_amount.filter(|r| *r > 0)?;
            Some((c.date.get(..7)?, rupees))
        })
        .collect();

    let registered = count(paths.iter());
    let women = count(paths.iter().filter(|p| p.person.gender == Gender::Female));
    let youth = count(
        paths
            .iter()
            .filter(|p| YOUTH_AGES.contains(&p.person.age_at_registration)),
    );
    let months = last_months(today, MONTHS)
        .into_iter()
        .map(|month| MonthFigures {
            registered: count(
                paths
                    .iter()
                    .filter(|p| in_month(&p.person.registered_on, &month)),
            ),
            launched: count(
                paths
                    .iter()
                    .filter(|p| p.launched_on().is_some_and(|d| in_month(d, &month))),
            ),
            loans_sanctioned: count(loans.iter().filter(|(m, _)| *m == month)),
            loans_sanctioned_rupees: loans
                .iter()
                .filter(|(m, _)| *m == month)
                .map(|(_, r)| r)
                .sum(),
            jobs: paths.iter().map(|p| p.jobs(Some(&month))).sum(),
            month,
        })
        .collect();
    Dashboard {
        registered,
        women,
        women_percent: percent(women, registered),
        youth,
        youth_percent: percent(youth, registered),
        launched: count(paths.iter().filter(|p| p.latest_stage().is_launched())),
        jobs: paths.iter().map(|p| p.jobs(None)).sum(),
        loans_sanctioned: count(loans.iter()),
        loans_sanctioned_rupees: loans.iter().map(|(_, r)| r).sum(),
        months,
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

fn in_month(date: &str, month: &str) -> bool {
    date.get(..7) == Some(month)
}

/// `part` of `whole` in whole percent, rounded half up; 0 of nothing is 0.
fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        return 0;
    }
    let (part, whole) = (u64::from(part), u64::from(whole));
    u32::try_from((part * 200 + whole) / (whole * 2)).unwrap_or(100)
}

/// The `n` months up to and including the month of `today` (YYYY-MM-DD), oldest first,
/// as YYYY-MM. An unreadable `today` gives no months.
fn last_months(today: &str, n: usize) -> Vec<String> {
    let year: Option<i32> = today.get(..4).and_then(|y| y.parse().ok());
    let month: Option<i32> = today.get(5..7).and_then(|m| m.parse().ok());
    let (Some(year), Some(month)) = (year, month) else {
        return vec![];
    };
    let last = year * 12 + (month - 1);
    (0..n as i32)
        .rev()
        .map(|back| {
            let m = last - back;
            format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, gender: Gender, age: u8, stage: Stage, on: &str) -> Counted {
        Counted {
            id: id.into(),
            gender,
            age_at_registration: age,
            stage,
            registered_on: on.into(),
        }
    }

    fn visit(id: &str, date: &str, stage: Stage, loan: Option<i64>, people: i64) -> CountedCheckIn {
        CountedCheckIn {
            entrepreneur_id: id.into(),
            date: date.into(),
            stage,
            loan_sanctioned_amount: loan,
            people_employed: people,
        }
    }

    #[test]
    fn months_run_back_across_the_new_year() {
        let months = last_months("2026-02-10", 12);
        assert_eq!(months.first().map(String::as_str), Some("2025-03"));
        assert_eq!(months.last().map(String::as_str), Some("2026-02"));
        assert_eq!(months.len(), 12);
        assert!(last_months("soon", 12).is_empty());
    }

    #[test]
    fn percents_round_half_up() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 2), 50);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(3, 3), 100);
    }

    #[test]
    fn figures_follow_each_path() {
        let people = [
            person("a", Gender::Female, 25, Stage::Idea, "2026-01-05"),
            person("b", Gender::Male, 40, Stage::Launch, "2026-01-20"),
            person("c", Gender::Female, 35, Stage::Training, "2026-02-01"),
        ];
        let check_ins = [
            visit("a", "2026-02-10", Stage::Finance, Some(50_000), 1),
            visit("a", "2026-03-01", Stage::Launch, None, 3),
            visit("b", "2026-02-15", Stage::Growth, Some(0), 4),
            visit("c", "2026-03-02", Stage::Training, Some(20_000), 0),
        ];
        let d = figures(&people, &check_ins, "2026-03-15");
        assert_eq!((d.registered, d.women, d.women_percent), (3, 2, 67));
        assert_eq!((d.youth, d.youth_percent), (2, 67));
        assert_eq!(d.launched, 2);
        assert_eq!(d.jobs, 3 + 4);
        assert_eq!((d.loans_sanctioned, d.loans_sanctioned_rupees), (2, 70_000));
        let month = |m: &str| d.months.iter().find(|f| f.month == m).expect(m).clone();
        let jan = month("2026-01");
        assert_eq!((jan.registered, jan.launched, jan.jobs), (2, 1, 0));
        let feb = month("2026-02");
        assert_eq!(
            (feb.registered, feb.launched, feb.loans_sanctioned),
            (1, 0, 1)
        );
        assert_eq!((feb.loans_sanctioned_rupees, feb.jobs), (50_000, 1 + 4));
        let mar = month("2026-03");
        assert_eq!(
            (mar.registered, mar.launched, mar.loans_sanctioned),
            (0, 1, 1)
        );
        assert_eq!(mar.jobs, 3 + 4);
        assert_eq!(d.months.len(), 12);
    }

    #[test]
    fn nothing_registered_gives_zeros() {
        let d = figures(&[], &[], "2026-03-15");
        assert_eq!((d.registered, d.women_percent, d.jobs), (0, 0, 0));
        assert!(d.months.iter().all(|m| m.registered == 0 && m.jobs == 0));
    }
}
