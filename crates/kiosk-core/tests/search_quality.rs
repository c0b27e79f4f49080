//! Search quality over real queries (tests/data/search-queries.tsv): every expected
//! scheme must be in the top 3 (`a|b`: any one of these equally right answers). Fails
//! when recall@3 drops below 0.9 in any script or a script has fewer than 50 queries.

#[path = "common/quality.rs"]
mod quality;

use kiosk_core::{catalog, Store};

const MIN_RECALL_AT_3: f64 = 0.9;
const MIN_QUERIES_PER_SCRIPT: usize = 50;

#[test]
fn recall_at_3_is_at_least_0_9_in_every_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    catalog::ensure_current(&store).expect("catalog loads");
    let quality = quality::evaluate(&store);
    let report = quality.report();
    println!("{report}");
    for script in ["deva", "roman", "en"] {
        let score = quality.scripts.get(script);
        let queries = score.map_or(0, |s| s.queries);
        assert!(
            queries >= MIN_QUERIES_PER_SCRIPT,
            "only {queries} {script} queries\n{report}"
        );
        let recall = score.map_or(0.0, quality::ScriptScore::recall_at_3);
        assert!(
            recall >= MIN_RECALL_AT_3,
            "{script} recall@3 {recall:.3}\n{report}"
        );
    }
}
