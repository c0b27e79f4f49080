//! People the kiosk knows: its operators (this module), and the entrepreneurs they
//! register (to come).

pub mod checks;
pub mod entrepreneurs;
pub mod operators;
mod pin;
pub mod session;
mod store;

pub use operators::{Operator, Role};
pub use session::Session;
