use super::WidgetContext;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// "There is a problem", with a link to the field (`target_id`, the first
/// input, which the link focuses). Takes focus when shown, and so is read:
/// no role="alert" to read it twice.
pub fn error_summary(ctx: &WidgetContext, message: String, target_id: String) -> Html {
    let href = format!("#{target_id}");
    // The widget may sit in a shadow root on someone else's page: focus the
    // field ourselves instead of changing the page's address.
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|link| link.closest(".ccw").ok().flatten())
            .and_then(|root| root.query_selector(&format!("#{target_id}")).ok().flatten())
            .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    });
    html! {
        <div class="ccw-error-summary" tabindex="-1" aria-labelledby={ctx.id("error-title")}>
            <h2 class="ccw-h2" id={ctx.id("error-title")}>{ ctx.tr("error-summary-title") }</h2>
            <ul class="ccw-list">
                <li><a {href} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}
