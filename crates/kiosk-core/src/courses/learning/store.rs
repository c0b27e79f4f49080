//! SQL for learners, progress, quiz attempts and completions. Callers hold the
//! transaction; nothing here commits.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{Learner, LearnerSummary, LessonProgress, WeekCount};
use crate::error::Result;

pub fn insert_learner(conn: &Connection, learner: &Learner) -> Result<()> {
    conn.execute(
        "INSERT INTO learners(id, name, avatar) VALUES (?1, ?2, ?3)",
        params![learner.id, learner.name, learner.avatar],
    )?;
    Ok(())
}

pub fn learners(conn: &Connection) -> Result<Vec<Learner>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, avatar FROM learners ORDER BY name, id")?;
    let rows = stmt
        .query_map([], |row| {
            Ok(Learner {
                id: row.get(0)?,
                name: row.get(1)?,
                avatar: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn learner_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM learners WHERE id = ?1")?
        .exists([id])?)
}

pub fn set_place(conn: &Connection, learner: &str, course: &str, lesson: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO course_places(learner_id, course_id, lesson_id) VALUES (?1, ?2, ?3)
         ON CONFLICT(learner_id, course_id) DO UPDATE SET lesson_id = excluded.lesson_id",
        [learner, course, lesson],
    )?;
    Ok(())
}

pub fn place(conn: &Connection, learner: &str, course: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT lesson_id FROM course_places WHERE learner_id = ?1 AND course_id = ?2",
            [learner, course],
            |row| row.get(0),
        )
        .optional()?)
}

/// One lesson's progress row as it will travel to the head office.
#[derive(Debug, serde::Serialize)]
pub struct ProgressRow {
    pub learner_id: String,
    pub course_id: String,
    pub lesson_id: String,
    pub read_at: Option<String>,
    pub attempts: u32,
    pub best_score: Option<u32>,
    pub passed_at: Option<String>,
    pub version: i64,
}

/// Marks the lesson read (once) and returns the row, its version raised by one.
pub fn mark_read(
    conn: &Connection,
    learner: &str,
    course: &str,
    lesson: &str,
) -> Result<ProgressRow> {
    conn.execute(
        "INSERT INTO lesson_progress(learner_id, course_id, lesson_id, read_at)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET
             read_at = coalesce(read_at, excluded.read_at), version = version + 1",
        [learner, course, lesson],
    )?;
    progress_row(conn, learner, course, lesson)
}

/// Adds an attempt scoring `score` percent and returns the row, its version raised.
pub fn record_attempt(
    conn: &Connection,
    learner: &str,
    course: &str,
    lesson: &str,
    score: u32,
    passed: bool,
) -> Result<ProgressRow> {
    conn.execute(
        "INSERT INTO lesson_progress(learner_id, course_id, lesson_id, attempts, best_score, passed_at)
             VALUES (?1, ?2, ?3, 1, ?4,
                     CASE WHEN ?5 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END)
         ON CONFLICT(learner_id, course_id, lesson_id) DO UPDATE SET
             attempts = attempts + 1,
             best_score = max(coalesce(best_score, 0), excluded.best_score),
             passed_at = coalesce(passed_at, excluded.passed_at),
             version = version + 1",
        params![learner, course, lesson, score, passed],
    )?;
    progress_row(conn, learner, course, lesson)
}

fn progress_row(
    conn: &Connection,
    learner: &str,
    course: &str,
    lesson: &str,
) -> Result<ProgressRow> {
    Ok(conn.query_row(
        "SELECT read_at, attempts, best_score, passed_at, version FROM lesson_progress
         WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3",
        [learner, course, lesson],
        |row| {
            Ok(ProgressRow {
                learner_id: learner.to_string(),
                course_id: course.to_string(),
                lesson_id: lesson.to_string(),
                read_at: row.get(0)?,
                attempts: row.get(1)?,
                best_score: row.get(2)?,
                passed_at: row.get(3)?,
                version: row.get(4)?,
            })
        },
    )?)
}

