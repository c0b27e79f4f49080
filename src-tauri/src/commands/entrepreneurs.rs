//! The Register tile: entrepreneurs, their photos and check-ins, and the programme's
//! figures. Everything here holds personal data, so every command needs an operator.

use kiosk_core::people::entrepreneurs::{
    self, CheckIn, CheckInInput, ConsentNotice, Dashboard, Duplicate, Entrepreneur,
    EntrepreneurSummary, HistoryEntry, Lists, Registration,
};
use kiosk_core::{encode, photos, Error};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::error::BridgeError;
use crate::state::AppState;

/// The form's choices (sectors, education, stages, loan sources) in both languages.
#[tauri::command]
pub fn entrepreneur_lists() -> Lists {
    entrepreneurs::lists().clone()
}

/// The consent notice the operator reads out, with its version.
#[tauri::command]
pub fn consent_notice() -> ConsentNotice {
    entrepreneurs::notice().clone()
}

/// Stores a photo sent as raw bytes (webcam frame or chosen file), safely re-encoded;
/// answers its sha256 for the form.
#[tauri::command]
pub async fn store_photo(
    request: Request<'_>,
    state: State<'_, AppState>,
) -> Result<String, BridgeError> {
    let InvokeBody::Raw(bytes) = request.body() else {
        let error = Error::PhotoNotImage("not sent as bytes".into());
        return Err(state.bridge(&error.into()));
    };
    let bytes = bytes.clone();
    state
        .as_operator(move |store, _| photos::store(store, &bytes))
        .await
}

/// A stored photo as a `data:` URL for an `<img>`, or `null`.
#[tauri::command]
pub async fn photo(
    hash: String,
    state: State<'_, AppState>,
) -> Result<Option<String>, BridgeError> {
    state
        .as_operator(move |store, _| {
            Ok(photos::read(store, &hash)?.map(|jpeg| encode::data_url("image/jpeg", &jpeg)))
        })
        .await
}

/// Records that may be the same person, to show before saving.
#[tauri::command]
pub async fn possible_duplicates(
    form: Registration,
    except: Option<String>,
    state: State<'_, AppState>,
) -> Result<Vec<Duplicate>, BridgeError> {
    state
        .as_operator(move |store, _| {
            entrepreneurs::possible_duplicates(store, &form, except.as_deref())
        })
        .await
}

/// Saves a new entrepreneur with its outbox row; answers only after the commit.
#[tauri::command]
pub async fn register_entrepreneur(
    form: Registration,
    state: State<'_, AppState>,
) -> Result<Entrepreneur, BridgeError> {
    state
        .as_operator(move |store, by| entrepreneurs::register(store, by, &form))
        .await
}

/// Saves changes to a record last seen at `version`.
#[tauri::command]
pub async fn update_entrepreneur(
    id: String,
    version: i64,
    form: Registration,
    state: State<'_, AppState>,
) -> Result<Entrepreneur, BridgeError> {
    state
        .as_operator(move |store, by| entrepreneurs::update(store, by, &id, version, &form))
        .await
}

/// Everyone registered, newest first; `query` narrows by name, village or mobile.
#[tauri::command]
pub async fn entrepreneurs(
    query: String,
    state: State<'_, AppState>,
) -> Result<Vec<EntrepreneurSummary>, BridgeError> {
    state
        .as_operator(move |store, _| entrepreneurs::list(store, &query))
        .await
}

#[tauri::command]
pub async fn entrepreneur(
    id: String,
    state: State<'_, AppState>,
) -> Result<Entrepreneur, BridgeError> {
    state
        .as_operator(move |store, _| entrepreneurs::get(store, &id))
        .await
}

/// Who changed the record, when, and which fields.
#[tauri::command]
pub async fn entrepreneur_history(
    id: String,
    state: State<'_, AppState>,
) -> Result<Vec<HistoryEntry>, BridgeError> {
    state
        .as_operator(move |store, _| entrepreneurs::history(store, &id))
        .await
}

/// Consent withdrawn: an admin erases the personal fields and photo; the id stays.
#[tauri::command]
pub async fn erase_entrepreneur(
    id: String,
    state: State<'_, AppState>,
) -> Result<Entrepreneur, BridgeError> {
    state
        .as_admin(move |store, admin| entrepreneurs::erase(store, admin, &id))
        .await
}

#[tauri::command]
pub async fn add_check_in(
    id: String,
    check_in: CheckInInput,
    state: State<'_, AppState>,
) -> Result<CheckIn, BridgeError> {
    state
        .as_operator(move |store, by| entrepreneurs::add_check_in(store, by, &id, &check_in))
        .await
}

/// An entrepreneur's check-ins, oldest first, for the timeline and chart.
#[tauri::command]
pub async fn check_ins(
    id: String,
    state: State<'_, AppState>,
) -> Result<Vec<CheckIn>, BridgeError> {
    state
        .as_operator(move |store, _| entrepreneurs::check_ins(store, &id))
        .await
}

/// The kiosk's programme figures, with the last twelve months.
#[tauri::command]
pub async fn programme_dashboard(state: State<'_, AppState>) -> Result<Dashboard, BridgeError> {
    state
        .as_operator(|store, _| entrepreneurs::dashboard(store))
        .await
}
