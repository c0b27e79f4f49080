//! Learners, quiz scoring, progress that resumes, completion rules and the outbox, over a
//! real SQLite file with the test pack and the shipped courses installed.

#[path = "common/packs.rs"]
mod packs;

use kiosk_core::courses::learning::{self, Learner, PASS_PERCENT};
use kiosk_core::courses::{self, Question, QuestionKind, Quiz};
use kiosk_core::{catalog, outbox, Error, Store};
use packs::{edit, good_pack};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("data")).expect("opens");
    catalog::ensure_current(&store).expect("catalog");
    courses::import_path(&store, &good_pack(dir.path())).expect("test pack");
    courses::ensure_shipped(&store).expect("shipped courses");
    (dir, store)
}

fn learner(store: &Store) -> Learner {
    learning::add_learner(store, "सुनीता देवी", "lotus").expect("added")
}

fn pending(store: &Store) -> Vec<(String, i64)> {
    store.read(outbox::pending).expect("outbox")
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .read(|c| Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?))
        .expect("count")
}

#[test]
fn a_learner_is_a_name_and_a_picture_and_reaches_the_outbox() {
    let (_dir, store) = store();
    let sunita = learner(&store);
    assert_eq!(sunita.name, "सुनीता देवी");
    assert_eq!(learning::learners(&store).expect("list"), vec![sunita]);
    assert_eq!(pending(&store), vec![("learner".to_string(), 1)]);
}

#[test]
fn bad_names_and_pictures_are_refused_and_write_nothing() {
    let (_dir, store) = store();
    let long = "अ".repeat(61);
    for (name, avatar, code) in [
        ("", "lotus", "learners.name_invalid"),
        ("   ", "lotus", "learners.name_invalid"),
        ("12345", "lotus", "learners.name_invalid"),
        (long.as_str(), "lotus", "learners.name_invalid"),
        ("\u{202E}Ravi", "lotus", "learners.name_invalid"),
        ("Ravi\u{0000}", "lotus", "learners.name_invalid"),
        ("Ravi", "dragon", "learners.avatar_unknown"),
        ("Ravi", "../../etc/passwd", "learners.avatar_unknown"),
    ] {
        let error = learning::add_learner(&store, name, avatar).expect_err(name);
        assert_eq!(error.code(), code, "{name:?} / {avatar:?}");
    }
    assert_eq!(count(&store, "learners"), 0);
    assert!(pending(&store).is_empty());
}

fn question(kind: QuestionKind, options: usize, correct: &[u32]) -> Question {
    let text = |s: &str| courses::Bilingual {
        hi: format!("{s} हिन्दी"),
        en: s.to_string(),
    };
    Question {
        id: format!("q{}", correct.len()),
        kind,
        prompt: text("prompt"),
        options: (0..options).map(|n| text(&format!("option {n}"))).collect(),
        correct: correct.to_vec(),
        explanation: text("because"),
    }
}

#[test]
fn quizzes_are_scored_question_by_question() {
    let quiz = Quiz {
        questions: vec![
            question(QuestionKind::Single, 3, &[2]),
            question(QuestionKind::Multiple, 4, &[1, 3]),
            question(QuestionKind::Single, 2, &[1]),
            question(QuestionKind::Multiple, 3, &[2]),
        ],
    };
    // (answers, right, score, passed)
    let cases: &[(&[&[u32]], u32, u32, bool)] = &[
        (&[&[2], &[1, 3], &[1], &[2]], 4, 100, true),
        (&[&[2], &[3, 1], &[1], &[2]], 4, 100, true),
        (&[&[2], &[1, 3], &[1], &[2, 3]], 3, 75, true),
        (&[&[2], &[1], &[1], &[2]], 3, 75, true),
        (&[&[1], &[1], &[1], &[2]], 2, 50, false),
        (&[&[], &[], &[], &[]], 0, 0, false),
        (&[&[2], &[1, 3, 3], &[2], &[]], 2, 50, false),
    ];
    for (answers, right, score, passed) in cases {
        let answers: Vec<Vec<u32>> = answers.iter().map(|a| a.to_vec()).collect();
        let result = learning::score(&quiz, &answers).expect("scored");
        assert_eq!(
            (result.right, result.score, result.passed),
            (*right, *score, *passed),
            "{answers:?}"
        );
        assert_eq!(result.total, 4);
        assert_eq!(result.questions[1].correct, vec![1, 3]);
    }
    assert_eq!(PASS_PERCENT, 70);
    for bad in [
        vec![vec![2], vec![1]],                      // too few answers
        vec![vec![4], vec![1], vec![1], vec![2]],    // no option 4
        vec![vec![0], vec![1], vec![1], vec![2]],    // options count from 1
        vec![vec![1, 2], vec![1], vec![1], vec![2]], // two ticks on a single choice
    ] {
        assert!(
            matches!(learning::score(&quiz, &bad), Err(Error::QuizAnswersInvalid)),
            "{bad:?}"
        );
    }
}

