//! Read-aloud, the app's side: whether the device has a voice for the
//! language shown (the Listen button shows only then), and the [`Reader`]
//! that reads a screen. The reading itself is the speech crate's
//! (`speech/`): web/app/connect.js gives it to the app as the option
//! `speech`. Partners' pages load it as a module of its own on the first
//! press, so it costs the visitors who never press Listen nothing; the
//! kiosk's bundle has it in its own wasm, so a press speaks at once.

use connected_care_speech::voice_fits;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisVoice};

/// The page's speech engine, if the browser has one.
pub fn engine() -> Option<SpeechSynthesis> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    (!synth.is_undefined()).then_some(synth)
}

/// Where the voice that would read a language is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceKind {
    /// On the device: the words stay on it.
    OnDevice,
    /// A network voice: the browser sends the words to a speech service.
    /// Chosen only where the language has no voice on the device.
    Network,
}

thread_local! {
    /// The last answer of [`voice_kind`]: the language, how many voices the
    /// device listed then, and the kind of the voice that fitted.
    static LAST_CHECK: RefCell<(String, u32, Option<VoiceKind>)> = RefCell::default();
}

/// The kind of voice the device has to read `language` (never another
/// language's voice: see [`voice_fits`]), on the device if it has one, as
/// the reader chooses; none if none fits. Asked at every render; looked for
/// again only when the language or the number of voices changes: with
/// speech-dispatcher, Linux lists over 13,000.
pub fn voice_kind(language: &str) -> Option<VoiceKind> {
    let engine = engine()?;
    let voices = engine.get_voices();
    LAST_CHECK.with_borrow_mut(|(last_language, count, kind)| {
        if last_language != language || *count != voices.length() {
            // For each voice that fits: whether it is on the device.
            let on_device: Vec<bool> = voices
                .iter()
                .map(|voice| voice.unchecked_into::<SpeechSynthesisVoice>())
                .filter(|voice| voice_fits(language, &voice.lang()))
                .map(|voice| voice.local_service())
                .collect();
            *kind = if on_device.contains(&true) {
                Some(VoiceKind::OnDevice)
            } else if on_device.is_empty() {
                None
            } else {
                Some(VoiceKind::Network)
            };
            *last_language = language.to_owned();
            *count = voices.length();
        }
        *kind
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
