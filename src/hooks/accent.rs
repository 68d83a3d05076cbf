use crate::options::Rgb;
use yew::prelude::*;

/// Sets the partner's colour on `root`, through the CSS object model: a
/// style attribute would need 'unsafe-inline' in the page's CSP.
#[hook]
pub fn use_accent(root: &NodeRef, accent: Option<Rgb>) {
    let root = root.clone();
    use_effect_with(accent, move |accent| {
        if let (Some(accent), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
            let style = el.style();
            let _ = style.set_property("--ccw-accent", &accent.hex());
            let _ = style.set_property("--ccw-accent-dark", &accent.darker(0.7).hex());
        }
    });
}
