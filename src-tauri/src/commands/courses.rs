//! The Courses screen: learners, courses and their lessons, progress, quizzes.

use kiosk_core::courses::learning::{self, CourseProgress, Learner, LearningReport, QuizResult};
use std::path::Path;

use kiosk_core::courses::found::{self, FoundPack};
use kiosk_core::courses::{self, CourseSummary, Imported, LessonView, Manifest};
use kiosk_core::Error;
use tauri::State;

use crate::error::BridgeError;
use crate::model::PackImport;
use crate::state::AppState;

/// Every course on the kiosk.
#[tauri::command]
pub async fn courses_list(state: State<'_, AppState>) -> Result<Vec<CourseSummary>, BridgeError> {
    state.with_store(courses::list).await
}

/// One course's manifest (its lessons in order), or `null`.
#[tauri::command]
pub async fn course(
    id: String,
    state: State<'_, AppState>,
) -> Result<Option<Manifest>, BridgeError> {
    state
        .with_store(move |store| courses::course(store, &id))
        .await
}

/// A lesson as safe HTML in both languages, with its quiz (no answers).
#[tauri::command]
pub async fn lesson(
    course: String,
    lesson: String,
    state: State<'_, AppState>,
) -> Result<LessonView, BridgeError> {
    state
        .with_store(move |store| courses::lesson(store, &course, &lesson))
        .await
}

/// The learners of this kiosk, by name.
#[tauri::command]
pub async fn learners(state: State<'_, AppState>) -> Result<Vec<Learner>, BridgeError> {
    state.with_store(learning::learners).await
}

/// Adds a learner: a name and one of the pictures.
#[tauri::command]
pub async fn add_learner(
    name: String,
    avatar: String,
    state: State<'_, AppState>,
) -> Result<Learner, BridgeError> {
    state
        .with_store(move |store| learning::add_learner(store, &name, &avatar))
        .await
}

/// A learner's progress in a course, and the lesson to resume.
#[tauri::command]
pub async fn course_progress(
    learner: String,
    course: String,
    state: State<'_, AppState>,
) -> Result<CourseProgress, BridgeError> {
    state
        .with_store(move |store| learning::progress(store, &learner, &course))
        .await
}

/// Remembers the lesson the learner opened, to resume there next time.
#[tauri::command]
pub async fn open_lesson(
    learner: String,
    course: String,
    lesson: String,
    state: State<'_, AppState>,
) -> Result<(), BridgeError> {
    state
        .with_store(move |store| learning::open_lesson(store, &learner, &course, &lesson))
        .await
}

/// Records that the learner read the lesson to the end.
#[tauri::command]
pub async fn mark_lesson_read(
    learner: String,
    course: String,
    lesson: String,
    state: State<'_, AppState>,
) -> Result<(), BridgeError> {
    state
        .with_store(move |store| learning::mark_read(store, &learner, &course, &lesson))
        .await
}

/// Scores a quiz attempt and records it; says when it completed the course.
#[tauri::command]
pub async fn submit_quiz(
    learner: String,
    course: String,
    lesson: String,
    answers: Vec<Vec<u32>>,
    state: State<'_, AppState>,
) -> Result<QuizResult, BridgeError> {
    state
        .with_store(move |store| learning::submit_quiz(store, &learner, &course, &lesson, &answers))
        .await
}

/// Learners with what they have done, and completions per week, for the operator.
#[tauri::command]
pub async fn learning_report(state: State<'_, AppState>) -> Result<LearningReport, BridgeError> {
    state
        .as_operator(|store, _| learning::report(store, None))
        .await
}

/// Course packs on a USB stick or in Downloads, for the operator to install.
#[tauri::command]
pub async fn course_packs_found(state: State<'_, AppState>) -> Result<Vec<FoundPack>, BridgeError> {
    state
        .as_operator(|_, _| Ok(found::find(&found::media_roots())))
        .await
}

/// Checks and installs one of the packs found, all or nothing. A refused pack is an
/// answer, not a failure: the operator sees every problem with its file and line.
#[tauri::command]
pub async fn import_course_pack(
    path: String,
    state: State<'_, AppState>,
) -> Result<PackImport, BridgeError> {
    let done = state
        .as_operator(move |store, _| {
            match courses::import_found(store, &found::media_roots(), Path::new(&path)) {
                Err(Error::CoursePackInvalid { problems }) => Ok(Err(problems)),
                other => other.map(Ok),
            }
        })
        .await?;
    let language = state.language();
    Ok(match done {
        Ok(Imported::Installed { id, version }) => PackImport::Installed { id, version },
        Ok(Imported::Upgraded { id, from, to }) => PackImport::Upgraded { id, from, to },
        Ok(Imported::AlreadyCurrent { id, version }) => PackImport::AlreadyCurrent { id, version },
        Err(problems) => PackImport::Refused {
            message: Error::CoursePackInvalid {
                problems: problems.clone(),
            }
            .message(&state.localizer(), language),
            problems: problems
                .iter()
                .map(|p| p.view(&state.localizer(), language))
                .collect(),
        },
    })
}
