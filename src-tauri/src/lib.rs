//! Wires the Tauri app together: state, commands and start-up. Logic lives in kiosk-core;
//! `commands.rs` only translates between the webview and it.

mod commands;
mod error;
mod model;
mod state;

use tauri::Manager;

pub use error::BridgeError;
pub use model::{AppStatus, StartupProblem};
pub use state::AppState;

pub fn run() {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    let result = tauri::Builder::default()
        .manage(AppState::new())
        .setup(|app| {
            // Open the database off the UI thread while the window loads. The outcome
            // is kept in AppState (and a failure logged there) for `app_status`.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let _ = handle.state::<AppState>().store().await;
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::set_language,
            commands::schemes::search_schemes,
            commands::schemes::scheme,
            commands::schemes::eligible_schemes,
            commands::schemes::scheme_categories,
            commands::courses::courses_list,
            commands::courses::course,
            commands::courses::lesson,
            commands::courses::learners,
            commands::courses::add_learner,
            commands::courses::course_progress,
            commands::courses::open_lesson,
            commands::courses::mark_lesson_read,
            commands::courses::submit_quiz,
            commands::courses::learning_report
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        tracing::error!(%error, "the app window could not be started");
        std::process::exit(1);
    }
}
