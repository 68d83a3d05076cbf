use super::WidgetContext;
use crate::kiosk;
use yew::prelude::*;

/// A link to another site. On a kiosk it is plain text with a QR code
/// instead, so the tablet never leaves the widget.
pub fn outside_link(ctx: &WidgetContext, href: &'static str, text: String) -> Html {
    if ctx.kiosk {
        // The space: read aloud, the text and the code's caption ran
        // together ("go.cms.gov/CCMScan with ...").
        html! { <><strong class="ccw-link-text">{ text }</strong>{" "}{ kiosk::qr_link(ctx, href) }</> }
    } else {
        html! { <a class="ccw-link" {href}>{ text }</a> }
    }
}
