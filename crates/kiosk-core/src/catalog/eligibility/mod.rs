//! The eligibility finder: which schemes fit a villager's answers, why, and what is still
//! unknown. It reads myScheme's per-group age rules (`Scheme::age`: group -> age range),
//! the states a scheme is open in, and its residence, work, BPL card and student rules
//! (`Scheme::rules`, in `rules.rs`). A person fits a scheme when one of their groups
//! (gender, caste, widowhood, disability) is listed and their age is in its range and
//! every other rule is met; any subset of answers works, and an unanswered question makes
//! a scheme "possible".

mod rules;

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{AgeRange, Occupation, Residence, Scheme};
use crate::i18n::{Language, Localizer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Gender {
    Female,
    Male,
    Transgender,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Caste {
    General,
    Obc,
    Sc,
    St,
    Ews,
    Pvtg,
}

/// What the villager answered; every field may be left unanswered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Profile {
    pub age: Option<f32>,
    pub gender: Option<Gender>,
    pub caste: Option<Caste>,
    /// As the catalog spells it: "Madhya Pradesh", "Uttar Pradesh", ...
    pub state: Option<String>,
    pub widowed: Option<bool>,
    pub disability: Option<bool>,
    pub residence: Option<Residence>,
    pub occupation: Option<Occupation>,
    /// Whether the family holds a BPL (below poverty line) card.
    pub bpl_card: Option<bool>,
    pub student: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Fit {
    /// Every rule the catalog knows is met.
    Fits,
    /// Nothing rules it out, but an unanswered question decides.
    Possible,
    /// A rule rules it out.
    No,
}

/// One scheme judged against a profile, with sentences in the asked language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Verdict {
    pub scheme_id: String,
    pub fit: Fit,
    /// Why it fits (or, for `No`, why not).
    pub why: Vec<String>,
    /// What is unknown and would decide.
    pub missing: Vec<String>,
}

/// A scheme the finder offers, with its verdict, as the Schemes screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EligibleScheme {
    pub id: String,
    pub name_en: String,
    pub name_hi: Option<String>,
    pub level: super::Level,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Gender,
    Caste,
    Widowed,
    Disability,
}

/// A group key of the catalog as (question, canonical key); unknown keys are ignored.
fn group(key: &str) -> Option<(Question, &'static str)> {
    Some(match key {
        "female" => (Question::Gender, "female"),
        "male" => (Question::Gender, "male"),
        "transgender" => (Question::Gender, "transgender"),
        "general" => (Question::Caste, "general"),
        "obc" => (Question::Caste, "obc"),
        "sc" => (Question::Caste, "sc"),
        "st" => (Question::Caste, "st"),
        "ews" => (Question::Caste, "ews"),
        "pvtg" | "particularly vulnerable tribal groups (pvtg)" => (Question::Caste, "pvtg"),
        "widowed" | "widow" => (Question::Widowed, "widowed"),
        "pwd" | "person with disability" => (Question::Disability, "pwd"),
        _ => return None,
    })
}

/// Whether the person belongs to `canonical`, or `None` when they did not say.
fn belongs(profile: &Profile, question: Question, canonical: &str) -> Option<bool> {
    let key = |g: Gender| match g {
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::Transgender => "transgender",
    };
    let caste = |c: Caste| match c {
        Caste::General => "general",
        Caste::Obc => "obc",
        Caste::Sc => "sc",
        Caste::St => "st",
        Caste::Ews => "ews",
        Caste::Pvtg => "pvtg",
    };
    match question {
        Question::Gender => profile.gender.map(|g| key(g) == canonical),
        // PVTG communities are Scheduled Tribes too.
        Question::Caste => profile
            .caste
            .map(|c| caste(c) == canonical || (c == Caste::Pvtg && canonical == "st")),
        Question::Widowed => profile.widowed,
        Question::Disability => profile.disability,
    }
}

struct Rule {
    question: Question,
    canonical: &'static str,
    range: AgeRange,
}

fn in_range(age: f32, range: AgeRange) -> bool {
    range.min.is_none_or(|min| age >= min) && range.max.is_none_or(|max| age <= max)
}

/// An age rule worth mentioning (not the catalog's "0 to 100", i.e. anyone).
fn limits_age(range: AgeRange) -> bool {
    range.min.is_some_and(|m| m > 0.0) || range.max.is_some_and(|m| m < 100.0)
}

/// Sentences of the finder in one language.
struct Speaker<'a> {
    localizer: &'a Localizer,
    lang: Language,
}

