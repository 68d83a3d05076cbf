use super::qr_code::QrCode;
use crate::components::WidgetContext;
use crate::rules::OutcomeKind;
use yew::prelude::*;

/// On a kiosk's result screen: a QR code that opens this result on the
/// patient's phone. It holds only the outcome and the language, in the
/// address's fragment, which a browser never sends to a server. Nothing
/// elsewhere (the phone's own result page is not a kiosk).
pub fn take_home(ctx: &WidgetContext, kind: OutcomeKind) -> Html {
    if !ctx.kiosk {
        return Html::default();
    }
    let Some(address) = result_address(kind, &ctx.i18n.lang()) else {
        return Html::default();
    };
    html! {
        <div class="ccw-take-home">
            <h2 class="ccw-h2">{ ctx.tr("qr-result-title") }</h2>
            <p>{ ctx.tr("qr-result") }</p>
            <QrCode ctx={ctx.clone()} text={address} />
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
