//! Tokens, secrets and the bare 401.

use headoffice::Error;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::{learner, start, Kiosk};

async fn error_of(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    (status, response.json().await.expect("a JSON error"))
}

#[tokio::test]
async fn a_token_is_taken_in_any_case_or_spacing_and_only_once() {
    let server = start().await;
    let token = server
        .office
        .enrol("Bagli kiosk", None, 72)
        .await
        .expect("token");
    let typed = token.to_lowercase().replace(' ', "");
    let kiosk = server.exchanged(&typed).await;
    assert_eq!(kiosk.secret.len(), 43, "32 bytes in base64url");
    let kiosks = server.office.kiosks().await.expect("kiosks");
    assert_eq!(kiosks.len(), 1);
    assert_eq!(
        (kiosks[0].id.as_str(), kiosks[0].name.as_str()),
        (kiosk.id.as_str(), "Bagli kiosk")
    );

    let again = error_of(server.exchange(&token).await).await;
    assert_eq!(
        again,
        (
            StatusCode::UNAUTHORIZED,
            json!({"error": "enrolment.token_invalid"})
        )
    );
}

#[tokio::test]
async fn unknown_and_expired_tokens_are_refused() {
    let server = start().await;
    let expired = server
        .office
        .enrol("Bagli kiosk", None, 0)
        .await
        .expect("token");
    for token in [expired.as_str(), "AAAA BBBB", ""] {
        let answer = error_of(server.exchange(token).await).await;
        assert_eq!(
            answer,
            (
                StatusCode::UNAUTHORIZED,
                json!({"error": "enrolment.token_invalid"})
            ),
            "{token:?}"
        );
    }
    assert!(server.office.kiosks().await.expect("kiosks").is_empty());
}

#[tokio::test]
async fn an_enrolment_request_that_is_not_json_is_400() {
    let server = start().await;
    let response = server
        .client
        .post(format!("{}/api/v1/enrol", server.url))
        .body("token=ABCD")
        .send()
        .await
        .expect("request");
    assert_eq!(
        error_of(response).await,
        (StatusCode::BAD_REQUEST, json!({"error": "bad_request"}))
    );
}

#[tokio::test]
async fn re_enrolment_keeps_the_id_and_stops_the_old_secret() {
    let server = start().await;
    let old = server.enrolled("Bagli kiosk").await;
    let token = server
        .office
        .enrol("Bagli kiosk", Some(&old.id), 72)
        .await
        .expect("token");
    let new = server.exchanged(&token).await;
    assert_eq!(new.id, old.id);
    assert_ne!(new.secret, old.secret);
    assert_eq!(
        server.send(&old, json!([])).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(server.send(&new, json!([])).await.status(), StatusCode::OK);
    assert_eq!(server.office.kiosks().await.expect("kiosks").len(), 1);
}

#[tokio::test]
async fn bad_credentials_get_a_bare_401() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let other = server.enrolled("Dewas kiosk").await;
    let wrong_secret = Kiosk {
        secret: other.secret.clone(),
        ..kiosk.clone()
    };
    let unknown = Kiosk {
        id: "0192f0c0-0000-7000-8000-00000000dead".into(),
        ..kiosk.clone()
    };
    for (what, auth) in [
        ("wrong secret", wrong_secret.bearer()),
        ("unknown kiosk", unknown.bearer()),
        ("no dot", format!("Bearer {}", kiosk.id)),
        ("basic", format!("Basic {}.{}", kiosk.id, kiosk.secret)),
        ("empty", String::new()),
    ] {
        let response = server.post_raw(&auth, b"{}".to_vec(), false).await;
        assert_eq!(
            error_of(response).await,
            (StatusCode::UNAUTHORIZED, json!({"error": "unauthorized"})),
            "{what}"
        );
    }
    // Another kiosk's batch, with good credentials of its own.
    let batch = json!({ "kiosk_id": kiosk.id, "batch_id": "b", "records": [] });
    let response = server
        .post_raw(
            &other.bearer(),
            serde_json::to_vec(&batch).expect("json"),
            false,
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_kiosk_and_its_unused_token_are_refused() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let pending = server
        .office
        .enrol("Bagli kiosk", Some(&kiosk.id), 72)
        .await
        .expect("token");
    assert_eq!(
        server.send(&kiosk, json!([learner("l1")])).await.status(),
        StatusCode::OK
    );

    server.office.revoke(&kiosk.id).await.expect("revokes");
    let response = server.send(&kiosk, json!([learner("l2")])).await;
    assert_eq!(
        error_of(response).await,
        (StatusCode::UNAUTHORIZED, json!({"error": "unauthorized"}))
    );
    let head = server
        .client
        .head(server.blob_url(&"a".repeat(64)))
        .header("Authorization", kiosk.bearer())
        .send()
        .await
        .expect("head");
    assert_eq!(head.status(), StatusCode::UNAUTHORIZED);
    let exchange = error_of(server.exchange(&pending).await).await;
    assert_eq!(exchange.0, StatusCode::UNAUTHORIZED);
    let rows = server.office.kiosks().await.expect("kiosks");
    assert!(rows[0].revoked);
    assert_eq!(server.records("learner").await.len(), 1);

    // A new token made after the revocation brings the kiosk back, with a new secret.
    let token = server
        .office
        .enrol("Bagli kiosk", Some(&kiosk.id), 72)
        .await
        .expect("token");
    let back = server.exchanged(&token).await;
    assert_eq!(back.id, kiosk.id);
    assert_eq!(server.send(&back, json!([])).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_hashes_of_tokens_and_secrets_are_stored() {
    let server = start().await;
    let token = server
        .office
        .enrol("Bagli kiosk", None, 72)
        .await
        .expect("token");
    let kiosk = server.exchanged(&token).await;
    let stored = server.stored_bytes().await;
    for secret in [token.replace(' ', ""), kiosk.secret.clone()] {
        let found = stored.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(!found, "a secret is stored in clear");
    }
}

#[tokio::test]
async fn enrolment_refuses_bad_names_long_tokens_and_unknown_kiosks() {
    let server = start().await;
    let office = &server.office;
    for name in ["", "   ", "a\u{7}b", &"x".repeat(101)] {
        assert!(
            matches!(
                office.enrol(name, None, 72).await,
                Err(Error::KioskNameInvalid)
            ),
            "{name:?}"
        );
    }
    assert!(matches!(
        office.enrol("Bagli", None, 24 * 31).await,
        Err(Error::HoursTooMany { .. })
    ));
    assert!(matches!(
        office.enrol("Bagli", Some("nobody"), 72).await,
        Err(Error::KioskNotFound(_))
    ));
    assert!(matches!(
        office.revoke("nobody").await,
        Err(Error::KioskNotFound(_))
    ));
}
