//! Wires the Tauri app together: state, commands and start-up. Logic lives in kiosk-core;
//! `commands.rs` only translates between the webview and it.

mod commands;
mod error;
mod model;
mod state;
mod webview;
mod window;

use tauri::Manager;

pub use error::BridgeError;
pub use model::{AppStatus, StartupProblem};
pub use state::AppState;

/// Seconds of idle use before the operator's session locks, if shorter than ten minutes
/// (the end-to-end tests of the lock screen set a few seconds).
const IDLE_LOCK_ENV: &str = "GRAM_KIOSK_IDLE_LOCK_SECONDS";

fn app_state() -> AppState {
    let state = AppState::new();
    match std::env::var(IDLE_LOCK_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(seconds) => state.with_idle_lock(std::time::Duration::from_secs(seconds)),
        None => state,
    }
}

/// Kiosk mode from the kiosk's setting, once the store is open.
async fn kiosk_mode_from_setting(app: &tauri::AppHandle, state: &AppState) {
    match state.with_store(kiosk_core::desktop::kiosk_mode).await {
        Ok(mode) if mode.enabled => {
            if let Err(error) = window::set_kiosk(app, true) {
                tracing::error!(%error, "kiosk mode could not start");
            }
        }
        Ok(_) => {}
        Err(error) => tracing::error!(code = %error.code, "kiosk mode not read"),
    }
}

pub fn run() {
    webview::without_optimising_compilers();
    // Logs to the data folder's logs/ (and standard error), kept until the app ends.
    let _logs = kiosk_core::logs::init(kiosk_core::store::data_dir().ok().as_deref());
    let result = tauri::Builder::default()
        .manage(app_state())
        .manage(window::KioskWindow::default())
        .on_window_event(window::on_event)
        .setup(|app| {
            webview::reload_when_its_renderer_dies(app)?;
            if std::env::args().any(|arg| arg == window::KIOSK_FLAG) {
                window::set_kiosk(app.handle(), true)?;
            }
            // Open the database off the UI thread while the window loads. The outcome
            // is kept in AppState (and a failure logged there) for `app_status`.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let state = handle.state::<AppState>();
                if let Ok(store) = state.store().await {
                    kiosk_mode_from_setting(&handle, &state).await;
                    state.start_sync_worker(store);
                }
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
            commands::courses::learning_report,
            commands::courses::course_packs_found,
            commands::courses::import_course_pack,
            commands::operators::kiosk_places,
            commands::operators::kiosk_profile,
            commands::operators::set_up_kiosk,
            commands::operators::operators,
            commands::operators::sign_in,
            commands::operators::sign_out,
            commands::operators::session,
            commands::operators::add_operator,
            commands::entrepreneurs::entrepreneur_lists,
            commands::entrepreneurs::consent_notice,
            commands::entrepreneurs::store_photo,
            commands::entrepreneurs::photo,
            commands::entrepreneurs::possible_duplicates,
            commands::entrepreneurs::register_entrepreneur,
            commands::entrepreneurs::update_entrepreneur,
            commands::entrepreneurs::entrepreneurs,
            commands::entrepreneurs::entrepreneur,
            commands::entrepreneurs::entrepreneur_history,
            commands::entrepreneurs::erase_entrepreneur,
            commands::entrepreneurs::add_check_in,
            commands::entrepreneurs::check_ins,
            commands::entrepreneurs::programme_dashboard,
            commands::desktop::kiosk_mode,
            commands::desktop::set_kiosk_mode,
            commands::desktop::leave_kiosk_mode,
            commands::sync::sync_status,
            commands::sync::sync_enrol,
            commands::sync::sync_now,
            commands::sync::sync_retry,
            commands::sync::entrepreneur_synced
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        tracing::error!(%error, "the app window could not be started");
        std::process::exit(1);
    }
}
