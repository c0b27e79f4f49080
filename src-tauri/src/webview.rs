//! The main window's web view. Its renderer (WebKit's web process) can die: out of
//! memory on a 4 GB kiosk, or a WebKit fault. The window would stay blank until someone
//! restarted the app; instead the app logs it and reloads the page, which comes back to
//! the screen that was showing (the UI keeps its name in the address). The operator's
//! session and everything saved live in this process, so nothing is lost.

use tauri::Manager;

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
