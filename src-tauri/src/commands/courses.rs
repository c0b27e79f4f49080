//! The Courses screen: learners, courses and their lessons, progress, quizzes.

use kiosk_core::courses::learning::{self, CourseProgress, Learner, LearningReport, QuizResult};
use kiosk_core::courses::{self, CourseSummary, LessonView, Manifest};
use tauri::State;

use crate::error::BridgeError;
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
        .with_store(|store| learning::report(store, None))
        .await
}
