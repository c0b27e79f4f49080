//! Drives the real Gram Kiosk window: a private Xvfb display, `tauri-driver` (which runs
//! WebKitWebDriver) and a WebDriver session per app start. The tests are in `tests/`.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};

/// How long a screen may take to appear on a loaded 2-core machine before a test fails.
pub const SCREEN_TIMEOUT: Duration = Duration::from_secs(30);

/// The workspace root (this crate lives in `<root>/tests`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits inside the workspace")
        .to_path_buf()
}

/// The built app: `GRAM_KIOSK_APP`, else `<target>/debug/gram-kiosk`. Build it with
/// `scripts/build-app` (it must embed the UI, so a plain `cargo build` is not enough).
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("GRAM_KIOSK_APP") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("debug").join("gram-kiosk")
}

/// Where screenshots go: `<workspace>/target/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    workspace_root().join("target").join("e2e-screenshots")
}

/// A child process killed when dropped, so a failing test leaves nothing running.
#[derive(Debug)]
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private X display of kiosk size, 1366×768.
#[derive(Debug)]
pub struct Display {
    number: u32,
    _server: Guard,
}

impl Display {
    pub fn start() -> Display {
        let number = (90..200)
            .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
            .expect("a free X display number");
        let server = Command::new("Xvfb")
            .arg(format!(":{number}"))
            .args(["-screen", "0", "1366x768x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (Debian package xvfb)");
        let socket = format!("/tmp/.X11-unix/X{number}");
        wait_until("Xvfb to start", || Path::new(&socket).exists());
        Display {
            number,
            _server: Guard(server),
        }
    }

    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }
}

/// `tauri-driver` on a free port, with the app's environment (display, data folder).
#[derive(Debug)]
pub struct Driver {
    port: u16,
    _process: Guard,
}

impl Driver {
    pub fn start(display: &Display, data_dir: &Path) -> Driver {
        let app = app_binary();
        assert!(
            app.exists(),
            "{} is missing: run scripts/build-app first (scripts/test does)",
            app.display()
        );
        let port = free_port();
        let native_port = free_port();
        let process = Command::new("tauri-driver")
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("DISPLAY", display.name())
            .env(kiosk_core::store::DATA_DIR_ENV, data_dir)
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("NO_AT_BRIDGE", "1")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .spawn()
            .expect("tauri-driver runs (cargo install tauri-driver --locked)");
        wait_until("tauri-driver to listen", || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Driver {
            port,
            _process: Guard(process),
        }
    }

    /// Starts the app in a new window and returns the WebDriver session for it.
    pub async fn launch(&self) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app_binary() }),
        );
        ClientBuilder::rustls()
            .expect("TLS roots load")
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session with the app")
    }
}

/// Waits for the element with `data-testid` to be present and returns it.
pub async fn find(client: &Client, testid: &str) -> Element {
    client
        .wait()
        .at_most(SCREEN_TIMEOUT)
        .for_element(Locator::Css(&format!("[data-testid=\"{testid}\"]")))
        .await
        .unwrap_or_else(|e| panic!("[data-testid={testid}] did not appear: {e}"))
}

/// The text of the element with `data-testid`, once present.
pub async fn text_of(client: &Client, testid: &str) -> String {
    find(client, testid)
        .await
        .text()
        .await
        .unwrap_or_else(|e| panic!("text of {testid}: {e}"))
}

/// Clicks the element with `data-testid`.
pub async fn click(client: &Client, testid: &str) {
    find(client, testid)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {testid}: {e}"));
}

/// Waits until the element's text is `expected` (the UI updates asynchronously).
pub async fn wait_for_text(client: &Client, testid: &str, expected: &str) {
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    loop {
        let text = text_of(client, testid).await;
        if text == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "[data-testid={testid}] shows {text:?}, expected {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Saves a PNG of the window as `<screenshot_dir>/<name>.png` and returns its path.
pub async fn screenshot(client: &Client, name: &str) -> PathBuf {
    let png = client.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("screenshot written");
    path
}

fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn wait_until(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
