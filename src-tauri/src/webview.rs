//! The main window's web view. Its renderer (WebKit's web process) can die: out of
//! memory on a 4 GB kiosk, or a WebKit fault. The window would stay blank until someone
//! restarted the app; instead the app logs it and reloads the page, which comes back to
//! the screen that was showing (the UI keeps its name in the address). The operator's
//! session and everything saved live in this process, so nothing is lost.
//!
//! The renderer also runs without JavaScriptCore's optimising compilers (decision
//! 0015): a kiosk's screens are small and rarely hot, and on a 2-core PC those
//! compilers cost more memory and processor time than they save.

use tauri::Manager;

/// JavaScriptCore reads its options from `JSC_*` variables when a web process starts;
/// WebKit starts web processes with this process's environment.
const OPTIMISING_JIT_OPTION: &str = "JSC_useDFGJIT";

/// Turns off JavaScriptCore's DFG and FTL compilers for the web processes this app
/// will start, keeping its interpreter and baseline compiler. A value already set
/// (someone looking into a problem) is kept. Call first thing, before any thread starts:
/// changing the environment is not safe while other threads may read it.
pub fn without_optimising_compilers() {
    if std::env::var_os(OPTIMISING_JIT_OPTION).is_none() {
        std::env::set_var(OPTIMISING_JIT_OPTION, "false");
    }
}

pub fn reload_when_its_renderer_dies(app: &tauri::App) -> tauri::Result<()> {
    let Some(window) = app.get_webview_window("main") else {
        return Ok(());
    };
    window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::WebViewExt;
            webview
                .inner()
                .connect_web_process_terminated(|view, reason| {
                    tracing::error!(
                        ?reason,
                        "the window's renderer stopped; reloading the screen"
                    );
                    view.reload();
                });
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    })
}
