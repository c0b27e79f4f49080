//! The scheme catalog. It ships inside the binary (`assets/catalog/`, built by
//! `scripts/catalog/build.py`) and is loaded into SQLite on first start and whenever
//! the shipped version changes, in one transaction: a bad catalog leaves the old one.

pub mod checklist;
pub mod eligibility;
pub mod model;
pub mod normalize;
pub mod search;
mod store;
pub mod synonyms;

use serde::Deserialize;

pub use model::{
    AgeRange, Level, Occupation, PaperGroup, Residence, Scheme, SchemeDetail, SchemeRules, Source,
};
pub use search::{Filters, SchemeHit, SearchHint, SearchResults};
use synonyms::Synonyms;

use crate::error::{Error, Result};
use crate::settings;
use crate::Store;

const SHIPPED_SCHEMES: &str = include_str!("../../../../assets/catalog/schemes.jsonl");
const SHIPPED_META: &str = include_str!("../../../../assets/catalog/meta.json");
/// Bump whenever normalisation or indexing changes, so that stored indexes are rebuilt
/// even when the catalog's content did not change.
const INDEX_FORMAT: u32 = 4;

/// A catalog as text: its version and one JSON scheme per line.
#[derive(Debug, Clone, Copy)]
pub struct CatalogText<'a> {
    pub version: &'a str,
    pub schemes: &'a str,
}

#[derive(Debug, Deserialize)]
struct Meta {
    version: String,
}

/// The catalog built into this binary.
pub fn shipped() -> Result<CatalogText<'static>> {
    static VERSION: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    let version = VERSION.get_or_init(|| {
        serde_json::from_str::<Meta>(SHIPPED_META)
            .map(|meta| format!("{}.index{INDEX_FORMAT}", meta.version))
            .map_err(|e| e.to_string())
    });
    match version {
        Ok(version) => Ok(CatalogText {
            version,
            schemes: SHIPPED_SCHEMES,
        }),
        Err(detail) => Err(Error::CatalogInvalid {
            line: 0,
            detail: format!("meta.json: {detail}"),
        }),
    }
}

/// What [`ensure_current`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loaded {
    /// The stored catalog already had this version; nothing was written.
    AlreadyCurrent,
    /// The catalog was (re)loaded with this many schemes.
    Replaced(usize),
}

/// Makes the stored catalog the shipped one, if it is not already.
pub fn ensure_current(store: &Store) -> Result<Loaded> {
    ensure(store, shipped()?)
}

/// Loads `catalog` unless the store already holds its version. All or nothing.
pub fn ensure(store: &Store, catalog: CatalogText<'_>) -> Result<Loaded> {
    if store.read(settings::catalog_version)?.as_deref() == Some(catalog.version) {
        return Ok(Loaded::AlreadyCurrent);
    }
    store.write(|tx| {
        store::clear(tx)?;
        let mut count = 0;
        for (index, line) in catalog.schemes.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let scheme = parse_line(index + 1, line)?;
            store::insert(tx, &scheme, line).map_err(|e| Error::CatalogInvalid {
                line: index + 1,
                detail: format!("{}: {e}", scheme.id),
            })?;
            count += 1;
        }
        store::list_words(tx)?;
        settings::set_catalog_version(tx, catalog.version)?;
        Ok(Loaded::Replaced(count))
    })
}

fn parse_line(line: usize, text: &str) -> Result<Scheme> {
    serde_json::from_str(text).map_err(|e| Error::CatalogInvalid {
        line,
        detail: e.to_string(),
    })
}

/// The scheme with myScheme slug `id`.
pub fn get(store: &Store, id: &str) -> Result<Option<Scheme>> {
    let Some(record) = store.read(|conn| store::record(conn, id))? else {
        return Ok(None);
    };
    parse_line(0, &record).map(Some)
}

