use super::WidgetContext;
use crate::i18n::Language;
use crate::read_aloud::{self, Reader, VoiceKind};
use crate::state::{Action, State};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Connects the widget's `reader` to the state: it tells whether the
/// screen is being read ([`Action::ReadingAloud`]). Stops the reading when
/// `stop_on` changes (the state's `focus_seq`, bumped by every new screen,
/// explainer step, error and new session; the language chosen and the
/// language shown) and when the app goes. A hook of the app, not a
/// component of its own: each component type costs wasm bytes every
/// visitor downloads.
#[hook]
pub fn use_reader(
    reader: &Option<Reader>,
    dispatch: UseReducerDispatcher<State>,
    stop_on: (u32, Language, Language),
) {
    let reader = reader.clone();
    use_effect_with(stop_on, move |_| {
        if let Some(reader) = &reader {
            // Given anew with each screen; the reader keeps the last.
            let on_change = Closure::<dyn Fn(bool)>::new(move |reading| {
                dispatch.dispatch(Action::ReadingAloud(reading))
            });
            reader.watch(on_change.into_js_value().unchecked_ref());
        }
        move || {
            if let Some(reader) = reader {
                reader.stop();
            }
        }
    });
}

/// "Listen": reads the screen aloud in the language shown, marking the
/// part being read; pressed again, stops. Shown only where the device has
/// a voice for the language (a network voice: not where the screen says
/// the answers). Nothing speaks without a press.
pub fn listen_button(ctx: &WidgetContext, reader: &Option<Reader>, state: &State) -> Html {
    let language = ctx.i18n.lang();
    // While it reads, it stays, so it can stop the reading, even if the
    // voice has just gone from the device's list.
    let shown = state.reading_aloud
        || match read_aloud::voice_kind(&language) {
            Some(VoiceKind::OnDevice) => true,
            // A network voice sends the words away: never where they say
            // the patient's answers or what follows from them.
            Some(VoiceKind::Network) => !state.screen.shows_answers(),
            None => false,
        };
    let Some(reader) = reader.clone().filter(|_| shown) else {
        return Html::default();
    };
    let onclick = Callback::from(move |e: MouseEvent| reader.toggle(&e, &language));
    html! {
        <button type="button" class="ccw-button ccw-button-secondary ccw-listen"
            aria-pressed={if state.reading_aloud { "true" } else { "false" }} {onclick}>
            { ctx.tr("listen") }
        </button>
    }
}
