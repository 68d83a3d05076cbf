use super::WidgetContext;
use crate::i18n::{answer_id, condition_id};
use crate::rules::{Condition, ConditionsChecklist, QuestionId};
use crate::state::Action;
use yew::prelude::*;

/// The common long-term conditions as checkboxes, then "None of these" and
/// "I'm not sure", which clear the others when ticked.
pub fn checklist(ctx: &WidgetContext, list: &ConditionsChecklist) -> Html {
    html! {
        <div class="ccw-options ccw-checklist" key="checklist">
            for condition in Condition::ALL {
                { checkbox(ctx, condition.key(), &condition_id(condition),
                    list.picked.contains(&condition), Action::ToggleCondition(condition)) }
            }
            <p class="ccw-or">{ ctx.tr("answer-or") }</p>
            for &choice in QuestionId::Conditions.offered() {
                { checkbox(ctx, choice.key(), &answer_id(choice),
                    list.exclusive == Some(choice), Action::ToggleExclusive(choice)) }
            }
        </div>
    }
}

fn checkbox(ctx: &WidgetContext, key: &str, label_id: &str, checked: bool, action: Action) -> Html {
    let id = ctx.id(&format!("conditions-{key}"));
    html! {
        <div class="ccw-option">
            <input class="ccw-input" type="checkbox" id={id.clone()} name={ctx.id("conditions")}
                value={key.to_owned()} {checked} onchange={ctx.on(action)} />
            <label class="ccw-label" for={id}>{ ctx.tr(label_id) }</label>
        </div>
    }
}
