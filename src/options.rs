//! The one boundary for settings from outside: the options given to
//! `mount` (and, later, element attributes, query parameters and
//! postMessage) are parsed and checked here into [`WidgetOptions`]. No other
//! code reads settings from the page.
//!
//! Every option, its values and its default:
//!
//! | option | values | default |
//! |---|---|---|
//! | `lang` | a language tag the widget speaks (now: `en`) | negotiated, else `en` |
//! | `mode` | `inline` | `inline` |
//!
//! A bad value gives one console warning and the default. Nothing here ever
//! becomes markup.

/// How the widget is shown on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The walkthrough in the flow of the page.
    #[default]
    Inline,
}

impl Mode {
    pub fn key(self) -> &'static str {
        match self {
            Mode::Inline => "inline",
        }
    }
}

/// The languages this build speaks.
pub const LANGUAGES: [&str; 1] = ["en"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetOptions {
    /// The language asked for, if it is one the widget speaks.
    pub lang: Option<String>,
    pub mode: Mode,
}

/// Longest value looked at; anything longer is refused unread.
const MAX_VALUE_LEN: usize = 64;

impl WidgetOptions {
    /// Parses option name/value pairs. Returns the options and one warning
    /// per bad or unknown value.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<String>) {
        let mut options = Self::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if value.len() > MAX_VALUE_LEN {
                warnings.push(format!(
                    "option \"{}\" is too long; using the default",
                    short(name)
                ));
                continue;
            }
            match name {
                "lang" => match negotiate_lang(value) {
                    Some(lang) => options.lang = Some(lang.to_owned()),
                    None => warnings.push(format!(
                        "lang \"{}\" is not one of {}; using the default",
                        short(value),
                        LANGUAGES.join(", ")
                    )),
                },
                "mode" => match value.to_ascii_lowercase().as_str() {
                    "inline" => options.mode = Mode::Inline,
                    _ => warnings.push(format!(
                        "mode \"{}\" is not \"inline\"; using \"inline\"",
                        short(value)
                    )),
                },
                _ => warnings.push(format!("unknown option \"{}\" ignored", short(name))),
            }
        }
        (options, warnings)
    }
}

/// The supported language matching a tag, by its primary language.
fn negotiate_lang(tag: &str) -> Option<&'static str> {
    let requested: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    LANGUAGES
        .iter()
        .copied()
        .find(|l| requested.language.as_str() == *l)
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
    fn good_values() {
        let (o, w) = WidgetOptions::parse([("lang", "en-US"), ("mode", " Inline ")]);
        assert_eq!(o.lang.as_deref(), Some("en"));
        assert_eq!(o.mode, Mode::Inline);
        assert!(w.is_empty(), "{w:?}");
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
