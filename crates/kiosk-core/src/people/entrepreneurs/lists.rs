//! The bilingual choices of the entrepreneur forms (`assets/people/lists.toml`), built
//! into the app: enterprise sectors, schooling, the programme's stages and loan sources.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::Stage;

const LISTS: &str = include_str!("../../../../../assets/people/lists.toml");

/// One choice with its label in both languages. The id is what records store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ListChoice")]
pub struct Choice {
    pub id: String,
    pub en: String,
    pub hi: String,
}

/// A stage with a one-line meaning, so operators place people the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StageChoice {
    pub id: Stage,
    pub en: String,
    pub hi: String,
    pub meaning_en: String,
    pub meaning_hi: String,
}

/// Every list of the forms.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export, rename = "EntrepreneurLists")]
pub struct Lists {
    pub sector: Vec<Choice>,
    pub education: Vec<Choice>,
    pub stage: Vec<StageChoice>,
    pub loan_source: Vec<Choice>,
}

/// The lists built into the app.
pub fn lists() -> &'static Lists {
    static PARSED: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        // The file is ours and checked by the tests below; a broken one leaves the lists
        // empty, so forms refuse every choice rather than the app failing to start.
        toml::from_str(LISTS).unwrap_or_default()
    })
}

/// Whether `id` is one of `choices`.
pub(crate) fn has(choices: &[Choice], id: &str) -> bool {
    choices.iter().any(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn is_devanagari(c: char) -> bool {
        ('\u{0900}'..='\u{097F}').contains(&c)
    }

    fn check(name: &str, choices: &[Choice], at_least: usize) {
        assert!(
            choices.len() >= at_least,
            "{name}: {} choices",
            choices.len()
        );
        let ids: HashSet<&str> = choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), choices.len(), "{name}: an id is used twice");
        for choice in choices {
            let id_ok = choice
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            assert!(id_ok, "{name}: id {:?}", choice.id);
            assert!(!choice.en.trim().is_empty(), "{name}/{}", choice.id);
            assert!(choice.hi.chars().any(is_devanagari), "{name}/{}", choice.id);
            assert_ne!(choice.en, choice.hi, "{name}/{}", choice.id);
        }
    }

    #[test]
    fn the_lists_are_complete_in_both_languages() {
        let lists = lists();
        check("sector", &lists.sector, 24);
        check("education", &lists.education, 8);
        check("loan_source", &lists.loan_source, 5);
        for wanted in ["dairy", "goat_rearing", "tailoring", "kirana", "other"] {
            assert!(has(&lists.sector, wanted), "{wanted}");
        }
        assert_eq!(lists.sector.last().map(|c| c.id.as_str()), Some("other"));
    }

    #[test]
    fn stages_are_the_programme_path_in_order_with_meanings() {
        let stages = &lists().stage;
        let ids: Vec<Stage> = stages.iter().map(|s| s.id).collect();
        assert_eq!(ids, Stage::ALL);
        for stage in stages {
            assert!(stage.hi.chars().any(is_devanagari), "{:?}", stage.id);
            assert!(
                stage.meaning_hi.chars().any(is_devanagari),
                "{:?}",
                stage.id
            );
            assert!(!stage.meaning_en.is_empty());
        }
    }
}
