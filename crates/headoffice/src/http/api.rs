//! The handlers of `/api/v1`. No record body and no secret is ever logged.

use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_ENCODING;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::error::UPLOAD_OFFSET;
use super::{ApiError, Kiosk};
use crate::blobs::{is_sha256, Held, PutOutcome};
use crate::credentials::{new_secret, token_hash};
use crate::ingest::{self, BatchError, Incoming};
use crate::storage::Reported;
use crate::wire::{EnrolRequest, EnrolResponse, Outcome, Receipt};
use crate::HeadOffice;

const UPLOAD_LENGTH: &str = "upload-length";
const UPLOAD_COMPLETE: &str = "upload-complete";
/// What the head office keeps of the names a kiosk reports about itself.
const MAX_REPORTED_CHARS: usize = 100;

pub(super) async fn enrol(
    State(office): State<HeadOffice>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrolResponse>, ApiError> {
    let body = body.map_err(body_error)?;
    let request: EnrolRequest = serde_json::from_slice(&body).map_err(|_| ApiError::BadRequest)?;
    let (secret, secret_hash) = new_secret()?;
    let reported = Reported {
        name: request.kiosk_name.map(|n| cut(&n)),
        local_id: request.local_id.map(|n| cut(&n)),
    };
    let kiosk_id = office
        .storage()
        .exchange_token(token_hash(&request.token), secret_hash, reported)
        .await?
        .ok_or(ApiError::TokenInvalid)?;
    tracing::info!(kiosk = %kiosk_id, "kiosk enrolled");
    Ok(Json(EnrolResponse { kiosk_id, secret }))
}

pub(super) async fn batches(
    State(office): State<HeadOffice>,
    Kiosk(kiosk_id): Kiosk,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Receipt>, ApiError> {
    let body = body.map_err(body_error)?;
    let gzip = gzip_encoded(&headers)?;
    let batch = tokio::task::spawn_blocking(move || ingest::decode(&body, gzip))
        .await
        .map_err(|e| ApiError::Internal(crate::Error::TaskFailed(e.to_string())))?
        .map_err(|e| match e {
            BatchError::Malformed => ApiError::BadRequest,
            BatchError::TooLarge => ApiError::TooLarge,
        })?;
    if batch.kiosk_id != kiosk_id {
        return Err(ApiError::Unauthorized);
    }
    let records: Vec<Incoming> = batch.records.into_iter().map(Incoming::from).collect();
    let results = office
        .storage()
        .apply_batch(kiosk_id.clone(), records)
        .await?;
    let count = |outcome| results.iter().filter(|r| r.outcome == outcome).count();
    tracing::info!(
        kiosk = %kiosk_id,
        batch = %batch.batch_id,
        applied = count(Outcome::Applied),
        duplicate = count(Outcome::Duplicate),
        conflict = count(Outcome::Conflict),
        rejected = count(Outcome::Rejected),
        "batch received"
    );
    Ok(Json(Receipt {
        batch_id: batch.batch_id,
        results,
    }))
}

pub(super) async fn head_blob(
    State(office): State<HeadOffice>,
    _kiosk: Kiosk,
    Path(sha): Path<String>,
) -> Result<Response, ApiError> {
    if !is_sha256(&sha) {
        return Err(ApiError::BadRequest);
    }
    Ok(match office.blobs().held(&sha).await? {
        Held::Complete => with_header(StatusCode::OK, UPLOAD_COMPLETE, 1),
        Held::Partial(offset) => with_header(StatusCode::OK, UPLOAD_OFFSET, offset),
        Held::Nothing => StatusCode::NOT_FOUND.into_response(),
    })
}

pub(super) async fn put_blob(
    State(office): State<HeadOffice>,
    Kiosk(kiosk_id): Kiosk,
    Path(sha): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    if !is_sha256(&sha) {
        return Err(ApiError::BadRequest);
    }
    let number = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .ok_or(ApiError::BadRequest)
    };
    let (offset, total) = (number(UPLOAD_OFFSET)?, number(UPLOAD_LENGTH)?);
    match office.blobs().put(&sha, offset, total, body).await? {
        PutOutcome::Complete => {
            tracing::info!(kiosk = %kiosk_id, blob = %sha, bytes = total, "blob complete");
            Ok(with_header(StatusCode::CREATED, UPLOAD_COMPLETE, 1))
        }
        PutOutcome::Partial(offset) => Ok(with_header(StatusCode::ACCEPTED, UPLOAD_OFFSET, offset)),
        PutOutcome::WrongOffset(held) => Err(ApiError::WrongOffset(held)),
        PutOutcome::HashMismatch => {
            tracing::warn!(kiosk = %kiosk_id, blob = %sha, "blob does not match its hash");
            Err(ApiError::HashMismatch)
        }
        PutOutcome::TooLarge => Err(ApiError::TooLarge),
        PutOutcome::BadBody => Err(ApiError::BadRequest),
    }
}

pub(super) async fn not_found() -> ApiError {
    ApiError::NotFound
}

/// `Content-Encoding: gzip` as the protocol says; no header (or `identity`) is plain
/// JSON, handy with curl; anything else is refused.
fn gzip_encoded(headers: &HeaderMap) -> Result<bool, ApiError> {
    match headers.get(CONTENT_ENCODING).map(HeaderValue::to_str) {
        None => Ok(false),
        Some(Ok(value)) if value.trim().eq_ignore_ascii_case("gzip") => Ok(true),
        Some(Ok(value)) if value.trim().eq_ignore_ascii_case("identity") => Ok(false),
        Some(_) => Err(ApiError::UnsupportedEncoding),
    }
}

fn body_error(rejection: BytesRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge
    } else {
        ApiError::BadRequest
    }
}

fn with_header(status: StatusCode, name: &'static str, value: u64) -> Response {
    (status, [(name, HeaderValue::from(value))]).into_response()
}

/// A name as the head office keeps it: cut short, control characters (which neither a
/// page nor PostgreSQL's text takes) dropped.
fn cut(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_REPORTED_CHARS)
        .collect()
}
