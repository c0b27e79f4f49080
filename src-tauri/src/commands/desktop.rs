//! Kiosk mode and start on login, from the operator's screen.

use kiosk_core::desktop::{self, Autostart, KioskMode};
use tauri::{AppHandle, State};

use super::unix_now;
use crate::error::BridgeError;
use crate::model::KioskModeView;
use crate::state::AppState;
use crate::window::{self, KioskWindow};

/// The kiosk's choice, and whether the window is in kiosk mode now.
#[tauri::command]
pub async fn kiosk_mode(
    state: State<'_, AppState>,
    kiosk: State<'_, KioskWindow>,
) -> Result<KioskModeView, BridgeError> {
    let setting = state.with_store(desktop::kiosk_mode).await?;
    Ok(KioskModeView {
        setting,
        active: kiosk.is_active(),
    })
}

/// An admin chooses kiosk mode and start on login. Turning kiosk mode on takes effect
/// at once; turning it off takes effect from the next start (leaving now takes a PIN).
#[tauri::command]
pub async fn set_kiosk_mode(
    mode: KioskMode,
    app: AppHandle,
    state: State<'_, AppState>,
    kiosk: State<'_, KioskWindow>,
) -> Result<KioskModeView, BridgeError> {
    state
        .as_admin(move |store, admin| {
            let autostart = Autostart::for_this_user()?;
            desktop::set_kiosk_mode(store, admin, mode, &autostart)
        })
        .await?;
    if mode.enabled && !kiosk.is_active() {
        window::set_kiosk(&app, true).map_err(|e| state.window_error(&e))?;
    }
    Ok(KioskModeView {
        setting: mode,
        active: kiosk.is_active(),
    })
}

/// The signed-in operator leaves kiosk mode with their PIN; the window gets its frame
/// back and can be closed. A wrong PIN counts towards the lock as at sign-in.
#[tauri::command]
pub async fn leave_kiosk_mode(
    pin: String,
    app: AppHandle,
    state: State<'_, AppState>,
    kiosk: State<'_, KioskWindow>,
) -> Result<KioskModeView, BridgeError> {
    let now = unix_now();
    let setting = state
        .as_operator(move |store, operator| {
            desktop::check_pin(store, operator, &pin, now)?;
            desktop::kiosk_mode(store)
        })
        .await?;
    window::set_kiosk(&app, false).map_err(|e| state.window_error(&e))?;
    Ok(KioskModeView {
        setting,
        active: kiosk.is_active(),
    })
}
