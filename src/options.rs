//! The one boundary for settings from outside: the options object given to
//! `mount` is parsed and checked here into [`WidgetOptions`]. No other code
//! reads settings from the page. The pages pass values through unchecked:
//! for the embed loader's element, the glue's `connect` (web/app/connect.js)
//! copies its attributes (`lang`, `mode`, `accent`, `contact`, `idle`) and
//! adds `assetBase`, `emit` and `speech`; the iframe embed
//! turns its query into those attributes; the kiosk page passes its query,
//! the kiosk's result page its fragment, the landing page its `lang`. No
//! option arrives by postMessage (the iframe embed only posts out: its
//! height, and its events' names, language and mode).
//!
//! Every option, its values and its default:
//!
//! | option | values | default |
//! |---|---|---|
//! | `lang` | a language tag; the nearest the widget speaks is used | the page's, then the browser's, then `en` |
//! | `mode` | `badge` (a button that opens a dialog), `inline`, or `kiosk` (full screen on a shared tablet; only in the kiosk bundle, `kiosk.html`) | `inline` for `mount`; the embed loader draws `badge` unless `inline` or `kiosk` (which loads `kiosk/`) |
//! | `outcome` | kiosk bundle only: a result to show, from a kiosk's QR code (`likely`, `possibly`, ...) | none: the start screen |
//! | `idle` | kiosk only: seconds without a touch before "Are you still there?", 30 to 600 | 90 |
//! | `accent` | a partner colour, `#rgb` or `#rrggbb`; darkened until it meets WCAG AA as text on the widget's panel and white text on it | the widget's blue |
//! | `contact` | a partner contact line (clinic name and phone), plain text, up to 120 characters | none |
//! | `assetBase` | the URL of the folder the widget was loaded from | the page's own address |
//! | `emit` | the embed loader's function `(name, language)` (from `connect`, web/app/connect.js) that dispatches the element's `connected-care:<name>` events ([`event_sink`]) | none: no events |
//! | `speech` | the widget's reader for the Listen button, `{ watch(onChange), toggle(click, language), stop() }` (`speechReader` in web/app/connect.js; [`speech_reader`]) | none: no Listen button |
//!
//! Language, first that gives one the widget speaks: the `lang` option; the
//! `lang` of the nearest ancestor of the widget's element; the document's;
//! the browser's languages; English. A tag matches by its primary language
//! (`es-MX` is `es`; `fil` is Tagalog, `tl`). Chinese goes by its script, or
//! else its region: `zh-Hans`, `zh-CN` and `zh-SG` get `zh-Hans`; `zh-Hant`,
//! `zh-TW`, `zh-HK`, `zh-MO`, a bare `zh` and any other get `zh-Hant`.
//!
//! A bad value gives one console warning and the default. Nothing here ever
//! becomes markup.

use crate::i18n::{Language, ENGLISH};
use crate::rules::OutcomeKind;
use wasm_bindgen::JsCast;

crate::keys::keyed_enum! {
    /// How the widget is shown on the page (the `mode` option's values).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Mode {
        /// The walkthrough in the flow of the page.
        #[default]
        Inline => "inline",
        /// Opened from a badge, in a dialog.
        Badge => "badge",
        /// Full screen on a shared tablet, reset after each patient.
        Kiosk => "kiosk",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetOptions {
    /// The language asked for, if the widget speaks one near it.
    pub lang: Option<Language>,
    pub mode: Mode,
    /// Where `locales/` is; relative to the page when absent.
    pub asset_base: Option<String>,
    /// The partner's colour, already made dark enough for white text.
    pub accent: Option<Rgb>,
    /// The partner's contact line (clinic name and phone), shown on results
    /// as plain text.
    pub contact: Option<String>,
    /// Kiosk: seconds without input before asking "Are you still there?".
    pub idle_seconds: Option<u32>,
    /// A result shared from a kiosk by QR code.
    pub outcome: Option<OutcomeKind>,
}

/// Kiosk idle time: the default, and the range a clinic may set.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
pub const IDLE_SECONDS_RANGE: std::ops::RangeInclusive<u32> = 30..=600;

impl WidgetOptions {
    pub fn idle_seconds(&self) -> u32 {
        self.idle_seconds.unwrap_or(DEFAULT_IDLE_SECONDS)
    }
}

/// A colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow((c + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio against the widget's panel colour.
    pub fn contrast_with_panel(self) -> f64 {
        (PANEL.luminance() + 0.05) / (self.luminance() + 0.05)
    }

    /// The same hue, `factor` (0 to 1) as bright.
    pub fn darker(self, factor: f64) -> Rgb {
        let scale = |c: u8| (f64::from(c) * factor) as u8;
        Rgb(scale(self.0), scale(self.1), scale(self.2))
    }
}

