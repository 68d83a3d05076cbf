use super::back_link::BackLink;
use super::outside_link::OutsideLink;
use super::{use_widget, FOCUS_HEADING};
use crate::i18n::{
    ask_id, note_id, other_service_id, outcome_body_id, outcome_title_id, reason_id,
};
use crate::rules::Outcome;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub outcome: Outcome,
    /// The partner's contact line, plain text.
    #[prop_or_default]
    pub contact: Option<AttrValue>,
}

/// The outcome the rules gave, why, what applies, what to ask, and that
/// only the patient's provider can decide.
#[component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let ctx = use_widget();
    let outcome = &props.outcome;
    let kind = outcome.kind;
    let asks = kind.questions_to_ask();
    let ask_mentions_urgent_help = asks.iter().any(|a| a.mentions_round_the_clock_help());
    html! {
        <div class="ccw-screen ccw-result" data-outcome={kind.key()} data-rule={outcome.rule.key()}>
            <BackLink />
            <div class="ccw-panel">
                <span class="ccw-caption">{ ctx.tr("result-caption") }</span>
                <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr(&outcome_title_id(kind)) }</h1>
                <p>{ ctx.tr(&outcome_body_id(kind)) }</p>
            </div>
            <p class="ccw-strong">{ ctx.tr("result-provider-decides") }</p>
            if let Some(contact) = props.contact.clone() {
                // The partner's words may be in another script: isolate them.
                <p class="ccw-contact">{ ctx.tr("result-contact") }{" "}<bdi>{ contact }</bdi></p>
            }

            <h2 class="ccw-h2">{ ctx.tr("result-why-title") }</h2>
            <ul class="ccw-list ccw-reasons">
                for &reason in &outcome.reasons {
                    <li>{ ctx.tr(&reason_id(reason)) }</li>
                }
            </ul>

            if !kind.other_services().is_empty() {
                <h2 class="ccw-h2">{ ctx.tr("other-services-title") }</h2>
                <ul class="ccw-list">
                    for &service in kind.other_services() {
                        <li>{ ctx.tr(&other_service_id(service)) }</li>
                    }
                </ul>
            }

            if kind.describes_ccm() {
                <h2 class="ccw-h2">{ ctx.tr("ccm-gives-title") }</h2>
                <ul class="ccw-list">
                    <li>{ ctx.tr("ccm-gives-team") }</li>
                    <li>{ ctx.tr("ccm-gives-plan") }</li>
                    <li>{ ctx.tr("ccm-gives-medicines") }</li>
                    <li>{ ctx.tr("ccm-gives-connect") }</li>
                    <li>{ ctx.tr("ccm-gives-transitions") }</li>
                    <li>{ ctx.tr("ccm-gives-urgent") }</li>
                </ul>
                <p class="ccw-emergency">{ ctx.tr("emergency-911") }</p>
            }

            if !outcome.notes.is_empty() {
                <h2 class="ccw-h2">{ ctx.tr("result-notes-title") }</h2>
                <ul class="ccw-list">
                    for &note in &outcome.notes {
                        <li>{ ctx.tr(&note_id(note)) }</li>
                    }
                </ul>
            }

            <h2 class="ccw-h2">{ ctx.tr("result-ask-title") }</h2>
            <ul class="ccw-list">
                for &ask in asks {
                    <li>{ ctx.tr(&ask_id(ask)) }</li>
                }
            </ul>
            if ask_mentions_urgent_help {
                <p class="ccw-emergency">{ ctx.tr("emergency-911") }</p>
            }

            <p>{ ctx.tr("result-helpline") }</p>
            <p>
                { ctx.tr("result-learn-more") }{" "}
                <OutsideLink href="https://go.cms.gov/ccm" text={ctx.tr("result-learn-more-link")} />
            </p>
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
