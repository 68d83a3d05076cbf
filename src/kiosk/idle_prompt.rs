use crate::components::WidgetContext;
use crate::state::{Action, State};
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the patient has to answer "Are you still there?".
pub const IDLE_ANSWER_SECONDS: u32 = 30;

/// "Are you still there?" while the state asks it (after
/// [`Action::IdleTimeout`]).
pub fn idle_prompt(ctx: &WidgetContext, state: &State) -> Html {
    if state.idle_warning {
        html! { <IdlePrompt ctx={ctx.clone()} /> }
    } else {
        Html::default()
    }
}

/// "Are you still there?" with a visible countdown (WCAG 2.2.1): "I'm
/// still here" goes on; at zero the session ends and the screen clears.
#[derive(Properties, PartialEq)]
pub struct IdlePromptProps {
    pub ctx: WidgetContext,
}

#[component]
pub fn IdlePrompt(props: &IdlePromptProps) -> Html {
    let ctx = &props.ctx;
    let left = use_state(|| IDLE_ANSWER_SECONDS);
    let button = use_node_ref();
    {
        let left = left.clone();
        let dispatch = ctx.dispatch.clone();
        use_effect_with((), move |_| {
            let mut remaining = IDLE_ANSWER_SECONDS;
            let tick = Interval::new(1_000, move || {
                remaining = remaining.saturating_sub(1);
                left.set(remaining);
                if remaining == 0 {
                    dispatch.dispatch(Action::EndSession);
                }
            });
            move || drop(tick)
        });
    }
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            let button = button.cast::<web_sys::HtmlElement>();
            let before = button.as_ref().and_then(focused_element);
            let widget = button
                .as_ref()
                .and_then(|b| b.closest(".ccw").ok().flatten());
            if let Some(b) = button {
                let _ = b.focus();
            }
            move || give_focus_back(before, widget)
        });
    }
    let body = ctx
        .i18n
        .tr_args("idle-body", &[("seconds", (*left).into())]);
    html! {
        <div class="ccw-idle-backdrop">
            <div class="ccw-idle" role="alertdialog" aria-modal="true"
                aria-labelledby={ctx.id("idle-title")} aria-describedby={ctx.id("idle-body")}>
                <h2 class="ccw-h2" id={ctx.id("idle-title")}>{ ctx.tr("idle-title") }</h2>
                <p id={ctx.id("idle-body")} class="ccw-idle-countdown" data-seconds={left.to_string()}>{ body }</p>
                <button type="button" class="ccw-button" ref={button} onclick={ctx.on(Action::StillHere)}>
                    { ctx.tr("idle-continue") }
                </button>
            </div>
        </div>
    }
}

/// The focused element in `inside`'s document or shadow root.
fn focused_element(inside: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    let root = inside.get_root_node();
    let focused = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.dyn_ref::<web_sys::Document>()?.active_element(),
    };
    focused?.dyn_into().ok()
}

/// When the prompt goes, focus goes back to where it was, or (if that is
/// gone, as after a new session) to the screen's heading. Later, once the
/// screen under the prompt is no longer inert.
fn give_focus_back(before: Option<web_sys::HtmlElement>, widget: Option<web_sys::Element>) {
    Timeout::new(0, move || {
        let target = before.filter(|el| el.is_connected()).or_else(|| {
            widget?
                .query_selector("[data-ccw-focus=\"heading\"]")
                .ok()??
                .dyn_into::<web_sys::HtmlElement>()
                .ok()
        });
        if let Some(el) = target {
            let _ = el.focus();
        }
    })
    .forget();
}
