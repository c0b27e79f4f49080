//! The operator's side of the real app window: first-run set-up, adding an operator,
//! five wrong PINs locking an account, the screen locking when idle, and a course pack
//! installed from a USB stick.

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use gram_kiosk_e2e::{Driver, ADMIN_PIN};

/// A copy of a shipped course with its version raised, as a programme would send it.
fn course_update_on_stick(stick: &Path) {
    let shipped = gram_kiosk_e2e::workspace_root().join("assets/courses/digital-payments");
    let pack = stick.join("Courses 2026").join("digital-payments");
    copy_dir(&shipped, &pack);
    let manifest = pack.join("course.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let raised = text.replacen("version = 1", "version = 2", 1);
    assert_ne!(raised, text, "the shipped course is no longer version 1");
    std::fs::write(manifest, raised).expect("manifest written");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_kiosk_is_set_up_and_its_operators_sign_in_lock_out_and_add_a_course() {
    let data = tempfile::tempdir().expect("tempdir");
    let media = tempfile::tempdir().expect("tempdir");
    course_update_on_stick(&media.path().join("kiosk").join("PENDRIVE"));
    let idle_seconds = OsStr::new("12");
    let driver = Driver::start_with(
        data.path(),
        &[
            ("GRAM_KIOSK_MEDIA_DIRS", media.path().as_os_str()),
            ("GRAM_KIOSK_IDLE_LOCK_SECONDS", idle_seconds),
        ],
    );
    let app = driver.launch().await;

    // First run: the set-up screen, in Hindi, with MP's districts once MP is chosen.
    app.find("screen-setup").await;
    app.type_into("setup-name", "ग्राम कियोस्क बागली").await;
    app.choose("setup-state", "madhya-pradesh").await;
    app.choose("setup-district", "dewas").await;
    app.type_into("setup-block", "बागली").await;
    app.type_into("setup-village", "करनावद").await;
    app.type_into("setup-admin", "आशा वर्मा").await;
    app.type_into("setup-pin", "123456").await;
    app.type_into("setup-pin-again", "123456").await;
    app.screenshot("30-setup-hi").await;
    // A PIN anyone would guess is refused, in Hindi, and nothing is set up.
    app.click("setup-submit").await;
    app.wait_for("setup-error", "the weak-PIN message", |t| t.contains("पिन"))
        .await;
    assert!(app.is_present("screen-setup").await);
    app.type_into("setup-pin", ADMIN_PIN).await;
    app.type_into("setup-pin-again", ADMIN_PIN).await;
    app.click("setup-submit").await;
    app.wait_for("operator-signed-in", "the admin signed in", |t| {
        t.contains("आशा वर्मा") && t.contains("एडमिन")
    })
    .await;
    app.screenshot("31-operator-screen-hi").await;

    // The admin adds an operator.
    app.click("operator-task-operators").await;
    app.type_into("operators-name", "Ravi Kumar").await;
    app.type_into("operators-pin", "593817").await;
    app.click("operators-submit").await;
    app.wait_for("operators-list", "Ravi in the list", |t| {
        t.contains("Ravi Kumar")
    })
    .await;
    app.click("operators-back").await;

    // A newer version of a course, found on the USB stick, installs all at once.
    app.click("operator-task-course-packs").await;
    app.wait_for("course-packs-list", "the pack on the stick", |t| {
        t.contains("digital-payments") && t.contains("PENDRIVE")
    })
    .await;
    app.click("course-pack-install-0").await;
    app.wait_for("course-packs-result", "the upgrade message", |t| {
        t.contains("digital-payments") && t.contains('2')
    })
    .await;
    app.screenshot("32-course-pack-installed-hi").await;
    app.click("course-packs-back").await;
    app.click("sign-out").await;
    app.find("screen-home").await;

    // Ravi types a wrong PIN five times: the account locks, and says so in Hindi.
    app.click("operator-open").await;
    app.find("screen-sign-in").await;
    let said = [
        "4 कोशिशें बाकी",
        "3 कोशिशें बाकी",
        "2 कोशिशें बाकी",
        "एक बार और ग़लत पिन",
        "यह खाता बंद है",
    ];
    for expected in said {
        app.sign_in(0, "111999").await;
        app.wait_for("sign-in-error", expected, |t| t.contains(expected))
            .await;
    }
    app.screenshot("33-pin-locked-hi").await;
    // Locked means locked: the right PIN is refused too, until the lock runs out.
    app.sign_in(0, "593817").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(app.text_of("sign-in-error").await.contains("यह खाता बंद है"));
    assert!(!app.is_present("screen-operator").await);

    // The admin is not locked. Left alone, the screen locks by itself and hides the
    // operator's screen; signing in again brings it back as it was.
    app.sign_in(1, ADMIN_PIN).await;
    app.find("screen-operator").await;
    tokio::time::sleep(Duration::from_secs(14)).await;
    app.find("sign-in-locked").await;
    let hidden = app
        .eval("return document.querySelector('[data-testid=\"screen-operator\"]').closest('[hidden]') !== null;")
        .await;
    assert_eq!(hidden, true, "the operator screen still shows when locked");
    app.screenshot("34-idle-locked-hi").await;
    app.sign_in(1, ADMIN_PIN).await;
    app.wait_for("operator-signed-in", "the admin again", |t| {
        t.contains("आशा वर्मा")
    })
    .await;
    app.close().await;

    // The course on the kiosk is now version 2, and the kiosk stays set up.
    let store = kiosk_core::Store::open(data.path()).expect("store");
    let course = kiosk_core::courses::course(&store, "digital-payments")
        .expect("reads")
        .expect("installed");
    assert_eq!(course.version, 2);
    let names: Vec<String> = kiosk_core::people::operators::list(&store)
        .expect("operators")
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, ["Ravi Kumar", "आशा वर्मा"]);
}
