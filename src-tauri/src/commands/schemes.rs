//! The Schemes screen: search, one scheme, subjects for the filter, the finder.

use kiosk_core::catalog::eligibility::{EligibleScheme, Profile};
use kiosk_core::catalog::{self, Filters, Scheme, SearchResults};
use tauri::State;

use crate::error::BridgeError;
use crate::state::AppState;

/// How many results the Schemes screen shows for one search.
const SEARCH_LIMIT: usize = 30;

/// Searches the scheme catalog as the villager types.
#[tauri::command]
pub async fn search_schemes(
    query: String,
    filters: Filters,
    state: State<'_, AppState>,
) -> Result<SearchResults, BridgeError> {
    state
        .with_store(move |store| catalog::search(store, &query, &filters, None, SEARCH_LIMIT))
        .await
}

/// One scheme of the catalog, or `null` if there is none with this id.
#[tauri::command]
pub async fn scheme(id: String, state: State<'_, AppState>) -> Result<Option<Scheme>, BridgeError> {
    state
        .with_store(move |store| catalog::get(store, &id))
        .await
}

/// The subjects schemes are filed under, most used first, for the Schemes screen's filter.
#[tauri::command]
pub async fn scheme_categories(state: State<'_, AppState>) -> Result<Vec<String>, BridgeError> {
    state.with_store(catalog::categories).await
}

/// How many schemes the eligibility finder lists.
const ELIGIBLE_LIMIT: usize = 50;

/// Schemes that fit or may fit the villager's answers, with reasons in the current language.
#[tauri::command]
pub async fn eligible_schemes(
    profile: Profile,
    state: State<'_, AppState>,
) -> Result<Vec<EligibleScheme>, BridgeError> {
    let (localizer, lang) = (state.localizer(), state.language());
    let found = state
        .with_store(move |store| catalog::eligible(store, &profile, &localizer, lang))
        .await?;
    Ok(found
        .into_iter()
        .take(ELIGIBLE_LIMIT)
        .map(|(scheme, verdict)| EligibleScheme {
            id: scheme.id,
            name_en: scheme.name_en,
            name_hi: scheme.name_hi,
            level: scheme.level,
            verdict,
        })
        .collect())
}
