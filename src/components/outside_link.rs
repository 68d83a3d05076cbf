use super::WidgetContext;
use yew::prelude::*;

/// A link to another site. On a kiosk it is plain text with a QR code
/// instead, so the tablet never leaves the widget.
pub fn outside_link(ctx: &WidgetContext, href: &'static str, text: String) -> Html {
    if ctx.kiosk {
        #[cfg(feature = "kiosk")]
        let code = html! {
            <span class="ccw-qr-link">
                <span>{ ctx.tr("qr-link") }</span>
                <super::qr_code::QrCode ctx={ctx.clone()} text={href} />
            </span>
        };
        #[cfg(not(feature = "kiosk"))]
        let code = Html::default();
        html! { <><strong class="ccw-link-text">{ text }</strong>{ code }</> }
    } else {
        html! { <a class="ccw-link" {href}>{ text }</a> }
    }
}
