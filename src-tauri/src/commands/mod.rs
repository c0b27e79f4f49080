//! The webview's commands. Each parses, calls kiosk-core off the UI thread, and maps
//! the result or error; nothing here knows SQL. One module per screen.

pub mod courses;
pub mod desktop;
pub mod entrepreneurs;
pub mod operators;
pub mod schemes;
pub mod sync;

use kiosk_core::people::operators::is_set_up;
use kiosk_core::{settings, Language};
use tauri::State;

use crate::error::BridgeError;
use crate::model::{AppStatus, StartupProblem};
use crate::state::{blocking, AppState};

/// Now, in whole seconds since 1970 (PIN lock times).
pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Start-up status: the saved language and kiosk id, or the problem to show.
#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Result<AppStatus, BridgeError> {
    status(&state).await
}

/// Switches the language on screen at once, then saves it for the next start.
#[tauri::command]
pub async fn set_language(
    language: Language,
    state: State<'_, AppState>,
) -> Result<Language, BridgeError> {
    change_language(&state, language).await
}

pub(crate) async fn status(state: &AppState) -> Result<AppStatus, BridgeError> {
    match state.store().await {
        Ok(store) => {
            let (language, kiosk_id, kiosk_name, set_up) = blocking(move || {
                let set_up = is_set_up(&store)?;
                store.read(|conn| {
                    Ok((
                        settings::language(conn)?,
                        settings::kiosk_id(conn)?,
                        settings::kiosk_name(conn)?,
                        set_up,
                    ))
                })
            })
            .await
            .map_err(|e| state.bridge(&e))?;
            state.set_language(language);
            Ok(AppStatus::Ready {
                language,
                kiosk_id: kiosk_id.unwrap_or_default(),
                kiosk_name,
                set_up,
            })
        }
        Err(error) => {
            let language = state.language();
            Ok(AppStatus::Failed {
                language,
                problem: StartupProblem {
                    code: error.code().to_string(),
                    message: error.message(&state.localizer(), language),
                    path: error.path().map(|p| p.display().to_string()),
                },
            })
        }
    }
}

pub(crate) async fn change_language(
    state: &AppState,
    language: Language,
) -> Result<Language, BridgeError> {
    state.set_language(language);
    // With a broken store the error screen still switches language; nothing to save.
    if let Ok(store) = state.store().await {
        blocking(move || store.write(|tx| settings::set_language(tx, language)))
            .await
            .map_err(|e| state.bridge(&e))?;
    }
    Ok(language)
}

#[cfg(test)]
mod tests {
    use kiosk_core::{fixtures, store::DB_FILE};

    use super::*;

    fn state_in(dir: &std::path::Path) -> AppState {
        AppState::with_data_dir(Some(dir.to_path_buf()))
    }

    #[tokio::test]
    async fn a_new_kiosk_starts_ready_in_hindi() {
        let dir = tempfile::tempdir().expect("tempdir");
        let status = status(&state_in(dir.path())).await.expect("status");
        let AppStatus::Ready {
            language,
            kiosk_id,
            kiosk_name,
            set_up,
        } = status
        else {
            panic!("not ready: {status:?}");
        };
        assert_eq!(language, Language::Hi);
        assert_eq!(kiosk_id.len(), 36, "{kiosk_id}");
        assert_eq!(
            kiosk_name, None,
            "a new kiosk has no name until it is set up"
        );
        assert!(!set_up, "a new kiosk is not set up");
        let store = state_in(dir.path()).store().await.expect("opens again");
        assert!(
            kiosk_core::catalog::count(&store).expect("count") > 700,
            "catalog not loaded at start"
        );
        assert!(
            kiosk_core::courses::list(&store).expect("courses").len() >= 4,
            "shipped courses not installed at start"
        );
    }

    #[tokio::test]
    async fn the_chosen_language_survives_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = state_in(dir.path());
        status(&first).await.expect("status");
        change_language(&first, Language::En).await.expect("saved");
        drop(first);

        let restarted = state_in(dir.path());
        let status = status(&restarted).await.expect("status");
        assert!(
            matches!(
                status,
                AppStatus::Ready {
                    language: Language::En,
                    ..
                }
            ),
            "{status:?}"
        );
        assert_eq!(restarted.language(), Language::En);
    }

    #[tokio::test]
    async fn a_corrupt_database_gives_a_translated_problem_naming_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bytes = fixtures::write_corrupt_db(dir.path()).expect("written");
        let state = state_in(dir.path());
        let AppStatus::Failed { language, problem } = status(&state).await.expect("status") else {
            panic!("a corrupt database was opened");
        };
        let path = dir.path().join(DB_FILE).display().to_string();
        assert_eq!(language, Language::Hi);
        assert_eq!(problem.code, "store.corrupt");
        assert_eq!(problem.path.as_deref(), Some(path.as_str()));
        assert!(problem.message.contains(&path) && problem.message.contains("ख़राब"));

        // The error screen can still switch language; nothing is written anywhere.
        change_language(&state, Language::En)
            .await
            .expect("switches");
        let AppStatus::Failed { problem, .. } = status(&state).await.expect("status") else {
            panic!("recovered by magic");
        };
        assert!(problem.message.contains("damaged"), "{}", problem.message);
        assert_eq!(
            std::fs::read(dir.path().join(DB_FILE)).expect("kept"),
            bytes
        );
    }

    #[tokio::test]
    async fn an_unwritable_folder_and_a_newer_database_fail_with_their_codes() {
        let scratch = tempfile::tempdir().expect("tempdir");
        let unwritable = fixtures::unwritable_data_dir(scratch.path()).expect("made");
        let newer = tempfile::tempdir().expect("tempdir");
        fixtures::write_too_new_db(newer.path()).expect("written");
        for (dir, code) in [
            (unwritable.as_path(), "store.dir_unwritable"),
            (newer.path(), "store.too_new"),
        ] {
            match status(&state_in(dir)).await.expect("status") {
                AppStatus::Failed { problem, .. } => assert_eq!(problem.code, code),
                other => panic!("{code}: {other:?}"),
            }
        }
    }
}
