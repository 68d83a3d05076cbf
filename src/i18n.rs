//! Every word a patient sees comes from `locales/` through Fluent.
//!
//! Static message ids appear in the code only as `tr("id")` or
//! `tr_args("id", ..)`; ids made from the rules' data are built by the
//! `*_id` functions below and listed by [`dynamic_message_ids`]. A host test
//! checks both lists against the locale files.

use crate::rules::{
    AskProvider, Choice, Condition, Note, OtherService, OutcomeKind, QuestionId, Reason, NOTE_RULES,
};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;
use unic_langid::{subtags, LanguageIdentifier};

/// The English messages: the source every translation is checked against.
pub const ENGLISH_FTL: &str = include_str!("../locales/en/main.ftl");

/// The English built into the app: all of it in the kiosk bundle, and
/// without the kiosk's messages in the main one (see `build.rs`). Other
/// languages are fetched from `locales/<tag>/main.ftl` when first needed.
const BUILT_IN_ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/english.ftl"));

/// Each language's name in itself, for the language menu.
pub const LANGUAGE_NAMES_FTL: &str = include_str!("../locales/languages.ftl");

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// The BCP 47 tag, also the folder under `locales/`.
    pub tag: &'static str,
    pub right_to_left: bool,
}

pub const ENGLISH: Language = Language {
    tag: "en",
    right_to_left: false,
};

/// The languages of the campaign's patient materials, English first, in
/// the language menu's order; Tagalog and Simplified Chinese were added by
/// issue 19.
pub const LANGUAGES: [Language; 10] = [
    ENGLISH,
    Language {
        tag: "es",
        right_to_left: false,
    },
    Language {
        tag: "zh-Hant",
        right_to_left: false,
    },
    Language {
        tag: "zh-Hans",
        right_to_left: false,
    },
    Language {
        tag: "vi",
        right_to_left: false,
    },
    Language {
        tag: "ko",
        right_to_left: false,
    },
    Language {
        tag: "ru",
        right_to_left: false,
    },
    Language {
        tag: "ar",
        right_to_left: true,
    },
    Language {
        tag: "ht",
        right_to_left: false,
    },
    Language {
        tag: "tl",
        right_to_left: false,
    },
];

impl Language {
    pub fn from_tag(tag: &str) -> Option<Language> {
        LANGUAGES.iter().copied().find(|l| l.tag == tag)
    }

    /// The language identifier Fluent's plural rules need: the primary
    /// language alone ("zh" for "zh-Hant"), made without a tag parser.
    fn langid(self) -> LanguageIdentifier {
        let primary = self.tag.split('-').next().unwrap_or(self.tag);
        let language = subtags::Language::from_bytes(primary.as_bytes()).unwrap_or_default();
        LanguageIdentifier::from_raw_parts_unchecked(language, None, None, None)
    }

    /// Where the language's messages are, relative to the bundle.
    pub fn ftl_path(self) -> String {
        format!("locales/{}/main.ftl", self.tag)
    }
}

pub fn language_name_id(language: Language) -> String {
    ["language-", language.tag].concat()
}

thread_local! {
    /// English and the language names, parsed once for every widget on
    /// the page (`start` in lib.rs parses them in a task of their own).
    static BUILT_IN: (Rc<I18n>, Rc<I18n>) = (Rc::new(I18n::english()), Rc::new(I18n::language_names()));
}

/// The built-in English and language names: (English, names).
pub fn built_in() -> (Rc<I18n>, Rc<I18n>) {
    BUILT_IN.with(|b| b.clone())
}

/// A language's messages, ready to format.
pub struct I18n {
    bundle: FluentBundle<FluentResource>,
    language: Language,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl I18n {
    /// English, from the built-in locale.
    pub fn english() -> Self {
        // Not `expect`: its Debug formatting of the error costs wasm bytes.
        Self::from_ftl("en", BUILT_IN_ENGLISH).unwrap_or_else(|e| panic!("built-in English: {e}"))
    }

    /// The language menu's names, from the built-in list.
    pub fn language_names() -> Self {
        Self::from_ftl("en", LANGUAGE_NAMES_FTL)
            .unwrap_or_else(|e| panic!("built-in language names: {e}"))
    }

    /// Builds a bundle from FTL source. The error says how many entries
    /// failed; the host tests name them (error formatting costs wasm bytes).
    pub fn from_ftl(lang: &str, ftl: &str) -> Result<Self, String> {
        let language =
            Language::from_tag(lang).ok_or_else(|| format!("\"{lang}\" is not our language"))?;
        let resource = FluentResource::try_new_with(ftl.to_owned(), crate::ftl::parse)
            .map_err(|(_, errors)| format!("{errors} entries do not parse"))?;
        let mut bundle = FluentBundle::new(vec![language.langid()]);
        // The text is ours: no Unicode isolation marks around variables.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{} messages are defined twice", errors.len()))?;
        Ok(Self { bundle, language })
    }

    /// The language tag, for the widget root's `lang`.
    pub fn lang(&self) -> String {
        self.language.tag.to_owned()
    }

    /// The language of these messages.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, with no variables.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with variables.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            warn(&format!("Connected Care widget: no message \"{id}\""));
            return id.to_owned();
        };
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            warn(&format!(
                "Connected Care widget: message \"{id}\" has {} errors",
                errors.len()
            ));
        }
        text.into_owned()
    }
}

fn warn(text: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::warn!(text);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{text}");
}

// Ids are joined with `concat`, not `format!`: each `format!` call site
// adds its own formatting code to the wasm, `concat` shares one copy loop.

pub fn question_id(q: QuestionId) -> String {
    ["question-", q.key()].concat()
}

pub fn question_hint_id(q: QuestionId) -> String {
    ["question-", q.key(), "-hint"].concat()
}

pub fn answer_id(c: Choice) -> String {
    ["answer-", c.key()].concat()
}

pub fn condition_id(c: Condition) -> String {
    ["condition-", c.key()].concat()
}

pub fn reason_id(r: Reason) -> String {
    ["reason-", r.question.key(), "-", r.choice.key()].concat()
}

pub fn outcome_title_id(o: OutcomeKind) -> String {
    ["outcome-", o.key(), "-title"].concat()
}

pub fn outcome_body_id(o: OutcomeKind) -> String {
    ["outcome-", o.key(), "-body"].concat()
}

pub fn note_id(n: Note) -> String {
    ["note-", n.key()].concat()
}

pub fn ask_id(a: AskProvider) -> String {
    ["ask-", a.key()].concat()
}

pub fn other_service_id(s: OtherService) -> String {
    ["other-service-", s.key()].concat()
}

/// Every message id built from the rules' data.
pub fn dynamic_message_ids() -> Vec<String> {
    let mut ids = vec![];
    for q in QuestionId::ALL {
        ids.push(question_id(q));
        ids.push(question_hint_id(q));
        ids.extend(q.offered().iter().map(|&c| answer_id(c)));
    }
    ids.extend(Condition::ALL.map(condition_id));
    ids.extend(crate::rules::all_reasons().into_iter().map(reason_id));
    for o in OutcomeKind::ALL {
        ids.push(outcome_title_id(o));
        ids.push(outcome_body_id(o));
        ids.extend(o.questions_to_ask().iter().map(|&a| ask_id(a)));
        ids.extend(o.other_services().iter().map(|&s| other_service_id(s)));
    }
    ids.extend(NOTE_RULES.iter().map(|r| note_id(r.note)));
    ids.extend(crate::explainer::message_ids());
    ids.sort();
    ids.dedup();
    ids
}
