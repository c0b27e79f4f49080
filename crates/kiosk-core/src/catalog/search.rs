//! Scheme search in villagers' own words. Catalog text and queries go through the same
//! normalisation; each query word becomes a set of alternatives (its stem, its sound
//! key, its synonyms, near spellings of longer words) that are quoted for FTS5, so no
//! input is ever read as query syntax. Ranking is bm25 with name > short title > tags >
//! description, lifted for schemes of the kiosk's own state.

use std::collections::BTreeSet;

use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::normalize::{normalize, phonetic_key, stem, tokens};
use super::synonyms::Synonyms;
use super::Level;
use crate::error::Result;

/// Query words beyond this many are ignored (a pasted page is not a question).
const MAX_QUERY_WORDS: usize = 12;
/// Words at least this long may match an indexed word one edit away.
const TYPO_MIN_CHARS: usize = 5;
/// Column weights for bm25: id (unindexed), name, short title, tags, body.
const RANK: &str = "bm25(scheme_search, 0.0, 10.0, 6.0, 3.0, 1.0)";
/// A scheme of the kiosk's own state ranks as if it matched this much better.
const STATE_BOOST: f64 = 1.25;
/// How much a match on a synonym counts against a match on the word as typed.
const SYNONYM_WEIGHT: f64 = 0.4;
/// How many schemes each of the two queries may bring before ranking.
const CANDIDATES: usize = 200;

/// Words that carry no meaning for finding a scheme.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "for",
    "from",
    "i",
    "in",
    "is",
    "me",
    "my",
    "of",
    "on",
    "the",
    "to",
    "want",
    "with",
    "need",
    "get",
    "ke",
    "ki",
    "ka",
    "ko",
    "se",
    "me",
    "hai",
    "chahiye",
    "के",
    "कि",
    "का",
    "को",
    "से",
    "में",
    "मे",
    "है",
    "और",
    "लिए",
    "चाहिए",
    "मुझे",
    "हमें",
];

