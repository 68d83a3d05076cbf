//! Property tests of the one options parser (`src/options.rs`): whatever a
//! partner's page puts in an attribute, a query parameter or a postMessage,
//! parsing never panics, always gives valid typed options, and a bad value
//! gives the default and exactly one short warning. No value is kept in a
//! form that could become markup.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::i18n::LANGUAGES;
use connected_care_widget::options::{WidgetOptions, IDLE_SECONDS_RANGE};
use proptest::prelude::*;

const NAMES: [&str; 7] = [
    "lang",
    "mode",
    "accent",
    "contact",
    "idle",
    "assetBase",
    "outcome",
];

/// Values a hostile or careless page might give: anything at all, near
/// misses of good values, markup and script, very long strings.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \t\n]{0,2}#[0-9a-fA-FgG]{0,7}[ \t]{0,2}",
        "[ \t]{0,2}(en|es|ar|zh|ZH-tw|zh-Hans|ko|vi|ru|ht|fr|__proto__|constructor|x-[a-z]{1,8})(-[A-Za-z0-9]{1,8}){0,2}",
        "(?i)[ \t]{0,2}(inline|badge|kiosk|popup|INLINE|Kiosk)[ \t]{0,2}",
        "[ +-]{0,2}[0-9]{0,12}(\\.[0-9]{1,3}|e[0-9])?",
        "(https?://|/|javascript:|data:|//)[ -~]{0,60}",
        "<(script|img|svg|iframe)[ a-z=\"'()/:;]{0,40}>[ -~]{0,20}",
        "[\\PC\u{0}-\u{1f}\u{200e}\u{202e}]{0,200}",
        (1usize..4).prop_map(|n| "x".repeat(n * 100_000)),
    ]
}

fn pair() -> impl Strategy<Value = (String, String)> {
    let name = prop_oneof![
        4 => proptest::sample::select(NAMES.to_vec()).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    (name, value())
}

/// Every field of parsed options is within its documented bounds.
fn assert_valid(o: &WidgetOptions) {
    if let Some(lang) = o.lang {
        assert!(LANGUAGES.contains(&lang), "{lang:?}");
    }
    if let Some(accent) = o.accent {
        assert!(accent.contrast_with_panel() >= 4.5, "{}", accent.hex());
    }
    if let Some(contact) = &o.contact {
        assert!(!contact.is_empty() && contact.chars().count() <= 120);
        assert!(!contact.chars().any(|c| c.is_control()), "{contact:?}");
        assert_eq!(contact.trim(), contact);
    }
    if let Some(seconds) = o.idle_seconds {
        assert!(IDLE_SECONDS_RANGE.contains(&seconds));
    }
    assert!(IDLE_SECONDS_RANGE.contains(&o.idle_seconds()));
    if let Some(base) = &o.asset_base {
        // Used only as a URL to fetch from: never anything that could end an
        // attribute or start a tag, never a script URL.
        assert!(
            base.starts_with("https://") || base.starts_with("http://") || base.starts_with('/'),
            "{base}"
        );
        assert!(base.ends_with('/'));
        assert!(
            base.chars()
                .all(|c| c.is_ascii_graphic() && !"\"'<>\\".contains(c)),
            "{base}"
        );
        assert!(base.len() <= 1025);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any list of pairs: no panic, valid options, no more warnings than
    /// pairs, every warning short.
    #[test]
    fn any_input_gives_valid_options(pairs in proptest::collection::vec(pair(), 0..8)) {
        let (o, warnings) = WidgetOptions::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_valid(&o);
        prop_assert!(warnings.len() <= pairs.len());
        for w in &warnings {
            prop_assert!(w.chars().count() < 160, "{w}");
        }
    }

    /// One option at a time: either it is taken (no warning, except a
    /// colour too light, which is taken darkened with one warning), or the
    /// options stay the defaults and there is exactly one warning.
    #[test]
    fn a_bad_value_gives_the_default_and_one_warning((name, value) in pair()) {
        let (o, warnings) = WidgetOptions::parse([(name.as_str(), value.as_str())]);
        assert_valid(&o);
        let default = WidgetOptions::default();
        if o == default {
            // Taken as the default itself ("inline") with no warning, or refused with one.
            let is_default_mode = name == "mode" && value.trim().eq_ignore_ascii_case("inline");
            prop_assert_eq!(warnings.len(), usize::from(!is_default_mode), "{:?}", warnings);
        } else if warnings.len() == 1 {
            prop_assert_eq!(name.as_str(), "accent");
            prop_assert!(warnings[0].contains("too light"));
        } else {
            prop_assert!(warnings.is_empty(), "{:?}", warnings);
        }
    }

    /// A warning quotes at most 32 characters of what it was given, so a
    /// huge value never floods the console.
    #[test]
    fn warnings_quote_little(name in proptest::sample::select(NAMES.to_vec()), n in 200usize..200_000) {
        let value = "<".repeat(n);
        let (o, warnings) = WidgetOptions::parse([(name, value.as_str())]);
        prop_assert_eq!(o, WidgetOptions::default());
        prop_assert_eq!(warnings.len(), 1);
        prop_assert!(warnings[0].matches('<').count() <= 32, "{}", warnings[0]);
    }
}

#[test]
fn the_last_good_value_of_an_option_counts_and_bad_ones_do_not_undo_it() {
    let (o, w) = WidgetOptions::parse([("lang", "es"), ("lang", "<b>"), ("accent", "#0b6e4f")]);
    assert_eq!(o.lang.map(|l| l.tag), Some("es"));
    assert_eq!(w.len(), 1);
    assert!(o.accent.is_some());
}
