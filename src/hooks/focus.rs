use crate::state::{FocusTarget, StepButton};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves focus inside `root` after rendering, whenever the state asks
/// (`seq` is [`crate::state::State::focus_seq`]). No focus is taken at
/// load: only after the patient acts.
#[hook]
pub fn use_focus_moves(root: &NodeRef, seq: u32, target: FocusTarget) {
    let root = root.clone();
    use_effect_with((seq, target), move |&(seq, target)| {
        if seq > 0 {
            move_focus(&root, target);
        }
    });
}

fn move_focus(root: &NodeRef, target: FocusTarget) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    // The first of these that is on screen takes focus. The first step has
    // no Previous: then Next.
    let selectors: &[&str] = match target {
        FocusTarget::Heading => &["[data-ccw-focus=\"heading\"]"],
        FocusTarget::ErrorSummary => &[".ccw-error-summary"],
        FocusTarget::StepButton(StepButton::Previous) => &[
            "[data-ccw-step-button=\"previous\"]",
            "[data-ccw-step-button]",
        ],
        FocusTarget::StepButton(StepButton::Next) => &["[data-ccw-step-button=\"next\"]"],
    };
    if let Some(el) = selectors
        .iter()
        .find_map(|selector| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        // A step button keeps focus from step to step, and focus() on the
        // focused element does not scroll: the new step's text may have
        // pushed it out of sight.
        if matches!(target, FocusTarget::StepButton(_)) {
            el.scroll_into_view_with_bool(false);
        }
    }
}
