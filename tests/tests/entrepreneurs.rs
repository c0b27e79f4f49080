//! Registering an entrepreneur in the real app window, in Hindi, with a photo and
//! consent; two check-ins on the progression map; the programme dashboard; and what
//! the database holds afterwards (the last 4 Aadhaar digits only, one outbox row per
//! change).

use gram_kiosk_e2e::{kiosk_in_use, App, Driver, ADMIN_PIN};
use kiosk_core::people::checks::verhoeff_check_digit;

/// A 12-digit number that passes the Verhoeff check, as a real Aadhaar does.
fn valid_aadhaar() -> String {
    let first = "23456789012";
    let check = verhoeff_check_digit(first).expect("check digit");
    format!("{} {} {}{}", &first[..4], &first[4..8], &first[8..], check)
}

/// A PNG of a face-sized gradient, as the webcam or a phone would give.
fn photo_png() -> Vec<u8> {
    let (width, height) = (640_u32, 480_u32);
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            pixels.extend([(x % 256) as u8, (y % 256) as u8, 160]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("png header");
    writer.write_image_data(&pixels).expect("png data");
    writer.finish().expect("png written");
    out
}

/// Puts `bytes` into the photo file field as if the operator had chosen the file.
async fn choose_photo_file(app: &App, bytes: &[u8]) {
    let encoded = kiosk_core::encode::base64(bytes);
    let script = format!(
        "const bytes = Uint8Array.from(atob('{encoded}'), c => c.charCodeAt(0));
         const input = document.querySelector('[data-testid=\"photo-file\"]');
         const files = new DataTransfer();
         files.items.add(new File([bytes], 'photo.png', {{ type: 'image/png' }}));
         input.files = files.files;
         const taken = input.files.length;
         input.dispatchEvent(new Event('change', {{ bubbles: true }}));
         return taken;"
    );
    assert_eq!(app.eval(&script).await, 1, "the file field took the photo");
}

async fn add_check_in(app: &App, stage: &str, revenue: &str, people: &str, sanctioned: &str) {
    app.click("check-in-add").await;
    app.click(&format!("check-in-stage-{stage}")).await;
    app.type_into("check-in-revenue", revenue).await;
    app.type_into("check-in-people", people).await;
    if !sanctioned.is_empty() {
        app.type_into("check-in-loan-applied", sanctioned).await;
        app.type_into("check-in-loan-sanctioned", sanctioned).await;
        app.choose("check-in-loan-source", "bank").await;
    }
    app.type_into("check-in-note", "बकरियाँ ख़रीदीं").await;
    app.click("check-in-save").await;
    app.wait_for("entrepreneur-notice", "check-in saved", |t| {
        t.contains("सहेज")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_operator_registers_an_entrepreneur_in_hindi_and_follows_her_progress() {
    let data = kiosk_in_use();
    let driver = Driver::start(data.path());
    let app = driver.launch().await;
    let aadhaar = valid_aadhaar();

    app.click("tile-register").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.find("entrepreneurs-empty").await;
    app.click("entrepreneurs-register").await;

    app.type_into("register-name", "सुनीता देवी").await;
    app.click("register-gender-female").await;
    app.click("register-knows-age").await;
    app.type_into("register-age", "29").await;
    app.type_into("register-mobile", "98765 43210").await;
    app.screenshot("39-register-form-top-hi").await;
    app.choose("register-education", "class_10").await;
    app.click("register-caste-sc").await;
    app.click("register-shg-yes").await;
    app.click("register-bank-yes").await;
    app.type_into("register-village", "करनावद").await;
    app.choose("register-sector", "goat_rearing").await;
    app.type_into("register-idea", "दस बकरियों से बकरी पालन शुरू करना")
        .await;
    app.click("register-stage-training").await;
    app.type_into("register-aadhaar", &aadhaar).await;
    choose_photo_file(&app, &photo_png()).await;
    app.find("photo-preview").await;

    // Without consent nothing is saved, and the reason is given in Hindi.
    app.click("register-save").await;
    app.wait_for("register-error", "the consent message", |t| {
        t.contains("सहमति")
    })
    .await;
    app.screenshot("40-register-form-hi").await;
    app.click("register-consent-given").await;
    app.click("register-save").await;
    app.wait_for("entrepreneur-name", "her page", |t| t == "सुनीता देवी")
        .await;
    let last4 = &aadhaar[aadhaar.len() - 4..];
    app.wait_for("entrepreneur-aadhaar", "only the last 4 digits", |t| {
        t == format!("XXXX XXXX {last4}")
    })
    .await;
    app.find("entrepreneur-photo").await;
    app.screenshot("41-entrepreneur-saved-hi").await;

    add_check_in(&app, "finance", "8000", "1", "50000").await;
    add_check_in(&app, "launch", "15000", "2", "").await;
    app.wait_for("progress-timeline", "both check-ins", |t| {
        t.contains("₹50,000") && t.contains("₹15,000")
    })
    .await;
    let bars = app
        .eval("return document.querySelectorAll('[data-testid=\"progress-chart-bar\"]').length;")
        .await;
    assert_eq!(bars, 2, "one revenue bar per check-in");
    app.screenshot("42-progression-map-hi").await;

    // The same mobile number again: the kiosk shows her record before saving another.
    app.click("entrepreneur-back").await;
    app.click("entrepreneurs-register").await;
    app.type_into("register-name", "Sunita").await;
    app.click("register-gender-female").await;
    app.click("register-knows-age").await;
    app.type_into("register-age", "29").await;
    app.type_into("register-mobile", "9876543210").await;
    app.choose("register-education", "class_10").await;
    app.click("register-shg-no").await;
    app.click("register-bank-no").await;
    app.type_into("register-village", "Bagli").await;
    app.choose("register-sector", "tailoring").await;
    app.type_into("register-idea", "Tailoring shop").await;
    app.click("register-consent-given").await;
    app.click("register-save").await;
    app.wait_for("register-duplicates", "her record offered", |t| {
        t.contains("सुनीता देवी")
    })
    .await;
    app.screenshot("43-possible-duplicate-hi").await;
    app.click("register-cancel").await;

    app.click("entrepreneurs-dashboard").await;
    app.wait_for("dashboard-registered", "one registered", |t| {
        t.contains('1')
    })
    .await;
    app.wait_for("dashboard-women", "all women", |t| t.contains("100"))
        .await;
    app.wait_for("dashboard-jobs", "two people working", |t| t.contains('2'))
        .await;
    app.screenshot("44-dashboard-hi").await;
    app.close().await;

    // What the kiosk holds: the record, its two check-ins, one outbox row for each,
    // and nowhere the full Aadhaar number.
    let store = kiosk_core::Store::open(data.path()).expect("store");
    let pending = store.read(kiosk_core::outbox::pending).expect("outbox");
    assert_eq!(
        pending,
        [("check_in".to_string(), 2), ("entrepreneur".to_string(), 1)]
    );
    let digits: String = aadhaar.chars().filter(char::is_ascii_digit).collect();
    assert!(
        !files_contain(data.path(), digits.as_bytes()),
        "the full Aadhaar number is stored"
    );
    drop(store);

    // She takes her consent back: the admin erases the record; only a line without
    // her name stays, and her name and mobile number are gone from the files.
    let app = driver.launch().await;
    app.click("tile-register").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.find("entrepreneurs-list").await;
    let row = app
        .eval("return document.querySelector('[data-testid=\"entrepreneurs-list\"] button').dataset.testid;")
        .await;
    app.click(row.as_str().expect("a row")).await;
    app.click("entrepreneur-erase").await;
    app.click("entrepreneur-erase-yes").await;
    app.find("entrepreneur-tombstone").await;
    app.screenshot("45-erased-hi").await;
    app.click("entrepreneur-back").await;
    app.wait_for("entrepreneurs-list", "the erased line", |t| {
        !t.contains("सुनीता") && t.contains("मिटा")
    })
    .await;
    app.close().await;
    for gone in ["सुनीता देवी".as_bytes(), b"9876543210"] {
        assert!(
            !files_contain(data.path(), gone),
            "erased data still on disk"
        );
    }

    // The app's log files say what happened, never to whom.
    let logs = log_text(data.path());
    assert!(
        !logs.is_empty(),
        "the app writes its log in the data folder"
    );
    for private in [
        "सुनीता",
        "Sunita",
        "9876543210",
        "98765 43210",
        digits.as_str(),
        "करनावद",
        "बकरियों",
    ] {
        assert!(!logs.contains(private), "the log holds {private:?}");
    }
}

/// Everything in the app's log files.
fn log_text(data: &std::path::Path) -> String {
    let dir = kiosk_core::logs::log_dir(data);
    std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the database or its write-ahead log holds `needle` anywhere.
fn files_contain(data: &std::path::Path, needle: &[u8]) -> bool {
    ["kiosk.sqlite3", "kiosk.sqlite3-wal"].iter().any(|name| {
        std::fs::read(data.join(name))
            .unwrap_or_default()
            .windows(needle.len())
            .any(|w| w == needle)
    })
}
