//! A kiosk set up for tests of people's records: its admin and one operator.

#![allow(dead_code)] // each test file uses part of it

use kiosk_core::kiosk::{self, KioskProfile};
use kiosk_core::people::operators::{self, Role};
use kiosk_core::people::Operator;
use kiosk_core::Store;

pub struct Kiosk {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub admin: Operator,
    pub operator: Operator,
}

/// A new kiosk in a temporary folder, set up in Dewas with an admin and an operator.
pub fn kiosk() -> Kiosk {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    let profile = KioskProfile {
        name: "बड़ोदिया ग्राम कियोस्क".into(),
        village: "बड़ोदिया".into(),
        block: "सोनकच्छ".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    let admin = kiosk::set_up(&store, &profile, "Admin Name", "482913").expect("set up");
    let operator =
        operators::add(&store, &admin, "Priya Operator", "740261", Role::Operator).expect("added");
    Kiosk {
        dir,
        store,
        admin,
        operator,
    }
}
