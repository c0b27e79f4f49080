//! SQL for the catalog tables. Callers hold the transaction; nothing here commits.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::Scheme;
use super::search::index_words;
use crate::error::Result;

/// Removes every scheme (states and categories go with them by cascade).
pub fn clear(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM schemes; DELETE FROM scheme_search; DELETE FROM scheme_words;",
    )?;
    Ok(())
}

pub fn insert(conn: &Connection, scheme: &Scheme, record: &str) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO schemes(id, name_en, name_hi, short_title, brief_en, brief_hi, level,
             ministry, close_date, source_url, last_verified, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    insert.execute(params![
        scheme.id,
        scheme.name_en,
        scheme.name_hi,
        scheme.short_title,
        scheme.brief_en,
        scheme.brief_hi,
        scheme.level.as_str(),
        scheme.ministry,
        scheme.close_date,
        scheme.source.url,
        scheme.last_verified,
        record,
    ])?;
    let mut state =
        conn.prepare_cached("INSERT INTO scheme_states(scheme_id, state) VALUES (?1, ?2)")?;
    for name in &scheme.states {
        state.execute(params![scheme.id, name])?;
    }
    let mut category =
        conn.prepare_cached("INSERT INTO scheme_categories(scheme_id, category) VALUES (?1, ?2)")?;
    for name in &scheme.categories {
        category.execute(params![scheme.id, name])?;
    }
    index(conn, scheme)
}

/// Adds the scheme's search row: both languages, pre-normalised (see search.rs).
fn index(conn: &Connection, scheme: &Scheme) -> Result<()> {
    let join = |parts: &[Option<&str>]| {
        parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let name = join(&[Some(&scheme.name_en), scheme.name_hi.as_deref()]);
    let tags = scheme
        .tags
        .iter()
        .chain(&scheme.categories)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let body = join(&[
        scheme.brief_en.as_deref(),
        scheme.brief_hi.as_deref(),
        scheme.ministry.as_deref(),
    ]);
    let mut insert = conn.prepare_cached(
        "INSERT INTO scheme_search(id, name, short_title, tags, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    insert.execute(params![
        scheme.id,
        index_words(&name),
        index_words(scheme.short_title.as_deref().unwrap_or_default()),
        index_words(&tags),
        index_words(&body),
    ])?;
    Ok(())
}

/// Lists every word of the search index with its length, once all schemes are in.
pub fn list_words(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM scheme_words;
         INSERT INTO scheme_words(term, chars)
             SELECT term, length(term) FROM scheme_search_vocab WHERE length(term) > 0;",
    )?;
    Ok(())
}

/// The stored catalog line of scheme `id`, if there is one.
pub fn record(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT record FROM schemes WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?)
}

/// Every subject the catalog files schemes under, the most used first.
pub fn categories(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT category FROM scheme_categories GROUP BY category
         ORDER BY count(*) DESC, category",
    )?;
    let names = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// The id of every stored scheme.
pub fn ids(conn: &Connection) -> Result<std::collections::BTreeSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM schemes")?;
    let ids = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM schemes", [], |row| row.get(0))?)
}

/// Every stored catalog line, in id order.
pub fn all_records(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT record FROM schemes ORDER BY id")?;
    let records = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(records)
}
