//! The head office's HTTP API as the kiosk calls it, one function per request, with the
//! protocol's timeouts. Every answer the protocol does not expect becomes an error code
//! the operator can act on; none of them carries the secret.

use std::time::Duration;

use kiosk_core::settings::Enrolment;
use kiosk_core::{Error, Result};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_ENCODING, CONTENT_TYPE};
use reqwest::{Response, StatusCode};

use crate::wire::{EnrolRequest, EnrolResponse};

/// Giving up on a connection that does not open.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Giving up on a whole request, answer included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Largest answer read: a receipt for 500 records is far smaller.
const MAX_ANSWER_BYTES: usize = 4 * 1024 * 1024;

/// The kiosk's HTTP client. Cheap to clone; make one and keep it.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
}

/// What the head office holds of a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlobState {
    Complete,
    /// The first N bytes of an unfinished upload.
    Partial(u64),
    Missing,
}

/// The head office's answer to a part of a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    Complete,
    /// It now holds this many bytes.
    Partial(u64),
    /// It holds this many bytes, not as many as we said.
    OffsetMismatch(u64),
    /// It will never take this photo: the reason for the records that show it.
    Refused(&'static str),
}

/// The head office's answer to a batch.
#[derive(Debug)]
pub enum PostOutcome {
    /// The body of a 200 answer, still to be checked.
    Receipt(Vec<u8>),
    /// 413: send fewer records at a time.
    TooLarge,
}

impl Client {
    /// A client with the protocol's timeouts (connect 10 s, whole request 60 s).
    pub fn new() -> Result<Client> {
        Client::with_timeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT)
    }

    /// A client with other timeouts (tests of a server that stalls).
    pub fn with_timeouts(connect: Duration, request: Duration) -> Result<Client> {
        let http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            // A captive portal redirects to its login page: that is not the head office.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("gram-kiosk/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::SyncOffline(format!("HTTP client: {e}")))?;
        Ok(Client { http })
    }

    /// `POST /api/v1/enrol`: the token for this kiosk's id and secret.
    pub(crate) async fn enrol(
        &self,
        server: &str,
        request: &EnrolRequest<'_>,
    ) -> Result<EnrolResponse> {
        let response = self
            .http
            .post(format!("{server}/api/v1/enrol"))
            .json(request)
            .send()
            .await
            .map_err(offline)?;
        match response.status() {
            StatusCode::OK => {
                let answer = read(response).await?;
                let enrolled: EnrolResponse = serde_json::from_slice(&answer)
                    .map_err(|e| Error::SyncNotHeadOffice(format!("enrol answer: {e}")))?;
                let usable = |s: &str| {
                    (1..=200).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_graphic())
                };
                if !usable(&enrolled.kiosk_id) || !usable(&enrolled.secret) {
                    return Err(Error::SyncNotHeadOffice(
                        "enrol answer: unusable id or secret".into(),
                    ));
                }
                Ok(enrolled)
            }
            StatusCode::UNAUTHORIZED => Err(Error::SyncTokenInvalid),
            status => Err(unexpected("enrol", status)),
        }
    }

    /// `HEAD /api/v1/blobs/{sha256}`.
    pub(crate) async fn blob_state(&self, enrolment: &Enrolment, hash: &str) -> Result<BlobState> {
        let response = self
            .http
            .head(blob_url(enrolment, hash))
            .headers(auth(enrolment)?)
            .send()
            .await
            .map_err(offline)?;
        match response.status() {
            StatusCode::NOT_FOUND => Ok(BlobState::Missing),
            StatusCode::OK if header(&response, "upload-complete").as_deref() == Some("1") => {
                Ok(BlobState::Complete)
            }
            StatusCode::OK => match upload_offset(&response) {
                Some(n) => Ok(BlobState::Partial(n)),
                None => Err(Error::SyncNotHeadOffice(
                    "photo HEAD: 200 without upload headers".into(),
                )),
            },
            status => Err(unexpected("photo HEAD", status)),
        }
    }

    /// `PUT /api/v1/blobs/{sha256}` of `part`, the photo's bytes from `offset` on.
    pub(crate) async fn put_blob(
        &self,
        enrolment: &Enrolment,
        hash: &str,
        offset: u64,
        total: u64,
        part: Vec<u8>,
    ) -> Result<PutOutcome> {
        let response = self
            .http
            .put(blob_url(enrolment, hash))
            .headers(auth(enrolment)?)
            .header("upload-offset", offset)
            .header("upload-length", total)
            .header(CONTENT_TYPE, "application/octet-stream")
            .body(part)
            .send()
            .await
            .map_err(offline)?;
        let missing_offset = || Error::SyncNotHeadOffice("photo PUT: no Upload-Offset".into());
        match response.status() {
            StatusCode::CREATED => Ok(PutOutcome::Complete),
            StatusCode::ACCEPTED => upload_offset(&response)
                .map(PutOutcome::Partial)
                .ok_or_else(missing_offset),
            StatusCode::CONFLICT => upload_offset(&response)
                .map(PutOutcome::OffsetMismatch)
                .ok_or_else(missing_offset),
            StatusCode::PAYLOAD_TOO_LARGE => Ok(PutOutcome::Refused("photo.too_big")),
            StatusCode::UNPROCESSABLE_ENTITY => Ok(PutOutcome::Refused("photo.hash_mismatch")),
            status => Err(unexpected("photo PUT", status)),
        }
    }

    /// `POST /api/v1/batches` with the gzip-compressed JSON of a batch.
    pub(crate) async fn post_batch(
        &self,
        enrolment: &Enrolment,
        gzip: Vec<u8>,
    ) -> Result<PostOutcome> {
        let response = self
            .http
            .post(format!("{}/api/v1/batches", enrolment.server_url))
            .headers(auth(enrolment)?)
            .header(CONTENT_TYPE, "application/json")
            .header(CONTENT_ENCODING, "gzip")
            .body(gzip)
            .send()
            .await
            .map_err(offline)?;
        match response.status() {
            StatusCode::OK => Ok(PostOutcome::Receipt(read(response).await?)),
            StatusCode::PAYLOAD_TOO_LARGE => Ok(PostOutcome::TooLarge),
            status => Err(unexpected("batch", status)),
        }
    }
}

