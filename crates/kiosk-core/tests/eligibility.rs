//! The eligibility finder over the shipped catalog, table-driven from
//! tests/data/eligibility-cases.tsv: each case names a scheme, some answers, the
//! expected fit and a piece of the explanation a villager would hear.

use kiosk_core::catalog::eligibility::{assess, Caste, Fit, Gender, Profile};
use kiosk_core::catalog::{self};
use kiosk_core::{Language, Localizer, Store};

/// An answer spelt as the app's JSON spells it (`rural`, `street_vendor`).
fn answer<T: serde::de::DeserializeOwned>(value: &str) -> T {
    serde_json::from_value(value.into()).unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn profile(answers: &str) -> Profile {
    let mut profile = Profile::default();
    for pair in answers.split(',').filter(|p| !p.is_empty()) {
        let (key, value) = pair
            .split_once('=')
            .unwrap_or_else(|| panic!("bad answer {pair}"));
        match key {
            "age" => profile.age = Some(value.parse().expect("age")),
            "gender" => profile.gender = Some(answer::<Gender>(value)),
            "caste" => profile.caste = Some(answer::<Caste>(value)),
            "state" => profile.state = Some(value.to_string()),
            "widowed" => profile.widowed = Some(value == "true"),
            "disability" => profile.disability = Some(value == "true"),
            "residence" => profile.residence = Some(answer(value)),
            "occupation" => profile.occupation = Some(answer(value)),
            "bpl_card" => profile.bpl_card = Some(value == "true"),
            "student" => profile.student = Some(value == "true"),
            other => panic!("unknown question {other}"),
        }
    }
    profile
}

#[test]
fn every_case_gets_its_fit_and_its_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");
    let localizer = Localizer::embedded();
    let mut count = 0;
    let mut failures = Vec::new();
    for line in include_str!("data/eligibility-cases.tsv").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 4, "bad case line: {line:?}");
        let scheme = catalog::get(&store, columns[0])
            .expect("reads")
            .unwrap_or_else(|| panic!("no scheme {}", columns[0]));
        let verdict = assess(&scheme, &profile(columns[1]), &localizer, Language::En);
        let expected = match columns[2] {
            "fits" => Fit::Fits,
            "possible" => Fit::Possible,
            "no" => Fit::No,
            other => panic!("unknown fit {other}"),
        };
        let text = [verdict.why.clone(), verdict.missing.clone()]
            .concat()
            .join(" | ");
        if verdict.fit != expected || !text.contains(columns[3]) {
            failures.push(format!("{line}\n  got {:?}: {text}", verdict.fit));
        }
        count += 1;
    }
    assert!(count >= 40, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn reasons_are_given_in_hindi_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");
    let scheme = catalog::get(&store, "cmlby")
        .expect("reads")
        .expect("Ladli Behna");
    let verdict = assess(
        &scheme,
        &profile("age=30,gender=female,state=Madhya Pradesh"),
        &Localizer::embedded(),
        Language::Hi,
    );
    assert_eq!(verdict.fit, Fit::Fits);
    let text = verdict.why.join(" | ");
    assert!(
        text.contains("महिलाओं के लिए, उम्र 21 से 60 साल: आपकी उम्र 30 साल है"),
        "{text}"
    );
    assert!(text.contains("मध्य प्रदेश में लागू"), "{text}");
}

#[test]
fn the_finder_lists_fitting_schemes_first_and_drops_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");
    let widow = profile("age=50,gender=female,widowed=true,state=Madhya Pradesh");
    let found =
        catalog::eligible(&store, &widow, &Localizer::embedded(), Language::En).expect("finds");
    let ids: Vec<&str> = found.iter().map(|(s, _)| s.id.as_str()).collect();
    assert!(ids.contains(&"ignwpsmp"), "MP widow pension missing");
    assert!(ids.contains(&"cmlby"), "Ladli Behna missing");
    assert!(!ids.contains(&"wpup"), "a UP scheme for an MP villager");
    assert!(!ids.contains(&"apy"), "Atal Pension is for ages 18 to 40");
    let first_possible = found
        .iter()
        .position(|(_, v)| v.fit == Fit::Possible)
        .unwrap_or(found.len());
    assert!(found[..first_possible]
        .iter()
        .all(|(_, v)| v.fit == Fit::Fits));
    assert!(found[first_possible..]
        .iter()
        .all(|(_, v)| v.fit == Fit::Possible));
    let mp_widow = ids.iter().position(|id| *id == "ignwpsmp").expect("listed");
    let kcc = ids.iter().position(|id| *id == "kcc").expect("listed");
    assert!(
        mp_widow < kcc,
        "a scheme for MP widows should come before one for everyone"
    );
}
