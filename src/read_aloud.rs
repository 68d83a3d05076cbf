//! Read-aloud, the app's side: whether the device has a voice for the
//! language shown (the Listen button shows only then), and the [`Reader`]
//! that reads a screen. The reading itself is the speech crate's
//! (`speech/`): web/app/connect.js gives it to the app as the option
//! `speech`. Partners' pages load it as a module of its own on the first
//! press, so it costs the visitors who never press Listen nothing; the
//! kiosk's bundle has it in its own wasm, so a press speaks at once.

use connected_care_speech::voice_fits;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisVoice};

/// The page's speech engine, if the browser has one.
pub fn engine() -> Option<SpeechSynthesis> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    (!synth.is_undefined()).then_some(synth)
}

/// Something is being spoken (by any widget on the page).
pub fn speaking() -> bool {
    engine().is_some_and(|s| s.speaking())
}

/// The device has a voice that can read `language` (never another
/// language's voice: see [`voice_fits`]).
pub fn has_voice(language: &str) -> bool {
    engine().is_some_and(|engine| {
        engine.get_voices().iter().any(|voice| {
            let voice: SpeechSynthesisVoice = voice.unchecked_into();
            voice_fits(language, &voice.lang())
        })
    })
}

#[wasm_bindgen]
extern "C" {
    /// This widget's reader, from web/app/connect.js, around the speech
    /// crate's reading (loaded when first pressed): it reads this widget's
    /// screen and stops only this widget's reading, also when the badge's
    /// dialog closes.
    #[derive(Clone, PartialEq)]
    pub type Reader;

    /// Gives the reader the function to tell whether this widget is being
    /// read (true or false); it tells it again when the voices change.
    #[wasm_bindgen(method)]
    pub fn watch(this: &Reader, on_change: &js_sys::Function);

    /// Listen pressed (`press` is its click): reads the screen aloud in
    /// `language`, or stops if reading.
    #[wasm_bindgen(method)]
    pub fn toggle(this: &Reader, press: &web_sys::MouseEvent, language: &str);

    /// Stops this widget's reading at once, if it is reading.
    #[wasm_bindgen(method)]
    pub fn stop(this: &Reader);
}
