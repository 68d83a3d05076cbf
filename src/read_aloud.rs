//! Read-aloud: the screen spoken by the browser's own speech engine
//! (`speechSynthesis`), in the patient's language, sentence by sentence.
//!
//! The pure parts, tested on the host: which voice fits a language
//! ([`best_voice`]) and where sentences end ([`sentences`]). The rest
//! drives the browser: [`Reader`] gathers the screen's text from the
//! rendered DOM, queues one short utterance per sentence and marks the
//! element being read. [`crate::components::listen_button`] is its button.
//!
//! Platform quirks designed for: Chrome's network voices stop after about
//! 14 s of one utterance (so short ones); Android ignores the voice unless
//! `lang` is set too (so both); iOS speaks only from a tap (so every
//! utterance is queued in the click) and may drop an utterance that is
//! garbage-collected, whose `end` then never comes (so each is kept until
//! reading stops); voices may arrive late (`voiceschanged`).
//!
//! The kiosk's only (cargo feature `kiosk`): it costs about 7 KB brotli,
//! more than partners' size budget has room for. Shown in a badge's
//! dialog again, it would need to stop when the dialog closes.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

// ---------------------------------------------------------------------------
// Voices

/// A language's subtags, lower case; Android writes `en_US`.
fn subtags(tag: &str) -> impl Iterator<Item = String> + '_ {
    tag.split(['-', '_']).map(|s| s.to_ascii_lowercase())
}

/// The primary language, with the names voices also use for ours:
/// Mandarin (`cmn`) is Chinese; Filipino (`fil`), standard Tagalog, is
/// what the widget shows Tagalog for.
fn primary(tag: &str) -> String {
    let first = subtags(tag).next().unwrap_or_default();
    match first.as_str() {
        "cmn" => "zh".to_owned(),
        "fil" => "tl".to_owned(),
        _ => first,
    }
}

/// The script a Chinese tag is written in: given (`Hant`), or the one
/// its region uses; a bare `zh` is Simplified (CLDR's likely subtags).
fn chinese_script(tag: &str) -> String {
    let mut script = None;
    for subtag in subtags(tag).skip(1) {
        match subtag.as_str() {
            "hant" | "hans" => return subtag,
            "tw" | "hk" | "mo" => script = Some("hant"),
            "cn" | "sg" | "my" => script = script.or(Some("hans")),
            _ => {}
        }
    }
    script.unwrap_or("hans").to_owned()
}

/// A voice that speaks `voice_lang` can read text in `language` (one of
/// ours): the same primary language and, for Chinese, the same script.
/// Never another language's voice.
pub fn voice_fits(language: &str, voice_lang: &str) -> bool {
    let want = primary(language);
    want == primary(voice_lang)
        && (want != "zh" || chinese_script(language) == chinese_script(voice_lang))
}

/// The region whose voice a US clinic's patients expect, where a language
/// has voices for several.
fn preferred_region(language: &str) -> Option<&'static str> {
    match primary(language).as_str() {
        "en" | "es" => Some("us"),
        _ => None,
    }
}

/// The best of `voices` (each its `lang` and whether it is local) for
/// `language`, by its index: one that fits, local before network (the
/// words stay on the device, and it works offline), then the preferred
/// region, then the first listed.
pub fn best_voice<'a>(
    language: &str,
    voices: impl IntoIterator<Item = (&'a str, bool)>,
) -> Option<usize> {
    let region = preferred_region(language);
    voices
        .into_iter()
        .enumerate()
        .filter(|(_, (lang, _))| voice_fits(language, lang))
        .max_by_key(|&(i, (lang, local))| {
            let in_region = region.is_some_and(|r| subtags(lang).skip(1).any(|s| s == r));
            (local, in_region, std::cmp::Reverse(i))
        })
        .map(|(i, _)| i)
}

// ---------------------------------------------------------------------------
// Sentences

/// What ends a sentence when a space or the end follows.
const STOPS: [char; 5] = ['.', '!', '?', '؟', '…'];
/// What ends a sentence wherever it is (CJK full stops need no space).
const FULL_WIDTH_STOPS: [char; 3] = ['。', '！', '？'];
/// Closing quotes and brackets that belong to the sentence before.
const CLOSERS: [char; 9] = ['"', '\'', '”', '’', '»', '」', '』', ')', '）'];
/// Where a long sentence may be cut.
const CLAUSE_MARKS: [char; 6] = [',', ';', '،', '，', '、', '；'];