pub fn insert_attempt(
    conn: &Connection,
    learner: &str,
    course: &str,
    lesson: &str,
    right: u32,
    total: u32,
    answers: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO quiz_attempts(id, learner_id, course_id, lesson_id, right, total, answers)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            uuid::Uuid::now_v7().to_string(),
            learner,
            course,
            lesson,
            right,
            total,
            answers
        ],
    )?;
    Ok(())
}

/// Progress in every lesson of the installed course, in the course's order.
pub fn lessons_progress(
    conn: &Connection,
    learner: &str,
    course: &str,
) -> Result<Vec<LessonProgress>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.lesson_id, p.read_at IS NOT NULL, coalesce(p.attempts, 0), p.best_score,
                p.passed_at IS NOT NULL
         FROM course_lessons l
         LEFT JOIN lesson_progress p ON p.learner_id = ?1 AND p.course_id = l.course_id
              AND p.lesson_id = l.lesson_id
         WHERE l.course_id = ?2 ORDER BY l.position",
    )?;
    let rows = stmt
        .query_map([learner, course], |row| {
            Ok(LessonProgress {
                lesson_id: row.get(0)?,
                read: row.get(1)?,
                attempts: row.get(2)?,
                best_score: row.get(3)?,
                passed: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn completed_at(conn: &Connection, learner: &str, course: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT completed_at FROM completions WHERE learner_id = ?1 AND course_id = ?2",
            [learner, course],
            |row| row.get(0),
        )
        .optional()?)
}

/// Records the completion unless it is there already; returns it when new.
pub fn complete(conn: &Connection, learner: &str, course: &str) -> Result<Option<String>> {
    let added = conn.execute(
        "INSERT INTO completions(learner_id, course_id, course_version)
         SELECT ?1, id, version FROM courses WHERE id = ?2
         ON CONFLICT(learner_id, course_id) DO NOTHING",
        [learner, course],
    )?;
    if added == 0 {
        return Ok(None);
    }
    completed_at(conn, learner, course)
}

/// Every learner with what they have done, the most recently active first.
pub fn learner_summaries(conn: &Connection) -> Result<Vec<LearnerSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.name, l.avatar,
                (SELECT count(*) FROM lesson_progress p
                 WHERE p.learner_id = l.id AND p.passed_at IS NOT NULL),
                (SELECT count(*) FROM completions c WHERE c.learner_id = l.id),
                (SELECT max(a.at) FROM quiz_attempts a WHERE a.learner_id = l.id)
         FROM learners l
         ORDER BY 6 IS NULL, 6 DESC, l.name",
    )?;
    let rows = stmt
        .query_map([], |row| {
            Ok(LearnerSummary {
                learner: Learner {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    avatar: row.get(2)?,
                },
                lessons_passed: row.get(3)?,
                courses_completed: row.get(4)?,
                last_active: row.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Completions per week for the `weeks` weeks up to the one holding `today`
/// (YYYY-MM-DD; `None`: the kiosk's local date), oldest first, empty weeks included.
pub fn completions_by_week(
    conn: &Connection,
    today: Option<&str>,
    weeks: u32,
) -> Result<Vec<WeekCount>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE day(d) AS (SELECT coalesce(?1, date('now', 'localtime'))),
         this_week(monday) AS (
             SELECT date(d, '-' || ((CAST(strftime('%w', d) AS INTEGER) + 6) % 7) || ' days')
             FROM day
         ),
         week(n, monday) AS (
             SELECT 0, monday FROM this_week
             UNION ALL SELECT n + 1, date(monday, '-7 days') FROM week WHERE n + 1 < ?2
         )
         SELECT w.monday,
                (SELECT count(*) FROM completions c
                 WHERE date(c.completed_at) >= w.monday
                   AND date(c.completed_at) < date(w.monday, '+7 days'))
         FROM week w ORDER BY w.monday",
    )?;
    let rows = stmt
        .query_map(params![today, weeks], |row| {
            Ok(WeekCount {
                week: row.get(0)?,
                completions: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
