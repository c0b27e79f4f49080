//! Learning on a shared kiosk: learners (a name and a picture, no password), lessons
//! read, quiz attempts and scores, where each learner left off, and completed courses.
//! Every change the head office needs is written with its outbox row in one transaction.

pub mod model;
mod store;

use serde::Serialize;

pub use model::{
    CourseProgress, Learner, LearnerSummary, LearningReport, LessonProgress, QuestionResult,
    QuizResult, WeekCount, AVATARS, PASS_PERCENT,
};

use crate::courses::{QuestionKind, Quiz};
use crate::error::{Error, Result};
use crate::{names, outbox, Store};

/// Adds a learner after checking the name and picture.
pub fn add_learner(store: &Store, name: &str, avatar: &str) -> Result<Learner> {
    let name = names::person_name(name).ok_or(Error::LearnerNameInvalid)?;
    if !AVATARS.contains(&avatar) {
        return Err(Error::AvatarUnknown);
    }
    let learner = Learner {
        id: uuid::Uuid::now_v7().to_string(),
        name,
        avatar: avatar.to_string(),
    };
    store.write(|tx| {
        store::insert_learner(tx, &learner)?;
        outbox::record(tx, "learner", &learner.id, 1, &learner)?;
        Ok(learner.clone())
    })
}

/// Every learner of this kiosk, by name.
pub fn learners(store: &Store) -> Result<Vec<Learner>> {
    store.read(store::learners)
}

/// Remembers that the learner is on this lesson, to resume there.
pub fn open_lesson(store: &Store, learner: &str, course: &str, lesson: &str) -> Result<()> {
    store.write(|tx| {
        check(tx, learner, course, lesson)?;
        store::set_place(tx, learner, course, lesson)
    })
}

/// Records that the learner read the lesson to the end.
pub fn mark_read(store: &Store, learner: &str, course: &str, lesson: &str) -> Result<()> {
    store.write(|tx| {
        check(tx, learner, course, lesson)?;
        let row = store::mark_read(tx, learner, course, lesson)?;
        send_progress(tx, &row)
    })
}

/// Scores an attempt (`answers`: the options ticked for each question, counted from 1),
/// records it, and completes the course when every lesson's quiz is now passed.
pub fn submit_quiz(
    store: &Store,
    learner: &str,
    course: &str,
    lesson: &str,
    answers: &[Vec<u32>],
) -> Result<QuizResult> {
    store.write(|tx| {
        let quiz = check(tx, learner, course, lesson)?;
        let mut result = score(&quiz, answers)?;
        let ticked = serde_json::to_string(answers).unwrap_or_default();
        store::insert_attempt(
            tx,
            learner,
            course,
            lesson,
            result.right,
            result.total,
            &ticked,
        )?;
        let row = store::record_attempt(tx, learner, course, lesson, result.score, result.passed)?;
        send_progress(tx, &row)?;
        let all_passed = store::lessons_progress(tx, learner, course)?
            .iter()
            .all(|l| l.passed);
        if all_passed {
            if let Some(completed_at) = store::complete(tx, learner, course)? {
                let id = format!("{learner}/{course}");
                let body = Completion {
                    learner_id: learner,
                    course_id: course,
                    completed_at: &completed_at,
                };
                outbox::record(tx, "course_completion", &id, 1, &body)?;
                result.course_completed = true;
            }
        }
        Ok(result)
    })
}

#[derive(Serialize)]
struct Completion<'a> {
    learner_id: &'a str,
    course_id: &'a str,
    completed_at: &'a str,
}

/// The learner's progress in every lesson of the course, and where to resume.
pub fn progress(store: &Store, learner: &str, course: &str) -> Result<CourseProgress> {
    store.read(|conn| {
        Ok(CourseProgress {
            course_id: course.to_string(),
            lessons: store::lessons_progress(conn, learner, course)?,
            resume_lesson: store::place(conn, learner, course)?,
            completed_at: store::completed_at(conn, learner, course)?,
        })
    })
}

/// How many weeks the operator's chart shows.
pub const REPORT_WEEKS: u32 = 12;

/// Learners and what they have done, and completions per week for the last
/// [`REPORT_WEEKS`] weeks up to `today` (YYYY-MM-DD; `None`: the kiosk's local date).
pub fn report(store: &Store, today: Option<&str>) -> Result<LearningReport> {
    store.read(|conn| {
        Ok(LearningReport {
            learners: store::learner_summaries(conn)?,
            completions_by_week: store::completions_by_week(conn, today, REPORT_WEEKS)?,
        })
    })
}

/// The lesson's quiz, after making sure the learner and the lesson exist.
fn check(conn: &rusqlite::Connection, learner: &str, course: &str, lesson: &str) -> Result<Quiz> {
    if !store::learner_exists(conn, learner)? {
        return Err(Error::LearnerNotFound);
    }
    crate::courses::store::quiz(conn, course, lesson)?.ok_or(Error::LessonNotFound)
}

fn send_progress(conn: &rusqlite::Connection, row: &store::ProgressRow) -> Result<()> {
    let id = format!("{}/{}/{}", row.learner_id, row.course_id, row.lesson_id);
    outbox::record(conn, "lesson_progress", &id, row.version, row)
}

/// Marks every question: right when exactly the right options are ticked.
pub fn score(quiz: &Quiz, answers: &[Vec<u32>]) -> Result<QuizResult> {
    if answers.len() != quiz.questions.len() {
        return Err(Error::QuizAnswersInvalid);
    }
    let mut questions = Vec::new();
    for (question, ticked) in quiz.questions.iter().zip(answers) {
        let options = question.options.len() as u32;
        let mut ticked = ticked.clone();
        ticked.sort_unstable();
        ticked.dedup();
        let out_of_range = ticked.iter().any(|&o| o == 0 || o > options);
        let too_many = question.kind == QuestionKind::Single && ticked.len() > 1;
        if out_of_range || too_many {
            return Err(Error::QuizAnswersInvalid);
        }
        let mut correct = question.correct.clone();
        correct.sort_unstable();
        questions.push(QuestionResult {
            question_id: question.id.clone(),
            right: ticked == correct,
            correct,
            explanation: question.explanation.clone(),
        });
    }
    let total = questions.len() as u32;
    let right = questions.iter().filter(|q| q.right).count() as u32;
    let score = (right * 100).checked_div(total).unwrap_or(0);
    Ok(QuizResult {
        right,
        total,
        score,
        passed: total > 0 && right * 100 >= PASS_PERCENT * total,
        questions,
        course_completed: false,
    })
}
