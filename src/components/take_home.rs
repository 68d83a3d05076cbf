use super::qr_code::QrCode;
use super::use_widget;
use crate::rules::OutcomeKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TakeHomeProps {
    pub kind: OutcomeKind,
}

/// Kiosk: a QR code that opens this result on the patient's phone. It holds
/// only the outcome and the language, in the address's fragment, which a
/// browser never sends to a server.
#[component]
pub fn TakeHome(props: &TakeHomeProps) -> Html {
    let ctx = use_widget();
    let Some(address) = result_address(props.kind, &ctx.i18n.lang()) else {
        return Html::default();
    };
    html! {
        <div class="ccw-take-home">
            <h2 class="ccw-h2">{ ctx.tr("qr-result-title") }</h2>
            <p>{ ctx.tr("qr-result") }</p>
            <QrCode text={address} />
        </div>
    }
}

/// `kiosk/result.html#outcome=likely&lang=es`, beside the kiosk page.
fn result_address(kind: OutcomeKind, lang: &str) -> Option<String> {
    let page = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new_with_base("kiosk/result.html", &page).ok()?;
    url.set_hash(&format!("outcome={}&lang={lang}", kind.key()));
    Some(url.href())
}
