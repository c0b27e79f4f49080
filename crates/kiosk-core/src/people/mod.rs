//! People the kiosk knows: its operators (this module), and the entrepreneurs they
//! register (to come).

pub mod operators;
mod pin;
mod store;

pub use operators::{Operator, Role};
