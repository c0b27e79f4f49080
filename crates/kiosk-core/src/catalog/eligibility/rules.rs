//! The rules beyond age groups: where a person lives, their work, a BPL card, being a
//! student (`Scheme::rules`). Each rule the scheme sets gives a reason when the answer
//! meets it, a "no" when it does not, and a missing answer when it was skipped.

use super::{Fit, Profile, Speaker, Verdict};
use crate::catalog::model::{Occupation, Residence, SchemeRules};

/// How one rule came out for this person.
enum Outcome {
    Met(String),
    Unmet(String),
    Unknown(String),
}

pub(super) fn judge(
    verdict: &mut Verdict,
    rules: &SchemeRules,
    profile: &Profile,
    speaker: &Speaker,
) {
    let outcomes = [
        rules
            .residence
            .map(|place| residence(place, profile.residence, speaker)),
        (!rules.occupations.is_empty())
            .then(|| work(&rules.occupations, profile.occupation, speaker)),
        rules
            .bpl_card
            .then(|| yes_no(profile.bpl_card, "bpl", speaker)),
        rules
            .students_only
            .then(|| yes_no(profile.student, "student", speaker)),
    ];
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Outcome::Met(why) => verdict.why.push(why),
            Outcome::Unmet(why) => {
                verdict.fit = Fit::No;
                verdict.why.push(why);
            }
            Outcome::Unknown(missing) => verdict.missing.push(missing),
        }
    }
}

fn place_label(place: Residence, speaker: &Speaker) -> String {
    speaker.say(
        match place {
            Residence::Rural => "elig-place-rural",
            Residence::Urban => "elig-place-urban",
        },
        &[],
    )
}

fn residence(needed: Residence, answer: Option<Residence>, speaker: &Speaker) -> Outcome {
    let args = [("place", place_label(needed, speaker))];
    match answer {
        Some(place) if place == needed => Outcome::Met(speaker.say("elig-why-residence", &args)),
        Some(_) => Outcome::Unmet(speaker.say("elig-not-residence", &args)),
        None => Outcome::Unknown(speaker.say("elig-missing-residence", &args)),
    }
}

/// "farmers", "street vendors": a kind of work as "for ..." takes it.
fn work_label(work: Occupation, speaker: &Speaker) -> String {
    speaker.say(&format!("elig-work-{}", work.key().replace('_', "-")), &[])
}

fn work(needed: &[Occupation], answer: Option<Occupation>, speaker: &Speaker) -> Outcome {
    let works = needed
        .iter()
        .map(|w| work_label(*w, speaker))
        .collect::<Vec<_>>()
        .join(", ");
    match answer {
        Some(mine) if needed.contains(&mine) => {
            Outcome::Met(speaker.say("elig-why-work", &[("work", work_label(mine, speaker))]))
        }
        Some(_) => Outcome::Unmet(speaker.say("elig-not-work", &[("works", works)])),
        None => Outcome::Unknown(speaker.say("elig-missing-work", &[("works", works)])),
    }
}

/// A rule that needs a "yes": `elig-why-{what}`, `elig-not-{what}`, `elig-missing-{what}`.
fn yes_no(answer: Option<bool>, what: &str, speaker: &Speaker) -> Outcome {
    match answer {
        Some(true) => Outcome::Met(speaker.say(&format!("elig-why-{what}"), &[])),
        Some(false) => Outcome::Unmet(speaker.say(&format!("elig-not-{what}"), &[])),
        None => Outcome::Unknown(speaker.say(&format!("elig-missing-{what}"), &[])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Localizer};

    fn verdict_for(rules: &SchemeRules, profile: &Profile) -> Verdict {
        let localizer = Localizer::embedded();
        let speaker = Speaker {
            localizer: &localizer,
            lang: Language::En,
        };
        let mut verdict = Verdict {
            scheme_id: "x".into(),
            fit: Fit::Fits,
            why: vec![],
            missing: vec![],
        };
        judge(&mut verdict, rules, profile, &speaker);
        verdict
    }

    #[test]
    fn a_scheme_without_rules_says_nothing() {
        let verdict = verdict_for(&SchemeRules::default(), &Profile::default());
        assert_eq!(verdict.fit, Fit::Fits);
        assert!(verdict.why.is_empty() && verdict.missing.is_empty());
    }

    #[test]
    fn every_occupation_has_words_in_both_languages() {
        let localizer = Localizer::embedded();
        for lang in [Language::En, Language::Hi] {
            let speaker = Speaker {
                localizer: &localizer,
                lang,
            };
            for work in Occupation::ALL {
                let id = format!("elig-work-{}", work.key().replace('_', "-"));
                assert!(localizer.has_message(lang, &id), "{id} missing in {lang:?}");
                assert!(!work_label(work, &speaker).is_empty());
            }
        }
    }

    #[test]
    fn one_unmet_rule_rules_a_scheme_out_and_says_which() {
        let rules = SchemeRules {
            residence: Some(Residence::Rural),
            occupations: vec![Occupation::Farmer],
            bpl_card: true,
            students_only: false,
        };
        let profile = Profile {
            residence: Some(Residence::Rural),
            occupation: Some(Occupation::Farmer),
            bpl_card: Some(false),
            ..Profile::default()
        };
        let verdict = verdict_for(&rules, &profile);
        assert_eq!(verdict.fit, Fit::No);
        let text = verdict.why.join(" | ");
        assert!(text.contains("you said you have none"), "{text}");
        assert!(text.contains("farmers"), "{text}");
    }
}