/// `x` to the power `y`. In the browser, JavaScript's own `Math.pow`: it
/// spares the wasm a copy of libm's pow (about 2 KB), and the loader's sum
/// for the badge uses the very same function.
fn pow(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::pow(x, y);
    #[cfg(not(target_arch = "wasm32"))]
    return x.powf(y);
}

/// `#rgb` or `#rrggbb`.
fn parse_hex_color(value: &str) -> Option<Rgb> {
    let digits = value.strip_prefix('#')?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    // `get`, not `[..]`: no str slice panic in the wasm (vendor/yew/PATCHED.md).
    let channel = |start: usize| u8::from_str_radix(digits.get(start..start + 2)?, 16).ok();
    match digits.len() {
        3 => {
            let d: Vec<u8> = digits
                .bytes()
                .map(|b| (b as char).to_digit(16).unwrap() as u8 * 17)
                .collect();
            Some(Rgb(d[0], d[1], d[2]))
        }
        6 => Some(Rgb(channel(0)?, channel(2)?, channel(4)?)),
        _ => None,
    }
}

/// The widget's panel colour (style.css, --ccw-panel), the darkest
/// background the accent is text on: secondary buttons on hover, links in
/// panels. The accent is also text on white and the background of white
/// text, and white is lighter: readable on the panel, readable on both.
pub const PANEL: Rgb = Rgb(0xe7, 0xf2, 0xf5);

/// The colour itself if, as text on the panel, it meets WCAG AA (4.5:1);
/// else the same hue darkened until it does. The embed loader does the same
/// for the badge (widget.js, readableAccent).
pub fn readable_accent(color: Rgb) -> Rgb {
    let mut factor = 1.0;
    let mut readable = color;
    while readable.contrast_with_panel() < 4.5 && factor > 0.0 {
        factor -= 0.05;
        readable = color.darker(factor);
    }
    readable
}

/// A contact line as plain text: control characters dropped, spaces
/// collapsed, at most `MAX_CONTACT_CHARS`.
fn contact_line(value: &str) -> Option<String> {
    let line = value
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!line.is_empty() && line.chars().count() <= MAX_CONTACT_CHARS).then_some(line)
}

/// What the page says about language, read once at mount.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageLanguages {
    /// `lang` of the nearest ancestor of the widget's element that has one.
    pub ancestor: Option<String>,
    /// `lang` of the document's root.
    pub document: Option<String>,
    /// `navigator.languages`.
    pub browser: Vec<String>,
}

/// What the page says about language: the nearest `lang` above the
/// element, the document's, and the browser's.
pub fn page_languages(element: &web_sys::Element) -> PageLanguages {
    let lang_of = |e: &web_sys::Element| e.get_attribute("lang").filter(|l| !l.trim().is_empty());
    let document_element = element.owner_document().and_then(|d| d.document_element());
    // The nearest `lang`, looking out of shadow roots (the embed loader
    // mounts the app inside one) to the page around them.
    let mut ancestor = None;
    let mut from = Some(element.clone());
    while let Some(el) = from {
        if let Some(found) = el.closest("[lang]").ok().flatten() {
            if Some(&found) != document_element.as_ref() {
                ancestor = lang_of(&found);
            }
            break;
        }
        from = el
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .map(|root| root.host());
    }
    let browser = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).take(8).collect())
        .unwrap_or_default();
    PageLanguages {
        ancestor,
        document: document_element.as_ref().and_then(lang_of),
        browser,
    }
}

/// Reads a plain object's own string-valued properties. Anything else
/// (functions, objects, numbers) is passed on as a string the parser refuses.
pub fn option_pairs(options: &wasm_bindgen::JsValue) -> Vec<(String, String)> {
    if !options.is_object() {
        return Vec::new();
    }
    let Ok(keys) = js_sys::Reflect::own_keys(options) else {
        return Vec::new();
    };
    keys.iter()
        .filter_map(|key| {
            let name = key.as_string()?;
            let value = js_sys::Reflect::get(options, &key).ok()?;
            let value = value
                .as_string()
                .unwrap_or_else(|| "(not a string)".to_owned());
            Some((name, value))
        })
        .collect()
}

