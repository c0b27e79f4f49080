//! Errors as the kiosk sees them: a status and `{ "error": "<code>" }`, nothing more.
//! The detail of a server fault goes to the log, never to the client.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::error::Error;

pub(crate) const UPLOAD_OFFSET: &str = "upload-offset";

#[derive(Debug)]
pub(crate) enum ApiError {
    BadRequest,
    Unauthorized,
    TokenInvalid,
    NotFound,
    TooLarge,
    UnsupportedEncoding,
    /// A blob part at the wrong offset; carries the server's offset.
    WrongOffset(u64),
    HashMismatch,
    Internal(Error),
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::TokenInvalid => (StatusCode::UNAUTHORIZED, "enrolment.token_invalid"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::UnsupportedEncoding => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_encoding")
            }
            ApiError::WrongOffset(_) => (StatusCode::CONFLICT, "blob.wrong_offset"),
            ApiError::HashMismatch => (StatusCode::UNPROCESSABLE_ENTITY, "blob.hash_mismatch"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        match error {
            // Revoked between the credentials check and the batch's transaction.
            Error::KioskRevoked => ApiError::Unauthorized,
            other => ApiError::Internal(other),
        }
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> Self {
        ApiError::Internal(Error::Io(error))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if let ApiError::Internal(error) = &self {
            tracing::error!(code = error.code(), %error, "request failed");
        }
        let mut response = (status, Json(json!({ "error": code }))).into_response();
        if let ApiError::WrongOffset(offset) = self {
            response
                .headers_mut()
                .insert(UPLOAD_OFFSET, HeaderValue::from(offset));
        }
        response
    }
}
