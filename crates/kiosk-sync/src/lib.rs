//! The kiosk's sync worker: enrols with the head office, sends the outbox in batches
//! with the photos they refer to, marks what the head office's receipt confirms, and
//! backs off while the connection is down. The contract is `docs/sync-protocol.md`.
//! Nothing here keeps state of its own: the store says what is pending and how the last
//! sync went, so the UI reads it from there.

pub mod backoff;
mod batch;
mod http;
mod receipt;
mod sync;
mod wire;
pub mod worker;

pub use backoff::Backoff;
pub use batch::{MAX_BATCH_BYTES, MAX_RECORDS};
pub use http::{Client, CONNECT_TIMEOUT, REQUEST_TIMEOUT};
pub use sync::{enrol, normalise_token, normalise_url, sync_once, SyncReport, PHOTO_PART_BYTES};
pub use worker::{spawn, WorkerHandle};
