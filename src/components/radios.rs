use super::use_widget;
use crate::i18n::answer_id;
use crate::rules::{Choice, QuestionId};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub question: QuestionId,
    pub selected: Option<Choice>,
}

/// One radio button per answer the rules offer for the question.
#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let ctx = use_widget();
    let q = props.question;
    html! {
        <div class="ccw-options">
            for &choice in q.offered() {
                { radio(&ctx, q, choice, props.selected == Some(choice)) }
            }
        </div>
    }
}

fn radio(ctx: &super::WidgetContext, q: QuestionId, choice: Choice, checked: bool) -> Html {
    let id = ctx.id(&format!("{}-{}", q.key(), choice.key()));
    html! {
        <div class="ccw-option">
            <input class="ccw-input" type="radio" id={id.clone()} name={ctx.id(q.key())}
                value={choice.key()} {checked} onchange={ctx.on(Action::Choose(choice))} />
            <label class="ccw-label" for={id}>{ ctx.tr(&answer_id(choice)) }</label>
        </div>
    }
}
