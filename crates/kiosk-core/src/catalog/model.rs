//! A government scheme as the catalog ships it (one line of `assets/catalog/schemes.jsonl`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Central (Government of India) or state scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Level {
    Central,
    State,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::State => "state",
        }
    }
}

/// An age range in years for one beneficiary group (bounds inclusive, either may be
/// open). Fractional on purpose: some schemes start at 17.5.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgeRange {
    pub min: Option<f32>,
    pub max: Option<f32>,
}

/// Where a scheme's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Source {
    pub name: String,
    pub url: String,
}

/// The full text of a scheme in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SchemeDetail {
    pub benefits: Option<String>,
    pub eligibility: Option<String>,
    pub how_to_apply: Option<String>,
    /// One paper to carry per entry: the checklist's tick boxes.
    pub documents: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Scheme {
    /// myScheme's slug, e.g. `pmmy`.
    pub id: String,
    pub name_en: String,
    pub name_hi: Option<String>,
    pub short_title: Option<String>,
    pub brief_en: Option<String>,
    pub brief_hi: Option<String>,
    pub level: Level,
    /// "All India", "Madhya Pradesh", "Uttar Pradesh", ...
    pub states: Vec<String>,
    pub categories: Vec<String>,
    pub ministry: Option<String>,
    pub tags: Vec<String>,
    pub close_date: Option<String>,
    /// Beneficiary group (`female`, `sc`, `widowed`, ...) to the ages it covers.
    pub age: BTreeMap<String, AgeRange>,
    /// Benefits, eligibility, documents and how to apply, where the source has them.
    #[serde(default)]
    pub detail_en: Option<SchemeDetail>,
    /// The same in Hindi, where we have written it.
    #[serde(default)]
    pub detail_hi: Option<SchemeDetail>,
    pub source: Source,
    /// The day the facts were last checked against the source (YYYY-MM-DD).
    pub last_verified: String,
}
