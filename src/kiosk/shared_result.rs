use super::SharedResult;
use crate::components::outside_link::outside_link;
use crate::components::{WidgetContext, FOCUS_HEADING};
use crate::i18n::{ask_id, outcome_body_id, outcome_title_id};
use crate::state::Action;
use yew::prelude::*;

/// The page a kiosk result's QR code opens on the patient's phone. The code
/// holds only the outcome and the language, so this shows the result and
/// what to ask, but no answers or reasons.
pub fn shared_result(ctx: &WidgetContext, shared: SharedResult) -> Html {
    let kind = shared.outcome();
    let asks = kind.questions_to_ask();
    html! {
        <div class="ccw-screen ccw-result ccw-shared" key="shared" data-outcome={kind.key()}>
            <div class="ccw-panel">
                <span class="ccw-caption">{ ctx.tr("shared-caption") }</span>
                <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr(&outcome_title_id(kind)) }</h1>
                <p>{ ctx.tr(&outcome_body_id(kind)) }</p>
            </div>
            <p class="ccw-strong">{ ctx.tr("result-provider-decides") }</p>
            <p class="ccw-privacy">{ ctx.tr("shared-note") }</p>
            <h2 class="ccw-h2">{ ctx.tr("result-ask-title") }</h2>
            <ul class="ccw-list">
                for &ask in asks {
                    <li>{ ctx.tr(&ask_id(ask)) }</li>
                }
            </ul>
            if asks.iter().any(|a| a.mentions_round_the_clock_help()) {
                <p class="ccw-emergency">{ ctx.tr("emergency-911") }</p>
            }
            <p>{ ctx.tr("result-helpline") }</p>
            <p>
                { ctx.tr("result-learn-more") }{" "}
                { outside_link(ctx, "https://go.cms.gov/ccm", ctx.tr("result-learn-more-link")) }
            </p>
            <button type="button" class="ccw-button ccw-button-secondary" onclick={ctx.on(Action::StartOver)}>
                { ctx.tr("shared-take-check") }
            </button>
        </div>
    }
}
