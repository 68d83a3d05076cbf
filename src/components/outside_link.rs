use super::use_widget;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutsideLinkProps {
    pub href: AttrValue,
    pub text: AttrValue,
}

/// A link to another site. On a kiosk it is plain text with a QR code
/// instead, so the tablet never leaves the widget.
#[component]
pub fn OutsideLink(props: &OutsideLinkProps) -> Html {
    let ctx = use_widget();
    let text = props.text.clone();
    if ctx.kiosk {
        #[cfg(feature = "kiosk")]
        let code = html! {
            <span class="ccw-qr-link">
                <span>{ ctx.tr("qr-link") }</span>
                <super::qr_code::QrCode text={props.href.clone()} />
            </span>
        };
        #[cfg(not(feature = "kiosk"))]
        let code = Html::default();
        html! { <><strong class="ccw-link-text">{ text }</strong>{ code }</> }
    } else {
        html! { <a class="ccw-link" href={props.href.clone()}>{ text }</a> }
    }
}
