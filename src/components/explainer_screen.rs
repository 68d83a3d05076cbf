use super::back_link::BackLink;
use super::connecting_dots::ConnectingDots;
use super::outside_link::OutsideLink;
use super::{use_widget, FOCUS_HEADING};
use crate::explainer::{Extra, STEPS};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerScreenProps {
    /// Which step, from 0.
    pub step: usize,
    /// Opened from a result: the last step goes back to it, not to the check.
    pub from_result: bool,
}

/// Previous and Next carry `data-ccw-step-button`, so focus can stay on the
/// one pressed (see `app::move_focus`).
///
/// "Connecting the dots": one step of what CCM does, with its picture, and
/// Previous and Next. Nothing needs a swipe or a drag.
#[component]
pub fn ExplainerScreen(props: &ExplainerScreenProps) -> Html {
    let ctx = use_widget();
    let step_number = props.step.min(STEPS.len() - 1);
    let step = STEPS[step_number];
    let is_last = step_number + 1 == STEPS.len();
    let finish_label = ctx.tr(if props.from_result {
        "explainer-back-to-result"
    } else {
        "explainer-start-check"
    });
    let finish_action = if props.from_result {
        Action::CloseExplainer
    } else {
        Action::Start
    };
    html! {
        <div class="ccw-screen ccw-explainer" data-step={step.key}>
            <BackLink />
            <p class="ccw-caption">
                { ctx.tr("explainer-caption") }
                <span aria-hidden="true">{" · "}</span>
                <span class="ccw-visually-hidden">{", "}</span>
                { ctx.step_progress(step_number + 1, STEPS.len()) }
            </p>
            <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr(&step.title_id()) }</h1>
            <ConnectingDots step={step} />
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
                                <OutsideLink href="https://go.cms.gov/ccm" text={ctx.tr("result-learn-more-link")} />
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