fn blob_url(enrolment: &Enrolment, hash: &str) -> String {
    format!("{}/api/v1/blobs/{hash}", enrolment.server_url)
}

/// `Authorization: Bearer <kiosk_id>.<secret>`, marked sensitive so no log shows it.
fn auth(enrolment: &Enrolment) -> Result<HeaderMap> {
    let mut value = HeaderValue::from_str(&format!(
        "Bearer {}.{}",
        enrolment.kiosk_id, enrolment.secret
    ))
    .map_err(|_| Error::SyncNotEnrolled)?;
    value.set_sensitive(true);
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, value);
    Ok(headers)
}

/// The request did not get an answer: no connection, a timeout, a cut connection.
fn offline(error: reqwest::Error) -> Error {
    Error::SyncOffline(error.to_string())
}

/// An answer the protocol does not give for this request.
fn unexpected(what: &str, status: StatusCode) -> Error {
    match status.as_u16() {
        401 => Error::SyncNotEnrolled,
        // A login page, a redirect to one, or some other web server at this address.
        200..=399 | 404 => Error::SyncNotHeadOffice(format!("{what}: {status}")),
        _ => Error::SyncServerError(format!("{what}: {status}")),
    }
}

fn header(response: &Response, name: &str) -> Option<String> {
    let value = response.headers().get(name)?.to_str().ok()?;
    Some(value.trim().to_string())
}

fn upload_offset(response: &Response) -> Option<u64> {
    header(response, "upload-offset")?.parse().ok()
}

/// The answer's body, at most [`MAX_ANSWER_BYTES`].
async fn read(mut response: Response) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(offline)? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(Error::SyncNotHeadOffice(
                "answer too long for a receipt".into(),
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
