use crate::components::{WidgetContext, FOCUS_HEADING};
use crate::i18n::{language_name_id, Language, LANGUAGES};
use crate::state::Action;
use yew::prelude::*;

/// The kiosk's start screen: what this is, "Touch to start", and every
/// language as a big button named in itself, `chosen` the one last chosen.
pub fn start_screen(ctx: &WidgetContext, chosen: Language) -> Html {
    html! {
        <div class="ccw-screen ccw-kiosk-start" key="kiosk-start">
            <h1 class="ccw-h1" tabindex="-1" data-ccw-focus={FOCUS_HEADING}>{ ctx.tr("start-title") }</h1>
            <p>{ ctx.tr("start-what") }</p>
            <p class="ccw-privacy">
                <span class="ccw-lock" aria-hidden="true"></span>
                { ctx.tr("start-privacy") }
            </p>
            <button type="button" class="ccw-button ccw-button-start" onclick={ctx.on(Action::Start)}>
                { ctx.tr("kiosk-touch-to-start") }
                <span class="ccw-start-arrow" aria-hidden="true"></span>
            </button>
            <h2 class="ccw-h2" id={ctx.id("kiosk-languages")}>{ ctx.tr("kiosk-choose-language") }</h2>
            <ul class="ccw-kiosk-languages" aria-labelledby={ctx.id("kiosk-languages")}>
                for language in LANGUAGES {
                    <li>
                        <button type="button" class="ccw-button ccw-button-secondary" lang={language.tag}
                            aria-pressed={(language == chosen).to_string()}
                            onclick={ctx.on(Action::ChooseLanguage(language))}>
                            { ctx.names.tr(&language_name_id(language)) }
                        </button>
                    </li>
                }
            </ul>
        </div>
    }
}
