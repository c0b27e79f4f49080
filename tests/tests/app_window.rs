//! The real app window: home tiles in both languages, the language kept across
//! restarts, the 1024×600 layout, and the error screen for a damaged data folder.

use std::path::Path;

use fantoccini::Client;
use gram_kiosk_e2e::{click, find, screenshot, text_of, wait_for_text, Display, Driver};
use kiosk_core::{fixtures, store::DB_FILE};

const TILES_EN: [(&str, &str); 4] = [
    ("tile-schemes-label", "Schemes"),
    ("tile-courses-label", "Courses"),
    ("tile-register-label", "Register entrepreneur"),
    ("tile-sync-label", "Sync"),
];

const TILES_HI: [(&str, &str); 4] = [
    ("tile-schemes-label", "सरकारी योजनाएँ"),
    ("tile-courses-label", "सीखें"),
    ("tile-register-label", "उद्यमी पंजीकरण"),
    ("tile-sync-label", "डेटा भेजें"),
];

async fn assert_tiles(client: &Client, tiles: &[(&str, &str)]) {
    find(client, "screen-home").await;
    for (testid, label) in tiles {
        wait_for_text(client, testid, label).await;
    }
}

async fn eval(client: &Client, script: &str) -> serde_json::Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn close(client: Client) {
    client.close().await.expect("app closes");
}

#[tokio::test(flavor = "multi_thread")]
async fn home_screen_switches_language_and_keeps_it_after_restart() {
    let display = Display::start();
    let data = tempfile::tempdir().expect("tempdir");
    let driver = Driver::start(&display, data.path());

    // A new kiosk opens in Hindi; the switch brings English at once.
    let app = driver.launch().await;
    assert_eq!(
        app.title().await.expect("title"),
        "Gram Kiosk · ग्राम कियोस्क"
    );
    assert_tiles(&app, &TILES_HI).await;
    click(&app, "lang-en").await;
    assert_tiles(&app, &TILES_EN).await;
    wait_for_text(&app, "app-title", "Gram Kiosk").await;
    screenshot(&app, "01-home-en").await;

    click(&app, "lang-hi").await;
    assert_tiles(&app, &TILES_HI).await;
    wait_for_text(&app, "app-title", "ग्राम कियोस्क").await;
    let pressed = find(&app, "lang-hi").await.attr("aria-pressed").await;
    assert_eq!(pressed.expect("attribute").as_deref(), Some("true"));
    screenshot(&app, "02-home-hi").await;

    // The bundled font is what renders the Devanagari.
    let font_loaded = eval(
        &app,
        "return [...document.fonts].some(f => f.family.includes('Noto Sans Devanagari') && f.status === 'loaded');",
    )
    .await;
    assert_eq!(
        font_loaded,
        serde_json::Value::Bool(true),
        "bundled font not loaded"
    );

    // Each tile leads to its placeholder, which says the feature is coming.
    click(&app, "tile-schemes").await;
    wait_for_text(&app, "placeholder-title", "सरकारी योजनाएँ").await;
    let coming = text_of(&app, "placeholder-coming").await;
    assert!(coming.contains("जल्द"), "{coming}");
    screenshot(&app, "03-placeholder-hi").await;
    click(&app, "lang-en").await;
    wait_for_text(&app, "placeholder-title", "Schemes").await;
    click(&app, "lang-hi").await;
    click(&app, "nav-back-home").await;
    assert_tiles(&app, &TILES_HI).await;
    close(app).await;

    // Restart: Hindi was saved.
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_HI).await;
    screenshot(&app, "04-home-hi-after-restart").await;
    click(&app, "lang-en").await;
    assert_tiles(&app, &TILES_EN).await;
    close(app).await;

    // And the other way round: English was saved.
    let app = driver.launch().await;
    assert_tiles(&app, &TILES_EN).await;
    close(app).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn home_screen_fits_a_small_kiosk_screen() {
    let display = Display::start();
    let data = tempfile::tempdir().expect("tempdir");
    let driver = Driver::start(&display, data.path());
    let app = driver.launch().await;
    app.set_window_size(1024, 600).await.expect("resized");
    assert_tiles(&app, &TILES_HI).await;
    let layout = eval(
        &app,
        r#"const tiles = ['schemes', 'courses', 'register', 'sync']
             .map(f => document.querySelector(`[data-testid="tile-${f}"]`)).filter(Boolean);
           const taps = [...document.querySelectorAll('button')];
           return {
             width: window.innerWidth,
             height: window.innerHeight,
             tiles: tiles.length,
             tilesInside: tiles.every(t => { const r = t.getBoundingClientRect(); return r.bottom <= window.innerHeight && r.right <= window.innerWidth; }),
             smallestTap: Math.min(...taps.map(b => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height))),
           };"#,
    )
    .await;
    assert!(
        layout["width"].as_f64().expect("width") <= 1024.0,
        "{layout}"
    );
    assert_eq!(layout["tiles"], 4, "{layout}");
    assert_eq!(
        layout["tilesInside"], true,
        "tiles overflow at 1024×600: {layout}"
    );
    assert!(
        layout["smallestTap"].as_f64().expect("tap") >= 48.0,
        "a tap target is under 48 px: {layout}"
    );
    screenshot(&app, "05-home-hi-1024x600").await;
    close(app).await;
}

async fn assert_error_screen(data_dir: &Path, shown_path: &Path, code: &str, shot: &str) {
    let display = Display::start();
    let driver = Driver::start(&display, data_dir);
    let app = driver.launch().await;
    find(&app, "screen-error").await;
    assert_eq!(text_of(&app, "error-code").await, code);
    assert_eq!(
        text_of(&app, "error-path").await,
        shown_path.display().to_string()
    );
    assert!(
        app.find(fantoccini::Locator::Css("[data-testid=\"screen-home\"]"))
            .await
            .is_err(),
        "home screen shown over a broken store"
    );
    let hindi = text_of(&app, "error-message").await;
    assert!(hindi.contains(&shown_path.display().to_string()), "{hindi}");
    assert!(
        hindi
            .chars()
            .any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{hindi}"
    );
    screenshot(&app, &format!("{shot}-hi")).await;

    click(&app, "lang-en").await;
    let deadline = std::time::Instant::now() + gram_kiosk_e2e::SCREEN_TIMEOUT;
    loop {
        let english = text_of(&app, "error-message").await;
        if english.is_ascii() && english.contains(&shown_path.display().to_string()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not translated: {english}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    screenshot(&app, &format!("{shot}-en")).await;
    close(app).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_corrupt_database_shows_the_error_screen_and_is_not_touched() {
    let data = tempfile::tempdir().expect("tempdir");
    let bytes = fixtures::write_corrupt_db(data.path()).expect("written");
    let db = data.path().join(DB_FILE);
    assert_error_screen(data.path(), &db, "store.corrupt", "06-error-corrupt").await;
    assert_eq!(
        std::fs::read(&db).expect("kept"),
        bytes,
        "the file was changed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_a_newer_app_shows_the_error_screen() {
    let data = tempfile::tempdir().expect("tempdir");
    fixtures::write_too_new_db(data.path()).expect("written");
    let db = data.path().join(DB_FILE);
    let before = std::fs::read(&db).expect("read");
    assert_error_screen(data.path(), &db, "store.too_new", "07-error-too-new").await;
    assert_eq!(std::fs::read(&db).expect("kept"), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unwritable_data_folder_shows_the_error_screen() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let dir = fixtures::unwritable_data_dir(scratch.path()).expect("made");
    assert_error_screen(&dir, &dir, "store.dir_unwritable", "08-error-unwritable").await;
}
