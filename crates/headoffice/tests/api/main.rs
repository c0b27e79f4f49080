//! The head office over real HTTP on 127.0.0.1, as a kiosk's worker sees it.

mod batches;
mod blobs;
mod cli;
mod common;
mod dashboard;
mod enrolment;
