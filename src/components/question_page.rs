use super::back_link::back_link;
use super::checklist::checklist;
use super::error_summary::error_summary;
use super::radios::radios;
use super::{WidgetContext, FOCUS_HEADING};
use crate::i18n::{question_hint_id, question_id};
use crate::rules::{Condition, QuestionId};
use crate::state::{Action, State};
use yew::prelude::*;

/// One question per screen, in the style of GOV.UK question pages: the
/// question is the heading, and names the group of answers; Back; Continue.
/// The heading sits above the fieldset, not in a legend: focus moves to the
/// heading on each new question, and inside a legend it entered a group
/// named with the same words, so screen readers said the question twice.
pub fn question_page(ctx: &WidgetContext, state: &State, q: QuestionId) -> Html {
    let heading_id = ctx.id(&format!("{}-heading", q.key()));
    let hint_id = ctx.id(&format!("{}-hint", q.key()));
    let error_id = ctx.id(&format!("{}-error", q.key()));
    let first_input_id = match q {
        QuestionId::Conditions => ctx.id(&format!("conditions-{}", Condition::ALL[0].key())),
        _ => ctx.id(&format!("{}-{}", q.key(), q.offered()[0].key())),
    };
    let error_text = ctx.tr(if q == QuestionId::Conditions {
        "error-choose-conditions"
    } else {
        "error-choose-one"
    });
    let described_by = if state.error {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let progress = state
        .progress()
        .map(|(current, total)| ctx.progress(current, total));
    let dispatch = ctx.dispatch.clone();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        dispatch.dispatch(Action::Continue);
    });
    // In error, each input is marked invalid and described by the error.
    let input_error = state.error.then(|| AttrValue::from(error_id.clone()));
    let inputs = match q {
        QuestionId::Conditions => checklist(ctx, &state.draft_checklist, input_error),
        _ => radios(ctx, q, state.draft, input_error),
    };
    html! {
        <div class="ccw-screen" key="question">
            { back_link(ctx) }
            if state.error {
                { error_summary(ctx, error_text.clone(), first_input_id) }
            }
            <form class="ccw-form" novalidate=true {onsubmit}>
                <div class={classes!("ccw-group", state.error.then_some("ccw-group-error"))}>
                    <div class="ccw-question-heading">
                        if let Some(progress) = progress {
                            <span class="ccw-caption">{ progress }</span>
                        }
                        <h1 class="ccw-h1" id={heading_id.clone()} tabindex="-1" data-ccw-focus={FOCUS_HEADING}>
                            { ctx.tr(&question_id(q)) }
                        </h1>
                    </div>
                    <fieldset class="ccw-fieldset" aria-labelledby={heading_id} aria-describedby={described_by}>
                        <p class="ccw-hint" id={hint_id}>{ ctx.tr(&question_hint_id(q)) }</p>
                        if state.error {
                            <p class="ccw-error-message" id={error_id}>
                                <span class="ccw-visually-hidden">{ ctx.tr("error-prefix") }{" "}</span>
                                { error_text }
                            </p>
                        }
                        { inputs }
                    </fieldset>
                </div>
                <button type="submit" class="ccw-button">{ ctx.tr("continue") }</button>
            </form>
        </div>
    }
}
