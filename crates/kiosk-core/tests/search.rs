//! Scheme search over the shipped catalog, in a real SQLite file.

use kiosk_core::catalog::{self, Filters, Level, SearchHint};
use kiosk_core::Store;

fn catalog() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");
    (dir, store)
}

fn top(store: &Store, query: &str, n: usize) -> Vec<String> {
    catalog::search(store, query, &Filters::default(), None, n)
        .expect("search never fails")
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn finds_well_known_schemes_by_their_names() {
    let (_dir, store) = catalog();
    for (query, id) in [
        ("mudra", "pmmy"),
        ("pradhan mantri mudra yojana", "pmmy"),
        ("svanidhi", "pm-svanidhi"),
        ("PM Vishwakarma", "pmv"),
        ("stand up india", "sui"),
    ] {
        let hits = top(&store, query, 3);
        assert!(hits.iter().any(|h| h == id), "{query}: {hits:?}");
    }
}

#[test]
fn romanised_misspelt_and_synonym_queries_find_schemes() {
    let (_dir, store) = catalog();
    for (query, id) in [
        ("mudhra", "pmmy"),
        ("karz mudra", "pmmy"),
        ("mudra loan", "pmmy"),
    ] {
        let hits = top(&store, query, 3);
        assert!(hits.iter().any(|h| h == id), "{query}: {hits:?}");
    }
}

#[test]
fn the_kiosk_state_lifts_its_own_schemes() {
    let (_dir, store) = catalog();
    let filters = Filters::default();
    let plain = catalog::search(&store, "mukhyamantri", &filters, None, 20).expect("search");
    let mp = catalog::search(&store, "mukhyamantri", &filters, Some("Madhya Pradesh"), 20)
        .expect("search");
    assert!(!plain.hits.is_empty());
    let in_mp = |id: &str| {
        store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM scheme_states WHERE scheme_id = ?1 AND state = 'Madhya Pradesh'",
                    [id],
                    |r| r.get::<_, i64>(0),
                )?)
            })
            .expect("query")
            > 0
    };
    let share = |hits: &[catalog::SchemeHit]| hits.iter().take(10).filter(|h| in_mp(&h.id)).count();
    assert!(
        share(&mp.hits) >= share(&plain.hits),
        "boost made MP schemes rarer"
    );
    assert!(
        in_mp(&mp.hits[0].id),
        "first hit {} is not an MP scheme",
        mp.hits[0].id
    );
}

#[test]
fn filters_narrow_the_results() {
    let (_dir, store) = catalog();
    let central = Filters {
        level: Some(Level::Central),
        ..Filters::default()
    };
    let hits = catalog::search(&store, "loan", &central, None, 50)
        .expect("search")
        .hits;
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.level == Level::Central));
    let up = Filters {
        state: Some("Uttar Pradesh".into()),
        level: Some(Level::State),
        ..Filters::default()
    };
    let hits = catalog::search(&store, "yojana", &up, None, 50)
        .expect("search")
        .hits;
    assert!(!hits.is_empty());
    for hit in &hits {
        let scheme = catalog::get(&store, &hit.id).expect("get").expect("exists");
        assert!(
            scheme.states.iter().any(|s| s == "Uttar Pradesh"),
            "{}",
            hit.id
        );
    }
}

#[test]
fn subject_and_group_filters_keep_only_matching_schemes() {
    let (_dir, store) = catalog();
    let business = Filters {
        category: Some("Business & Entrepreneurship".into()),
        ..Filters::default()
    };
    let hits = catalog::search(&store, "loan", &business, None, 50)
        .expect("search")
        .hits;
    assert!(
        hits.iter().any(|h| h.id == "pmegp"),
        "PMEGP is a business scheme"
    );
    for hit in &hits {
        let scheme = catalog::get(&store, &hit.id).expect("get").expect("exists");
        assert!(
            scheme
                .categories
                .iter()
                .any(|c| c == "Business & Entrepreneurship"),
            "{}",
            hit.id
        );
    }
    // "For widows" lists widows' pensions, not schemes open to everyone that also
    // happen to list widows among their groups.
    let widows = Filters {
        group: Some("widowed".into()),
        ..Filters::default()
    };
    let hits = catalog::search(&store, "pension", &widows, None, 50)
        .expect("search")
        .hits;
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert!(ids.contains(&"ignwpsmp"), "{ids:?}");
    assert!(ids.contains(&"ignwps"), "{ids:?}");
    assert!(
        !ids.contains(&"apy"),
        "Atal Pension is open to all: {ids:?}"
    );
    for hit in &hits {
        let scheme = catalog::get(&store, &hit.id).expect("get").expect("exists");
        assert!(scheme.age.contains_key("widowed"), "{}", hit.id);
    }
}

#[test]
fn empty_and_meaningless_queries_give_a_hint_not_an_error() {
    let (_dir, store) = catalog();
    for query in ["", "   ", "\n\t", "!!!", "the for a"] {
        let results =
            catalog::search(&store, query, &Filters::default(), None, 10).expect("search");
        assert!(results.hits.is_empty(), "{query:?}");
        assert_eq!(results.hint, Some(SearchHint::EmptyQuery), "{query:?}");
    }
    let none =
        catalog::search(&store, "qqqqzzzzxxxx", &Filters::default(), None, 10).expect("search");
    assert_eq!(none.hint, Some(SearchHint::NoMatch));
}

mod any_input {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn shared() -> &'static Store {
        static STORE: OnceLock<(tempfile::TempDir, Store)> = OnceLock::new();
        &STORE.get_or_init(catalog).1
    }

    #[test]
    fn fts_syntax_and_odd_text_are_harmless() {
        let long = "loan ".repeat(2_000);
        for query in [
            "\"",
            "\"\"",
            "'",
            "-",
            ":",
            "*",
            "^",
            "(",
            ")",
            "NOT",
            "AND OR NEAR",
            "mudra OR",
            "name: loan",
            "loan -pension",
            "\"unclosed",
            "₹10,000",
            "₹ 10,000 loan",
            "🐄 loan 🐐",
            "a\0b",
            long.as_str(),
            "ऋण\u{200D}",
            "{}[]",
            "%_",
            "; DROP TABLE schemes;",
        ] {
            catalog::search(
                shared(),
                query,
                &Filters::default(),
                Some("Madhya Pradesh"),
                10,
            )
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn no_input_makes_search_fail(query in "\\PC{0,80}") {
            let results = catalog::search(shared(), &query, &Filters::default(), None, 5);
            prop_assert!(results.is_ok(), "{query:?}: {results:?}");
        }
    }
}
