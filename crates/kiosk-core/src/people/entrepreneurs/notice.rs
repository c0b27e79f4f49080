//! The consent notice (`assets/people/consent-notice.toml`): what is collected, why,
//! who sees it, how long it is kept and how to withdraw, in both languages. A record
//! is saved only with consent to the current version.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

const NOTICE: &str = include_str!("../../../../../assets/people/consent-notice.toml");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentNoticeSection {
    pub heading: String,
    pub body: String,
}

/// The notice in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentNoticeText {
    pub title: String,
    pub sections: Vec<ConsentNoticeSection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentNotice {
    /// Raised whenever the meaning changes; consent is recorded against it.
    pub version: u32,
    pub en: ConsentNoticeText,
    pub hi: ConsentNoticeText,
}

/// The notice built into the app.
pub fn notice() -> &'static ConsentNotice {
    static PARSED: std::sync::OnceLock<ConsentNotice> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        // Checked by the tests below. A broken file gives version 0, which no form can
        // consent to, so nothing is saved without a notice the person heard.
        toml::from_str(NOTICE).unwrap_or_default()
    })
}

/// The version consented to, if it is the current notice's.
pub(crate) fn check(consent_version: Option<u32>) -> Result<u32> {
    let current = notice().version;
    match consent_version {
        Some(version) if version == current && current > 0 => Ok(version),
        _ => Err(Error::ConsentMissing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &ConsentNoticeText) -> usize {
        let all = std::iter::once(&text.title)
            .chain(text.sections.iter().flat_map(|s| [&s.heading, &s.body]));
        all.map(|t| t.split_whitespace().count()).sum()
    }

    #[test]
    fn the_notice_is_short_and_in_both_languages() {
        let notice = notice();
        assert!(notice.version >= 1);
        for (lang, text) in [("en", &notice.en), ("hi", &notice.hi)] {
            assert!(!text.title.is_empty(), "{lang}");
            assert!(
                text.sections.len() >= 6,
                "{lang}: {} sections",
                text.sections.len()
            );
            assert!(words(text) <= 250, "{lang}: {} words", words(text));
        }
        assert_eq!(notice.en.sections.len(), notice.hi.sections.len());
        let devanagari = |c: char| ('\u{0900}'..='\u{097F}').contains(&c);
        for section in &notice.hi.sections {
            assert!(section.body.chars().any(devanagari), "{}", section.heading);
        }
    }

    #[test]
    fn the_notice_says_what_the_issue_asks() {
        let en = &notice().en;
        let text: String = en
            .sections
            .iter()
            .map(|s| format!("{} {} ", s.heading, s.body))
            .collect::<String>()
            .to_lowercase();
        for needed in [
            "head office",
            "never sold",
            "erased",
            "last 4 digits",
            "say no",
        ] {
            assert!(text.contains(needed), "notice does not mention {needed:?}");
        }
    }

    #[test]
    fn only_the_current_version_is_consent() {
        let current = notice().version;
        assert_eq!(check(Some(current)).ok(), Some(current));
        assert!(matches!(check(None), Err(Error::ConsentMissing)));
        assert!(matches!(
            check(Some(current + 1)),
            Err(Error::ConsentMissing)
        ));
        assert!(matches!(check(Some(0)), Err(Error::ConsentMissing)));
    }
}
