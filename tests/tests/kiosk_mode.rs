//! Kiosk mode in the real window, on a display with a window manager (full screen and
//! window frames are the window manager's doing): `--kiosk` opens full screen without
//! a frame, a request to close the window is refused, and an operator's PIN brings back
//! an ordinary window that closes.

use std::time::{Duration, Instant};

use gram_kiosk_e2e::{kiosk_in_use, App, Driver, ADMIN_PIN, SCREEN_TIMEOUT};

/// The harness's Xvfb screen: what a full-screen window covers.
const SCREEN: (u64, u64, u64, u64) = (0, 0, 1366, 768);

async fn wait_for_rect(app: &App, what: &str, accept: impl Fn((u64, u64, u64, u64)) -> bool) {
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    loop {
        let rect = app.window_rect().await;
        if accept(rect) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: the window is at {rect:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A kiosk in use, its own config folder (for the autostart entry) and a driver on a
/// display with a window manager. Keep the folders for as long as the driver.
fn kiosk_on_a_managed_display() -> (tempfile::TempDir, tempfile::TempDir, Driver) {
    let data = kiosk_in_use();
    let config = tempfile::tempdir().expect("tempdir");
    let driver = Driver::start_with_window_manager(
        data.path(),
        &[("XDG_CONFIG_HOME", config.path().as_os_str())],
    );
    (data, config, driver)
}

#[tokio::test(flavor = "multi_thread")]
async fn kiosk_mode_fills_the_screen_refuses_to_close_and_ends_with_a_pin() {
    let (data, _config, driver) = kiosk_on_a_managed_display();

    // An ordinary start: a window with the window manager's frame around it.
    let app = driver.launch().await;
    app.find("screen-home").await;
    wait_for_rect(&app, "an ordinary window", |rect| rect != SCREEN).await;
    app.close().await;

    let app = driver.launch_with(&["--kiosk"]).await;
    app.find("screen-home").await;
    wait_for_rect(&app, "full screen", |rect| rect == SCREEN).await;
    app.screenshot("50-kiosk-mode-home-hi").await;

    // Alt+F4 or the like: the window stays.
    assert_eq!(driver.ask_window_to_close(), 1, "the app's window");
    tokio::time::sleep(Duration::from_secs(1)).await;
    app.find("screen-home").await;
    assert_eq!(app.window_rect().await, SCREEN);

    app.click("operator-open").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.click("operator-task-kiosk-mode").await;
    app.wait_for("kiosk-mode-state", "kiosk mode on", |t| {
        t.contains("कियोस्क मोड में है")
    })
    .await;
    app.type_into("kiosk-mode-pin", "111111").await;
    app.click("kiosk-mode-leave").await;
    app.wait_for("kiosk-mode-error", "a wrong PIN refused", |t| {
        t.contains("पिन")
    })
    .await;
    assert_eq!(app.window_rect().await, SCREEN, "still full screen");
    app.screenshot("51-kiosk-mode-leave-hi").await;

    app.type_into("kiosk-mode-pin", ADMIN_PIN).await;
    app.click("kiosk-mode-leave").await;
    app.wait_for("kiosk-mode-state", "an ordinary window", |t| {
        t.contains("सामान्य विंडो")
    })
    .await;
    wait_for_rect(&app, "a framed window again", |rect| rect != SCREEN).await;
    app.screenshot("52-kiosk-mode-left-hi").await;

    // Now a request to close is taken: the app ends, and its WebDriver session with it.
    assert_eq!(driver.ask_window_to_close(), 1);
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    while app.client.get_window_rect().await.is_ok() {
        assert!(Instant::now() < deadline, "the window did not close");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let log = kiosk_core::logs::last_errors(data.path(), 10);
    assert!(log.is_empty(), "no errors in the log: {log:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_turns_kiosk_mode_and_start_on_login_on_for_the_next_starts() {
    let (_data, config, driver) = kiosk_on_a_managed_display();
    let app = driver.launch().await;
    app.click("operator-open").await;
    app.sign_in(0, ADMIN_PIN).await;
    app.click("operator-task-kiosk-mode").await;
    app.wait_for("kiosk-mode-state", "an ordinary window", |t| {
        t.contains("सामान्य विंडो")
    })
    .await;
    wait_for_rect(&app, "a framed window", |rect| rect != SCREEN).await;
    app.click("kiosk-mode-enabled-on").await;
    app.click("kiosk-mode-start_on_login-on").await;
    app.click("kiosk-mode-save").await;
    app.wait_for("kiosk-mode-notice", "saved", |t| t.contains("सहेज"))
        .await;
    // Kiosk mode starts at once.
    wait_for_rect(&app, "full screen", |rect| rect == SCREEN).await;
    app.wait_for("kiosk-mode-state", "kiosk mode on", |t| {
        t.contains("कियोस्क मोड में है")
    })
    .await;
    app.screenshot("53-kiosk-mode-saved-hi").await;

    // Start on login: an autostart entry for this very program.
    let entry = std::fs::read_to_string(config.path().join("autostart/gram-kiosk.desktop"))
        .expect("the autostart entry");
    let exec = format!("\nExec={}\n", gram_kiosk_e2e::app_binary().display());
    assert!(entry.contains(&exec), "{entry}");
    app.close().await;

    // The next start (no --kiosk) is in kiosk mode, from the kiosk's setting.
    let app = driver.launch().await;
    app.find("screen-home").await;
    wait_for_rect(&app, "full screen at the next start", |rect| rect == SCREEN).await;
    app.close().await;
}
