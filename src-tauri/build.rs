// Declares our commands so that capabilities can grant exactly these and nothing else.
fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_status",
        "set_language",
        "search_schemes",
        "scheme",
        "eligible_schemes",
        "scheme_categories",
        "courses_list",
        "course",
        "lesson",
        "learners",
        "add_learner",
        "course_progress",
        "open_lesson",
        "mark_lesson_read",
        "submit_quiz",
        "learning_report",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed: see the message above");
}
