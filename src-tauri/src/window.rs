//! The main window in kiosk mode: full screen, no frame, and a close that is refused
//! until an operator leaves kiosk mode with their PIN (kiosk_core::desktop). In normal
//! mode it is an ordinary window.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{Manager, Runtime, WebviewWindow, WindowEvent};

/// Whether the window is in kiosk mode now (the `--kiosk` flag or the kiosk's setting
/// put it there; only an operator's PIN takes it out).
#[derive(Debug, Default)]
pub struct KioskWindow {
    active: AtomicBool,
}

/// The command-line flag that starts the app in kiosk mode whatever the setting says.
pub const KIOSK_FLAG: &str = "--kiosk";

impl KioskWindow {
    pub fn is_active(&self) -> bool {
        self.active.load(Ordering::SeqCst)
    }

    /// Puts the window in kiosk mode (or takes it out), and remembers it.
    pub fn set<R: Runtime>(&self, window: &WebviewWindow<R>, kiosk: bool) -> tauri::Result<()> {
        self.active.store(kiosk, Ordering::SeqCst);
        window.set_decorations(!kiosk)?;
        window.set_fullscreen(kiosk)?;
        if kiosk {
            window.set_focus()?;
        }
        tracing::info!(kiosk, "window mode");
        Ok(())
    }
}

/// Puts the main window of `app` in kiosk mode or out of it.
pub fn set_kiosk<R: Runtime>(app: &tauri::AppHandle<R>, kiosk: bool) -> tauri::Result<()> {
    match app.get_webview_window("main") {
        Some(window) => app.state::<KioskWindow>().set(&window, kiosk),
        None => Ok(()),
    }
}

/// Refuses to close the window while it is in kiosk mode (Alt+F4, the window manager).
pub fn on_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if window.state::<KioskWindow>().is_active() {
            tracing::info!("close refused: the window is in kiosk mode");
            api.prevent_close();
        }
    }
}
