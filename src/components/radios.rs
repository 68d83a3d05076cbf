use crate::i18n::answer_id;
use crate::rules::{Choice, QuestionId};
use crate::state::Action;
use yew::prelude::*;

/// One radio button per answer the rules offer for the question.
pub fn radios(ctx: &super::WidgetContext, q: QuestionId, selected: Option<Choice>) -> Html {
    html! {
        <div class="ccw-options" key="radios">
            for &choice in q.offered() {
                { radio(ctx, q, choice, selected == Some(choice)) }
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
