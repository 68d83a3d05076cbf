use super::radios::option;
use super::WidgetContext;
use crate::i18n::{answer_id, condition_id};
use crate::rules::{Condition, ConditionsChecklist, QuestionId};
use crate::state::Action;
use yew::prelude::*;

/// The common long-term conditions as checkboxes, then "None of these" and
/// "I'm not sure", which clear the others when ticked. `error` is the id of
/// the question's error message, when it shows one.
pub fn checklist(
    ctx: &WidgetContext,
    list: &ConditionsChecklist,
    error: Option<AttrValue>,
) -> Html {
    html! {
        <div class="ccw-options ccw-checklist" key="checklist">
            for condition in Condition::ALL {
                { option(ctx, "checkbox", "conditions", condition.key(), &condition_id(condition),
                    list.picked.contains(&condition), Action::ToggleCondition(condition), error.clone()) }
            }
            <p class="ccw-or">{ ctx.tr("answer-or") }</p>
            for &choice in QuestionId::Conditions.offered() {
                { option(ctx, "checkbox", "conditions", choice.key(), &answer_id(choice),
                    list.exclusive == Some(choice), Action::ToggleExclusive(choice), error.clone()) }
            }
        </div>
    }
}