/// Searches the stored catalog for what was typed, best first. Odd input (FTS syntax,
/// symbols, emoji, very long text) gives results or an empty list, never an error.
pub fn search(
    store: &Store,
    query: &str,
    filters: &Filters,
    kiosk_state: Option<&str>,
    limit: usize,
) -> Result<SearchResults> {
    static SYNONYMS: std::sync::OnceLock<Synonyms> = std::sync::OnceLock::new();
    let synonyms = SYNONYMS.get_or_init(Synonyms::shipped);
    store.read(|conn| search::search(conn, synonyms, query, filters, kiosk_state, limit))
}

/// Every scheme that fits or may fit `profile`, best first: schemes that fit before
/// those that may, and among them the ones made for fewer people (a scheme for widows
/// in the villager's state, or for street vendors, before one open to everyone in India).
pub fn eligible(
    store: &Store,
    profile: &eligibility::Profile,
    localizer: &crate::Localizer,
    lang: crate::Language,
) -> Result<Vec<(Scheme, eligibility::Verdict)>> {
    let records = store.read(store::all_records)?;
    let mut found = Vec::new();
    for record in records {
        let scheme = parse_line(0, &record)?;
        let verdict = eligibility::assess(&scheme, profile, localizer, lang);
        if verdict.fit != eligibility::Fit::No {
            found.push((scheme, verdict));
        }
    }
    found.sort_by_key(|(scheme, verdict)| {
        (
            verdict.fit != eligibility::Fit::Fits,
            std::cmp::Reverse(narrowness(scheme)),
            scheme.age.len(),
            scheme.id.clone(),
        )
    });
    Ok(found)
}

/// How narrowly a scheme is made: first how many of the villager's own circumstances it
/// asks about (where they live, their work, a BPL card, studies), then whether it is for
/// their state only. A scheme that fits despite more limits was made for people like the
/// villager, so the finder lists it earlier.
fn narrowness(scheme: &Scheme) -> (usize, bool) {
    let rules = &scheme.rules;
    let circumstances = [
        rules.residence.is_some(),
        !rules.occupations.is_empty(),
        rules.bpl_card,
        rules.students_only,
    ]
    .into_iter()
    .filter(|limit| *limit)
    .count();
    (
        circumstances,
        !scheme.states.iter().any(|s| s == "All India"),
    )
}

/// The subjects schemes are filed under (for the Schemes screen's filter), most used first.
pub fn categories(store: &Store) -> Result<Vec<String>> {
    store.read(store::categories)
}

/// The id of every scheme in the stored catalog (course packs link to them).
pub fn ids(store: &Store) -> Result<std::collections::BTreeSet<String>> {
    store.read(store::ids)
}