/// The right answers of a quiz, as a learner who knows them would tick.
fn right_answers(store: &Store, course: &str, lesson: &str, learner: &str) -> Vec<Vec<u32>> {
    // Answer wrongly once: the result shows every right option.
    let blank: Vec<Vec<u32>> = quiz_len(store, course, lesson).map(|_| vec![]).collect();
    let shown = learning::submit_quiz(store, learner, course, lesson, &blank).expect("attempt");
    shown.questions.iter().map(|q| q.correct.clone()).collect()
}

fn quiz_len(store: &Store, course: &str, lesson: &str) -> std::ops::Range<usize> {
    let n: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT json_array_length(quiz, '$.questions') FROM course_lessons
                 WHERE course_id = ?1 AND lesson_id = ?2",
                [course, lesson],
                |r| r.get(0),
            )?)
        })
        .expect("quiz");
    0..n as usize
}

#[test]
fn a_course_is_complete_when_every_quiz_is_passed_and_only_once() {
    let (_dir, store) = store();
    let sunita = learner(&store);
    let id = sunita.id.as_str();
    let first = right_answers(&store, "test-course", "01-first", id);
    let done = learning::submit_quiz(&store, id, "test-course", "01-first", &first).expect("pass");
    assert!(
        done.passed && !done.course_completed,
        "one of two lessons passed"
    );

    // A wrong try at the second lesson: feedback, no completion.
    let wrong = vec![vec![1], vec![2], vec![2]];
    let failed =
        learning::submit_quiz(&store, id, "test-course", "02-second", &wrong).expect("try");
    assert!(!failed.passed && !failed.course_completed);
    assert!(failed.questions.iter().all(|q| !q.right));
    assert!(failed.questions[0].explanation.hi.contains("चार"));

    let second = right_answers(&store, "test-course", "02-second", id);
    let passed =
        learning::submit_quiz(&store, id, "test-course", "02-second", &second).expect("pass");
    assert!(passed.passed && passed.course_completed);
    let progress = learning::progress(&store, id, "test-course").expect("progress");
    assert!(progress.completed_at.is_some());
    assert!(progress.lessons.iter().all(|l| l.passed));
    assert_eq!(progress.lessons[1].attempts, 3);
    assert_eq!(progress.lessons[1].best_score, Some(100));

    // Passing again is recorded but completes nothing twice.
    let again =
        learning::submit_quiz(&store, id, "test-course", "02-second", &second).expect("again");
    assert!(!again.course_completed);
    let kinds = pending(&store);
    assert!(
        kinds.contains(&("course_completion".to_string(), 1)),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("learner".to_string(), 1)));
    let progress_rows = kinds
        .iter()
        .find(|(k, _)| k == "lesson_progress")
        .map(|(_, n)| *n)
        .expect("progress rows");
    assert_eq!(
        progress_rows,
        count(&store, "quiz_attempts"),
        "one row per attempt"
    );
}

#[test]
fn the_learner_resumes_where_they_left_off_after_a_restart() {
    let (dir, store) = store();
    let ravi = learning::add_learner(&store, "Ravi", "kite").expect("added");
    learning::open_lesson(&store, &ravi.id, "test-course", "02-second").expect("opened");
    learning::mark_read(&store, &ravi.id, "test-course", "02-second").expect("read");
    drop(store);
    let reopened = Store::open(&dir.path().join("data")).expect("reopens");
    let progress = learning::progress(&reopened, &ravi.id, "test-course").expect("progress");
    assert_eq!(progress.resume_lesson.as_deref(), Some("02-second"));
    assert!(progress.lessons[1].read && !progress.lessons[0].read);
    assert_eq!(
        learning::open_lesson(&reopened, &ravi.id, "test-course", "99-none").map_err(|e| e.code()),
        Err("courses.lesson_not_found")
    );
    assert_eq!(
        learning::mark_read(&reopened, "no-such-learner", "test-course", "01-first")
            .map_err(|e| e.code()),
        Err("learners.not_found")
    );
}

