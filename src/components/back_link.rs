use super::WidgetContext;
use crate::state::Action;
use yew::prelude::*;

/// "Back", to the previous screen. A button: it changes the screen, not the
/// page's address.
pub fn back_link(ctx: &WidgetContext) -> Html {
    html! {
        <button type="button" class="ccw-back" onclick={ctx.on(Action::Back)}>
            <span class="ccw-back-arrow" aria-hidden="true"></span>
            { ctx.tr("back") }
        </button>
    }
}