/// How many schemes the stored catalog holds.
pub fn count(store: &Store) -> Result<i64> {
    store.read(store::count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        (dir, store)
    }

    #[test]
    fn the_shipped_catalog_loads_once() {
        let (_dir, store) = open();
        let Loaded::Replaced(count) = ensure_current(&store).expect("loads") else {
            panic!("a new store had a catalog already");
        };
        assert!(count > 700, "only {count} schemes shipped");
        assert_eq!(count as i64, super::count(&store).expect("count"));
        assert_eq!(
            ensure_current(&store).expect("again"),
            Loaded::AlreadyCurrent
        );
    }

    #[test]
    fn shipped_schemes_have_ids_names_sources_and_dates() {
        let (_dir, store) = open();
        ensure_current(&store).expect("loads");
        let mudra = get(&store, "pmmy")
            .expect("reads")
            .expect("Mudra is in the catalog");
        assert_eq!(mudra.level, Level::Central);
        assert!(mudra.name_en.contains("Mudra"), "{}", mudra.name_en);
        assert!(mudra.source.url.ends_with("/pmmy"));
        assert_eq!(mudra.last_verified.len(), 10);
        assert!(mudra.states.iter().any(|s| s == "All India"));
        assert_eq!(mudra.name_hi.as_deref(), Some("प्रधानमंत्री मुद्रा योजना"));
        let detail = mudra.detail_en.expect("Mudra's full text is shipped");
        assert!(detail.papers().any(|d| d.starts_with("Aadhaar card")));
        assert!(detail.benefits.is_some_and(|b| b.contains("Shishu")));
        assert!(detail.where_to_apply.is_some_and(|w| w.contains("bank")));
        let hindi = mudra.detail_hi.expect("Mudra's Hindi text is shipped");
        assert!(hindi.benefits.is_some_and(|b| b.contains("शिशु")));
        assert_eq!(
            hindi.documents[1].heading.as_deref(),
            Some("किशोर और तरुण लोन के लिए यह भी")
        );
        assert!(mudra.rules.occupations.contains(&Occupation::Business));
        assert!(mudra
            .brief_hi
            .as_deref()
            .is_some_and(|b| b.contains("₹10 लाख")));
        assert_eq!(get(&store, "no-such-scheme").expect("reads"), None);
    }

    #[test]
    fn the_word_list_follows_the_loaded_catalog() {
        let (_dir, store) = open();
        let words = |store: &Store| -> (i64, i64) {
            store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT count(*) FROM scheme_words),
                                (SELECT count(*) FROM scheme_search_vocab)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )?)
                })
                .expect("counts")
        };
        ensure_current(&store).expect("loads");
        let (listed, indexed) = words(&store);
        assert!(listed > 1000, "only {listed} words listed");
        assert_eq!(listed, indexed);
        ensure(
            &store,
            CatalogText {
                version: "v1",
                schemes: GOOD,
            },
        )
        .expect("replaced");
        let (listed, indexed) = words(&store);
        assert_eq!(listed, indexed, "words of the old catalog left over");
        assert!(listed < 20, "{listed}");
    }

    #[test]
    fn subjects_are_listed_most_used_first() {
        let (_dir, store) = open();
        ensure_current(&store).expect("loads");
        let subjects = categories(&store).expect("reads");
        assert_eq!(
            subjects.first().map(String::as_str),
            Some("Education & Learning")
        );
        assert!(subjects.iter().any(|s| s == "Business & Entrepreneurship"));
    }

    #[test]
    fn every_shipped_scheme_has_a_hindi_name_and_brief() {
        let (_dir, store) = open();
        ensure_current(&store).expect("loads");
        let deva = |t: &str| t.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
        let missing: Vec<String> = store
            .read(store::all_records)
            .expect("reads")
            .iter()
            .map(|r| parse_line(0, r).expect("parses"))
            .filter(|s| {
                !s.name_hi.as_deref().is_some_and(deva) || !s.brief_hi.as_deref().is_some_and(deva)
            })
            .map(|s| s.id)
            .collect();
        assert!(
            missing.is_empty(),
            "no Hindi for {} schemes: {:?}",
            missing.len(),
            &missing[..missing.len().min(10)]
        );
    }

    #[test]
    fn the_programme_schemes_have_full_text_in_both_languages() {
        let (_dir, store) = open();
        ensure_current(&store).expect("loads");
        let schemes: Vec<Scheme> = store
            .read(store::all_records)
            .expect("reads")
            .iter()
            .map(|r| parse_line(0, r).expect("parses"))
            .collect();
        let full: Vec<&Scheme> = schemes.iter().filter(|s| s.detail_hi.is_some()).collect();
        assert!(
            full.len() >= 60,
            "only {} schemes in full Hindi",
            full.len()
        );
        for scheme in full {
            for detail in [scheme.detail_en.as_ref(), scheme.detail_hi.as_ref()] {
                let detail = detail.unwrap_or_else(|| panic!("{}: one language only", scheme.id));
                assert!(
                    detail.benefits.is_some()
                        && detail.eligibility.is_some()
                        && detail.how_to_apply.is_some()
                        && detail.where_to_apply.is_some()
                        && detail.papers().next().is_some(),
                    "{}: a section is missing",
                    scheme.id
                );
            }
        }
        for id in [
            "pmmy",
            "pmegp",
            "sui",
            "pm-svanidhi",
            "pmv",
            "kcc",
            "day-nrlm",
            "pmkvy-stt",
            "ddugku",
            "pmjdy",
            "pmsby",
            "pmjjby",
            "apy",
            "pmfby",
            "nsap-ignoaps",
            "ignwps",
            "pm-kisan",
            "pmay-g",
            "pmuy",
            "ab-pmjay",
            "pmmvy",
            "cmlby",
            "lly",
            "ksy",
        ] {
            let scheme = schemes.iter().find(|s| s.id == id).expect("in the catalog");
            assert!(scheme.detail_hi.is_some(), "{id} has no Hindi detail");
        }
    }

    #[test]
    fn every_shipped_scheme_is_in_scope() {
        let (_dir, store) = open();
        ensure_current(&store).expect("loads");
        let out_of_scope: i64 = store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM schemes s WHERE NOT EXISTS (
                         SELECT 1 FROM scheme_states t WHERE t.scheme_id = s.id
                         AND t.state IN ('All India', 'Madhya Pradesh', 'Uttar Pradesh'))",
                    [],
                    |r| r.get(0),
                )?)
            })
            .expect("query");
        assert_eq!(out_of_scope, 0);
    }

    const GOOD: &str = r#"{"age":{},"brief_en":"b","brief_hi":"ब","categories":["Banking"],"close_date":null,"id":"one","last_verified":"2026-11-22","level":"central","ministry":null,"name_en":"One","name_hi":"एक","short_title":null,"source":{"name":"myScheme","url":"u/one"},"states":["All India"],"tags":[]}"#;

    #[test]
    fn a_bad_catalog_leaves_the_old_one_in_place() {
        let (_dir, store) = open();
        ensure(
            &store,
            CatalogText {
                version: "v1",
                schemes: GOOD,
            },
        )
        .expect("v1 loads");
        let broken = format!(
            "{}\n{{\"id\": \"two\", \"oops\": 1}}\n",
            GOOD.replace("\"one\"", "\"three\"")
        );
        let error = ensure(
            &store,
            CatalogText {
                version: "v2",
                schemes: &broken,
            },
        )
        .expect_err("refused");
        assert!(
            matches!(error, Error::CatalogInvalid { line: 2, .. }),
            "{error}"
        );
        assert_eq!(count(&store).expect("count"), 1);
        assert!(
            get(&store, "one").expect("reads").is_some(),
            "old catalog gone"
        );
        assert!(
            get(&store, "three").expect("reads").is_none(),
            "half of v2 kept"
        );
        assert_eq!(
            store
                .read(settings::catalog_version)
                .expect("version")
                .as_deref(),
            Some("v1")
        );
    }

    #[test]
    fn a_duplicate_id_is_refused_with_its_line() {
        let (_dir, store) = open();
        let twice = format!("{GOOD}\n{GOOD}\n");
        let error = ensure(
            &store,
            CatalogText {
                version: "v1",
                schemes: &twice,
            },
        )
        .expect_err("refused");
        assert!(
            matches!(error, Error::CatalogInvalid { line: 2, .. }),
            "{error}"
        );
        assert_eq!(count(&store).expect("count"), 0);
    }

    #[test]
    fn reloading_leaves_user_settings_alone() {
        let (_dir, store) = open();
        store
            .write(|tx| settings::set_language(tx, crate::Language::En))
            .expect("saved");
        ensure(
            &store,
            CatalogText {
                version: "v1",
                schemes: GOOD,
            },
        )
        .expect("loads");
        ensure_current(&store).expect("replaced by the shipped one");
        assert_eq!(
            store.read(settings::language).expect("reads"),
            crate::Language::En
        );
        assert!(
            get(&store, "one").expect("reads").is_none(),
            "v1 scheme left over"
        );
    }
}
