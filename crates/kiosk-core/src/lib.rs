//! Everything a Gram Kiosk knows, with no Tauri, no network and no UI.
//! The desktop shell (`src-tauri`) and the CLI (`kioskctl`) both call into this crate.

pub mod catalog;
pub mod courses;
pub mod desktop;
pub mod encode;
pub mod error;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod health;
pub mod i18n;
pub mod kiosk;
pub mod logs;
pub mod names;
pub mod outbox;
pub mod people;
pub mod photos;
pub mod settings;
pub mod store;

pub use error::{Error, Result};
/// Message arguments for [`Localizer::format`].
pub mod fluent {
    pub use fluent_bundle::FluentArgs;
}
pub use i18n::{Language, Localizer};
pub use store::Store;
