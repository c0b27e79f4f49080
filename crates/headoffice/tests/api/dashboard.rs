//! The admin's pages: sign-in, the dashboard in Hindi and English, CSV exports.

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{redirect, StatusCode};
use serde_json::json;

use crate::common::{entrepreneur, learner, start, tombstone, Server};

const PASSWORD: &str = "a long admin password";

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .expect("client")
}

async fn sign_in(server: &Server, password: &str) -> reqwest::Response {
    browser()
        .post(format!("{}/signin", server.url))
        .form(&[("password", password), ("lang", "en")])
        .send()
        .await
        .expect("sign-in request")
}

/// Signs in and returns the `Cookie` header value for the session.
async fn session(server: &Server) -> String {
    let response = sign_in(server, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/dashboard?lang=en");
    let cookie = response.headers()[SET_COOKIE]
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    cookie.split(';').next().expect("name=value").to_string()
}

async fn get(server: &Server, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = browser().get(format!("{}{path}", server.url));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request")
}

#[tokio::test]
async fn pages_need_a_signed_in_admin() {
    let server = start().await;
    for path in ["/dashboard", "/export/entrepreneur", "/"] {
        let response = get(&server, path, None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
    }
    let made_up = get(&server, "/dashboard", Some("headoffice_session=made-up")).await;
    assert_eq!(made_up.status(), StatusCode::SEE_OTHER);
    assert_eq!(made_up.headers()[LOCATION], "/signin");

    let not_set = sign_in(&server, PASSWORD).await;
    assert_eq!(not_set.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(not_set
        .text()
        .await
        .expect("html")
        .contains("headoffice admin set-password"));

    server
        .office
        .set_admin_password(PASSWORD)
        .await
        .expect("sets");
    let wrong = sign_in(&server, "not the password").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.headers().get(SET_COOKIE).is_none());
    assert!(wrong
        .text()
        .await
        .expect("html")
        .contains("Wrong password."));
}

#[tokio::test]
async fn the_dashboard_shows_kiosks_figures_and_quarantined_records_in_both_languages() {
    let server = start().await;
    server
        .office
        .set_admin_password(PASSWORD)
        .await
        .expect("sets");
    let kiosk = server.enrolled("बागली कियोस्क").await;
    let mut bad = learner("l9");
    bad["body"] = json!("not an object");
    server
        .outcomes(
            &kiosk,
            json!([
                entrepreneur("e1", 1, "Sunita"),
                entrepreneur("e2", 1, "Kamla"),
                tombstone("entrepreneur", "e2", 2),
                learner("l1"),
                bad,
            ]),
        )
        .await;
    let cookie = session(&server).await;

    let hindi = get(&server, "/dashboard", Some(&cookie)).await;
    assert_eq!(hindi.status(), StatusCode::OK);
    assert_eq!(hindi.headers()["cache-control"], "no-store");
    let page = hindi.text().await.expect("html");
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<html lang=\"hi\">"));
    assert!(page.contains("बागली कियोस्क"));
    assert!(page.contains("सभी कियोस्क के उद्यमी"));
    assert!(
        page.contains("data-testid=\"figure-entrepreneurs\"><b>1</b>"),
        "the erased one does not count"
    );
    assert!(page.contains("data-testid=\"figure-learners\"><b>1</b>"));
    assert!(page.contains("l9") && page.contains("record.bad_body"));

    let english = get(&server, "/dashboard?lang=en", Some(&cookie)).await;
    let page = english.text().await.expect("html");
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("Conflicting and rejected records"));
}

#[tokio::test]
async fn exports_are_csv_with_a_bom_and_erased_records_without_their_data() {
    let server = start().await;
    server
        .office
        .set_admin_password(PASSWORD)
        .await
        .expect("sets");
    let kiosk = server.enrolled("Bagli kiosk").await;
    server
        .outcomes(
            &kiosk,
            json!([
                entrepreneur("e1", 1, "सुनीता"),
                entrepreneur("e1", 2, "सुनीता देवी"),
                entrepreneur("e2", 1, "Kamla"),
                tombstone("entrepreneur", "e2", 2),
            ]),
        )
        .await;
    let cookie = session(&server).await;
    let response = get(&server, "/export/entrepreneur", Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let bytes = response.bytes().await.expect("body");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("kiosk_id,id,version,received_at,erased,"));
    assert!(lines[1].contains(",e1,2,") && lines[1].contains("सुनीता देवी"));
    assert!(lines[2].contains(",e2,2,") && lines[2].contains(",yes"));
    assert!(!text.contains("Kamla"), "erased data is not exported");

    let unknown = get(&server, "/export/certificate", Some(&cookie)).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn signing_out_or_a_new_password_ends_the_session() {
    let server = start().await;
    server
        .office
        .set_admin_password(PASSWORD)
        .await
        .expect("sets");
    let first = session(&server).await;
    let second = session(&server).await;
    let out = browser()
        .post(format!("{}/signout", server.url))
        .header(COOKIE, &first)
        .send()
        .await
        .expect("sign out");
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(out.headers()[SET_COOKIE]
        .to_str()
        .expect("ascii")
        .contains("Max-Age=0"));
    assert_eq!(
        get(&server, "/dashboard", Some(&first)).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        get(&server, "/dashboard", Some(&second)).await.status(),
        StatusCode::OK
    );

    server
        .office
        .set_admin_password("another long password")
        .await
        .expect("sets");
    assert_eq!(
        get(&server, "/dashboard", Some(&second)).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn pages_bring_their_own_devanagari_font() {
    let server = start().await;
    let page = get(&server, "/signin", None).await;
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(csp.contains("font-src 'self'"), "{csp}");
    let html = page.text().await.expect("html");
    for weight in ["Regular", "Bold"] {
        let path = format!("/fonts/NotoSansDevanagari-{weight}.ttf");
        assert!(
            html.contains(&format!("url({path})")),
            "{weight} in the page"
        );
        // Fonts are not personal data: no sign-in needed, cached for long.
        let font = get(&server, &path, None).await;
        assert_eq!(font.status(), StatusCode::OK);
        assert_eq!(font.headers()["content-type"], "font/ttf");
        assert!(font.headers()["cache-control"]
            .to_str()
            .expect("ascii")
            .contains("max-age=31536000"));
        let bytes = font.bytes().await.expect("bytes");
        assert_eq!(&bytes[..4], [0, 1, 0, 0], "a TrueType font");
        assert!(bytes.len() > 100_000);
    }
    let other = get(&server, "/fonts/..%2Fheadoffice.sqlite3", None).await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}
