//! One screen or control per file. Components read the state and dispatch
//! actions; they decide nothing about eligibility.
//!
//! Screens and controls without hooks of their own are plain functions
//! (`fn start_screen(ctx: &WidgetContext) -> Html`), and the context is
//! passed by hand: each Yew component type costs wasm bytes that every
//! visitor downloads. Those with hooks (the app here, the kiosk's idle
//! prompt and QR code in [`crate::kiosk`]) stay components and get the
//! context as a prop. [`screen::screen_for`] picks the screen for the state.

pub mod app;
pub mod back_link;
pub mod check_answers;
pub mod checklist;
pub mod connecting_dots;
pub mod error_summary;
pub mod explainer_screen;
pub mod language_menu;
pub mod listen_button;
pub mod outside_link;
pub mod print_summary;
pub mod question_page;
pub mod radios;
pub mod result_screen;
pub mod screen;
pub mod start_screen;

use crate::i18n::I18n;
use crate::state::{Action, State};
use fluent_bundle::FluentValue;
use std::rc::Rc;
use yew::prelude::*;

/// What every screen and control of one widget instance shares.
#[derive(Clone, PartialEq)]
pub struct WidgetContext {
    pub i18n: Rc<I18n>,
    /// English, always loaded: the print summary shows it beside the
    /// patient's language for clinic staff.
    pub english: Rc<I18n>,
    /// Each language's name in itself, for the menu.
    pub names: Rc<I18n>,
    /// Makes element ids unique when several widgets share a page.
    pub id_prefix: Rc<str>,
    pub dispatch: UseReducerDispatcher<State>,
    /// On a shared kiosk: links that would leave it are shown as text.
    pub kiosk: bool,
}

impl WidgetContext {
    pub fn tr(&self, id: &str) -> String {
        self.i18n.tr(id)
    }

    /// "Question 2 of 6".
    pub fn progress(&self, current: usize, total: usize) -> String {
        self.i18n.tr_args("progress", &count_args(current, total))
    }

    /// "Step 3 of 8", in the explainer.
    pub fn step_progress(&self, current: usize, total: usize) -> String {
        self.i18n
            .tr_args("explainer-progress", &count_args(current, total))
    }

    /// An element id unique to this widget instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{}", self.id_prefix, suffix)
    }

    /// A callback that dispatches `action`, for buttons.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(action.clone()))
    }
}

/// `$current` and `$total`, passed as strings: they need no locale
/// formatting.
fn count_args(current: usize, total: usize) -> [(&'static str, FluentValue<'static>); 2] {
    [
        ("current", current.to_string().into()),
        ("total", total.to_string().into()),
    ]
}

/// Marks the element that takes focus when its screen appears
/// (`hooks::focus` looks for `[data-ccw-focus="heading"]`).
pub const FOCUS_HEADING: &str = "heading";
