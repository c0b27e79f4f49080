//! What the app holds between commands: the store (opened once, off the UI thread),
//! the language currently on screen and the signed-in operator.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use kiosk_core::people::{Operator, Session};
use kiosk_core::{catalog, courses, Language, Localizer, Store};
use tokio::sync::OnceCell;

use crate::error::{AppError, BridgeError};

pub type StoreResult = Result<Arc<Store>, Arc<AppError>>;

#[derive(Debug)]
pub struct AppState {
    /// `None`: the default data folder (`GRAM_KIOSK_DATA_DIR` or the OS's).
    data_dir: Option<PathBuf>,
    store: OnceCell<StoreResult>,
    language: RwLock<Language>,
    session: Session,
    /// Wakes the background sync worker ("Send now", a new enrolment).
    sync_wake: Arc<tokio::sync::Notify>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

impl AppState {
    pub fn new() -> AppState {
        AppState::with_data_dir(None)
    }

    pub fn with_data_dir(data_dir: Option<PathBuf>) -> AppState {
        AppState {
            data_dir,
            store: OnceCell::new(),
            language: RwLock::new(Language::default()),
            session: Session::default(),
            sync_wake: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// Locks the operator's session after `idle` instead of the usual ten minutes; only
    /// ever shorter (tests of the lock screen use a few seconds).
    pub fn with_idle_lock(mut self, idle: Duration) -> AppState {
        self.session = Session::new(idle.min(kiosk_core::people::session::IDLE_LOCK));
        self
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The store, opened on first use from the default data folder. A failure is kept:
    /// the app then shows the error screen instead of retrying behind the user's back.
    pub async fn store(&self) -> StoreResult {
        self.store
            .get_or_init(|| async {
                let dir = self.data_dir.clone();
                let opened = blocking(move || {
                    let store = match dir {
                        Some(dir) => Store::open(&dir)?,
                        None => Store::open_default()?,
                    };
                    load_catalog(&store);
                    load_courses(&store);
                    Ok(store)
                })
                .await
                .map(Arc::new);
                if let Err(error) = &opened {
                    tracing::error!(code = error.code(), detail = %error, "store did not open");
                }
                opened.map_err(Arc::new)
            })
            .await
            .clone()
    }

    pub fn language(&self) -> Language {
        *self.language.read().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_language(&self, language: Language) {
        *self.language.write().unwrap_or_else(|p| p.into_inner()) = language;
    }

    /// The app's messages in both languages, parsed on first use (not at start-up:
    /// only errors and a few Rust-made texts need them).
    pub fn localizer(&self) -> Localizer {
        Localizer::embedded()
    }

    /// Runs `work` on the store off the UI thread; its error comes back as the webview
    /// shows it, in the language on screen.
    pub async fn with_store<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Store) -> kiosk_core::Result<T> + Send + 'static,
    ) -> Result<T, BridgeError> {
        let store = self.store().await.map_err(|e| self.bridge(&e))?;
        blocking(move || work(&store))
            .await
            .map_err(|e| self.bridge(&e))
    }

    /// Like [`AppState::with_store`], for work only a signed-in operator may do.
    pub async fn as_operator<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Store, &Operator) -> kiosk_core::Result<T> + Send + 'static,
    ) -> Result<T, BridgeError> {
        let operator = self
            .session
            .operator(Instant::now())
            .map_err(|e| self.bridge(&e.into()))?;
        self.with_store(move |store| work(store, &operator)).await
    }

