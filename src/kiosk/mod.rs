//! The waiting-room kiosk, compiled only with the cargo feature `kiosk`
//! (its own bundle, `kiosk.html`, so partners' pages never download it):
//! a touch start screen with every language, "I'm done", "Larger text",
//! the idle reset, QR codes instead of outside links, and the result page
//! a QR code opens on a phone. (The kiosk's pages, their CSS and JS are in
//! `web/kiosk/`; its bundle has read-aloud's reader built in: see
//! `speech/`.)
//!
//! The rest of the crate calls only what this file makes public. Without
//! the feature, `stand_in.rs` takes its place: the same names, showing
//! nothing and doing nothing. Change both together; the clippy runs with
//! and without the feature check that they still match.

mod idle_prompt;
mod idle_timer;
mod qr_code;
mod shared_result;
mod start_screen;
mod take_home;

pub use idle_prompt::idle_prompt;
pub use idle_timer::use_idle_timer;
pub use qr_code::qr_link;
pub use shared_result::shared_result;
pub use start_screen::start_screen;
pub use take_home::take_home;

use crate::components::WidgetContext;
use crate::i18n::{Language, LANGUAGES};
use crate::options::{Mode, WidgetOptions};
use crate::rules::OutcomeKind;
use crate::state::{Action, State};
use yew::prelude::*;

/// This widget is the kiosk (and not the phone's result page, say).
pub fn active(options: &WidgetOptions) -> bool {
    options.mode == Mode::Kiosk
}

/// A kiosk downloads every language at the start, so a patient's switch
/// needs no network.
pub fn languages_to_preload(kiosk: bool) -> &'static [Language] {
    if kiosk {
        &LANGUAGES
    } else {
        &[]
    }
}

/// A result opened from a kiosk's QR code, shown on its own
/// ([`crate::state::Screen::Shared`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedResult(OutcomeKind);

impl SharedResult {
    /// The result given in the options, if any.
    pub fn from_options(outcome: Option<OutcomeKind>) -> Option<Self> {
        outcome.map(Self)
    }

    pub fn outcome(self) -> OutcomeKind {
        self.0
    }
}

/// "I'm done", once a patient has done anything: ends the session.
pub fn done_button(ctx: &WidgetContext, state: &State) -> Html {
    if !ctx.kiosk || state.is_fresh() {
        return Html::default();
    }
    html! {
        <button type="button" class="ccw-button ccw-button-secondary ccw-done" onclick={ctx.on(Action::EndSession)}>
            { ctx.tr("kiosk-done") }
        </button>
    }
}

/// "Larger text", on every kiosk screen: two steps up from the kiosk's
/// 22 px (kiosk-page.css), for this patient, until the session ends.
pub fn larger_text_toggle(ctx: &WidgetContext, state: &State) -> Html {
    if !ctx.kiosk {
        return Html::default();
    }
    html! {
        <button type="button" class="ccw-button ccw-button-secondary ccw-larger-text"
            aria-pressed={state.larger_text.to_string()} onclick={ctx.on(Action::ToggleLargerText)}>
            { ctx.tr("kiosk-larger-text") }
        </button>
    }
}

/// The widget's `data-text` (kiosk-page.css sizes the text by it).
pub fn text_size(state: &State) -> Option<&'static str> {
    state.larger_text.then_some("larger")
}
