//! Learners and their progress as the Courses screen shows them.

use serde::Serialize;
use ts_rs::TS;

use crate::courses::Bilingual;

/// The pictures a learner can choose from (the UI draws each one).
pub const AVATARS: [&str; 12] = [
    "mango", "peacock", "lotus", "tiger", "elephant", "parrot", "sun", "moon", "star", "tree",
    "cow", "kite",
];

/// A quiz is passed with at least this share of its questions right, in percent.
pub const PASS_PERCENT: u32 = 70;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Learner {
    pub id: String,
    pub name: String,
    pub avatar: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LessonProgress {
    pub lesson_id: String,
    pub read: bool,
    pub attempts: u32,
    pub best_score: Option<u32>,
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CourseProgress {
    pub course_id: String,
    /// Every lesson of the installed version, in order.
    pub lessons: Vec<LessonProgress>,
    /// The lesson the learner was on last, to open it again.
    pub resume_lesson: Option<String>,
    pub completed_at: Option<String>,
}

/// How one question was answered, with what is right and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct QuestionResult {
    pub question_id: String,
    pub right: bool,
    /// The right options, counted from 1.
    pub correct: Vec<u32>,
    pub explanation: Bilingual,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct QuizResult {
    pub right: u32,
    pub total: u32,
    /// Percent of questions right, rounded down.
    pub score: u32,
    pub passed: bool,
    pub questions: Vec<QuestionResult>,
    /// This attempt passed the course's last open quiz: the course is complete.
    pub course_completed: bool,
}

/// One learner as the operator's view lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LearnerSummary {
    pub learner: Learner,
    pub lessons_passed: u32,
    pub courses_completed: u32,
    /// When they last answered a quiz (ISO time), if ever.
    pub last_active: Option<String>,
}

/// Courses completed in one week (weeks start on Monday).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WeekCount {
    /// The week's Monday, YYYY-MM-DD.
    pub week: String,
    pub completions: u32,
}

/// What the operator sees of learning on this kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LearningReport {
    pub learners: Vec<LearnerSummary>,
    /// The last `weeks` weeks, oldest first, including weeks with none.
    pub completions_by_week: Vec<WeekCount>,
}
