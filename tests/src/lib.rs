//! Drives the real Gram Kiosk window: a private Xvfb display, `tauri-driver` (which runs
//! WebKitWebDriver) and a WebDriver session per app start. The tests are in `tests/`.

mod capture;
mod wm;

pub use capture::Frame;

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

/// The built app: `GRAM_KIOSK_APP`, else `<target>/debug/gram-kiosk`. It must embed the
/// UI: `scripts/test` builds it before running these tests.
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

/// A process group killed when dropped, so a failing test leaves nothing running
/// (tauri-driver starts WebKitWebDriver, which starts the app).
#[derive(Debug)]
struct Guard(Child);

impl Guard {
    fn spawn(command: &mut Command) -> std::io::Result<Guard> {
        use std::os::unix::process::CommandExt;
        command.process_group(0).spawn().map(Guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        // TERM first, so that Xvfb removes its lock and socket and WebKit exits cleanly;
        // KILL whatever is still there after two seconds.
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline && matches!(self.0.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// A private X display of kiosk size, 1366×768.
#[derive(Debug)]
pub struct Display {
    number: u32,
    // Dropped before the server: fields drop in declaration order.
    _window_manager: Option<Guard>,
    _server: Guard,
}

impl Display {
    pub fn start() -> Display {
        let number = (90..400)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free X display number");
        let server = Guard::spawn(
            Command::new("Xvfb")
                .arg(format!(":{number}"))
                .args(["-screen", "0", "1366x768x24", "-nolisten", "tcp"])
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .expect("Xvfb runs (Debian package xvfb)");
        let socket = format!("/tmp/.X11-unix/X{number}");
        wait_until("Xvfb to start", || Path::new(&socket).exists());
        Display {
            number,
            _window_manager: None,
            _server: server,
        }
    }

    /// Runs a window manager (matchbox, as on a small kiosk) on the display, for tests
    /// of full screen and window frames, which only a window manager gives.
    pub fn with_window_manager(mut self) -> Display {
        let manager = Guard::spawn(
            Command::new("matchbox-window-manager")
                .args(["-use_titlebar", "yes"])
                .env("DISPLAY", self.name())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .expect("matchbox-window-manager runs (Debian package matchbox-window-manager)");
        self._window_manager = Some(manager);
        self
    }

    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }
}

/// `tauri-driver` on a free port, on a display of its own, with the app's data folder.
#[derive(Debug)]
pub struct Driver {
    port: u16,
    // Dropped after the driver process: fields drop in declaration order.
    _process: Guard,
    display: Display,
}

/// The app window's title.
pub const WINDOW_TITLE: &str = "Gram Kiosk · ग्राम कियोस्क";

/// The admin that [`set_up_kiosk`] makes.
pub const ADMIN_NAME: &str = "आशा वर्मा";
pub const ADMIN_PIN: &str = "482913";

/// Sets the kiosk in `data_dir` up as an operator would on the first run (name, place,
/// first admin), so that a test starts where a kiosk in use starts: on the home screen.
pub fn set_up_kiosk(data_dir: &Path) {
    let store = kiosk_core::Store::open(data_dir).expect("store opens");
    let profile = kiosk_core::kiosk::KioskProfile {
        name: "ग्राम कियोस्क बागली".into(),
        village: "करनावद".into(),
        block: "बागली".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    kiosk_core::kiosk::set_up(&store, &profile, ADMIN_NAME, ADMIN_PIN).expect("kiosk set up");
}

/// A data folder with a kiosk that is set up (see [`set_up_kiosk`]).
pub fn kiosk_in_use() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    set_up_kiosk(data.path());
    data
}

impl Driver {
    pub fn start(data_dir: &Path) -> Driver {
        Driver::start_with(data_dir, &[])
    }

    /// Like [`Driver::start`], with more environment for the app (it inherits it).
    pub fn start_with(data_dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> Driver {
        Driver::start_on(Display::start(), data_dir, env)
    }

    /// Like [`Driver::start_with`], on a display with a window manager.
    pub fn start_with_window_manager(data_dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> Driver {
        Driver::start_on(Display::start().with_window_manager(), data_dir, env)
    }

    fn start_on(display: Display, data_dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> Driver {
        let app = app_binary();
        assert!(
            app.exists(),
            "{} is missing: scripts/test builds it before the end-to-end tests",
            app.display()
        );
        let port = free_port();
        let native_port = free_port();
        let process = Guard::spawn(
            Command::new("tauri-driver")
                .args(["--port", &port.to_string()])
                .args(["--native-port", &native_port.to_string()])
                .env("DISPLAY", display.name())
                .env(kiosk_core::store::DATA_DIR_ENV, data_dir)
                .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
                .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
                .env("NO_AT_BRIDGE", "1")
                .env_remove("WAYLAND_DISPLAY")
                .envs(env.iter().copied())
                .stdout(Stdio::null()),
        )
        .expect("tauri-driver runs (cargo install tauri-driver --locked)");
        wait_until("tauri-driver to listen", || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Driver {
            port,
            _process: process,
            display,
        }
    }

    /// What the display shows in `rect` (a window's, from WebDriver), read from the X
    /// server: for when WebDriver cannot look (its session ends if the page crashes).
    pub fn frame(&self, rect: (u64, u64, u64, u64)) -> Frame {
        capture::window_frame(&self.display.name(), rect).expect("X display capture")
    }

    /// Saves a frame as `<screenshot_dir>/<name>.png`.
    pub fn save_frame(&self, frame: &Frame, name: &str) -> PathBuf {
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, frame.png().expect("PNG")).expect("screenshot written");
        path
    }

    /// Asks the app's window to close, as the window manager does for Alt+F4 or the
    /// frame's close button. Returns how many windows were asked.
    pub fn ask_window_to_close(&self) -> usize {
        wm::ask_to_close(&self.display.name(), WINDOW_TITLE).expect("X display")
    }

    /// Clicks at `(x, y)` of the display, empties the field there and types `text`,
    /// with the X server's own input (xdotool), as a person at the kiosk would.
    pub fn click_and_type(&self, (x, y): (u64, u64), text: &str) {
        let typed = Command::new("xdotool")
            .env("DISPLAY", self.display.name())
            .args(["mousemove", "--sync", &x.to_string(), &y.to_string()])
            // Emptied with BackSpace, not Ctrl+A: on a page still loading, Ctrl+A
            // would select the whole page instead of the field's text.
            .args(["click", "1", "key", "--repeat", "30", "BackSpace"])
            .args(["type", "--delay", "60", text])
            .status()
            .expect("xdotool runs (Debian package xdotool)");
        assert!(typed.success(), "xdotool failed");
    }

    /// Starts the app in a new window and returns the WebDriver session for it.
    pub async fn launch(&self) -> App {
        self.launch_with(&[]).await
    }

    /// Starts the app with command-line arguments (`--kiosk`).
    pub async fn launch_with(&self, args: &[&str]) -> App {
        self.launch_program(&app_binary(), args).await
    }

    /// Starts another Tauri program (the benchmarks' bare app) the same way.
    pub async fn launch_program(&self, program: &Path, args: &[&str]) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": program, "args": args }),
        );
        // tauri-driver listens before the WebKitWebDriver behind it is ready, so the
        // first session request can fail on a busy machine: try again for a while.
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + SCREEN_TIMEOUT;
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() < deadline => {
                    eprintln!("WebDriver session not ready yet: {error}");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(error) => panic!("no WebDriver session with the app: {error}"),
            }
        };
        App {
            client,
            display: self.display.name(),
        }
    }
}

/// One running app window. Elements are found by `data-testid`.
#[derive(Debug)]
pub struct App {
    pub client: Client,
    display: String,
}

impl App {
    /// Waits for the element with `data-testid` to be present and returns it.
    pub async fn find(&self, testid: &str) -> Element {
        self.client
            .wait()
            .at_most(SCREEN_TIMEOUT)
            .for_element(Locator::Css(&selector(testid)))
            .await
            .unwrap_or_else(|e| panic!("[data-testid={testid}] did not appear: {e}"))
    }

    /// Whether the element with `data-testid` is present right now.
    pub async fn is_present(&self, testid: &str) -> bool {
        self.client
            .find(Locator::Css(&selector(testid)))
            .await
            .is_ok()
    }

    pub async fn text_of(&self, testid: &str) -> String {
        let element = self.find(testid).await;
        element
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {testid}: {e}"))
    }

    pub async fn click(&self, testid: &str) {
        let element = self.find(testid).await;
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {testid}: {e}"));
    }

    /// Waits until `accept` likes the element's text (the UI updates asynchronously).
    pub async fn wait_for(&self, testid: &str, what: &str, accept: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + SCREEN_TIMEOUT;
        loop {
            let text = self.text_of(testid).await;
            if accept(&text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "[data-testid={testid}] shows {text:?}, expected {what}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element's text is exactly `expected`.
    pub async fn wait_for_text(&self, testid: &str, expected: &str) {
        self.wait_for(testid, &format!("{expected:?}"), |t| t == expected)
            .await;
    }

    /// Runs `script` in the page and returns its result.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Where the window is on the display: (x, y, width, height). WebKitWebDriver leaves
    /// a field out of its answer when the window fills the screen (in kiosk mode); a
    /// missing field is taken as 0.
    pub async fn window_rect(&self) -> (u64, u64, u64, u64) {
        match self.client.get_window_rect().await {
            Ok(rect) => rect,
            Err(fantoccini::error::CmdError::NotW3C(serde_json::Value::Object(rect))) => {
                let field = |name: &str| rect.get(name).and_then(|v| v.as_u64()).unwrap_or(0);
                (field("x"), field("y"), field("width"), field("height"))
            }
            Err(error) => panic!("no window rect: {error}"),
        }
    }

    /// Saves a PNG of the app window as `<screenshot_dir>/<name>.png`. The picture is
    /// taken from the X display itself, i.e. exactly what a person would see.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let pending layout and font loading reach the screen first.
        self.eval("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));")
            .await;
        let rect = self.window_rect().await;
        let png = capture::window_png(&self.display, rect).expect("X display capture");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("screenshot written");
        path
    }

    /// Types `text` into the field with `data-testid` (after clearing it).
    pub async fn type_into(&self, testid: &str, text: &str) {
        let field = self.find(testid).await;
        field
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear {testid}: {e}"));
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {testid}: {e}"));
    }

    /// Chooses the option with `value` in the list with `data-testid`.
    pub async fn choose(&self, testid: &str, value: &str) {
        self.find(testid)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choose {value} in {testid}: {e}"));
    }

    /// Signs in on the sign-in screen as the operator at `position` in its list.
    pub async fn sign_in(&self, position: usize, pin: &str) {
        self.click(&format!("sign-in-operator-{position}")).await;
        self.type_into("sign-in-pin", pin).await;
        self.click("sign-in-submit").await;
    }

    /// Closes the window (the app exits with it).
    pub async fn close(self) {
        self.client.close().await.expect("app closes");
    }
}

/// The CSS selector of the element with this `data-testid`.
pub fn selector(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
}

fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Kills, with SIGKILL, the renderers (WebKit's web processes) of the app running on
/// `data_dir`, as an out-of-memory kill would. Returns how many there were.
pub fn kill_renderers(data_dir: &Path) -> usize {
    let renderers = renderers(data_dir);
    for pid in &renderers {
        let killed = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success(), "renderer {pid} was not killed");
    }
    renderers.len()
}

/// The process ids of the WebKit web processes of the app that runs on `data_dir`.
pub fn renderers(data_dir: &Path) -> Vec<u32> {
    let processes: Vec<(u32, String, u32)> = std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // "pid (comm) state ppid ...": comm may hold spaces and brackets.
            let (comm, rest) = stat.split_once(" (")?.1.rsplit_once(") ")?;
            let ppid = rest.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, comm.to_string(), ppid))
        })
        .collect();
    let wanted = format!("{}={}", kiosk_core::store::DATA_DIR_ENV, data_dir.display());
    let apps: Vec<u32> = processes
        .iter()
        .filter(|(_, comm, _)| comm == "gram-kiosk")
        .filter(|(pid, _, _)| environment_of(*pid).contains(&wanted))
        .map(|(pid, _, _)| *pid)
        .collect();
    processes
        .iter()
        .filter(|(_, comm, ppid)| comm.starts_with("WebKitWebProces") && apps.contains(ppid))
        .map(|(pid, _, _)| *pid)
        .collect()
}

/// The environment a process started with, as `NAME=value` lines.
pub fn environment_of(pid: u32) -> Vec<String> {
    std::fs::read(format!("/proc/{pid}/environ"))
        .unwrap_or_default()
        .split(|b| *b == 0)
        .map(|var| String::from_utf8_lossy(var).into_owned())
        .collect()
}

fn wait_until(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + SCREEN_TIMEOUT;
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
