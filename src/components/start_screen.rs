use super::{WidgetContext, FOCUS_HEADING};
use crate::state::Action;
use yew::prelude::*;

/// What this is, that nothing is saved or sent, and Start.
pub fn start_screen(ctx: &WidgetContext) -> Html {
    html! {
        <div class="ccw-screen" key="start">
            <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr("start-title") }</h1>
            <p>{ ctx.tr("start-what") }</p>
            <p>{ ctx.tr("start-how") }</p>
            <p class="ccw-privacy">
                <span class="ccw-lock" aria-hidden="true"></span>
                { ctx.tr("start-privacy") }
            </p>
            <button type="button" class="ccw-button ccw-button-start" onclick={ctx.on(Action::Start)}>
                { ctx.tr("start-button") }
                <span class="ccw-start-arrow" aria-hidden="true"></span>
            </button>
            <p>
                <button type="button" class="ccw-link-button" onclick={ctx.on(Action::OpenExplainer)}>
                    { ctx.tr("explainer-open") }
                </button>
            </p>
        </div>
    }
}
