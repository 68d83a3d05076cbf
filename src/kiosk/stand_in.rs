//! The kiosk's stand-in in the main bundle (built without the cargo
//! feature `kiosk`): the names `mod.rs` makes public, showing nothing and
//! doing nothing, so shared code calls them without `cfg` and partners'
//! pages download no kiosk code. Keep the signatures as in `mod.rs`.

use crate::components::WidgetContext;
use crate::i18n::Language;
use crate::options::WidgetOptions;
use crate::rules::OutcomeKind;
use crate::state::{Screen, State};
use yew::prelude::*;

pub fn active(_options: &WidgetOptions) -> bool {
    false
}

pub fn languages_to_preload(_kiosk: bool) -> &'static [Language] {
    &[]
}

/// No result is ever shared to the main bundle: a type with no values, so
/// the compiler drops the code that would show one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedResult {}

impl SharedResult {
    pub fn from_options(_outcome: Option<OutcomeKind>) -> Option<Self> {
        None
    }

    pub fn outcome(self) -> OutcomeKind {
        match self {}
    }
}

#[hook]
pub fn use_idle_timer(
    _options: &WidgetOptions,
    _dispatch: UseReducerDispatcher<State>,
    _screen: Screen,
) {
}

pub fn start_screen(_ctx: &WidgetContext, _chosen: Language) -> Html {
    Html::default()
}

pub fn done_button(_ctx: &WidgetContext, _state: &State) -> Html {
    Html::default()
}

pub fn idle_prompt(_ctx: &WidgetContext, _state: &State) -> Html {
    Html::default()
}

pub fn qr_link(_ctx: &WidgetContext, _href: &'static str) -> Html {
    Html::default()
}

pub fn take_home(_ctx: &WidgetContext, _kind: OutcomeKind) -> Html {
    Html::default()
}

pub fn shared_result(_ctx: &WidgetContext, shared: SharedResult) -> Html {
    match shared {}
}

pub fn larger_text_toggle(_ctx: &WidgetContext, _state: &State) -> Html {
    Html::default()
}

pub fn text_size(_state: &State) -> Option<&'static str> {
    None
}
