//! The background worker the app runs: a sync whenever the kiosk is enrolled, then a
//! wait (a minute after a success, the backoff after a failure, noted in the store for
//! the Sync screen) that "Send now" cuts short. After a 401 it waits for a new enrolment or a "Send now" instead of calling
//! the head office with a secret it refused.

use std::sync::Arc;
use std::time::Duration;

use kiosk_core::settings::{self, Enrolment};
use kiosk_core::{Error, Store};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::{sync_once, Backoff, Client};

/// How often an idle worker looks for new records (a read of the store, no network),
/// and for a new enrolment while it has none that works.
pub const IDLE: Duration = Duration::from_secs(60);

/// The running worker. Dropping the handle leaves the worker running.
#[derive(Debug)]
pub struct WorkerHandle {
    wake: Arc<Notify>,
    task: JoinHandle<()>,
}

impl WorkerHandle {
    /// Syncs now instead of at the end of the wait ("Send now", a new enrolment).
    pub fn sync_now(&self) {
        self.wake.notify_one();
    }

    /// Stops the worker; a sync under way is dropped, its batch left pending.
    pub fn stop(self) {
        self.task.abort();
    }
}

/// Starts [`run`] on the current tokio runtime. `wake.notify_one()` means "sync now".
pub fn spawn(store: Arc<Store>, wake: Arc<Notify>) -> WorkerHandle {
    let task = tokio::spawn(run(store, Arc::clone(&wake)));
    WorkerHandle { wake, task }
}

/// The worker's loop, for a runtime that spawns it itself (the Tauri shell).
pub async fn run(store: Arc<Store>, wake: Arc<Notify>) {
    let client = match Client::new() {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "sync worker cannot start");
            return;
        }
    };
    let mut state = State::default();
    let mut woken = true;
    let mut retry_noted = false;
    loop {
        let turn = state.step(&store, &client, woken).await;
        // The store keeps only a retry after a failure, written when it changes, so an
        // idle kiosk does not write to its disk every minute.
        if turn.failed || retry_noted {
            let retry = turn.failed.then_some(turn.wait);
            match store.write(|tx| settings::set_next_sync_attempt(tx, retry)) {
                Ok(()) => retry_noted = turn.failed,
                Err(error) => tracing::warn!(%error, "could not note the next sync"),
            }
        }
        woken = tokio::select! {
            () = wake.notified() => true,
            () = tokio::time::sleep(turn.wait) => false,
        };
    }
}

/// What a turn did and how long to wait before the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Turn {
    wait: Duration,
    /// The sync failed and the wait is the backoff's.
    failed: bool,
}

impl Turn {
    const IDLE: Turn = Turn {
        wait: IDLE,
        failed: false,
    };

    fn retry(wait: Duration) -> Turn {
        Turn { wait, failed: true }
    }
}

#[derive(Debug, Default)]
struct State {
    backoff: Backoff,
    /// The enrolment the head office answered 401 to.
    refused: Option<Enrolment>,
}

impl State {
    /// One turn: syncs if there is an enrolment worth trying (none, or the one the
    /// head office refused, means waiting for a new one).
    async fn step(&mut self, store: &Store, client: &Client, woken: bool) -> Turn {
        let enrolment = match store.read(settings::enrolment) {
            Ok(Some(enrolment)) => enrolment,
            Ok(None) => return Turn::IDLE,
            Err(error) => {
                tracing::warn!(%error, "sync worker cannot read the store");
                return Turn::retry(self.backoff.fail(fastrand::f64));
            }
        };
        if self.refused.as_ref() == Some(&enrolment) && !woken {
            return Turn::IDLE;
        }
        match sync_once(store, client).await {
            Ok(report) => {
                if report != crate::SyncReport::default() {
                    tracing::info!(?report, "synced");
                }
                self.backoff.reset();
                self.refused = None;
                Turn::IDLE
            }
            Err(Error::SyncNotEnrolled) => {
                self.refused = Some(enrolment);
                Turn::IDLE
            }
            Err(_) => Turn::retry(self.backoff.fail(fastrand::f64)),
        }
    }
}
