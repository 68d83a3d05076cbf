use super::back_link::back_link;
use super::connecting_dots::connecting_dots;
use super::outside_link::outside_link;
use super::{WidgetContext, FOCUS_HEADING};
use crate::explainer::{Extra, STEPS};
use crate::state::Action;
use yew::prelude::*;

/// Previous and Next carry `data-ccw-step-button`, so focus can stay on the
/// one pressed (see `app::move_focus`).
///
/// "Connecting the dots": one step of what CCM does, with its picture, and
/// Previous and Next. Nothing needs a swipe or a drag. `step` counts from
/// 0; opened `from_result`, the last step goes back to it, not to the check.
pub fn explainer_screen(ctx: &WidgetContext, step: usize, from_result: bool) -> Html {
    let step_number = step.min(STEPS.len() - 1);
    let step = STEPS[step_number];
    let is_last = step_number + 1 == STEPS.len();
    let finish_label = ctx.tr(if from_result {
        "explainer-back-to-result"
    } else {
        "explainer-start-check"
    });
    let finish_action = if from_result {
        Action::CloseExplainer
    } else {
        Action::Start
    };
    html! {
        <div class="ccw-screen ccw-explainer" key="explainer" data-step={step.key}>
            { back_link(ctx) }
            <p class="ccw-caption">
                { ctx.tr("explainer-caption") }
                <span aria-hidden="true">{" · "}</span>
                <span class="ccw-visually-hidden">{", "}</span>
                { ctx.step_progress(step_number + 1, STEPS.len()) }
            </p>
            <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr(&step.title_id()) }</h1>
            { connecting_dots(ctx, step) }
            for id in step.paragraph_ids() {
                <p>{ ctx.tr(&id) }</p>
            }
            for extra in step.extra {
                { match extra {
                    Extra::Emergency => html! { <p class="ccw-emergency">{ ctx.tr("emergency-911") }</p> },
                    Extra::HelpLine => html! {
                        <>
                            <p>{ ctx.tr("result-helpline") }</p>
                            <p>
                                { ctx.tr("result-learn-more") }{" "}
                                { outside_link(ctx, "https://go.cms.gov/ccm", ctx.tr("result-learn-more-link")) }
                            </p>
                        </>
                    },
                } }
            }
            <div class="ccw-step-nav">
                if step_number > 0 {
                    <button type="button" class="ccw-button ccw-button-secondary" data-ccw-step-button="previous"
                        onclick={ctx.on(Action::PreviousStep)}>
                        <span class="ccw-back-arrow" aria-hidden="true"></span>
                        { ctx.tr("explainer-previous") }
                    </button>
                }
                if is_last {
                    <button type="button" class="ccw-button" data-ccw-step-button="next" onclick={ctx.on(finish_action)}>
                        { finish_label }
                    </button>
                } else {
                    <button type="button" class="ccw-button" data-ccw-step-button="next" onclick={ctx.on(Action::NextStep)}>
                        { ctx.tr("explainer-next") }
                        <span class="ccw-start-arrow" aria-hidden="true"></span>
                    </button>
                }
            </div>
        </div>
    }
}
