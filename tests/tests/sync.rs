//! The Sync screen in the real app window against a real head office on 127.0.0.1:
//! the operator connects the kiosk with the address and one-time code, sends, and the
//! head office holds the entrepreneur registered on the kiosk.

use gram_kiosk_e2e::{kiosk_in_use, Driver, ADMIN_NAME, ADMIN_PIN};
use kiosk_core::catalog::eligibility::Gender;
use kiosk_core::people::entrepreneurs::{self, Registration, Stage};

/// An entrepreneur registered on the kiosk before the app starts.
fn register_one(data: &std::path::Path) -> String {
    let store = kiosk_core::Store::open(data).expect("store");
    let admin = kiosk_core::people::operators::list(&store)
        .expect("operators")
        .into_iter()
        .find(|o| o.name == ADMIN_NAME)
        .expect("admin");
    let form = Registration {
        full_name: "कमला बाई".into(),
        gender: Gender::Female,
        birth_date: None,
        age: Some(34),
        mobile: "9425012345".into(),
        village: "करनावद".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: None,
        education: "primary".into(),
        shg_member: true,
        sector: "dairy".into(),
        idea: "दो भैंस से दूध का काम".into(),
        stage: Stage::Idea,
        bank_account: true,
        aadhaar: None,
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    };
    entrepreneurs::register(&store, &admin, &form)
        .expect("registered")
        .id
}

#[tokio::test(flavor = "multi_thread")]
async fn the_operator_connects_the_kiosk_and_sends_its_records_to_the_head_office() {
    let data = kiosk_in_use();
    let id = register_one(data.path());
    let office_dir = tempfile::tempdir().expect("tempdir");
    let office = headoffice::HeadOffice::open_sqlite(office_dir.path()).expect("head office");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(headoffice::serve(listener, office.clone()));
    let token = office.enrol("Bagli kiosk", None, 72).await.expect("token");

    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    app.click("tile-sync").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.type_into("sync-url", &url).await;
    app.type_into("sync-token", &token).await;
    app.screenshot("50-sync-connect-hi").await;
    app.click("sync-enrol-submit").await;
    app.wait_for("sync-server", "the head office's address", |t| t == url)
        .await;

    // The background worker may already have sent it on enrolment; "Send now" either
    // sends it or finds nothing left. Either way nothing waits afterwards.
    app.click("sync-now").await;
    app.wait_for("sync-waiting", "nothing waiting", |t| {
        t.contains("कुछ भी बाकी नहीं")
    })
    .await;
    app.wait_for("sync-last-success", "a time of the last success", |t| {
        t.contains("2026") || t.chars().any(|c| c.is_ascii_digit())
    })
    .await;
    app.screenshot("51-sync-sent-hi").await;
    app.close().await;

    let held = office.records("entrepreneur").await.expect("records");
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].id, id);
    let name = held[0].body.as_ref().expect("body")["profile"]["full_name"].clone();
    assert_eq!(name, "कमला बाई");
    server.abort();
}
