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

/// Papers to carry, under an optional heading ("Also for Kishore and Tarun loans").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PaperGroup {
    pub heading: Option<String>,
    /// One paper per entry: the checklist's tick boxes.
    pub items: Vec<String>,
}

/// The full text of a scheme in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SchemeDetail {
    pub benefits: Option<String>,
    pub eligibility: Option<String>,
    pub how_to_apply: Option<String>,
    /// The office, bank or portal where the form goes.
    #[serde(default)]
    pub where_to_apply: Option<String>,
    #[serde(default)]
    pub helpline: Option<String>,
    pub documents: Vec<PaperGroup>,
}

impl SchemeDetail {
    /// Every paper to carry, in order, whatever its group.
    pub fn papers(&self) -> impl Iterator<Item = &str> {
        self.documents
            .iter()
            .flat_map(|g| g.items.iter().map(String::as_str))
    }
}

/// Where a person lives, as schemes limit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Residence {
    Rural,
    Urban,
}

/// The work a scheme is limited to (see docs/catalog-detail.md for what each covers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Occupation {
    Farmer,
    Livestock,
    Fisher,
    Labourer,
    ConstructionWorker,
    Artisan,
    StreetVendor,
    Business,
    HealthWorker,
    SafaiKaramchari,
    ExServiceman,
    Sportsperson,
    Journalist,
    Unemployed,
}

impl Occupation {
    pub const ALL: [Occupation; 14] = [
        Occupation::Farmer,
        Occupation::Livestock,
        Occupation::Fisher,
        Occupation::Labourer,
        Occupation::ConstructionWorker,
        Occupation::Artisan,
        Occupation::StreetVendor,
        Occupation::Business,
        Occupation::HealthWorker,
        Occupation::SafaiKaramchari,
        Occupation::ExServiceman,
        Occupation::Sportsperson,
        Occupation::Journalist,
        Occupation::Unemployed,
    ];

    /// The key used in the catalog, the CLI and message ids (`farmer`, `street_vendor`).
    pub fn key(self) -> &'static str {
        match self {
            Occupation::Farmer => "farmer",
            Occupation::Livestock => "livestock",
            Occupation::Fisher => "fisher",
            Occupation::Labourer => "labourer",
            Occupation::ConstructionWorker => "construction_worker",
            Occupation::Artisan => "artisan",
            Occupation::StreetVendor => "street_vendor",
            Occupation::Business => "business",
            Occupation::HealthWorker => "health_worker",
            Occupation::SafaiKaramchari => "safai_karamchari",
            Occupation::ExServiceman => "ex_serviceman",
            Occupation::Sportsperson => "sportsperson",
            Occupation::Journalist => "journalist",
            Occupation::Unemployed => "unemployed",
        }
    }
}

/// Who a scheme is limited to beyond its age groups; the defaults limit nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct SchemeRules {
    pub residence: Option<Residence>,
    /// Only people doing one of these; empty means any work.
    pub occupations: Vec<Occupation>,
    /// Only families with a BPL (below poverty line) card.
    pub bpl_card: bool,
    pub students_only: bool,
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
    /// Residence, work, BPL card and student rules, where the catalog knows them.
    #[serde(default)]
    pub rules: SchemeRules,
    /// Benefits, eligibility, how and where to apply, papers: our own plain text for the
    /// schemes that matter most (assets/catalog/detail/), else the source's.
    #[serde(default)]
    pub detail_en: Option<SchemeDetail>,
    /// The same in Hindi, where we have written it.
    #[serde(default)]
    pub detail_hi: Option<SchemeDetail>,
    pub source: Source,
    /// The day the facts were last checked against the source (YYYY-MM-DD).
    pub last_verified: String,
}
