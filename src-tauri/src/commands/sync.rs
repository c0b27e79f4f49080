//! The Sync screen: enrolment with the head office, what waits to be sent, the last
//! success and failure, refused records, and "Send now". The sending itself is
//! kiosk-sync's worker, which the app runs in the background.

use kiosk_core::error::message_id_for;
use kiosk_core::outbox;
use kiosk_sync::{Client, SyncReport};
use tauri::State;

use crate::error::{AppError, BridgeError};
use crate::model::{SyncProblem, SyncView};
use crate::state::{blocking, AppState};

/// What the Sync screen shows; the last failure in the language on screen.
#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncView, BridgeError> {
    let status = state
        .as_operator(|store, _| store.read(outbox::status))
        .await?;
    let language = state.language();
    Ok(SyncView {
        enrolled: status.server.is_some(),
        server_url: status.server.map(|s| s.url),
        pending: status.pending_by_kind,
        quarantined: status.quarantined,
        last_success_at: status.last_success_at,
        last_error: status.last_error.map(|failure| SyncProblem {
            message: state
                .localizer()
                .format(language, &message_id_for(&failure.code), None),
            code: failure.code,
            at: failure.at,
        }),
    })
}

/// Connects this kiosk to the head office with its address and one-time code (admin),
/// then wakes the worker to send at once.
#[tauri::command]
pub async fn sync_enrol(
    url: String,
    token: String,
    state: State<'_, AppState>,
) -> Result<(), BridgeError> {
    let (store, _) = state.signed_in_store(true).await?;
    kiosk_sync::enrol(&store, &url, &token)
        .await
        .map_err(|e| state.bridge(&e.into()))?;
    state.wake_sync();
    Ok(())
}

/// Sends everything waiting now and answers what was sent.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncReport, BridgeError> {
    let (store, _) = state.signed_in_store(false).await?;
    let client = Client::new().map_err(|e| state.bridge(&e.into()))?;
    kiosk_sync::sync_once(&store, &client)
        .await
        .map_err(|e| state.bridge(&e.into()))
}

/// Puts refused records back in the queue (all, or one record's) and sends.
#[tauri::command]
pub async fn sync_retry(
    record_id: Option<String>,
    state: State<'_, AppState>,
) -> Result<usize, BridgeError> {
    let (store, _) = state.signed_in_store(false).await?;
    let count = blocking(move || outbox::retry_quarantined(&store, record_id.as_deref()))
        .await
        .map_err(|e: AppError| state.bridge(&e))?;
    state.wake_sync();
    Ok(count)
}

/// Whether an entrepreneur's latest change has reached the head office.
#[tauri::command]
pub async fn entrepreneur_synced(
    id: String,
    state: State<'_, AppState>,
) -> Result<bool, BridgeError> {
    state
        .as_operator(move |store, _| store.read(|conn| outbox::is_synced(conn, &id)))
        .await
}
