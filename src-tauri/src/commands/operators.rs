//! First-run set-up, operator sign-in and the session that locks by itself.

use std::time::Instant;

use kiosk_core::kiosk::{self, KioskProfile, StatePlaces};
use kiosk_core::people::{operators, Operator, Role};
use tauri::State;

use super::unix_now;
use crate::error::BridgeError;
use crate::model::SessionView;
use crate::state::AppState;

/// The states and districts a kiosk can be set up in.
#[tauri::command]
pub fn kiosk_places() -> Vec<StatePlaces> {
    kiosk::places().to_vec()
}

/// First run: the kiosk's name and place and its first admin, who is then signed in.
#[tauri::command]
pub async fn set_up_kiosk(
    profile: KioskProfile,
    admin: String,
    pin: String,
    state: State<'_, AppState>,
) -> Result<SessionView, BridgeError> {
    let operator = state
        .with_store(move |store| kiosk::set_up(store, &profile, &admin, &pin))
        .await?;
    state.session().begin(operator, Instant::now());
    Ok(session_view(&state))
}

/// The kiosk's name and place, once set up (forms start with its state and district).
#[tauri::command]
pub async fn kiosk_profile(
    state: State<'_, AppState>,
) -> Result<Option<KioskProfile>, BridgeError> {
    state.with_store(kiosk::profile).await
}

/// The kiosk's operators, by name, for the sign-in screen.
#[tauri::command]
pub async fn operators(state: State<'_, AppState>) -> Result<Vec<Operator>, BridgeError> {
    state.with_store(operators::list).await
}

/// Signs an operator in with their PIN; a wrong PIN counts towards the lock.
#[tauri::command]
pub async fn sign_in(
    name: String,
    pin: String,
    state: State<'_, AppState>,
) -> Result<SessionView, BridgeError> {
    let operator = state
        .with_store(move |store| operators::sign_in(store, &name, &pin, unix_now()))
        .await?;
    state.session().begin(operator, Instant::now());
    Ok(session_view(&state))
}

#[tauri::command]
pub fn sign_out(state: State<'_, AppState>) -> SessionView {
    state.session().end();
    session_view(&state)
}

/// Who is signed in. The window calls this when the operator is active, which keeps the
/// session open; after the idle time it answers "no one".
#[tauri::command]
pub fn session(state: State<'_, AppState>) -> SessionView {
    session_view(&state)
}

/// An admin adds an operator or another admin.
#[tauri::command]
pub async fn add_operator(
    name: String,
    pin: String,
    role: Role,
    state: State<'_, AppState>,
) -> Result<Operator, BridgeError> {
    state
        .as_admin(move |store, admin| operators::add(store, admin, &name, &pin, role))
        .await
}

pub(crate) fn session_view(state: &AppState) -> SessionView {
    let session = state.session();
    SessionView {
        operator: session.operator(Instant::now()).ok(),
        idle_lock_seconds: u32::try_from(session.idle_lock().as_secs()).unwrap_or(u32::MAX),
    }
}
