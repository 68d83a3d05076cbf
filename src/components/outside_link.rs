use super::use_widget;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutsideLinkProps {
    pub href: AttrValue,
    pub text: AttrValue,
}

/// A link to another site. On a kiosk it is plain text instead, so the
/// tablet never leaves the widget.
#[component]
pub fn OutsideLink(props: &OutsideLinkProps) -> Html {
    let ctx = use_widget();
    let text = props.text.clone();
    if ctx.kiosk {
        html! { <strong class="ccw-link-text">{ text }</strong> }
    } else {
        html! { <a class="ccw-link" href={props.href.clone()}>{ text }</a> }
    }
}