/// The embed loader's `emit(name, language)` (web/app/connect.js), which dispatches
/// `connected-care:<name>` on its element for the partner's own counts
/// ([`crate::hooks::events`]). The app gives it nothing else.
pub fn event_sink(options: &wasm_bindgen::JsValue) -> Option<js_sys::Function> {
    let emit = js_sys::Reflect::get(options, &"emit".into()).ok()?;
    emit.is_function().then(|| emit.unchecked_into())
}

/// The embed loader's reader for the Listen button (web/app/connect.js):
/// the speech crate's reading, loaded when first pressed. An object, or none.
pub fn speech_reader(options: &wasm_bindgen::JsValue) -> Option<crate::read_aloud::Reader> {
    let speech = js_sys::Reflect::get(options, &"speech".into()).ok()?;
    speech.is_object().then(|| speech.unchecked_into())
}

/// The language to start in: the option, then the page, then the browser,
/// then English.
pub fn choose_language(options: &WidgetOptions, page: &PageLanguages) -> Language {
    options
        .lang
        .or_else(|| page.ancestor.as_deref().and_then(negotiate_lang))
        .or_else(|| page.document.as_deref().and_then(negotiate_lang))
        .or_else(|| page.browser.iter().find_map(|tag| negotiate_lang(tag)))
        .unwrap_or(ENGLISH)
}

/// Longest value looked at for each option; anything longer is refused
/// unread.
fn max_len(name: &str) -> usize {
    match name {
        "assetBase" => 1024,
        "contact" => MAX_CONTACT_CHARS * 4,
        _ => 64,
    }
}

/// The partner contact line: clinic name and phone, in one short line.
const MAX_CONTACT_CHARS: usize = 120;

impl WidgetOptions {
    /// Parses option name/value pairs. Returns the options and one warning
    /// per bad or unknown value.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<String>) {
        let mut options = Self::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if value.len() > max_len(name) {
                warnings.push(format!(
                    "option \"{}\" is too long; using the default",
                    short(name)
                ));
                continue;
            }
            match name {
                "lang" => match negotiate_lang(value) {
                    Some(lang) => options.lang = Some(lang),
                    None => warnings.push(format!(
                        "lang \"{}\" is not a language the widget speaks; using the page's",
                        short(value)
                    )),
                },
                "assetBase" => match asset_base(value) {
                    Some(base) => options.asset_base = Some(base),
                    None => warnings.push(format!(
                        "assetBase \"{}\" is not an http(s) URL; using the page's address",
                        short(value)
                    )),
                },
                "mode" => match value.to_ascii_lowercase().as_str() {
                    "inline" => options.mode = Mode::Inline,
                    "badge" => options.mode = Mode::Badge,
                    "kiosk" if cfg!(feature = "kiosk") => options.mode = Mode::Kiosk,
                    "kiosk" => warnings.push(
                        "mode \"kiosk\" needs the kiosk bundle (kiosk.html); using the default"
                            .to_owned(),
                    ),
                    _ => warnings.push(format!(
                        "mode \"{}\" is not \"badge\", \"inline\" or \"kiosk\"; using the default",
                        short(value)
                    )),
                },
                "outcome" if cfg!(feature = "kiosk") => {
                    match OutcomeKind::ALL.into_iter().find(|k| k.key() == value) {
                        Some(kind) => options.outcome = Some(kind),
                        None => warnings.push(format!(
                            "outcome \"{}\" is not a result; showing the start",
                            short(value)
                        )),
                    }
                }
                "idle" => match value.parse::<u32>() {
                    Ok(seconds) if IDLE_SECONDS_RANGE.contains(&seconds) => {
                        options.idle_seconds = Some(seconds)
                    }
                    _ => warnings.push(format!(
                        "idle \"{}\" is not a number of seconds from {} to {}; using {DEFAULT_IDLE_SECONDS}",
                        short(value),
                        IDLE_SECONDS_RANGE.start(),
                        IDLE_SECONDS_RANGE.end()
                    )),
                },
                "accent" => match parse_hex_color(value) {
                    Some(color) => {
                        let readable = readable_accent(color);
                        if readable != color {
                            warnings.push(format!(
                                "accent \"{}\" is too light to read; using {} instead",
                                short(value),
                                readable.hex()
                            ));
                        }
                        options.accent = Some(readable);
                    }
                    None => warnings.push(format!(
                        "accent \"{}\" is not a #rgb or #rrggbb colour; using the default",
                        short(value)
                    )),
                },
                "contact" => match contact_line(value) {
                    Some(line) => options.contact = Some(line),
                    None => warnings.push(format!(
                        "contact is empty or longer than {MAX_CONTACT_CHARS} characters; showing none"
                    )),
                },
                // A function and an object, not settings: read by
                // `event_sink` and `speech_reader`.
                "emit" | "speech" => {}
                _ => warnings.push(format!("unknown option \"{}\" ignored", short(name))),
            }
        }
        (options, warnings)
    }
}

