use super::use_widget;
use crate::state::Action;
use yew::prelude::*;

/// "Back", to the previous screen. A button: it changes the screen, not the
/// page's address.
#[component]
pub fn BackLink() -> Html {
    let ctx = use_widget();
    html! {
        <button type="button" class="ccw-back" onclick={ctx.on(Action::Back)}>
            <span class="ccw-back-arrow" aria-hidden="true"></span>
            { ctx.tr("back") }
        </button>
    }
}
