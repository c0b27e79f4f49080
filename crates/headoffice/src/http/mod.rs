//! The HTTP face of the head office: the kiosks' API (`/api/v1`, docs/sync-protocol.md)
//! with their credentials as an extractor, and the admin's pages (`web`). Handlers are
//! a few lines each over `ingest`, `storage`, `blobs` and `dashboard`.

mod api;
mod error;
mod web;

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::routing::{get, post, put};
use axum::Router;

use crate::credentials::{parse_bearer, secret_matches};
use crate::ingest::MAX_COMPRESSED_BYTES;
use crate::HeadOffice;
pub(crate) use error::ApiError;

/// An enrolment request is a token and two short names.
const MAX_ENROL_BYTES: usize = 16 * 1024;

pub(crate) fn router(office: HeadOffice) -> Router {
    Router::new()
        .route(
            "/api/v1/enrol",
            post(api::enrol).layer(DefaultBodyLimit::max(MAX_ENROL_BYTES)),
        )
        .route(
            "/api/v1/batches",
            post(api::batches).layer(DefaultBodyLimit::max(MAX_COMPRESSED_BYTES)),
        )
        .route(
            "/api/v1/blobs/{sha256}",
            put(api::put_blob).head(api::head_blob),
        )
        .route("/", get(web::home))
        .route("/signin", get(web::sign_in_page).post(web::sign_in))
        .route("/signout", post(web::sign_out))
        .route("/dashboard", get(web::dashboard))
        .route("/export/{kind}", get(web::export))
        .route("/fonts/{name}", get(web::font))
        .fallback(api::not_found)
        .with_state(office)
}

/// The kiosk a request comes from, from `Authorization: Bearer <kiosk_id>.<secret>`.
/// Checked before the body is read; every failure is the same bare 401.
#[derive(Debug)]
pub(crate) struct Kiosk(pub String);

impl FromRequestParts<HeadOffice> for Kiosk {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        office: &HeadOffice,
    ) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .ok_or(ApiError::Unauthorized)?;
        let (kiosk_id, secret) = parse_bearer(header).ok_or(ApiError::Unauthorized)?;
        let credentials = office.storage().credentials(kiosk_id.to_string()).await?;
        // An unknown or revoked kiosk still costs one comparison, like a wrong secret.
        let stored = credentials.and_then(|c| c.secret_hash);
        let matches = secret_matches(secret, &stored.unwrap_or([0; 32]));
        if stored.is_some() && matches {
            Ok(Kiosk(kiosk_id.to_string()))
        } else {
            Err(ApiError::Unauthorized)
        }
    }
}
