//! The reader: one per page (the browser has one speech engine), whichever
//! widget pressed Listen last. A new start stops the reading before it,
//! and tells that widget so.
//!
//! Platform quirks designed for: Chrome's network voices stop after about
//! 14 s of one utterance (so short ones); Android ignores the voice unless
//! `lang` is set too (so both); iOS speaks only from a tap (so every
//! utterance is queued at once, in the press) and may drop an utterance
//! that is garbage-collected, whose `end` then never comes (so each is kept
//! until reading stops); voices may arrive late (the app waits for
//! `voiceschanged` before it shows the button).

use crate::{best_voice, sentences};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The page's speech engine, if the browser has one.
pub fn engine() -> Option<SpeechSynthesis> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    (!synth.is_undefined()).then_some(synth)
}

/// The device's best voice for `language`, if it has one that fits.
pub fn voice_for(language: &str) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = engine()?
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into())
        .collect();
    let langs: Vec<(String, bool)> = voices
        .iter()
        .map(|v| (v.lang(), v.local_service()))
        .collect();
    let best = best_voice(
        language,
        langs.iter().map(|(l, local)| (l.as_str(), *local)),
    )?;
    voices.into_iter().nth(best)
}

/// The screen shown by the widget that `pressed` (its Listen button) is in.
pub fn screen_of(pressed: &Element) -> Option<Element> {
    let widget = pressed.closest(".ccw").ok()??;
    widget.query_selector(".ccw-session .ccw-screen").ok()?
}

/// What is read on a screen, in document order: captions, headings,
/// paragraphs, list items, answers' labels, the answers on "Check your
/// answers". Only the innermost of these is read, so each is read once.
const READ: &str = ".ccw-caption, h1, h2, p, li, dt, dd, label";
/// Not read: controls (the answers are read by their labels), pictures,
/// what is hidden.
const NOT_READ: &str = "button, select, svg, [aria-hidden=\"true\"], [hidden]";
/// What says the patient's own answers (on "Check your answers", and why
/// the result is what it is): never read with a network voice, which
/// sends the words to a speech service. (The app shows no Listen with a
/// network voice on the screens with answers or a result at all: this is
/// a second guard.)
const PRIVATE: &str = ".ccw-private";

/// The text of `screen` to read, each part with its element; without what
/// says the patient's answers unless `with_answers`.
pub fn screen_text(screen: &Element, with_answers: bool) -> Vec<(Element, String)> {
    let Ok(found) = screen.query_selector_all(READ) else {
        return vec![];
    };
    let mut parts = vec![];
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let hidden = el.closest(NOT_READ).ok().flatten().is_some();
        let has_inner = el.query_selector(READ).ok().flatten().is_some();
        let private = !with_answers && el.closest(PRIVATE).ok().flatten().is_some();
        if hidden || has_inner || private {
            continue;
        }
        let mut text = String::new();
        spoken_text(&el, &mut text);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            parts.push((el, text));
        }
    }
    parts
}

/// The text inside `node`, without that of controls, pictures and what
/// is hidden.
fn spoken_text(node: &web_sys::Node, out: &mut String) {
    let mut child = node.first_child();
    while let Some(node) = child {
        match node.dyn_ref::<Element>() {
            Some(el) if el.matches(NOT_READ).unwrap_or(true) => {}
            Some(_) => spoken_text(&node, out),
            None => {
                if node.node_type() == web_sys::Node::TEXT_NODE {
                    out.push_str(&node.text_content().unwrap_or_default());
                }
            }
        }
        child = node.next_sibling();
    }
}

/// The class of the element being read (style.css).
const READING_CLASS: &str = "ccw-reading";

/// One utterance and its handlers, kept while it may still be spoken.
struct Queued {
    utterance: SpeechSynthesisUtterance,
    _handlers: [Closure<dyn FnMut()>; 3],
}

/// What is being read. Each start and stop begins a new generation; events
/// of utterances from an older one are ignored (a stop makes the engine
/// report the ones it drops as errors, later).
#[derive(Default)]
struct Reading {
    generation: u32,
    queued: Vec<Queued>,
    parts: Vec<Element>,
    marked: Option<Element>,
    /// The pressing widget's `on_change`, told true at the start and
    /// false at the end.
    on_change: Option<js_sys::Function>,
}

thread_local! {
    static NOW: RefCell<Reading> = RefCell::default();
}

/// What an utterance's engine event means to the reader.
#[derive(Clone, Copy)]
enum Event {
    /// Its sentence is being said: mark its part.
    Started { part: usize },
    /// It was said; the last one ends the reading.
    Ended { last: bool },
    /// The engine gave up on it (or it was cancelled): reading is over.
    Failed,
}

/// Something is being read.
pub fn is_reading() -> bool {
    NOW.with_borrow(|r| !r.queued.is_empty())
}

/// Something is being read and the engine is still at it, speaking or with
/// sentences queued. A reading whose engine went quiet without its last
/// `end` (a platform that drops the event) is not, so it cannot hold a
/// kiosk's idle timer off for ever.
pub fn is_speaking() -> bool {
    is_reading() && engine().is_some_and(|engine| engine.speaking() || engine.pending())
}