    /// Like [`AppState::with_store`], for work only a signed-in admin may do.
    pub async fn as_admin<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Store, &Operator) -> kiosk_core::Result<T> + Send + 'static,
    ) -> Result<T, BridgeError> {
        let admin = self
            .session
            .admin(Instant::now())
            .map_err(|e| self.bridge(&e.into()))?;
        self.with_store(move |store| work(store, &admin)).await
    }

    /// The store and the signed-in operator (an admin if `admin`), for async work such
    /// as talking to the head office.
    pub async fn signed_in_store(
        &self,
        admin: bool,
    ) -> Result<(Arc<Store>, Operator), BridgeError> {
        let now = Instant::now();
        let operator = if admin {
            self.session.admin(now)
        } else {
            self.session.operator(now)
        }
        .map_err(|e| self.bridge(&e.into()))?;
        let store = self.store().await.map_err(|e| self.bridge(&e))?;
        Ok((store, operator))
    }

    /// Starts the background sync worker on the app's runtime, once the store is open.
    pub fn start_sync_worker(&self, store: Arc<Store>) {
        tauri::async_runtime::spawn(kiosk_sync::worker::run(store, Arc::clone(&self.sync_wake)));
    }

    pub fn wake_sync(&self) {
        self.sync_wake.notify_one();
    }

    /// A window that would not change (kiosk mode), as the webview sees it.
    pub fn window_error(&self, error: &tauri::Error) -> BridgeError {
        self.bridge(&AppError::Window(error.to_string()))
    }

    /// Turns an error into what the webview sees, in the language on screen.
    pub fn bridge(&self, error: &AppError) -> BridgeError {
        error.to_bridge(&self.localizer(), self.language())
    }
}

/// Brings the scheme catalog up to the shipped version. The catalog is content, not
/// records: if the shipped one is bad, the old one stays and the kiosk carries on.
fn load_catalog(store: &Store) {
    match catalog::ensure_current(store) {
        Ok(catalog::Loaded::Replaced(count)) => tracing::info!(count, "scheme catalog loaded"),
        Ok(catalog::Loaded::AlreadyCurrent) => {}
        Err(error) => tracing::error!(code = error.code(), detail = %error, "catalog not loaded"),
    }
}

/// Installs the courses built into this version that the kiosk lacks or has older.
/// Like the catalog, they are content: a bad pack is logged and the kiosk carries on.
fn load_courses(store: &Store) {
    match courses::ensure_shipped(store) {
        Ok(done) => done
            .iter()
            .filter(|d| !matches!(d, courses::Imported::AlreadyCurrent { .. }))
            .for_each(|d| tracing::info!(?d, "course installed")),
        Err(error) => tracing::error!(code = error.code(), detail = %error, "courses not loaded"),
    }
}

/// Runs blocking kiosk-core work (disk) on tokio's blocking pool, never on the UI thread.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> kiosk_core::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Task(e.to_string()))?
        .map_err(AppError::from)
}

#[cfg(test)]
mod tests {
    use kiosk_core::people::Role;

    use super::*;

    fn person(role: Role) -> Operator {
        Operator {
            id: "op-1".into(),
            name: "Ravi".into(),
            role,
        }
    }

    #[tokio::test]
    async fn personal_work_needs_a_signed_in_operator_and_admin_work_an_admin() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = AppState::with_data_dir(Some(dir.path().to_path_buf()));
        let refused = state
            .as_operator(|_, _| Ok(()))
            .await
            .expect_err("no one is signed in");
        assert_eq!(refused.code, "people.sign_in_needed");
        assert!(refused.message.contains("साइन इन"), "{}", refused.message);

        state
            .session()
            .begin(person(Role::Operator), Instant::now());
        let who = state
            .as_operator(|_, operator| Ok(operator.name.clone()))
            .await
            .expect("signed in");
        assert_eq!(who, "Ravi");
        let refused = state
            .as_admin(|_, _| Ok(()))
            .await
            .expect_err("an operator is not an admin");
        assert_eq!(refused.code, "people.not_admin");

        state.session().begin(person(Role::Admin), Instant::now());
        state.as_admin(|_, _| Ok(())).await.expect("admin");
    }

    #[tokio::test]
    async fn an_idle_session_locks_and_the_lock_can_only_be_shortened() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = AppState::with_data_dir(Some(dir.path().to_path_buf()))
            .with_idle_lock(Duration::from_millis(50));
        state.session().begin(person(Role::Admin), Instant::now());
        tokio::time::sleep(Duration::from_millis(80)).await;
        let refused = state
            .as_operator(|_, _| Ok(()))
            .await
            .expect_err("locked after idle time");
        assert_eq!(refused.code, "people.sign_in_needed");

        let longer = AppState::with_data_dir(None).with_idle_lock(Duration::from_secs(86_400));
        assert_eq!(
            longer.session().idle_lock(),
            kiosk_core::people::session::IDLE_LOCK
        );
    }
}
