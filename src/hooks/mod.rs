//! The app's jobs besides showing a screen, one hook each (languages,
//! accent, focus, and the events the partner's page is told of), so that
//! [`crate::components::app::App`] reads as a list of them. (The kiosk's
//! idle timer is in [`crate::kiosk`], with the rest of the kiosk.)

pub mod accent;
pub mod events;
pub mod focus;
pub mod languages;

pub use accent::use_accent;
pub use events::use_events;
pub use focus::use_focus_moves;
pub use languages::{use_languages, Languages};