/// Reads `screen` aloud in `language` with the device's best voice for it:
/// every sentence is queued now, in the press, as iOS wants. What was being
/// read stops first. False, and nothing said, if the engine, a voice that
/// fits or any text is missing.
pub fn read(screen: &Element, language: &str, on_change: js_sys::Function) -> bool {
    stop();
    let (Some(engine), Some(voice)) = (engine(), voice_for(language)) else {
        return false;
    };
    // No cancel() of the engine here beyond stop()'s: what else it may be
    // saying is the first press's unlocking space (web/app/connect.js),
    // and Firefox, told to cancel it just before, dropped the heading.
    let parts = screen_text(screen, voice.local_service());
    let generation = NOW.with_borrow(|r| r.generation);
    let sentences: Vec<(usize, &str)> = parts
        .iter()
        .enumerate()
        .flat_map(|(part, (_, text))| sentences(text).into_iter().map(move |s| (part, s)))
        .collect();
    let last = sentences.len().saturating_sub(1);
    let mut queued = vec![];
    for (i, &(part, sentence)) in sentences.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(sentence) else {
            return false;
        };
        // Android reads in its default language unless `lang` is set too.
        utterance.set_lang(&voice.lang().replace('_', "-"));
        utterance.set_voice(Some(&voice));
        let handlers = [
            handler(generation, Event::Started { part }),
            handler(generation, Event::Ended { last: i == last }),
            handler(generation, Event::Failed),
        ];
        utterance.set_onstart(Some(handlers[0].as_ref().unchecked_ref()));
        utterance.set_onend(Some(handlers[1].as_ref().unchecked_ref()));
        utterance.set_onerror(Some(handlers[2].as_ref().unchecked_ref()));
        queued.push(Queued {
            utterance,
            _handlers: handlers,
        });
    }
    if queued.is_empty() {
        return false;
    }
    let utterances: Vec<SpeechSynthesisUtterance> =
        queued.iter().map(|q| q.utterance.clone()).collect();
    NOW.with_borrow_mut(|r| {
        r.queued = queued;
        r.parts = parts.into_iter().map(|(el, _)| el).collect();
        r.on_change = Some(on_change.clone());
    });
    tell(&on_change, true);
    // Last: an engine may start (or even finish) one inside `speak`. Not
    // if the widget stopped the reading when told it began.
    if NOW.with_borrow(|r| r.generation) != generation {
        return false;
    }
    for utterance in &utterances {
        engine.speak(utterance);
    }
    true
}

/// Stops reading at once, if it is.
pub fn stop() {
    if is_reading() {
        if let Some(engine) = engine() {
            engine.cancel();
        }
        finish();
    }
}

/// Reading is over: nothing marked, no utterance kept, events of these
/// utterances ignored from now on, and the widget told.
fn finish() {
    let (queued, on_change) = NOW.with_borrow_mut(|r| {
        r.generation += 1;
        if let Some(el) = r.marked.take() {
            let _ = el.class_list().remove_1(READING_CLASS);
        }
        r.parts.clear();
        (std::mem::take(&mut r.queued), r.on_change.take())
    });
    // Their handlers go now: the engine may report the utterances it drops
    // later still (Firefox does, after the drop below), and a dropped
    // closure throws when called. The closures are dropped later: this may
    // run inside one of them.
    for q in &queued {
        q.utterance.set_onstart(None);
        q.utterance.set_onend(None);
        q.utterance.set_onerror(None);
    }
    if !queued.is_empty() {
        let drop_later = Closure::once_into_js(move || drop(queued));
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(drop_later.unchecked_ref());
        }
    }
    if let Some(on_change) = on_change {
        tell(&on_change, false);
    }
}

/// Tells a widget whether it is being read, outside any borrow of the
/// reading (it may stop or start reading in turn).
fn tell(on_change: &js_sys::Function, reading: bool) {
    let _ = on_change.call1(&JsValue::NULL, &JsValue::from_bool(reading));
}

/// Marks the part being read, and keeps it in sight.
fn mark(part: usize) {
    NOW.with_borrow_mut(|r| {
        if let Some(el) = r.marked.take() {
            let _ = el.class_list().remove_1(READING_CLASS);
        }
        if let Some(el) = r.parts.get(part) {
            let _ = el.class_list().add_1(READING_CLASS);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            // A partner's page may scroll smoothly (`scroll-behavior`):
            // not for someone who asked for less motion.
            if reduced_motion() {
                options.set_behavior(web_sys::ScrollBehavior::Instant);
            }
            el.scroll_into_view_with_scroll_into_view_options(&options);
            r.marked = Some(el.clone());
        }
    });
}

/// The device asks for less motion.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()?
        })
        .is_some_and(|query| query.matches())
}

/// An utterance's event handler: `event`, unless the reading has moved on
/// to another generation.
fn handler(generation: u32, event: Event) -> Closure<dyn FnMut()> {
    Closure::new(move || {
        if NOW.with_borrow(|r| r.generation) != generation {
            return;
        }
        match event {
            Event::Started { part } => mark(part),
            Event::Ended { last: false } => {}
            Event::Ended { last: true } | Event::Failed => finish(),
        }
    })
}
