//! The app's jobs besides showing a screen, one hook each, so that
//! [`crate::components::app::App`] reads as a list of them. (The kiosk's
//! idle timer is in [`crate::kiosk`], with the rest of the kiosk.)

pub mod accent;
pub mod focus;
pub mod languages;

pub use accent::use_accent;
pub use focus::use_focus_moves;
pub use languages::{use_languages, Languages};
