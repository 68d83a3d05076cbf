use super::back_link::back_link;
use super::{WidgetContext, FOCUS_HEADING};
use crate::i18n::{answer_id, condition_id, question_id};
use crate::rules::QuestionId;
use crate::state::{Action, State};
use yew::prelude::*;

/// Each answer that counts, with a Change button, then "See my result".
pub fn check_answers(ctx: &WidgetContext, state: &State) -> Html {
    html! {
        <div class="ccw-screen" key="check">
            { back_link(ctx) }
            <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr("check-title") }</h1>
            <p>{ ctx.tr("check-intro") }</p>
            <dl class="ccw-summary">
                for &q in &state.walk.asked {
                    <div class="ccw-summary-row">
                        <dt class="ccw-summary-key">{ ctx.tr(&question_id(q)) }</dt>
                        <dd class="ccw-summary-value ccw-private">{ answer_text(ctx, state, q) }</dd>
                        <dd class="ccw-summary-action">
                            <button type="button" class="ccw-link-button" onclick={ctx.on(Action::Change(q))}
                                aria-label={ctx.i18n.tr_args("change-label", &[("question", ctx.tr(&question_id(q)).into())])}>
                                { ctx.tr("change") }
                            </button>
                        </dd>
                    </div>
                }
            </dl>
            <button type="button" class="ccw-button" onclick={ctx.on(Action::ShowResult)}>
                { ctx.tr("check-submit") }
            </button>
        </div>
    }
}

fn answer_text(ctx: &WidgetContext, state: &State, q: QuestionId) -> Html {
    if q == QuestionId::Conditions && state.checklist.exclusive.is_none() {
        let count = state.checklist.picked.len();
        return html! {
            <>
            <p class="ccw-summary-count">{ ctx.i18n.tr_args("conditions-chosen", &[("count", count.into())]) }</p>
            <ul class="ccw-list ccw-list-plain">
                for &c in &state.checklist.picked {
                    <li>{ ctx.tr(&condition_id(c)) }</li>
                }
            </ul>
            </>
        };
    }
    match state.answers.get(q) {
        Some(choice) => html! { ctx.tr(&answer_id(choice)) },
        None => html! {},
    }
}