/// The language the widget speaks that best matches a tag, if any. By
/// hand, for our few fixed tags: a BCP 47 tag (`-` or `_` between
/// subtags of 1 to 8 letters or digits) matches by its primary language,
/// and Chinese by its script or region.
pub fn negotiate_lang(tag: &str) -> Option<Language> {
    let mut subtags = tag.trim().split(['-', '_']);
    let primary = subtags.next()?.to_ascii_lowercase();
    let rest: Vec<&str> = subtags.collect();
    let well_formed = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && rest
            .iter()
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !well_formed {
        return None;
    }
    let tag = match primary.as_str() {
        "zh" => chinese(&rest),
        // Filipino, the national standard of Tagalog: one language here.
        "fil" => "tl",
        other => other,
    };
    Language::from_tag(tag)
}

/// Simplified or Traditional Chinese, from the script subtag if there is
/// one, else the region (the script comes first in a tag). Simplified is
/// written in mainland China and Singapore; a bare `zh`, or any other
/// region, gets Traditional, which Medicare's Chinese materials use.
fn chinese(subtags: &[&str]) -> &'static str {
    let simplified = subtags
        .iter()
        .find_map(|s| match s.to_ascii_lowercase().as_str() {
            "hans" | "cn" | "sg" => Some(true),
            "hant" | "tw" | "hk" | "mo" => Some(false),
            _ => None,
        });
    if simplified == Some(true) {
        "zh-Hans"
    } else {
        "zh-Hant"
    }
}

/// An http(s) URL, or a path on this site, that ends with a slash.
fn asset_base(value: &str) -> Option<String> {
    let ok_start =
        value.starts_with("https://") || value.starts_with("http://") || value.starts_with('/');
    let safe = value
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\'));
    (ok_start && safe).then(|| {
        if value.ends_with('/') {
            value.to_owned()
        } else {
            format!("{value}/")
        }
    })
}

