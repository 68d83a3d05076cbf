use super::back_link::back_link;
use super::outside_link::outside_link;
use super::print_summary::print_summary;
use super::{WidgetContext, FOCUS_HEADING};
use crate::i18n::{
    ask_id, note_id, other_service_id, outcome_body_id, outcome_title_id, reason_id, I18n,
};
use crate::kiosk;
use crate::rules::Outcome;
use crate::state::Action;
use yew::prelude::*;

/// The outcome the rules gave, why, what applies, what to ask, and that
/// only the patient's provider can decide. `contact` is the partner's
/// contact line, plain text.
pub fn result_screen(ctx: &WidgetContext, outcome: &Outcome, contact: Option<AttrValue>) -> Html {
    html! {
        <div class="ccw-screen ccw-result" key="result" data-outcome={outcome.kind.key()} data-rule={outcome.rule.key()}>
            { back_link(ctx) }
            { result_content(&ctx.i18n, outcome, contact.as_ref(), true) }
            <p>
                { ctx.tr("result-learn-more") }{" "}
                { outside_link(ctx, "https://go.cms.gov/ccm", ctx.tr("result-learn-more-link")) }
            </p>
            { kiosk::take_home(ctx, outcome.kind) }
            { print_summary(ctx, outcome, contact.as_ref()) }
            <p>
                <button type="button" class="ccw-link-button" onclick={ctx.on(Action::OpenExplainer)}>
                    { ctx.tr("explainer-open") }
                </button>
            </p>
            <button type="button" class="ccw-button ccw-button-secondary" onclick={ctx.on(Action::StartOver)}>
                { ctx.tr("start-over") }
            </button>
        </div>
    }
}

/// The result in one language: on screen, and (without the screen's extras
/// and focus target) in the print summary.
pub fn result_content(
    i18n: &I18n,
    outcome: &Outcome,
    contact: Option<&AttrValue>,
    on_screen: bool,
) -> Html {
    let kind = outcome.kind;
    let asks = kind.questions_to_ask();
    let list = |ids: Vec<String>| {
        html! {
            <ul class="ccw-list">
                for id in ids {
                    <li>{ i18n.tr(&id) }</li>
                }
            </ul>
        }
    };
    html! {
        <>
            <div class="ccw-panel">
                <span class="ccw-caption">{ i18n.tr("result-caption") }</span>
                if on_screen {
                    <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>
                        { i18n.tr(&outcome_title_id(kind)) }
                    </h1>
                } else {
                    // Printed: the page's one h1 stays the result on screen.
                    <h2>{ i18n.tr(&outcome_title_id(kind)) }</h2>
                }
                <p>{ i18n.tr(&outcome_body_id(kind)) }</p>
            </div>
            <p class="ccw-strong">{ i18n.tr("result-provider-decides") }</p>
            if let Some(contact) = contact {
                // The partner's words may be in another script: isolate them.
                <p class="ccw-contact">{ i18n.tr("result-contact") }{" "}<bdi>{ contact.clone() }</bdi></p>
            }

            // Private: the reasons say the answers (speech/src/reader.rs).
            <h2 class="ccw-h2 ccw-private">{ i18n.tr("result-why-title") }</h2>
            <ul class="ccw-list ccw-reasons ccw-private">
                for &reason in &outcome.reasons {
                    <li>{ i18n.tr(&reason_id(reason)) }</li>
                }
            </ul>

            if on_screen && !kind.other_services().is_empty() {
                <h2 class="ccw-h2">{ i18n.tr("other-services-title") }</h2>
                { list(kind.other_services().iter().map(|&s| other_service_id(s)).collect()) }
            }

            if on_screen && kind.describes_ccm() {
                <h2 class="ccw-h2">{ i18n.tr("ccm-gives-title") }</h2>
                <ul class="ccw-list">
                    <li>{ i18n.tr("ccm-gives-team") }</li>
                    <li>{ i18n.tr("ccm-gives-plan") }</li>
                    <li>{ i18n.tr("ccm-gives-medicines") }</li>
                    <li>{ i18n.tr("ccm-gives-connect") }</li>
                    <li>{ i18n.tr("ccm-gives-transitions") }</li>
                    <li>{ i18n.tr("ccm-gives-urgent") }</li>
                </ul>
                <p class="ccw-emergency">{ i18n.tr("emergency-911") }</p>
            }

            if !outcome.notes.is_empty() {
                <h2 class="ccw-h2">{ i18n.tr("result-notes-title") }</h2>
                { list(outcome.notes.iter().map(|&n| note_id(n)).collect()) }
            }

            <h2 class="ccw-h2">{ i18n.tr("result-ask-title") }</h2>
            { list(asks.iter().map(|&a| ask_id(a)).collect()) }
            if asks.iter().any(|a| a.mentions_round_the_clock_help()) {
                <p class="ccw-emergency">{ i18n.tr("emergency-911") }</p>
            }

            <p>{ i18n.tr("result-helpline") }</p>
        </>
    }
}
