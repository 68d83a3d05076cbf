//! Which screen the state shows, and what a screen reader hears when it
//! appears.

use super::check_answers::check_answers;
use super::explainer_screen::explainer_screen;
use super::question_page::question_page;
use super::result_screen::result_screen;
use super::start_screen::start_screen;
use super::WidgetContext;
use crate::explainer::STEPS;
use crate::i18n::{outcome_title_id, question_id};
use crate::kiosk;
use crate::state::{Screen, State};
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

/// The screen's title, announced when the screen changes.
pub fn screen_title(ctx: &WidgetContext, state: &State) -> String {
    match state.screen {
        Screen::Start => ctx.tr("start-title"),
        Screen::Question(q) => {
            let title = ctx.tr(&question_id(q));
            match state.progress() {
                Some((current, total)) => format!("{}: {title}", ctx.progress(current, total)),
                None => title,
            }
        }
        Screen::CheckAnswers => ctx.tr("check-title"),
        Screen::Result => state
            .outcome()
            .map(|o| ctx.tr(&outcome_title_id(o.kind)))
            .unwrap_or_default(),
        Screen::Shared(shared) => ctx.tr(&outcome_title_id(shared.outcome())),
        Screen::Explainer(step) => match STEPS.get(step) {
            Some(s) => format!(
                "{}: {}",
                ctx.step_progress(step + 1, STEPS.len()),
                ctx.tr(&s.title_id())
            ),
            None => String::new(),
        },
    }
}