/// What the villager or operator narrowed the search to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(default)]
#[ts(export, rename = "SchemeFilters")]
pub struct Filters {
    pub level: Option<Level>,
    /// Only schemes open to this state (schemes for "All India" always are).
    pub state: Option<String>,
    pub category: Option<String>,
    /// Only schemes made for this beneficiary group (`female`, `sc`, `widowed`, `pwd`, ...):
    /// the group has an age rule and the scheme is not open to every caste or both genders.
    pub group: Option<String>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SchemeHit {
    pub id: String,
    pub name_en: String,
    pub name_hi: Option<String>,
    pub level: Level,
    /// Higher is better; only meaningful within one search.
    pub score: f64,
}

/// Why a search gave nothing, so the UI can say something helpful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SearchHint {
    /// Nothing searchable was typed.
    EmptyQuery,
    /// Words were typed, but no scheme matched them.
    NoMatch,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchResults {
    pub hits: Vec<SchemeHit>,
    pub hint: Option<SearchHint>,
}

/// The words written into the index for one piece of catalog text.
pub fn index_words(text: &str) -> String {
    let normalized = normalize(text);
    let mut words = Vec::new();
    for token in tokens(&normalized) {
        let stemmed = stem(token);
        words.push(stemmed.to_string());
        // The sound key is taken before stemming, so that योजना and "yojana" meet.
        let key = phonetic_key(token);
        if !key.is_empty() && key != stemmed {
            words.push(key);
        }
    }
    words.join(" ")
}

/// Searches the catalog. Never fails on odd input: the worst case is no results.
///
/// The words as typed (with near spellings) and their synonyms are scored apart and
/// the synonyms count for less, so that a scheme named with the villager's own word
/// ranks above one that merely mentions many words of the same family.
pub fn search(
    conn: &Connection,
    synonyms: &Synonyms,
    query: &str,
    filters: &Filters,
    kiosk_state: Option<&str>,
    limit: usize,
) -> Result<SearchResults> {
    let Some(query) = build_query(conn, synonyms, query)? else {
        return Ok(SearchResults {
            hits: vec![],
            hint: Some(SearchHint::EmptyQuery),
        });
    };
    let mut hits = run(conn, &query.typed, filters, kiosk_state, CANDIDATES)?;
    if let Some(related) = &query.related {
        for related_hit in run(conn, related, filters, kiosk_state, CANDIDATES)? {
            let extra = related_hit.score * SYNONYM_WEIGHT;
            match hits.iter_mut().find(|h| h.id == related_hit.id) {
                Some(hit) => hit.score += extra,
                None => hits.push(SchemeHit {
                    score: extra,
                    ..related_hit
                }),
            }
        }
    }
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    hits.truncate(limit);
    let hint = hits.is_empty().then_some(SearchHint::NoMatch);
    Ok(SearchResults { hits, hint })
}

/// The FTS5 queries for what was typed: the words themselves, and their synonyms.
#[derive(Debug)]
struct Query {
    typed: String,
    related: Option<String>,
}

/// `None` when nothing searchable is left. Every alternative is a quoted string, so
/// FTS5 syntax in the input is inert.
fn build_query(conn: &Connection, synonyms: &Synonyms, query: &str) -> Result<Option<Query>> {
    let normalized = normalize(query);
    let mut words: Vec<&str> = tokens(&normalized)
        .into_iter()
        .filter(|w| !STOPWORDS.contains(w))
        .take(MAX_QUERY_WORDS)
        .collect();
    // "Mudra yojana": almost every scheme is a yojana, so the word finds nothing the other
    // words do not and makes the search score every scheme. It counts only when alone.
    if words.iter().any(|w| !is_generic(w)) {
        words.retain(|w| !is_generic(w));
    }
    let mut typed = BTreeSet::new();
    let mut related = BTreeSet::new();
    for word in words {
        typed.extend(alternatives_of(word));
        typed.extend(near_spellings(conn, word)?);
        for synonym in synonyms.expand(word) {
            related.extend(alternatives_of(&synonym));
        }
    }
    let related: BTreeSet<String> = related.difference(&typed).cloned().collect();
    Ok(match_expression(&typed).map(|typed| Query {
        typed,
        related: match_expression(&related),
    }))
}

/// Words that name almost every scheme (yojana, yojna, योजना, scheme), by sound so that
/// every spelling counts.
fn is_generic(word: &str) -> bool {
    static KEYS: std::sync::OnceLock<[String; 2]> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| [phonetic_key("yojana"), phonetic_key("scheme")]);
    let key = phonetic_key(stem(word));
    keys.contains(&key) || keys.contains(&phonetic_key(word))
}

/// `"a" OR "b" OR ...`, each alternative quoted; `None` for no alternatives.
fn match_expression(alternatives: &BTreeSet<String>) -> Option<String> {
    let quoted: Vec<String> = alternatives
        .iter()
        .map(|a| format!("\"{}\"", a.replace('"', "\"\"")))
        .collect();
    (!quoted.is_empty()).then(|| quoted.join(" OR "))
}

/// The indexed forms of one word: its stem and its sound key.
fn alternatives_of(word: &str) -> BTreeSet<String> {
    let normalized = normalize(word);
    let mut out = BTreeSet::new();
    for token in tokens(&normalized) {
        out.insert(stem(token).to_string());
        let key = phonetic_key(token);
        if !key.is_empty() {
            out.insert(key);
        }
    }
    out
}

/// Indexed words one edit away from a longer query word that is not itself indexed.
fn near_spellings(conn: &Connection, word: &str) -> Result<Vec<String>> {
    let stemmed = stem(word);
    if stemmed.chars().count() < TYPO_MIN_CHARS {
        return Ok(vec![]);
    }
    let mut exact = conn.prepare_cached("SELECT 1 FROM scheme_words WHERE term = ?1")?;
    if exact.exists([stemmed])? {
        return Ok(vec![]);
    }
    let length = stemmed.chars().count() as i64;
    // Only words of about the same length can be one edit away.
    let mut candidates =
        conn.prepare_cached("SELECT term FROM scheme_words WHERE chars BETWEEN ?1 - 1 AND ?1 + 1")?;
    let terms = candidates
        .query_map([length], |row| row.get::<_, String>(0))?
        .filter_map(|term| term.ok())
        .filter(|term| within_one_edit(stemmed, term))
        .take(8)
        .collect();
    Ok(terms)
}

