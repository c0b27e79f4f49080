//! Scores search against the real queries in tests/data/search-queries.tsv: recall@3 and
//! MRR per script. Shared by the quality test and the search bench (included by path).

use std::collections::BTreeMap;

use kiosk_core::catalog::{self, Filters};
use kiosk_core::Store;

/// How one script (deva, roman, en) did.
#[derive(Debug, Default)]
pub struct ScriptScore {
    pub queries: usize,
    /// Expected schemes (an `a|b` alternative counts once).
    pub expected: usize,
    pub in_top_3: usize,
    pub reciprocal_ranks: f64,
}

impl ScriptScore {
    pub fn recall_at_3(&self) -> f64 {
        self.in_top_3 as f64 / self.expected.max(1) as f64
    }

    pub fn mrr(&self) -> f64 {
        self.reciprocal_ranks / self.expected.max(1) as f64
    }
}

#[derive(Debug, Default)]
pub struct Quality {
    pub scripts: BTreeMap<String, ScriptScore>,
    /// One line per expected scheme that was not in the top 3.
    pub misses: Vec<String>,
}

impl Quality {
    pub fn report(&self) -> String {
        let mut report = String::new();
        for (script, score) in &self.scripts {
            report.push_str(&format!(
                "{script}: {} queries, recall@3 {:.3}, MRR {:.3}\n",
                score.queries,
                score.recall_at_3(),
                score.mrr()
            ));
        }
        report.push_str(&format!("misses:\n{}\n", self.misses.join("\n")));
        report
    }
}

/// Runs every query of the set against `store`.
pub fn evaluate(store: &Store) -> Quality {
    let mut quality = Quality::default();
    for line in include_str!("../data/search-queries.tsv").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 3, "bad line: {line:?}");
        let (script, query) = (columns[0], columns[1]);
        let results = catalog::search(store, query, &Filters::default(), None, 10)
            .expect("search never fails");
        let ranked: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        let score = quality.scripts.entry(script.to_string()).or_default();
        score.queries += 1;
        for expected in columns[2].split(',').map(str::trim) {
            let rank = expected
                .split('|')
                .filter_map(|id| ranked.iter().position(|r| *r == id))
                .min();
            score.expected += 1;
            score.reciprocal_ranks += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
            if rank.is_some_and(|r| r < 3) {
                score.in_top_3 += 1;
            } else {
                quality.misses.push(format!(
                    "{script} {query:?}: {expected} at {rank:?}, top 3 {:?}",
                    &ranked[..ranked.len().min(3)]
                ));
            }
        }
    }
    quality
}
