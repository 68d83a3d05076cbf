//! The locales: every file parses cleanly, and every message id the code
//! uses exists in English, and every English id is used.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::i18n::{dynamic_message_ids, I18n, ENGLISH_FTL};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::path::Path;

fn message_ids(ftl: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(ftl.to_owned()).expect("parses with no errors or junk");
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Ids written literally in the code, as `tr("id")` or `tr_args("id", ..)`.
fn literal_ids_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            literal_ids_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            // Comments may quote calls; only code counts.
            let text: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for call in ["tr(", "tr_args("] {
                let mut rest = text.as_str();
                while let Some(at) = rest.find(call) {
                    rest = rest[at + call.len()..].trim_start();
                    if let Some(branches) = rest.strip_prefix("if ") {
                        // tr(if cond { "a" } else { "b" }): both branches.
                        let end = branches.find("})").unwrap_or(0);
                        for part in branches[..end].split('"').skip(1).step_by(2) {
                            found.insert(part.to_owned());
                        }
                    } else if let Some(quoted) = rest.strip_prefix('"') {
                        let end = quoted.find('"').unwrap();
                        found.insert(quoted[..end].to_owned());
                    }
                }
            }
        }
    }
}

#[test]
fn english_parses_without_errors() {
    let ids = message_ids(ENGLISH_FTL);
    assert!(ids.len() > 100, "{} messages", ids.len());
    I18n::english();
}

#[test]
fn every_id_used_exists_and_every_id_is_used() {
    let mut used = BTreeSet::new();
    literal_ids_in(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut used,
    );
    assert!(used.contains("start-title") && used.contains("error-choose-conditions"));
    used.extend(dynamic_message_ids());
    // The embed loader's few English words are messages too.
    used.extend(loader_english_words().into_iter().map(|(id, _)| id));
    assert!(used.contains("close"));
    let defined = message_ids(ENGLISH_FTL);
    let missing: Vec<_> = used.difference(&defined).collect();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in code but not in locales/en: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "in locales/en but never used: {unused:?}"
    );
}

/// The words the embed loader carries (`ENGLISH` in web/loader/widget.js
/// and in web/loader/way-out.js), as (message id, text): one
/// `id: "text",` per line.
fn loader_english_words() -> Vec<(String, String)> {
    ["widget.js", "way-out.js"]
        .iter()
        .flat_map(|file| {
            let path = format!("{}/web/loader/{file}", env!("CARGO_MANIFEST_DIR"));
            let loader = std::fs::read_to_string(path).unwrap();
            let object = loader
                .split("const ENGLISH = {")
                .nth(1)
                .and_then(|rest| rest.split("};").next())
                .unwrap_or_else(|| panic!("{file} has `const ENGLISH = {{ ... }};`"))
                .to_owned();
            object
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    let (id, text) = line.split_once(':').expect("`id: \"text\",`");
                    let unquote =
                        |s: &str| s.trim().trim_end_matches(',').trim_matches('"').to_owned();
                    (unquote(id), unquote(text))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_loaders_english_words_are_the_english_messages() {
    let en = I18n::from_ftl("en", ENGLISH_FTL).unwrap();
    let words = loader_english_words();
    assert_eq!(words.len(), 4, "{words:?}");
    for (id, text) in words {
        assert_eq!(en.tr(&id), text, "the loader says {id} is {text:?}");
    }
}

#[test]
fn every_english_message_formats_without_errors() {
    let en = I18n::english();
    for id in message_ids(ENGLISH_FTL) {
        let text = en.tr_args(&id, &[("current", "2".into()), ("total", "6".into())]);
        assert!(!text.trim().is_empty(), "{id} is empty");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{id} has isolation marks"
        );
    }
}

#[test]
fn every_locale_matches_english() {
    use connected_care_widget::i18n::LANGUAGES;
    use connected_care_widget::locale_check::check_locale;
    for language in LANGUAGES.iter().skip(1) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(language.ftl_path());
        let ftl = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path:?} exists"));
        let report = check_locale(language.tag, ENGLISH_FTL, &ftl);
        assert!(report.is_clean(), "{}: {report:?}", language.tag);
        let i18n = I18n::from_ftl(language.tag, &ftl).expect("builds a bundle");
        for id in message_ids(&ftl) {
            for count in [0, 1, 2, 3, 5, 11, 21] {
                let text = i18n.tr_args(
                    &id,
                    &[
                        ("current", "2".into()),
                        ("total", "6".into()),
                        ("question", "?".into()),
                        ("count", count.into()),
                    ],
                );
                assert!(!text.trim().is_empty(), "{}: {id} is empty", language.tag);
                assert!(
                    !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                    "{}: {id} has isolation marks",
                    language.tag
                );
            }
        }
    }
}

#[test]
fn the_check_catches_what_it_should() {
    use connected_care_widget::locale_check::check_locale;
    let broken = "start-title = Could chronic care management help you?\nprogress = Pregunta { $n }\nextra-id = x\n";
    let report = check_locale("es", ENGLISH_FTL, broken);
    assert!(report.untranslated.contains(&"start-title".to_owned()));
    assert!(report.variables_differ.contains(&"progress".to_owned()));
    assert!(report.extra.contains(&"extra-id".to_owned()));
    assert!(report.missing.contains(&"check-title".to_owned()));
    let junk = check_locale("es", ENGLISH_FTL, "start-title = ok\n{ not a message\n");
    assert!(!junk.parse_errors.is_empty());
    // Good Fluent, but more than the widget's own parser reads.
    let multiline = check_locale("es", ENGLISH_FTL, "start-title = una\n    dos\n");
    assert_eq!(
        multiline.parse_errors,
        ["line 1: syntax the widget does not read (see src/ftl.rs)"]
    );
}

#[test]
fn every_language_is_named_in_itself() {
    use connected_care_widget::i18n::{language_name_id, LANGUAGES, LANGUAGE_NAMES_FTL};
    let names = message_ids(LANGUAGE_NAMES_FTL);
    let expected: BTreeSet<String> = LANGUAGES.iter().map(|&l| language_name_id(l)).collect();
    assert_eq!(names, expected);
    let i18n = I18n::language_names();
    assert_eq!(i18n.tr("language-ar"), "العربية");
    assert_eq!(i18n.tr("language-zh-Hant"), "繁體中文");
}

#[test]
fn the_bundles_leave_out_the_kiosk_messages_and_the_loaders() {
    let built_in = I18n::english();
    for id in message_ids(ENGLISH_FTL) {
        let kiosk_only = ["kiosk-", "idle-", "qr-", "shared-"]
            .iter()
            .any(|p| id.starts_with(p));
        // The loader's way out reads these from the files; no bundle has them.
        let loader_only = id == "try-again";
        let present = built_in.tr(&id) != id;
        assert_eq!(
            present,
            !loader_only && (!kiosk_only || cfg!(feature = "kiosk")),
            "{id}: built in {present}"
        );
    }
}