/// True when `a` becomes `b` by one insertion, deletion, substitution or swap of
/// neighbours (Damerau), compared by characters.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return true;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as i64 - rb.len() as i64 {
        0 => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

/// SQL true for a scheme whose age rules cover every caste, or both women and men: one
/// that is open to everyone, whatever group it also lists.
const OPEN_TO_ALL: &str = "(SELECT count(*) FROM json_each(s.record, '$.age')
        WHERE key IN ('general', 'obc', 'sc', 'st', 'ews')) = 5
    OR (SELECT count(*) FROM json_each(s.record, '$.age') WHERE key IN ('female', 'male')) = 2";

fn run(
    conn: &Connection,
    fts_query: &str,
    filters: &Filters,
    kiosk_state: Option<&str>,
    limit: usize,
) -> Result<Vec<SchemeHit>> {
    let mut sql = format!(
        "SELECT s.id, s.name_en, s.name_hi, s.level,
                -{RANK} * CASE WHEN ?2 IS NOT NULL AND EXISTS (
                    SELECT 1 FROM scheme_states t WHERE t.scheme_id = s.id AND t.state = ?2)
                THEN {STATE_BOOST} ELSE 1.0 END AS score
         FROM scheme_search JOIN schemes s ON s.id = scheme_search.id
         WHERE scheme_search MATCH ?1"
    );
    let mut params: Vec<Option<String>> =
        vec![Some(fts_query.to_string()), kiosk_state.map(str::to_string)];
    if let Some(level) = filters.level {
        params.push(Some(level.as_str().to_string()));
        sql.push_str(&format!(" AND s.level = ?{}", params.len()));
    }
    if let Some(state) = &filters.state {
        params.push(Some(state.clone()));
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM scheme_states t WHERE t.scheme_id = s.id
                 AND t.state IN (?{}, 'All India'))",
            params.len()
        ));
    }
    if let Some(category) = &filters.category {
        params.push(Some(category.clone()));
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM scheme_categories c WHERE c.scheme_id = s.id
                 AND c.category = ?{})",
            params.len()
        ));
    }
    if let Some(group) = &filters.group {
        params.push(Some(group.clone()));
        sql.push_str(&format!(
            " AND json_type(s.record, '$.age.' || json_quote(?{})) IS NOT NULL AND NOT ({OPEN_TO_ALL})",
            params.len()
        ));
    }
    params.push(Some(limit.min(200).to_string()));
    sql.push_str(&format!(
        " ORDER BY score DESC, s.id LIMIT ?{}",
        params.len()
    ));

    let mut stmt = conn.prepare_cached(&sql)?;
    let hits = stmt
        .query_map(params_from_iter(params.iter()), |row| {
            let level: String = row.get(3)?;
            Ok(SchemeHit {
                id: row.get(0)?,
                name_en: row.get(1)?,
                name_hi: row.get(2)?,
                level: if level == "central" {
                    Level::Central
                } else {
                    Level::State
                },
                score: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_is_recognised_and_two_are_not() {
        for (a, b) in [
            ("pension", "pension"),
            ("pension", "pensoin"),
            ("pension", "penson"),
            ("pension", "pensions"),
            ("pension", "pansion"),
            ("योजना", "योजाना"),
        ] {
            assert!(within_one_edit(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("pension", "pnsoin"),
            ("pension", "mansion"),
            ("loan", "lo"),
        ] {
            assert!(!within_one_edit(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn index_words_hold_stems_and_sound_keys() {
        let words = index_words("विधवा पेंशन योजना");
        assert!(words.contains("विधव"), "{words}");
        assert!(words.contains("vidv"), "{words}");
        assert!(words.contains("योज"), "{words}");
        // Same sound key as the romanised spelling in an English name.
        assert!(words.contains("yojn"), "{words}");
        assert!(index_words("Yojana").contains("yojn"));
    }

    #[test]
    fn yojana_in_any_spelling_is_generic_and_other_words_are_not() {
        for word in ["yojana", "yojna", "yojanaa", "योजना", "scheme", "schemes"] {
            assert!(is_generic(&normalize(word)), "{word}");
        }
        for word in ["mudra", "मुद्रा", "pension", "yuva", "kisan"] {
            assert!(!is_generic(&normalize(word)), "{word}");
        }
    }
}
