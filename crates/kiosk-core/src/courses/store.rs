//! SQL for the course tables. Callers hold the transaction; nothing here commits.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{CoursePack, CourseSummary, Manifest, Quiz};
use super::validate::image_kind;
use crate::error::{Error, Result};

/// The version of course `id` on the kiosk, if it is installed.
pub fn installed_version(conn: &Connection, id: &str) -> Result<Option<u32>> {
    Ok(conn
        .query_row("SELECT version FROM courses WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?)
}

/// Puts `pack` in place of whatever version of the course was there.
pub fn replace(conn: &Connection, pack: &CoursePack) -> Result<()> {
    let id = &pack.manifest.id;
    conn.execute("DELETE FROM course_lessons WHERE course_id = ?1", [id])?;
    conn.execute("DELETE FROM course_images WHERE course_id = ?1", [id])?;
    conn.execute(
        "INSERT INTO courses(id, version, manifest) VALUES (?1, ?2, ?3)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version,
             manifest = excluded.manifest,
             installed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        params![id, pack.manifest.version, json(&pack.manifest)?],
    )?;
    let mut lesson = conn.prepare_cached(
        "INSERT INTO course_lessons(course_id, lesson_id, position, body_hi, body_en, quiz)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, item) in pack.lessons.iter().enumerate() {
        lesson.execute(params![
            id,
            item.entry.id,
            position as i64,
            item.body_hi,
            item.body_en,
            json(&item.quiz)?,
        ])?;
    }
    let mut image = conn.prepare_cached(
        "INSERT INTO course_images(course_id, path, mime, bytes) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (path, bytes) in &pack.images {
        let mime = image_kind(path, bytes).map_or("application/octet-stream", |k| k.mime());
        image.execute(params![id, path, mime, bytes])?;
    }
    Ok(())
}

/// Every installed course, in title order of the English name (stable for tests).
pub fn summaries(conn: &Connection) -> Result<Vec<CourseSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.manifest, (SELECT count(*) FROM course_lessons l WHERE l.course_id = c.id)
         FROM courses c ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(manifest, lessons)| {
            let manifest: Manifest = serde_json::from_str(&manifest).map_err(Error::stored_json)?;
            Ok(CourseSummary {
                id: manifest.id,
                version: manifest.version,
                level: manifest.level,
                minutes: manifest.minutes,
                title: manifest.title,
                description: manifest.description,
                lessons,
            })
        })
        .collect()
}

/// The manifest of installed course `id`.
pub fn manifest(conn: &Connection, id: &str) -> Result<Option<Manifest>> {
    let text: Option<String> = conn
        .query_row("SELECT manifest FROM courses WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(Error::stored_json))
        .transpose()
}

/// A stored lesson: its Markdown in both languages and its quiz.
pub fn lesson(
    conn: &Connection,
    course: &str,
    lesson: &str,
) -> Result<Option<(String, String, Quiz)>> {
    let row: Option<(String, String, String)> = conn
        .query_row(
            "SELECT body_hi, body_en, quiz FROM course_lessons
             WHERE course_id = ?1 AND lesson_id = ?2",
            [course, lesson],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    row.map(|(hi, en, quiz)| {
        Ok((
            hi,
            en,
            serde_json::from_str(&quiz).map_err(Error::stored_json)?,
        ))
    })
    .transpose()
}

/// The quiz of an installed lesson, with its right answers, or `None` when the course
/// has no such lesson.
pub fn quiz(conn: &Connection, course: &str, lesson: &str) -> Result<Option<Quiz>> {
    let text: Option<String> = conn
        .query_row(
            "SELECT quiz FROM course_lessons WHERE course_id = ?1 AND lesson_id = ?2",
            [course, lesson],
            |row| row.get(0),
        )
        .optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(Error::stored_json))
        .transpose()
}

/// A picture of the course as a `data:` URL.
pub fn picture(conn: &Connection, course: &str, path: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT mime, bytes FROM course_images WHERE course_id = ?1 AND path = ?2",
            [course, path],
            |row| {
                let mime: String = row.get(0)?;
                let bytes: Vec<u8> = row.get(1)?;
                Ok(crate::encode::data_url(&mime, &bytes))
            },
        )
        .optional()?)
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::stored_json)
}
