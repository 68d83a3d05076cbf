use crate::i18n::answer_id;
use crate::rules::{Choice, QuestionId};
use crate::state::Action;
use yew::prelude::*;

/// One radio button per answer the rules offer for the question; `error`
/// is the id of the question's error message, when it shows one.
pub fn radios(
    ctx: &super::WidgetContext,
    q: QuestionId,
    selected: Option<Choice>,
    error: Option<AttrValue>,
) -> Html {
    html! {
        <div class="ccw-options" key="radios">
            for &choice in q.offered() {
                { option(ctx, "radio", q.key(), choice.key(), &answer_id(choice),
                    selected == Some(choice), Action::Choose(choice), error.clone()) }
            }
        </div>
    }
}

/// A radio button or checkbox (`kind`) and its label, one of the group
/// named `group`. In error, it is marked invalid and described by the
/// error message (`error`, its id).
#[allow(clippy::too_many_arguments)]
pub fn option(
    ctx: &super::WidgetContext,
    kind: &'static str,
    group: &str,
    key: &str,
    label_id: &str,
    checked: bool,
    action: Action,
    error: Option<AttrValue>,
) -> Html {
    let id = ctx.id(&format!("{group}-{key}"));
    html! {
        <div class="ccw-option">
            <input class="ccw-input" type={kind} id={id.clone()} name={ctx.id(group)}
                value={key.to_owned()} {checked} onchange={ctx.on(action)}
                aria-invalid={error.is_some().then_some("true")} aria-describedby={error} />
            <label class="ccw-label" for={id}>{ ctx.tr(label_id) }</label>
        </div>
    }
}
