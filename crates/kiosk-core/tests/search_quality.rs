//! Search quality over real queries (tests/data/search-queries.tsv): every expected
//! scheme must be in the top 3 (`a|b`: any one of these equally right answers). Fails when recall@3 drops below 0.9 overall or in any
//! script, and prints recall@3 and MRR per script.

use std::collections::BTreeMap;

use kiosk_core::catalog::{self, Filters};
use kiosk_core::Store;

const MIN_RECALL_AT_3: f64 = 0.9;

struct Case {
    script: String,
    query: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    include_str!("data/search-queries.tsv")
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(columns.len(), 3, "bad line: {line:?}");
            Case {
                script: columns[0].to_string(),
                query: columns[1].to_string(),
                expected: columns[2]
                    .split(',')
                    .map(|id| id.trim().to_string())
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn recall_at_3_is_at_least_0_9() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");

    // script -> (expected ids found in top 3, expected ids, reciprocal ranks, queries)
    let mut totals: BTreeMap<String, (usize, usize, f64, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in cases() {
        let results = catalog::search(&store, &case.query, &Filters::default(), None, 10)
            .expect("search never fails");
        let ranked: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        let entry = totals.entry(case.script.clone()).or_default();
        for id in &case.expected {
            let rank = id
                .split('|')
                .filter_map(|one| ranked.iter().position(|r| r == &one))
                .min();
            entry.1 += 1;
            if rank.is_some_and(|r| r < 3) {
                entry.0 += 1;
            } else {
                misses.push(format!(
                    "{} {:?}: {id} at {rank:?}, top 3 {:?}",
                    case.script,
                    case.query,
                    &ranked[..ranked.len().min(3)]
                ));
            }
            entry.2 += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        }
        entry.3 += 1;
    }
    let mut report = String::new();
    let (mut found, mut expected) = (0, 0);
    for (script, (hit, all, reciprocal, queries)) in &totals {
        found += hit;
        expected += all;
        report.push_str(&format!(
            "{script}: {queries} queries, recall@3 {:.3}, MRR {:.3}\n",
            *hit as f64 / *all as f64,
            reciprocal / *all as f64
        ));
    }
    let recall = found as f64 / expected as f64;
    println!(
        "{report}overall recall@3 {recall:.3}\nmisses:\n{}",
        misses.join("\n")
    );
    for script in ["deva", "roman", "en"] {
        let queries = totals.get(script).map_or(0, |t| t.3);
        assert!(
            queries >= 50,
            "only {queries} {script} queries: the set needs at least 50 each"
        );
    }
    for (script, (hit, all, _, _)) in &totals {
        assert!(
            *hit as f64 / *all as f64 >= MIN_RECALL_AT_3,
            "{script} recall@3 below {MIN_RECALL_AT_3}\n{report}{}",
            misses.join("\n")
        );
    }
}