#[test]
fn a_newer_course_version_keeps_progress_in_lessons_it_still_has() {
    let (dir, store) = store();
    let sunita = learner(&store);
    let id = sunita.id.as_str();
    let first = right_answers(&store, "test-course", "01-first", id);
    learning::submit_quiz(&store, id, "test-course", "01-first", &first).expect("pass");

    // Version 2 drops the second lesson and adds a third.
    let root = good_pack(&dir.path().join("v2"));
    edit(&root, "course.toml", |t| {
        t.replace("version = 1", "version = 2")
            .replace("02-second", "03-third")
    });
    for (from, to) in [
        ("lessons/02-second.hi.md", "lessons/03-third.hi.md"),
        ("lessons/02-second.en.md", "lessons/03-third.en.md"),
        ("quizzes/02-second.toml", "quizzes/03-third.toml"),
    ] {
        std::fs::rename(root.join(from), root.join(to)).expect("renamed");
    }
    courses::import_path(&store, &root).expect("v2 installs");
    let progress = learning::progress(&store, id, "test-course").expect("progress");
    let lessons: Vec<(&str, bool)> = progress
        .lessons
        .iter()
        .map(|l| (l.lesson_id.as_str(), l.passed))
        .collect();
    assert_eq!(lessons, vec![("01-first", true), ("03-third", false)]);
}

#[test]
fn a_shipped_course_can_be_finished() {
    let (_dir, store) = store();
    let sunita = learner(&store);
    let course = "digital-payments";
    let list = courses::list(&store).expect("list");
    assert!(list.iter().any(|c| c.id == course));
    let progress = learning::progress(&store, &sunita.id, course).expect("progress");
    assert!(progress.lessons.len() >= 5);
    let mut completed = false;
    for lesson in &progress.lessons {
        let answers = right_answers(&store, course, &lesson.lesson_id, &sunita.id);
        let result = learning::submit_quiz(&store, &sunita.id, course, &lesson.lesson_id, &answers)
            .expect("answered");
        assert_eq!(result.score, 100, "{}", lesson.lesson_id);
        completed = result.course_completed;
    }
    assert!(completed, "the last quiz completes the course");
}

#[test]
fn the_operator_sees_learners_and_completions_per_week() {
    let (_dir, store) = store();
    let sunita = learner(&store);
    let ravi = learning::add_learner(&store, "Ravi", "kite").expect("added");
    for lesson in ["01-first", "02-second"] {
        let answers = right_answers(&store, "test-course", lesson, &sunita.id);
        learning::submit_quiz(&store, &sunita.id, "test-course", lesson, &answers).expect("pass");
    }
    // Sunita finished on Wednesday 2026-11-18; the report is made on Tuesday 2026-11-24.
    store
        .write(|tx| {
            tx.execute(
                "UPDATE completions SET completed_at = '2026-11-18T10:00:00Z'",
                [],
            )?;
            Ok(())
        })
        .expect("dated");
    let report = learning::report(&store, Some("2026-11-24")).expect("report");
    assert_eq!(report.completions_by_week.len(), 12);
    let last = report.completions_by_week.last().expect("this week");
    assert_eq!((last.week.as_str(), last.completions), ("2026-11-23", 0));
    let before = &report.completions_by_week[10];
    assert_eq!(
        (before.week.as_str(), before.completions),
        ("2026-11-16", 1)
    );
    assert_eq!(
        report
            .completions_by_week
            .iter()
            .map(|w| w.completions)
            .sum::<u32>(),
        1
    );
    assert_eq!(
        report.learners[0].learner, sunita,
        "the most recently active first"
    );
    assert_eq!(
        (
            report.learners[0].lessons_passed,
            report.learners[0].courses_completed
        ),
        (2, 1)
    );
    assert_eq!(report.learners[1].learner, ravi);
    assert_eq!(report.learners[1].last_active, None);
    let today = learning::report(&store, None).expect("report for today");
    assert_eq!(today.completions_by_week.len(), 12);
}
