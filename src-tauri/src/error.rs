//! The error the webview receives: a stable code and a message in the current language.

use kiosk_core::{error::message_id_for, Language, Localizer};
use serde::Serialize;
use ts_rs::TS;

/// What crosses the bridge when a command fails: `{ code, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BridgeError {
    pub code: String,
    pub message: String,
}

/// Errors of the shell: a core error, or a background task that died.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] kiosk_core::Error),
    #[error("background task failed: {0}")]
    Task(String),
    #[error("the window could not change: {0}")]
    Window(String),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Core(error) => error.code(),
            AppError::Task(_) => "app.internal",
            AppError::Window(_) => "app.window",
        }
    }

    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            AppError::Core(error) => error.path(),
            AppError::Task(_) | AppError::Window(_) => None,
        }
    }

    pub fn message(&self, localizer: &Localizer, lang: Language) -> String {
        match self {
            AppError::Core(error) => error.message(localizer, lang),
            AppError::Task(_) | AppError::Window(_) => {
                localizer.format(lang, &message_id_for(self.code()), None)
            }
        }
    }

    /// Logs the detail and gives the webview only the translated sentence.
    pub fn to_bridge(&self, localizer: &Localizer, lang: Language) -> BridgeError {
        tracing::warn!(code = self.code(), detail = %self, "command failed");
        BridgeError {
            code: self.code().to_string(),
            message: self.message(localizer, lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bridge_errors_are_translated_and_carry_no_detail() {
        let error = AppError::Core(kiosk_core::Error::DatabaseCorrupt {
            path: "/d/kiosk.sqlite3".into(),
            detail: "SQLITE_NOTADB internal detail".into(),
        });
        let localizer = Localizer::embedded();
        let hi = error.to_bridge(&localizer, Language::Hi);
        assert_eq!(hi.code, "store.corrupt");
        assert!(hi.message.contains("ख़राब"), "{}", hi.message);
        assert!(!hi.message.contains("SQLITE"), "{}", hi.message);
        let en = error.to_bridge(&localizer, Language::En);
        assert!(en.message.contains("damaged"), "{}", en.message);
        let json = serde_json::to_value(&en).expect("serialises");
        assert_eq!(json.as_object().map(|o| o.len()), Some(2), "{json}");
    }

    #[test]
    fn task_failures_have_messages_in_both_languages() {
        let localizer = Localizer::embedded();
        for lang in Language::ALL {
            let message = AppError::Task("panic".into()).message(&localizer, lang);
            assert_ne!(message, "error-app-internal");
            let message = AppError::Window("gtk".into()).message(&localizer, lang);
            assert_ne!(message, "error-app-window");
        }
    }
}
