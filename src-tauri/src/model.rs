//! Results of our commands, exported to `ui/src/bindings` as TypeScript.

use kiosk_core::Language;
use serde::Serialize;
use ts_rs::TS;

/// What the UI learns at start-up: ready, or why the kiosk cannot open its records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "lowercase")]
#[ts(export)]
pub enum AppStatus {
    Ready {
        language: Language,
        kiosk_id: String,
        /// Printed on slips; none until the kiosk is set up.
        kiosk_name: Option<String>,
    },
    Failed {
        language: Language,
        problem: StartupProblem,
    },
}

/// A start-up failure, translated, with the file or folder it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StartupProblem {
    pub code: String,
    pub message: String,
    pub path: Option<String>,
}
