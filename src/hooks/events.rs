//! The element's events for the partner's own counts: `open`, then each
//! [`Milestone`] a visitor reaches (`start`, `result`, `explainer`,
//! `language`). The embed loader's element gives the app its
//! `emit(name, language)` (through the glue's `connect`, web/app/connect.js)
//! (read by [`crate::options::event_sink`]), which dispatches
//! `connected-care:<name>` on the element with the language and the mode;
//! `connect` tells the badge's later opens and its closes itself.
//!
//! Only an event's name and the language chosen leave the app: never an
//! answer, an outcome, a condition or anything typed. Without `emit` (the
//! app mounted by a page's own script) nothing is told.

use crate::state::{Milestone, State};
use yew::prelude::*;

/// Tells `emit` of `open` once the app has first rendered, then of each
/// milestone once the screen it leads to has rendered.
#[hook]
pub fn use_events(emit: Option<js_sys::Function>, state: &State) {
    let (milestone, language) = (state.milestone, state.language);
    // Keyed by the count: a render with no new milestone tells nothing.
    use_effect_with(state.milestones, move |_| {
        if let Some(emit) = emit {
            let name = milestone.map_or("open", Milestone::key);
            let _ = emit.call2(
                &wasm_bindgen::JsValue::NULL,
                &name.into(),
                &language.tag.into(),
            );
        }
    });
}
