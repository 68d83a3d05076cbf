use crate::components::WidgetContext;
use qrcodegen::{QrCode as Qr, QrCodeEcc};
use std::fmt::Write;
use yew::prelude::*;

/// What a kiosk shows after an outside link's text ("qr-link") and the
/// link's QR code, so the tablet never leaves the widget.
pub fn qr_link(ctx: &WidgetContext, href: &'static str) -> Html {
    html! {
        <span class="ccw-qr-link">
            <span>{ ctx.tr("qr-link") }</span>
            <QrCode ctx={ctx.clone()} text={href} />
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub ctx: WidgetContext,
    /// What the code says: a web address.
    pub text: AttrValue,
}

/// Light border the scanners need around the code, in modules.
const QUIET_ZONE: i32 = 4;

/// A QR code drawn as one SVG path, made here with no network. Black on
/// white whatever the colours around it, so phones can read it.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let ctx = &props.ctx;
    let drawing = use_memo(props.text.clone(), |text| draw(text));
    let Some((size, path)) = (*drawing).clone() else {
        return Html::default();
    };
    let label = ctx
        .i18n
        .tr_args("qr-label", &[("address", props.text.to_string().into())]);
    let side = size + 2 * QUIET_ZONE;
    html! {
        <svg class="ccw-qr" viewBox={format!("-{QUIET_ZONE} -{QUIET_ZONE} {side} {side}")}
            role="img" aria-label={label} data-qr={props.text.clone()} shape-rendering="crispEdges">
            <rect x={(-QUIET_ZONE).to_string()} y={(-QUIET_ZONE).to_string()}
                width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

/// The code's size in modules and a path with a square for each dark one.
fn draw(text: &str) -> Option<(i32, String)> {
    let qr = Qr::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                let _ = write!(path, "M{x} {y}h1v1h-1z");
            }
        }
    }
    Some((size, path))
}
