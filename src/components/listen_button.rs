use super::WidgetContext;
use crate::i18n::Language;
use crate::read_aloud::{self, Reader};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

/// The widget's reader, whether it is reading, and the device's voice for
/// the language shown, for [`listen_button`].
pub struct Listen {
    reading: bool,
    reader: Rc<RefCell<Reader>>,
    voice: Rc<Option<SpeechSynthesisVoice>>,
}

/// The app's reader for the language `shown`: it stops when `stop_on`
/// changes (the state's
/// `focus_seq`, bumped by every new screen, explainer step, error and new
/// session, and the language chosen) and when the app goes. Renders again
/// when the browser's voices change. A hook of the app, not a component
/// of its own: each component type costs wasm bytes every visitor
/// downloads.
#[hook]
pub fn use_listen(shown: String, stop_on: (u32, Language)) -> Listen {
    let reading = use_state_eq(|| false);
    let reader: Rc<RefCell<Reader>> = {
        let reading = reading.setter();
        (*use_memo((), move |_| {
            Reader::new(Rc::new(move |now| reading.set(now)))
        }))
        .clone()
    };
    // Looked up when the language or the voices change, not at every
    // render: some systems list thousands of voices.
    let voices_seen = use_voices_changed();
    let voice = use_memo((shown, voices_seen), |(shown, _)| {
        read_aloud::voice_for(shown)
    });
    {
        // Its clean-up runs when `stop_on` changes and when the app goes.
        let reader = reader.clone();
        use_effect_with(stop_on, move |_| move || reader.borrow_mut().stop());
    }
    Listen {
        reading: *reading,
        reader,
        voice,
    }
}

/// "Listen to this screen": reads the screen aloud in the language shown,
/// marking the part being read; pressed again, stops. Shown only where the
/// device has a voice for the language. Nothing speaks without a press.
pub fn listen_button(ctx: &WidgetContext, listen: &Listen) -> Html {
    let Some(voice) = (*listen.voice).clone() else {
        return Html::default();
    };
    let reader = listen.reader.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if reader.borrow().is_reading() {
            reader.borrow_mut().stop();
            return;
        }
        let screen = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|b| b.closest(".ccw").ok().flatten())
            .and_then(|widget| {
                widget
                    .query_selector(".ccw-session .ccw-screen")
                    .ok()
                    .flatten()
            });
        if let Some(screen) = screen {
            Reader::start(&reader, &screen, &voice);
        }
    });
    html! {
        <button type="button" class="ccw-button ccw-button-secondary ccw-listen"
            aria-pressed={if listen.reading { "true" } else { "false" }} {onclick}>
            <span class="ccw-listen-icon" aria-hidden="true"></span>
            { ctx.tr("listen") }
        </button>
    }
}

/// Counts the changes to the browser's list of voices: many load theirs
/// after the page (Chrome), so at first there may be none.
#[hook]
fn use_voices_changed() -> u32 {
    let changes = use_mut_ref(|| 0u32);
    let force_update = use_force_update();
    let update = {
        let changes = changes.clone();
        move || {
            *changes.borrow_mut() += 1;
            force_update.force_update();
        }
    };
    use_effect_with((), move |_| {
        let engine = read_aloud::engine();
        let listener = Closure::<dyn FnMut()>::new({
            let update = update.clone();
            move || update()
        });
        if let Some(engine) = &engine {
            let _ = engine.add_event_listener_with_callback(
                "voiceschanged",
                listener.as_ref().unchecked_ref(),
            );
            // They may have come between the render and now.
            if engine.get_voices().length() > 0 {
                update();
            }
        }
        move || {
            if let Some(engine) = engine {
                let _ = engine.remove_event_listener_with_callback(
                    "voiceschanged",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
    let changes = *changes.borrow();
    changes
}
