//! A course pack as the kiosk reads it (see docs/course-pack.md): a manifest, lessons in
//! Hindi and English, a quiz per lesson, and images.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The same text in both languages; a pack must give both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Bilingual {
    pub hi: String,
    pub en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "CourseLevel")]
pub enum Level {
    Beginner,
    Intermediate,
}

/// One lesson as `course.toml` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "LessonEntry")]
pub struct LessonEntry {
    pub id: String,
    pub minutes: u32,
    pub title: Bilingual,
}

/// `course.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "CourseManifest")]
pub struct Manifest {
    pub id: String,
    pub version: u32,
    pub level: Level,
    pub minutes: u32,
    pub title: Bilingual,
    pub description: Bilingual,
    pub lessons: Vec<LessonEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum QuestionKind {
    /// Exactly one option is right.
    Single,
    /// Tick every option that is right.
    Multiple,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: Bilingual,
    pub options: Vec<Bilingual>,
    /// The right options, counted from 1 as authors write them.
    pub correct: Vec<u32>,
    pub explanation: Bilingual,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Quiz {
    pub questions: Vec<Question>,
}

/// A lesson with its text in both languages (Markdown) and its quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub entry: LessonEntry,
    pub body_hi: String,
    pub body_en: String,
    pub quiz: Quiz,
}

/// A checked pack, ready to store: nothing in it refers to anything outside it but
/// scheme pages of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoursePack {
    pub manifest: Manifest,
    pub lessons: Vec<Lesson>,
    /// Path inside the pack (`images/market.svg`) to the file's bytes.
    pub images: BTreeMap<String, Vec<u8>>,
}

/// A stored course as the Courses screen and `kioskctl courses list` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CourseSummary {
    pub id: String,
    pub version: u32,
    pub level: Level,
    pub minutes: u32,
    pub title: Bilingual,
    pub description: Bilingual,
    pub lessons: u32,
}

/// A question as the learner first sees it: the right answers and the explanation come
/// only with the result of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: Bilingual,
    pub options: Vec<Bilingual>,
}

/// A lesson ready to show: its text as safe HTML in both languages, and its quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LessonView {
    pub course_id: String,
    pub entry: LessonEntry,
    /// Where the lesson stands in the course, from 0, and how many lessons there are.
    pub position: u32,
    pub count: u32,
    pub html_hi: String,
    pub html_en: String,
    pub questions: Vec<QuestionView>,
}
