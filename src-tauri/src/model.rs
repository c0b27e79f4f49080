//! Results of our commands, exported to `ui/src/bindings` as TypeScript.

use kiosk_core::courses::PackProblemView;
use kiosk_core::outbox::{PendingKind, QuarantinedRecord};
use kiosk_core::people::Operator;
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
        /// Whether the kiosk has its name, place and first admin.
        set_up: bool,
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

/// Who is signed in, and after how many idle seconds the session locks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SessionView {
    pub operator: Option<Operator>,
    pub idle_lock_seconds: u32,
}

/// What importing a course pack did; a refused pack lists every problem, translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum PackImport {
    Installed {
        id: String,
        version: u32,
    },
    Upgraded {
        id: String,
        from: u32,
        to: u32,
    },
    AlreadyCurrent {
        id: String,
        version: u32,
    },
    Refused {
        message: String,
        problems: Vec<PackProblemView>,
    },
}

/// The Sync screen's view of the kiosk's outbox and its link to the head office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncView {
    pub enrolled: bool,
    pub server_url: Option<String>,
    pub pending: Vec<PendingKind>,
    pub quarantined: Vec<QuarantinedRecord>,
    pub last_success_at: Option<String>,
    pub last_error: Option<SyncProblem>,
}

/// The last failure to send, translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncProblem {
    pub code: String,
    pub message: String,
    pub at: String,
}

/// Kiosk mode as the operator's screen shows it: the kiosk's choice, and whether the
/// window is in kiosk mode now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KioskModeView {
    pub setting: kiosk_core::desktop::KioskMode,
    pub active: bool,
}