/// A value cut short for a warning, so a huge string never floods the console.
fn short(value: &str) -> String {
    value.chars().take(32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let (o, w) = WidgetOptions::parse([]);
        assert_eq!(o, WidgetOptions::default());
        assert_eq!(o.mode, Mode::Inline);
        assert!(w.is_empty());
    }

    #[test]
    fn the_loaders_event_dispatcher_is_no_setting_to_warn_of() {
        // option_pairs gives a function as "(not a string)".
        let (o, w) = WidgetOptions::parse([("emit", "(not a string)"), ("emitt", "x")]);
        assert_eq!(o, WidgetOptions::default());
        assert_eq!(w, ["unknown option \"emitt\" ignored"]);
    }

    #[test]
    fn good_values() {
        let (o, w) = WidgetOptions::parse([("lang", "en-US"), ("mode", " Inline ")]);
        assert_eq!(o.lang, Some(ENGLISH));
        assert_eq!(o.mode, Mode::Inline);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn idle_seconds_are_bounded() {
        assert_eq!(WidgetOptions::default().idle_seconds(), 90);
        for (value, expected, warned) in [
            ("30", 30, false),
            (" 600 ", 600, false),
            ("29", 90, true),
            ("601", 90, true),
            ("-5", 90, true),
            ("1e3", 90, true),
            ("ninety", 90, true),
            ("99999999999999999999", 90, true),
        ] {
            let (o, w) = WidgetOptions::parse([("idle", value)]);
            assert_eq!(o.idle_seconds(), expected, "{value}");
            assert_eq!(w.len(), usize::from(warned), "{value}: {w:?}");
        }
    }

    #[test]
    fn kiosk_mode_only_in_the_kiosk_bundle() {
        let (o, w) = WidgetOptions::parse([("mode", "KIOSK")]);
        if cfg!(feature = "kiosk") {
            assert_eq!((o.mode, w.len()), (Mode::Kiosk, 0));
        } else {
            assert_eq!(o.mode, Mode::Inline);
            assert!(w[0].contains("kiosk.html"), "{w:?}");
        }
    }

    #[test]
    fn negotiates_each_language() {
        let tag = |t: &str| negotiate_lang(t).map(|l| l.tag);
        assert_eq!(tag("es-MX"), Some("es"));
        assert_eq!(tag("ES"), Some("es"));
        assert_eq!(tag("zh-TW"), Some("zh-Hant"));
        assert_eq!(tag("zh-Hant-HK"), Some("zh-Hant"));
        assert_eq!(tag("zh"), Some("zh-Hant"));
        assert_eq!(tag("ar-EG"), Some("ar"));
        assert_eq!(tag("ko-KR"), Some("ko"));
        assert_eq!(tag("ru"), Some("ru"));
        assert_eq!(tag("vi-VN"), Some("vi"));
        assert_eq!(tag("ht"), Some("ht"));
        assert_eq!(tag("tl"), Some("tl"));
        assert_eq!(tag("fr"), None);
        assert_eq!(tag("<b>"), None);
    }

    /// Issue 19: Simplified for mainland China and Singapore, by script or
    /// region; Traditional for Taiwan, Hong Kong and Macau, and for a bare
    /// `zh` as before (Medicare's Chinese materials use Traditional).
    #[test]
    fn chinese_by_script_then_region() {
        let tag = |t: &str| negotiate_lang(t).map(|l| l.tag);
        for simplified in [
            "zh-CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-CN",
            "zh-Hans-SG",
            "zh-Hans-HK",
            "zh-hans",
            "zh_CN",
            "ZH-cn",
        ] {
            assert_eq!(tag(simplified), Some("zh-Hans"), "{simplified}");
        }
        for traditional in [
            "zh-TW",
            "zh-HK",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-TW",
            "zh-Hant-HK",
            "zh-Hant-MO",
            "zh-Hant-CN",
            "zh_TW",
            "zh",
            "ZH",
            "zh-US",
        ] {
            assert_eq!(tag(traditional), Some("zh-Hant"), "{traditional}");
        }
    }

    #[test]
    fn filipino_and_tagalog_are_tagalog() {
        let tag = |t: &str| negotiate_lang(t).map(|l| l.tag);
        for filipino in ["tl", "tl-PH", "TL", "fil", "fil-PH", "fil_PH", "FIL-ph"] {
            assert_eq!(tag(filipino), Some("tl"), "{filipino}");
        }
        assert_eq!(tag("fi"), None, "Finnish is not Filipino");
    }

    /// The same choices where the page or the browser gives the tag.
    #[test]
    fn the_page_and_browser_tags_choose_the_new_languages() {
        let none = WidgetOptions::default();
        let chosen = |ancestor: Option<&str>, document: Option<&str>, browser: &[&str]| {
            let page = PageLanguages {
                ancestor: ancestor.map(str::to_owned),
                document: document.map(str::to_owned),
                browser: browser.iter().map(|&t| t.to_owned()).collect(),
            };
            choose_language(&none, &page).tag
        };
        assert_eq!(chosen(None, None, &["zh-CN", "en"]), "zh-Hans");
        assert_eq!(chosen(None, Some("zh-SG"), &["en"]), "zh-Hans");
        assert_eq!(chosen(Some("zh-HK"), Some("zh-CN"), &[]), "zh-Hant");
        assert_eq!(chosen(None, None, &["zh"]), "zh-Hant");
        assert_eq!(chosen(None, None, &["fr", "fil-PH"]), "tl");
        let (option, warnings) = WidgetOptions::parse([("lang", "zh-Hans-CN")]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            choose_language(&option, &PageLanguages::default()).tag,
            "zh-Hans"
        );
    }

    #[test]
    fn language_order_option_ancestor_document_browser() {
        let page = PageLanguages {
            ancestor: Some("ko".into()),
            document: Some("ru".into()),
            browser: vec!["fr-FR".into(), "vi".into()],
        };
        let (opts, _) = WidgetOptions::parse([("lang", "es")]);
        assert_eq!(choose_language(&opts, &page).tag, "es");
        let none = WidgetOptions::default();
        assert_eq!(choose_language(&none, &page).tag, "ko");
        let page = PageLanguages {
            ancestor: Some("fr".into()),
            ..page
        };
        assert_eq!(choose_language(&none, &page).tag, "ru");
        let page = PageLanguages {
            document: None,
            ..page
        };
        assert_eq!(choose_language(&none, &page).tag, "vi");
        assert_eq!(choose_language(&none, &PageLanguages::default()).tag, "en");
    }

    #[test]
    fn asset_base_must_be_a_plain_url() {
        let (o, w) = WidgetOptions::parse([("assetBase", "https://cdn.example/cc")]);
        assert_eq!(o.asset_base.as_deref(), Some("https://cdn.example/cc/"));
        assert!(w.is_empty());
        for bad in [
            "javascript:alert(1)",
            "https://x/\"><img>",
            "data:text/html,x",
        ] {
            let (o, w) = WidgetOptions::parse([("assetBase", bad)]);
            assert_eq!(o.asset_base, None, "{bad}");
            assert_eq!(w.len(), 1);
        }
    }

    /// The loader's readableAccent holds the same sum with the panel's
    /// luminance written out (the badge test checks both give one colour).
    #[test]
    fn loader_has_the_panel_luminance() {
        let loader = include_str!("../web/loader/widget.js");
        let written = format!("{:?} / (luminance + 0.05)", PANEL.luminance() + 0.05);
        assert!(loader.contains(&written), "{written}");
    }

    #[test]
    fn accent_keeps_aa_contrast() {
        let (o, w) = WidgetOptions::parse([("accent", "#1A4480")]);
        assert_eq!(o.accent, Some(Rgb(0x1a, 0x44, 0x80)));
        assert!(w.is_empty());
        for light in [
            "#ff0", "#ffffff", "#7fdbff", "#2ecc40", "#ffdd00", "#ff9900", "#ff69b4",
        ] {
            let (o, w) = WidgetOptions::parse([("accent", light)]);
            let accent = o.accent.unwrap();
            assert!(
                accent.contrast_with_panel() >= 4.5,
                "{light} -> {}",
                accent.hex()
            );
            assert_eq!(w.len(), 1, "{light}");
        }
        for bad in [
            "red",
            "#12",
            "#ggg",
            "rgb(0,0,0)",
            "#1a4480; background:url(x)",
        ] {
            let (o, w) = WidgetOptions::parse([("accent", bad)]);
            assert_eq!(o.accent, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}");
        }
    }

    #[test]
    fn contact_is_one_plain_line() {
        let (o, w) = WidgetOptions::parse([("contact", "  Main Street Clinic\n  555-0100 ")]);
        assert_eq!(o.contact.as_deref(), Some("Main Street Clinic 555-0100"));
        assert!(w.is_empty());
        let long = "x".repeat(121);
        let (o, w) = WidgetOptions::parse([("contact", long.as_str())]);
        assert_eq!(o.contact, None);
        assert_eq!(w.len(), 1);
        let (o, _) = WidgetOptions::parse([("contact", "<img src=x onerror=alert(1)>")]);
        assert_eq!(
            o.contact.as_deref(),
            Some("<img src=x onerror=alert(1)>"),
            "kept as text, never markup"
        );
    }

    #[test]
    fn a_long_asset_base_is_fine() {
        let base = format!(
            "https://www.example-health-department.org/{}/",
            "assets/".repeat(20)
        );
        let (o, w) = WidgetOptions::parse([("assetBase", base.as_str())]);
        assert_eq!(o.asset_base.as_deref(), Some(base.as_str()));
        assert!(w.is_empty());
    }

    #[test]
    fn bad_values_warn_once_each_and_keep_defaults() {
        let long = "x".repeat(10_000);
        let (o, w) = WidgetOptions::parse([
            ("lang", "<script>alert(1)</script>"),
            ("mode", "popup"),
            ("colour", "red"),
            ("lang", long.as_str()),
        ]);
        assert_eq!(o, WidgetOptions::default());
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w.iter().all(|m| m.len() < 120), "{w:?}");
    }
}
