//! The kiosk as commands open it: its store with the shipped scheme catalog, and the
//! language to speak in.

use kiosk_core::{catalog, settings, Language, Store};

/// `--lang`, else the kiosk's own language.
pub fn chosen(store: &Store, lang: Option<Language>) -> kiosk_core::Result<Language> {
    match lang {
        Some(lang) => Ok(lang),
        None => store.read(settings::language),
    }
}

/// Opens the kiosk's store and makes sure the shipped catalog is in it.
pub fn open() -> kiosk_core::Result<Store> {
    let store = Store::open_default()?;
    catalog::ensure_current(&store)?;
    Ok(store)
}