impl Speaker<'_> {
    fn say(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.localizer.format(self.lang, id, Some(&fluent))
    }

    fn label(&self, canonical: &str) -> String {
        self.say(&format!("elig-group-{canonical}"), &[])
    }

    /// A state's name in this language (locales/*/catalog.ftl), else as the catalog has it.
    fn state(&self, name: &str) -> String {
        let slug: String = name
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let id = format!("state-{slug}");
        if self.localizer.has_message(self.lang, &id) {
            self.say(&id, &[])
        } else {
            name.to_string()
        }
    }

    fn states(&self, names: &[String]) -> String {
        names
            .iter()
            .map(|n| self.state(n))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn years(value: Option<f32>, default: f32) -> String {
    format_years(value.unwrap_or(default))
}

/// Judges `scheme` against `profile`, with sentences in `lang`.
pub fn assess(
    scheme: &Scheme,
    profile: &Profile,
    localizer: &Localizer,
    lang: Language,
) -> Verdict {
    let speaker = Speaker { localizer, lang };
    let say = |id: &str, args: &[(&str, String)]| speaker.say(id, args);
    let label = |canonical: &str| speaker.label(canonical);
    let mut verdict = Verdict {
        scheme_id: scheme.id.clone(),
        fit: Fit::Fits,
        why: vec![],
        missing: vec![],
    };

    // Where the scheme is open.
    let states = speaker.states(&scheme.states);
    if scheme.states.iter().any(|s| s == "All India") {
        verdict.why.push(say("elig-why-state-all", &[]));
    } else {
        match &profile.state {
            Some(state) if scheme.states.contains(state) => {
                verdict
                    .why
                    .push(say("elig-why-state", &[("state", speaker.state(state))]));
            }
            Some(_) => {
                verdict.fit = Fit::No;
                verdict
                    .why
                    .push(say("elig-not-state", &[("states", states)]));
            }
            None => verdict
                .missing
                .push(say("elig-missing-state", &[("states", states)])),
        }
    }

    // Who it is for.
    let rules: Vec<Rule> = scheme
        .age
        .iter()
        .filter_map(|(key, range)| {
            group(key).map(|(question, canonical)| Rule {
                question,
                canonical,
                range: *range,
            })
        })
        .collect();
    let has = |c: &str| rules.iter().any(|r| r.canonical == c);
    let open_to_all = ["general", "obc", "sc", "st", "ews"].iter().all(|c| has(c))
        || (has("female") && has("male"));
    let age_text = profile.age.map(format_years);

    if rules.is_empty() {
        // The catalog says nothing about who: nothing to rule out.
    } else if open_to_all {
        let range = envelope(&rules);
        judge_age(&mut verdict, profile, range, &label("everyone"), &speaker);
    } else {
        let answers: Vec<(&Rule, Option<bool>)> = rules
            .iter()
            .map(|r| (r, belongs(profile, r.question, r.canonical)))
            .collect();
        let mine: Vec<&Rule> = answers
            .iter()
            .filter(|(_, a)| *a == Some(true))
            .map(|(r, _)| *r)
            .collect();
        let unanswered: Vec<&Rule> = answers
            .iter()
            .filter(|(_, a)| a.is_none())
            .map(|(r, _)| *r)
            .collect();
        let fitting = mine
            .iter()
            .find(|r| profile.age.is_none_or(|age| in_range(age, r.range)));
        if let Some(rule) = fitting {
            judge_age(
                &mut verdict,
                profile,
                rule.range,
                &label(rule.canonical),
                &speaker,
            );
        } else if let Some(rule) = mine.first() {
            verdict.fit = Fit::No;
            verdict.why.push(say(
                "elig-not-age",
                &[
                    ("min", years(rule.range.min, 0.0)),
                    ("max", years(rule.range.max, 100.0)),
                    ("age", age_text.clone().unwrap_or_default()),
                ],
            ));
        } else if !unanswered.is_empty() {
            let groups = join_labels(unanswered.iter().map(|r| label(r.canonical)));
            verdict
                .missing
                .push(say("elig-missing-answer", &[("groups", groups)]));
        } else {
            verdict.fit = Fit::No;
            let groups = join_labels(rules.iter().map(|r| label(r.canonical)));
            verdict
                .why
                .push(say("elig-not-group", &[("groups", groups)]));
        }
    }

    rules::judge(&mut verdict, &scheme.rules, profile, &speaker);

    if verdict.fit == Fit::Fits && !verdict.missing.is_empty() {
        verdict.fit = Fit::Possible;
    }
    verdict
}

/// Adds the age part of a fitting group: a reason, a missing age, or a "no".
fn judge_age(
    verdict: &mut Verdict,
    profile: &Profile,
    range: AgeRange,
    group: &str,
    speaker: &Speaker,
) {
    let min = years(range.min, 0.0);
    let max = years(range.max, 100.0);
    let group = group.to_string();
    match (profile.age, limits_age(range)) {
        (Some(age), _) if !in_range(age, range) => {
            verdict.fit = Fit::No;
            let age = format_years(age);
            verdict
                .why
                .push(speaker.say("elig-not-age", &[("min", min), ("max", max), ("age", age)]));
        }
        (Some(age), true) => {
            let age = format_years(age);
            let args = [("group", group), ("min", min), ("max", max), ("age", age)];
            verdict.why.push(speaker.say("elig-why-group", &args));
        }
        (None, true) => {
            verdict
                .why
                .push(speaker.say("elig-why-group-no-age", &[("group", group)]));
            verdict
                .missing
                .push(speaker.say("elig-missing-age", &[("min", min), ("max", max)]));
        }
        (_, false) => verdict
            .why
            .push(speaker.say("elig-why-group-no-age", &[("group", group)])),
    }
}

/// The widest age range over all groups.
fn envelope(rules: &[Rule]) -> AgeRange {
    let min = rules
        .iter()
        .map(|r| r.range.min.unwrap_or(0.0))
        .fold(f32::MAX, f32::min);
    let max = rules
        .iter()
        .map(|r| r.range.max.unwrap_or(100.0))
        .fold(f32::MIN, f32::max);
    AgeRange {
        min: Some(min),
        max: Some(max),
    }
}

fn join_labels(labels: impl Iterator<Item = String>) -> String {
    let mut labels: Vec<String> = labels.collect();
    labels.dedup();
    labels.join(", ")
}

/// 30 -> "30", 17.5 -> "17.5".
fn format_years(years: f32) -> String {
    if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        format!("{years}")
    }
}
