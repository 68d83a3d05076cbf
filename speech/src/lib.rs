//! Read-aloud for the Connected Care widget: a screen spoken by the
//! browser's own speech engine (`speechSynthesis`), in the patient's
//! language, sentence by sentence.
//!
//! The pure parts, tested on the host: which voice fits a language
//! ([`voice_fits`], [`best_voice`]) and where sentences end
//! ([`sentences`]). The app links just these, to know whether the device
//! has a voice at all (it shows the Listen button only then).
//!
//! With the feature `reader`, [`reader`] drives the browser: it gathers the
//! screen's text from the rendered DOM, queues one short utterance per
//! sentence and marks the element being read. With `exports`, JavaScript
//! gets it as `readAloud` and `stopReading` (web/app/connect.js). Partners'
//! pages load it as a module of its own on the first press of Listen
//! (feature `module`, web/speech/speech.html), so the visitors who never
//! press it never download it; the kiosk's bundle links it in, so a press
//! speaks at once, offline too.

// ---------------------------------------------------------------------------
// Voices

/// A language tag's subtags; Android writes `en_US`. Compared without
/// regard to case (`zh-hant` is `zh-Hant`).
fn subtags(tag: &str) -> impl Iterator<Item = &str> {
    tag.split(['-', '_'])
}

/// `subtag` is one of `names` (lower case), in any case.
fn is_one_of(subtag: &str, names: &[&str]) -> bool {
    names.iter().any(|name| subtag.eq_ignore_ascii_case(name))
}

/// The primary language, with the names voices also use for ours:
/// Mandarin (`cmn`) is Chinese; Filipino (`fil`), standard Tagalog, is
/// what the widget shows Tagalog for.
fn primary(tag: &str) -> &str {
    let first = subtags(tag).next().unwrap_or_default();
    if first.eq_ignore_ascii_case("cmn") {
        "zh"
    } else if first.eq_ignore_ascii_case("fil") {
        "tl"
    } else {
        first
    }
}

/// A Chinese tag is written in Traditional characters: its script says
/// so (`Hant`), or else its region uses them (Taiwan, Hong Kong, Macao).
/// Otherwise, a bare `zh` too, Simplified (CLDR's likely subtags).
fn traditional_chinese(tag: &str) -> bool {
    let mut by_region = false;
    for subtag in subtags(tag).skip(1) {
        if is_one_of(subtag, &["hant", "hans"]) {
            return subtag.eq_ignore_ascii_case("hant");
        }
        by_region |= is_one_of(subtag, &["tw", "hk", "mo"]);
    }
    by_region
}

/// A voice that speaks `voice_lang` can read text in `language` (one of
/// ours): the same primary language and, for Chinese, the same script,
/// never a romanised one (espeak-ng's `cmn-Latn-pinyin` reads pinyin, not
/// characters). Never another language's voice.
pub fn voice_fits(language: &str, voice_lang: &str) -> bool {
    let want = primary(language);
    want.eq_ignore_ascii_case(primary(voice_lang))
        && (!want.eq_ignore_ascii_case("zh")
            || (traditional_chinese(language) == traditional_chinese(voice_lang)
                && !subtags(voice_lang).any(|subtag| subtag.eq_ignore_ascii_case("latn"))))
}

/// The region whose voice a US clinic's patients expect, where a language
/// has voices for several.
fn preferred_region(language: &str) -> Option<&'static str> {
    is_one_of(primary(language), &["en", "es"]).then_some("us")
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
            let in_region =
                region.is_some_and(|r| subtags(lang).skip(1).any(|s| s.eq_ignore_ascii_case(r)));
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
///
/// Positions come from `char_indices`, so each `get` finds its slice;
/// `get`, not `[..]`, whose panic would bring core's message formatting
/// into the wasm (about 3 KB brotli).
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
            out.extend(clauses(text.get(start..end).unwrap_or_default()));
            start = end;
        }
    }
    out.extend(clauses(text.get(start..).unwrap_or_default()));
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
        let clause = sentence.get(start..end).unwrap_or_default();
        if CLAUSE_MARKS.contains(&c) && speaking_length(clause) >= LONGEST / 3 {
            out.push(clause.trim());
            start = end;
        }
    }
    out.push(sentence.get(start..).unwrap_or_default().trim());
    out.retain(|s| !s.is_empty());
    out
}

#[cfg(feature = "reader")]
pub mod reader;

#[cfg(feature = "exports")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Reads aloud the screen of the widget that `pressed` is in, in
    /// `language` (a tag of the widget's), telling `on_change` true when
    /// reading starts and false when it ends. False if nothing can be read:
    /// no speech engine, no voice that fits, no text.
    #[wasm_bindgen(js_name = readAloud)]
    pub fn read_aloud(
        pressed: web_sys::Element,
        language: String,
        on_change: js_sys::Function,
    ) -> bool {
        super::reader::screen_of(&pressed)
            .is_some_and(|screen| super::reader::read(&screen, &language, on_change))
    }

    /// Stops reading at once, if it is.
    #[wasm_bindgen(js_name = stopReading)]
    pub fn stop_reading() {
        super::reader::stop()
    }
}

/// The module's allocator, as the app's (src/lib.rs): small, and the page's
/// one thread.
#[cfg(all(feature = "module", target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without atomics has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
        assert!(voice_fits("en", "EN-us"), "in any case");
        assert!(voice_fits("tl", "FIL-ph"));
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
        assert!(voice_fits("zh-Hant", "ZH-hant"), "in any case");
        assert!(voice_fits("zh-Hant", "CMN_tw"));
        assert!(
            voice_fits("zh-Hant", "zh-Hant-CN"),
            "the script over the region"
        );
        assert!(voice_fits("zh-Hans", "zh-Hans-TW"));
        assert!(
            !voice_fits("zh-Hans", "cmn-LATN-PINYIN"),
            "espeak-ng's pinyin voice reads no characters"
        );
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