/// About 10 seconds of speech: under Chrome's 14-second cut-off.
const LONGEST: usize = 160;

/// How long a text takes to say, roughly: a Chinese character or a Korean
/// syllable takes about as long as three Latin letters.
fn speaking_length(text: &str) -> usize {
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 3 } else { 1 })
        .sum()
}

/// `text` cut into sentences, trimmed, and any sentence too long to say
/// in one utterance cut again after a comma.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let full_width = FULL_WIDTH_STOPS.contains(&c);
        if !full_width && !STOPS.contains(&c) {
            continue;
        }
        while let Some(&(_, next)) = chars.peek() {
            if !CLOSERS.contains(&next)
                && !STOPS.contains(&next)
                && !FULL_WIDTH_STOPS.contains(&next)
            {
                break;
            }
            chars.next();
        }
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        let at_break = chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
        if full_width || at_break {
            out.extend(clauses(&text[start..end]));
            start = end;
        }
    }
    out.extend(clauses(&text[start..]));
    out
}

/// A sentence, or its clauses if it is too long to say at once.
fn clauses(sentence: &str) -> Vec<&str> {
    let sentence = sentence.trim();
    if sentence.is_empty() {
        return vec![];
    }
    if speaking_length(sentence) <= LONGEST {
        return vec![sentence];
    }
    let mut out = vec![];
    let mut start = 0;
    for (i, c) in sentence.char_indices() {
        let end = i + c.len_utf8();
        if CLAUSE_MARKS.contains(&c) && speaking_length(&sentence[start..end]) >= LONGEST / 3 {
            out.push(sentence[start..end].trim());
            start = end;
        }
    }
    out.push(sentence[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

// ---------------------------------------------------------------------------
// The browser's speech engine

/// The page's speech engine, if the browser has one.
pub fn engine() -> Option<SpeechSynthesis> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    (!synth.is_undefined()).then_some(synth)
}

/// Something is being spoken (by any widget on the page).
pub fn speaking() -> bool {
    engine().is_some_and(|s| s.speaking())
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

/// What is read on a screen, in document order: captions, headings,
/// paragraphs, list items, answers' labels, the answers on "Check your
/// answers". Only the innermost of these is read, so each is read once.
const READ: &str = ".ccw-caption, h1, h2, p, li, dt, dd, label";
/// Not read: controls (the answers are read by their labels), pictures,
/// what is hidden.
const NOT_READ: &str = "button, select, svg, [aria-hidden=\"true\"], [hidden]";

/// The text of `screen` to read, each part with its element.
pub fn screen_text(screen: &Element) -> Vec<(Element, String)> {
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
        if hidden || has_inner {
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
const READING: &str = "ccw-reading";

/// One utterance and its handlers, kept while it may still be spoken.
struct Queued {
    utterance: SpeechSynthesisUtterance,
    _handlers: [Closure<dyn FnMut()>; 3],
}

/// What one widget is reading. Each start and stop begins a new
/// generation; events of utterances from an older one are ignored (a stop
/// makes the engine report the ones it drops as errors).
pub struct Reader {
    generation: u32,
    queued: Vec<Queued>,
    parts: Vec<Element>,
    marked: Option<Element>,
    /// Told when reading starts (true) and ends (false).
    on_change: Rc<dyn Fn(bool)>,
}

impl Reader {
    pub fn new(on_change: Rc<dyn Fn(bool)>) -> Rc<RefCell<Reader>> {
        Rc::new(RefCell::new(Reader {
            generation: 0,
            queued: vec![],
            parts: vec![],
            marked: None,
            on_change,
        }))
    }

    pub fn is_reading(&self) -> bool {
        !self.queued.is_empty()
    }

    /// Reads `screen` aloud with `voice`: every sentence is queued now,
    /// in the press, as iOS wants. Anything else being spoken stops first.
    pub fn start(this: &Rc<RefCell<Reader>>, screen: &Element, voice: &SpeechSynthesisVoice) {
        let Some(engine) = engine() else {
            return;
        };
        this.borrow_mut().stop();
        engine.cancel();
        let parts = screen_text(screen);
        let generation = {
            let mut reader = this.borrow_mut();
            reader.generation += 1;
            reader.parts = parts.iter().map(|(el, _)| el.clone()).collect();
            reader.generation
        };
        let sentences: Vec<(usize, &str)> = parts
            .iter()
            .enumerate()
            .flat_map(|(part, (_, text))| sentences(text).into_iter().map(move |s| (part, s)))
            .collect();
        let last = sentences.len().saturating_sub(1);
        let mut queued = vec![];
        for (i, &(part, sentence)) in sentences.iter().enumerate() {
            let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(sentence) else {
                return;
            };
            // Android reads in its default language unless `lang` is set too.
            utterance.set_lang(&voice.lang().replace('_', "-"));
            utterance.set_voice(Some(voice));
            let handlers = [
                handler(this, generation, move |r| r.mark(part)),
                handler(this, generation, move |r| {
                    if i == last {
                        r.finish()
                    }
                }),
                handler(this, generation, Reader::finish),
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
            return;
        }
        let on_change = {
            let mut reader = this.borrow_mut();
            reader.queued = queued;
            reader.on_change.clone()
        };
        on_change(true);
        for q in &this.borrow().queued {
            engine.speak(&q.utterance);
        }
    }

    /// Stops reading at once, if it is.
    pub fn stop(&mut self) {
        if self.is_reading() {
            if let Some(engine) = engine() {
                engine.cancel();
            }
            self.finish();
        }
    }

    /// Reading is over: nothing marked, no utterance kept, events of these
    /// utterances ignored from now on.
    fn finish(&mut self) {
        self.generation += 1;
        self.mark_none();
        self.parts.clear();
        // Dropped later: this may run inside one of their handlers.
        let queued = std::mem::take(&mut self.queued);
        if !queued.is_empty() {
            let drop_later = Closure::once_into_js(move || drop(queued));
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(drop_later.unchecked_ref());
            }
            (self.on_change)(false);
        }
    }

    /// Marks the part being read, and keeps it in sight.
    fn mark(&mut self, part: usize) {
        self.mark_none();
        if let Some(el) = self.parts.get(part) {
            let _ = el.class_list().add_1(READING);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
            self.marked = Some(el.clone());
        }
    }

    fn mark_none(&mut self) {
        if let Some(el) = self.marked.take() {
            let _ = el.class_list().remove_1(READING);
        }
    }
}

/// An utterance's event handler: runs `then` on the reader, unless the
/// reader has moved on to another generation (or is gone).
fn handler(
    reader: &Rc<RefCell<Reader>>,
    generation: u32,
    then: impl Fn(&mut Reader) + 'static,
) -> Closure<dyn FnMut()> {
    let reader: Weak<RefCell<Reader>> = Rc::downgrade(reader);
    Closure::new(move || {
        let Some(reader) = reader.upgrade() else {
            return;
        };
        // Events come from the engine, never while the reader is borrowed;
        // `try_` all the same, rather than panic.
        if let Ok(mut reader) = reader.try_borrow_mut() {
            if reader.generation == generation {
                then(&mut reader);
            }
        };
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voice_fits_on_the_primary_language_and_never_another() {
        assert!(voice_fits("es", "es-US"));
        assert!(voice_fits("es", "es_MX"), "Android's underscore");
        assert!(voice_fits("en", "en-GB"));
        assert!(voice_fits("ar", "ar-SA"));
        assert!(voice_fits("ko", "ko"));
        assert!(voice_fits("tl", "fil-PH"), "Filipino is standard Tagalog");
        assert!(!voice_fits("ht", "fr-FR"), "no French for Haitian Creole");
        assert!(!voice_fits("en", "es-US"));
        assert!(!voice_fits("ru", "uk-UA"));
        assert!(!voice_fits("vi", "v"));
        assert!(!voice_fits("en", ""));
    }

    #[test]
    fn chinese_voices_fit_by_script() {
        for traditional in [
            "zh-TW",
            "zh-HK",
            "zh_MO",
            "zh-Hant",
            "zh-Hant-TW",
            "cmn-Hant-TW",
        ] {
            assert!(voice_fits("zh-Hant", traditional), "{traditional}");
            assert!(!voice_fits("zh-Hans", traditional), "{traditional}");
        }
        for simplified in ["zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "cmn-CN", "zh"] {
            assert!(voice_fits("zh-Hans", simplified), "{simplified}");
            assert!(!voice_fits("zh-Hant", simplified), "{simplified}");
        }
        assert!(!voice_fits("zh-Hant", "ja-JP"));
        assert!(
            !voice_fits("zh-Hant", "yue-HK"),
            "Cantonese is not the same language tag"
        );
    }

    #[test]
    fn the_best_voice_is_local_then_in_the_region_then_first() {
        let voices = [
            ("es-ES", false),
            ("en-US", true),
            ("es-ES", true),
            ("es-US", true),
            ("es-US", false),
        ];
        assert_eq!(best_voice("es", voices), Some(3));
        assert_eq!(best_voice("en", voices), Some(1));
        assert_eq!(best_voice("ht", voices), None);
        assert_eq!(
            best_voice("ko", [("ko-KR", false), ("ko-KR", true)]),
            Some(1)
        );
        assert_eq!(
            best_voice("ko", [("ko-KR", true), ("ko-KR", true)]),
            Some(0)
        );
        assert_eq!(
            best_voice("vi", [("vi-VN", false)]),
            Some(0),
            "a network voice if that is all"
        );
        assert_eq!(
            best_voice(
                "zh-Hant",
                [("zh-CN", true), ("zh-HK", false), ("zh-TW", true)]
            ),
            Some(2)
        );
        assert_eq!(best_voice("zh-Hant", [("zh-CN", true)]), None);
        assert_eq!(best_voice("en", []), None);
    }

    #[test]
    fn text_is_cut_into_sentences() {
        assert_eq!(
            sentences("Chronic care management (CCM) is a Medicare service. It is for people with two or more long-term health conditions. A care team helps you between visits."),
            [
                "Chronic care management (CCM) is a Medicare service.",
                "It is for people with two or more long-term health conditions.",
                "A care team helps you between visits.",
            ]
        );
        assert_eq!(
            sentences("Choose an answer. If you do not know, choose “I’m not sure.” Then go on!"),
            [
                "Choose an answer.",
                "If you do not know, choose “I’m not sure.”",
                "Then go on!"
            ]
        );
        assert_eq!(
            sentences("You usually pay 20% of $1.50. Really?!"),
            ["You usually pay 20% of $1.50.", "Really?!"]
        );
        assert_eq!(
            sentences("هل لديك Medicare؟ نعم."),
            ["هل لديك Medicare؟", "نعم."]
        );
        assert_eq!(
            sentences("您有聯邦醫療保險嗎？如果不知道，請選擇「我不確定」。好。"),
            [
                "您有聯邦醫療保險嗎？",
                "如果不知道，請選擇「我不確定」。",
                "好。"
            ]
        );
        assert_eq!(sentences("Question 2 of 6"), ["Question 2 of 6"]);
        assert_eq!(sentences("  "), Vec::<&str>::new());
        assert_eq!(sentences("Yes"), ["Yes"]);
    }

    #[test]
    fn a_sentence_too_long_to_say_at_once_is_cut_after_commas() {
        let long = "Your care team checks all your medicines with you, so they work well together, and after a stay in a hospital, emergency room or nursing home, they help you with what comes next, and they can also link you to help at home and in your town.";
        let parts = sentences(long);
        assert!(parts.len() > 1, "{parts:?}");
        assert_eq!(parts.join(" "), long, "nothing lost");
        assert!(
            parts.iter().all(|p| speaking_length(p) <= LONGEST),
            "{parts:?}"
        );
        // Chinese takes longer per character: cut sooner.
        let chinese = "您的照護團隊會和您一起檢查您所有的藥物，確保它們能一起發揮作用；在您住院、去過急診室或療養院之後，他們會幫助您處理接下來的事情，也可以為您聯繫居家和社區的幫助，讓您在家裡也能得到照顧，而且他們隨時都可以回答您的問題。";
        let parts = sentences(chinese);
        assert!(parts.len() > 1, "{parts:?}");
        assert_eq!(parts.concat(), chinese);
    }
}
