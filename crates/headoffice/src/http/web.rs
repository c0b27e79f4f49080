//! The admin's pages: sign-in with the admin password, the dashboard in Hindi or
//! English, and CSV exports. Personal data is behind the session cookie and never cached.

use std::time::Duration;

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use serde::Deserialize;

use super::ApiError;
use crate::admin::{
    expired_cookie, new_session, password_matches, session_cookie, session_from_cookies,
    session_hash, SESSION_HOURS,
};
use crate::dashboard::i18n::Lang;
use crate::dashboard::{export, html, Dashboard, Figures, Latest};
use crate::ingest::KINDS;
use crate::HeadOffice;

/// A wrong password costs this long, so guessing over the network is slow.
const FAILED_SIGN_IN_DELAY: Duration = Duration::from_secs(1);
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/// The Devanagari font the pages use, bundled: a head office PC may have none, and
/// without one Hindi shows as empty boxes.
const FONTS: [(&str, &[u8]); 2] = [
    (
        "NotoSansDevanagari-Regular.ttf",
        include_bytes!("../../../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "NotoSansDevanagari-Bold.ttf",
        include_bytes!("../../../../assets/fonts/NotoSansDevanagari-Bold.ttf"),
    ),
];

#[derive(Debug, Deserialize)]
pub(super) struct LangQuery {
    lang: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct SignInForm {
    password: String,
    lang: Option<String>,
}

/// A request from a signed-in admin; anyone else is sent to the sign-in page.
#[derive(Debug)]
pub(super) struct Admin;

impl FromRequestParts<HeadOffice> for Admin {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        office: &HeadOffice,
    ) -> Result<Self, Self::Rejection> {
        let value = parts
            .headers
            .get(COOKIE)
            .and_then(|v| v.to_str().ok())
            .and_then(session_from_cookies);
        if let Some(value) = value {
            let valid = office
                .storage()
                .session_valid(session_hash(value))
                .await
                .map_err(|e| ApiError::from(e).into_response())?;
            if valid {
                return Ok(Admin);
            }
        }
        Err(see_other("/signin", None))
    }
}

pub(super) async fn home() -> Response {
    see_other("/dashboard", None)
}

pub(super) async fn sign_in_page(Query(query): Query<LangQuery>) -> Response {
    let lang = Lang::from_query(query.lang.as_deref());
    page(StatusCode::OK, html::sign_in(lang, None))
}

pub(super) async fn sign_in(
    State(office): State<HeadOffice>,
    Form(form): Form<SignInForm>,
) -> Result<Response, ApiError> {
    let lang = Lang::from_query(form.lang.as_deref());
    let Some(stored) = office.storage().admin_password().await? else {
        return Ok(page(
            StatusCode::SERVICE_UNAVAILABLE,
            html::sign_in(lang, Some("signin-not-set")),
        ));
    };
    let password = form.password;
    let matches = tokio::task::spawn_blocking(move || password_matches(&password, &stored))
        .await
        .map_err(|e| ApiError::Internal(crate::Error::TaskFailed(e.to_string())))?;
    if !matches {
        tracing::warn!("admin sign-in with a wrong password");
        tokio::time::sleep(FAILED_SIGN_IN_DELAY).await;
        return Ok(page(
            StatusCode::UNAUTHORIZED,
            html::sign_in(lang, Some("signin-wrong")),
        ));
    }
    let (value, hash) = new_session()?;
    office.storage().create_session(hash, SESSION_HOURS).await?;
    tracing::info!("admin signed in");
    let target = format!("/dashboard?lang={}", lang.code());
    Ok(see_other(&target, Some(session_cookie(&value))))
}

pub(super) async fn sign_out(
    State(office): State<HeadOffice>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let value = headers
        .get(COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(session_from_cookies);
    if let Some(value) = value {
        office.storage().delete_session(session_hash(value)).await?;
    }
    Ok(see_other("/signin", Some(expired_cookie())))
}

pub(super) async fn dashboard(
    State(office): State<HeadOffice>,
    _admin: Admin,
    Query(query): Query<LangQuery>,
) -> Result<Response, ApiError> {
    let lang = Lang::from_query(query.lang.as_deref());
    let storage = office.storage();
    let latest = Latest {
        entrepreneurs: storage.latest("entrepreneur").await?,
        check_ins: storage.latest("check_in").await?,
        learners: storage.latest("learner").await?,
        completions: storage.latest("course_completion").await?,
    };
    let data = Dashboard {
        figures: Figures::compute(&latest),
        kiosks: storage.kiosks().await?,
        quarantine: storage.quarantine().await?,
    };
    Ok(page(StatusCode::OK, html::dashboard(lang, &data)))
}

pub(super) async fn export(
    State(office): State<HeadOffice>,
    _admin: Admin,
    Path(kind): Path<String>,
) -> Result<Response, ApiError> {
    let kind = KINDS
        .into_iter()
        .find(|k| *k == kind)
        .ok_or(ApiError::NotFound)?;
    let records = office.storage().latest(kind).await?;
    let bytes = export::csv(&records)
        .map_err(|e| ApiError::Internal(crate::Error::Io(std::io::Error::other(e))))?;
    tracing::info!(kind, rows = records.len(), "export downloaded");
    Ok((
        StatusCode::OK,
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{kind}.csv\""),
            ),
            (CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// A bundled font, cached for a year (its name changes if it ever does).
pub(super) async fn font(Path(name): Path<String>) -> Result<Response, ApiError> {
    let (_, bytes) = FONTS
        .iter()
        .find(|(font, _)| *font == name)
        .ok_or(ApiError::NotFound)?;
    Ok((
        StatusCode::OK,
        [
            (CONTENT_TYPE, "font/ttf"),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        *bytes,
    )
        .into_response())
}

fn page(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (CACHE_CONTROL, "no-store"),
            (HeaderName::from_static("content-security-policy"), CSP),
            (HeaderName::from_static("x-frame-options"), "DENY"),
        ],
        Html(body),
    )
        .into_response()
}

fn see_other(location: &str, cookie: Option<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, location.to_string())]).into_response();
    if let Some(cookie) = cookie.and_then(|c| c.parse().ok()) {
        response.headers_mut().insert(SET_COOKIE, cookie);
    }
    response
}
