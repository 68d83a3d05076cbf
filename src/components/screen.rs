//! Which screen the state shows, and what a screen reader hears when it
//! appears without focus moving.

use super::check_answers::check_answers;
use super::explainer_screen::explainer_screen;
use super::question_page::question_page;
use super::result_screen::result_screen;
use super::start_screen::start_screen;
use super::WidgetContext;
use crate::explainer::STEPS;
use crate::i18n::language_name_id;
use crate::kiosk;
use crate::state::{FocusTarget, Screen, State};
use yew::prelude::*;

/// The screen for `state`. `contact` is the partner's contact line.
pub fn screen_for(ctx: &WidgetContext, state: &State, contact: Option<&String>) -> Html {
    match state.screen {
        Screen::Start if ctx.kiosk => kiosk::start_screen(ctx, state.language),
        Screen::Start => start_screen(ctx),
        Screen::Question(q) => question_page(ctx, state, q),
        Screen::CheckAnswers => check_answers(ctx, state),
        Screen::Result => match state.outcome() {
            Some(outcome) => result_screen(ctx, outcome, contact.cloned().map(AttrValue::from)),
            None => check_answers(ctx, state),
        },
        Screen::Explainer(step) => {
            explainer_screen(ctx, step, state.explainer_from == Screen::Result)
        }
        Screen::Shared(shared) => kiosk::shared_result(ctx, shared),
    }
}

/// What the status region says where focus stays on the control pressed:
/// after a language switch, "Language: Español", in the new language once
/// it shows; after a step of the explainer, "Step 3 of 8: title" (and at
/// the last step, that it is the last, as Next has become another button).
/// Elsewhere focus moves to the new screen's heading, which is read:
/// nothing more.
pub fn status_announcement(ctx: &WidgetContext, state: &State) -> String {
    if state.language_switched && ctx.i18n.language() == state.language {
        return format!(
            "{}: {}",
            ctx.tr("language-label"),
            ctx.names.tr(&language_name_id(state.language))
        );
    }
    let (Screen::Explainer(step), FocusTarget::StepButton(_)) = (state.screen, state.focus) else {
        return String::new();
    };
    let Some(s) = STEPS.get(step) else {
        return String::new();
    };
    let last = if step + 1 == STEPS.len() {
        ctx.tr("explainer-last-step")
    } else {
        String::new()
    };
    format!(
        "{last} {}: {}",
        ctx.step_progress(step + 1, STEPS.len()),
        ctx.tr(&s.title_id())
    )
}
