//! The kinds of mistake a review of the translations found (issue 19),
//! checked in every language the widget speaks:
//!
//! 1. the messages about reaching the care team for urgent needs never use
//!    the word the 911 line uses for "emergency", nor one a letter from it:
//!    a patient must be able to tell "call your care team" from "call 911";
//! 2. a plural variant that already says its number (in a word, or in the
//!    form of the noun, like Arabic's dual) does not say it again with the
//!    number;
//! 3. no two controls on one screen have the same name;
//! 4. no English is left in a translation beyond the names that stay in
//!    English everywhere (Medicare's own names, the card's text, the
//!    helpline) and English given in brackets after the translated term.
//!
//! Each check also runs on a line known to be wrong (the `*_catches_*`
//! tests), so none passes by never looking.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::explainer::{Extra, STEPS};
use connected_care_widget::i18n::{
    answer_id, ask_id, condition_id, question_id, I18n, Language, LANGUAGES,
};
use connected_care_widget::rules::{Condition, OutcomeKind, QuestionId};
use fluent_syntax::ast;
use std::collections::BTreeMap;

// ---------------------------------------------------------------------------
// Reading the files

fn source(language: Language) -> String {
    let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), language.ftl_path());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bundle(language: Language) -> I18n {
    I18n::from_ftl(language.tag, &source(language))
        .unwrap_or_else(|e| panic!("{}: {e}", language.tag))
}

/// Every language but English, the source.
fn translations() -> impl Iterator<Item = Language> {
    LANGUAGES.into_iter().filter(|l| l.tag != "en")
}

/// One way a message can read: its text with each variable as `{$name}`;
/// in a plural, also the variable it selects on and the variant's key.
#[derive(Debug)]
struct Reading {
    text: String,
    variant: Option<(String, String)>,
}

/// Each message's readings, from the widget's own parser (`src/ftl.rs`).
fn readings(ftl: &str) -> BTreeMap<String, Vec<Reading>> {
    let (resource, junk) = connected_care_widget::ftl::parse(ftl);
    assert_eq!(junk, 0, "every entry parses (see the locale report)");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((
                m.id.name.to_owned(),
                readings_of(m.value.as_ref().expect("a value")),
            )),
            _ => None,
        })
        .collect()
}

fn readings_of(pattern: &ast::Pattern<&str>) -> Vec<Reading> {
    let mut out = vec![Reading {
        text: String::new(),
        variant: None,
    }];
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                out.iter_mut().for_each(|r| r.text.push_str(value));
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(inline),
            } => {
                let name = variable_name(inline);
                out.iter_mut()
                    .for_each(|r| r.text.push_str(&format!("{{${name}}}")));
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } => {
                let name = variable_name(selector);
                let mut next = vec![];
                for before in &out {
                    for variant in variants {
                        let key = match variant.key {
                            ast::VariantKey::Identifier { name } => name,
                            ast::VariantKey::NumberLiteral { value } => value,
                        };
                        for inner in readings_of(&variant.value) {
                            next.push(Reading {
                                text: format!("{}{}", before.text, inner.text),
                                variant: Some((name.to_owned(), key.to_owned())),
                            });
                        }
                    }
                }
                out = next;
            }
        }
    }
    out
}

fn variable_name<'s>(inline: &ast::InlineExpression<&'s str>) -> &'s str {
    match inline {
        ast::InlineExpression::VariableReference { id } => id.name,
        other => panic!("the widget's messages use variables only: {other:?}"),
    }
}

/// Words as a reader sees them: split at spaces, punctuation trimmed.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn report(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------
// 1. "Urgent" is not "emergency"

/// The word each language's 911 line (`emergency-911`) uses for
/// "emergency", first, then any other word a reader would take for
/// "emergency". Both must stay out of the urgent-care messages. A new
/// language adds its row.
const EMERGENCY_WORDS: &[(&str, &[&str])] = &[
    ("en", &["emergency"]),
    ("es", &["emergencia"]),
    ("zh-Hant", &["緊急"]),
    // "khẩn cấp" reads as "emergency" as well as "urgent".
    ("vi", &["cấp cứu", "khẩn cấp"]),
    ("ko", &["응급"]),
    // The stem of экстренный, экстренной, ...
    ("ru", &["экстренн"]),
    ("ar", &["طوارئ"]),
    ("ht", &["ijans"]),
    ("tl", &["emerhensiya"]),
    ("zh-Hans", &["紧急"]),
];

/// The messages about reaching the care team for urgent needs, from the
/// code's own data: the result's 24/7 line, the explainer steps that show
/// the 911 line, and the questions to ask that mention help at any hour.
fn urgent_message_ids() -> Vec<String> {
    let mut ids = vec!["ccm-gives-urgent".to_owned()];
    for step in STEPS.iter().filter(|s| s.extra.contains(&Extra::Emergency)) {
        ids.push(step.title_id());
        ids.extend(step.paragraph_ids());
    }
    for kind in OutcomeKind::ALL {
        for &ask in kind.questions_to_ask() {
            if ask.mentions_round_the_clock_help() && !ids.contains(&ask_id(ask)) {
                ids.push(ask_id(ask));
            }
        }
    }
    ids
}

/// Where `text` uses `word`, or words one letter from it ("ijan" beside
/// "ijans"). Words under 4 letters, and scripts written without spaces,
/// are matched only as they are.
fn emergency_word_in(text: &str, word: &str) -> Option<String> {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    if text.contains(&word) {
        return Some(word);
    }
    if word.chars().count() < 4 {
        return None;
    }
    let size = word.split_whitespace().count();
    words(&text)
        .windows(size)
        .map(|w| w.join(" "))
        .find(|candidate| edit_distance(candidate, &word) <= 1)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

fn emergency_problems(language: Language) -> Vec<String> {
    let tag = language.tag;
    let Some((_, emergency)) = EMERGENCY_WORDS.iter().find(|(t, _)| *t == tag) else {
        return vec![format!(
            "{tag}: add its word for \"emergency\" to EMERGENCY_WORDS"
        )];
    };
    let i18n = bundle(language);
    let mut problems = vec![];
    let line = i18n.tr("emergency-911").to_lowercase();
    if !line.contains(&emergency[0].to_lowercase()) {
        problems.push(format!(
            "{tag}: emergency-911 ({line}) does not use \"{}\": which word does it use?",
            emergency[0]
        ));
    }
    for id in urgent_message_ids() {
        let text = i18n.tr(&id);
        for word in emergency.iter() {
            if let Some(found) = emergency_word_in(&text, word) {
                problems.push(format!(
                    "{tag} {id}: \"{found}\" reads like \"{word}\" (emergency, as in the 911 line): {text}"
                ));
            }
        }
    }
    problems
}

#[test]
fn urgent_care_messages_do_not_say_emergency() {
    let ids = urgent_message_ids();
    assert!(ids.contains(&"explainer-help-body".to_owned()), "{ids:?}");
    assert!(ids.contains(&"ask-who-is-my-team".to_owned()), "{ids:?}");
    report(LANGUAGES.into_iter().flat_map(emergency_problems).collect());
}

#[test]
fn the_emergency_check_catches_a_near_miss() {
    // ht before the review: "ijan" (urgent) is one letter from "ijans".
    assert_eq!(
        emergency_word_in("Yon fason ... pou bezwen ijan.", "ijans").as_deref(),
        Some("ijan")
    );
    assert_eq!(emergency_word_in("pou bezwen ki prese.", "ijans"), None);
    assert!(emergency_word_in("有緊急需要時，一天 24 小時", "緊急").is_some());
    assert!(emergency_word_in("khi có nhu cầu khẩn cấp.", "khẩn cấp").is_some());
    assert!(emergency_word_in("khi có việc cần gấp.", "khẩn cấp").is_none());
}

// ---------------------------------------------------------------------------
// 2. A number said once

/// Words for a number that a plural variant might spell out.
const NUMBER_WORDS: &[(&str, i64, &[&str])] = &[
    ("en", 1, &["one"]),
    ("es", 1, &["un", "uno", "una"]),
    ("ht", 1, &["youn"]),
    ("ar", 0, &["صفر"]),
    ("ar", 1, &["واحد", "واحدة"]),
    ("ar", 2, &["اثنان", "اثنين", "اثنتان", "اثنتين"]),
];

/// Plural categories in which the noun's form itself says the number:
/// Arabic's singular says "one" (ثانية, a second) and its dual says "two"
/// (ثانيتين, two seconds), so "بعد 2 ثانيتين" says two twice.
const FORM_SAYS_NUMBER: &[(&str, &[&str])] = &[("ar", &["one", "two"])];

/// The plural categories that hold exactly one whole number in a language
/// (of 0 to 1000), with that number, by the widget's own plural rules:
/// Arabic's `two` holds only 2; Russian's `one` holds 1, 21, 31, ...
fn exact_categories(tag: &str) -> BTreeMap<String, i64> {
    let select = "n = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    \
                  [few] few\n    [many] many\n   *[other] other\n}\n";
    let i18n = I18n::from_ftl(tag, select).expect("builds");
    let mut numbers: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for n in 0..=1000i64 {
        let category = i18n.tr_args("n", &[("n", n.into())]);
        numbers.entry(category).or_default().push(n);
    }
    numbers
        .into_iter()
        .filter(|(_, ns)| ns.len() == 1)
        .map(|(category, ns)| (category, ns[0]))
        .collect()
}

/// The rule: a plural variant is *exact* when it stands for one number
/// only: its key is a number (`[2]`), or a category that holds exactly one
/// whole number in the language. An exact variant says its number once:
/// if it carries the number's variable (`{ $seconds }`), it neither spells
/// the number in a word (NUMBER_WORDS) nor is in a category whose noun
/// form says the number (FORM_SAYS_NUMBER).
fn repeated_number_problems(tag: &str, ftl: &str) -> Vec<String> {
    let exact = exact_categories(tag);
    let mut problems = vec![];
    for (id, readings) in readings(ftl) {
        for reading in &readings {
            let Some((variable, key)) = &reading.variant else {
                continue;
            };
            if !reading.text.contains(&format!("{{${variable}}}")) {
                continue;
            }
            let Some(number) = key.parse::<i64>().ok().or(exact.get(key).copied()) else {
                continue;
            };
            let form_says_it = FORM_SAYS_NUMBER
                .iter()
                .any(|(t, keys)| *t == tag && keys.contains(&key.as_str()));
            let text_words = words(&reading.text);
            let spelled = NUMBER_WORDS
                .iter()
                .filter(|(t, n, _)| *t == tag && *n == number)
                .flat_map(|(_, _, w)| w.iter())
                .find(|w| text_words.contains(&w.to_string()));
            if form_says_it || spelled.is_some() {
                let how = spelled.map_or("the form of the noun".to_owned(), |w| format!("\"{w}\""));
                problems.push(format!(
                    "{tag} {id} [{key}]: says {number} with {how} and again with {{ ${variable} }}: {}",
                    reading.text
                ));
            }
        }
    }
    problems
}

#[test]
fn plural_variants_say_their_number_once() {
    report(
        LANGUAGES
            .into_iter()
            .flat_map(|l| repeated_number_problems(l.tag, &source(l)))
            .collect(),
    );
}

#[test]
fn the_number_check_catches_a_number_said_twice() {
    let arabic = "idle-body = { $seconds ->\n    [one] بعد { $seconds } ثانية.\n    \
                  [two] بعد { $seconds } ثانيتين.\n   *[other] بعد { $seconds } ثانية.\n}\n";
    assert_eq!(repeated_number_problems("ar", arabic).len(), 2);
    let fixed = "idle-body = { $seconds ->\n    [one] بعد ثانية واحدة.\n    \
                 [two] بعد ثانيتين.\n   *[other] بعد { $seconds } ثانية.\n}\n";
    assert_eq!(repeated_number_problems("ar", fixed), Vec::<String>::new());
    let spanish = "n = { $n ->\n    [one] Eligió { $n } una afección.\n   *[other] Eligió { $n } afecciones.\n}\n";
    assert_eq!(repeated_number_problems("es", spanish).len(), 1);
    // Russian's `one` holds 1, 21, 31...: it needs the number.
    let russian = "n = { $n ->\n    [one] { $n } одна секунда\n   *[other] { $n } секунды\n}\n";
    assert_eq!(
        repeated_number_problems("ru", russian),
        Vec::<String>::new()
    );
    assert_eq!(exact_categories("ar").get("two"), Some(&2));
    assert_eq!(exact_categories("ru").get("one"), None);
}

// ---------------------------------------------------------------------------
// 3. Controls on one screen have different names

/// The names of the controls on each screen, as the components draw them
/// (src/components/*.rs): buttons, links, and the labels of radios and
/// checkboxes. "Listen" and, on a kiosk, "Larger text" are on every
/// screen; the language menu (app.rs, language_menu.rs) and, on a
/// kiosk, "I'm done" on every screen but the kiosk's start, whose
/// language buttons are named in languages.ftl, the same in every language.
fn screens(i18n: &I18n) -> Vec<(String, Vec<String>)> {
    let tr = |ids: &[&str]| ids.iter().map(|id| i18n.tr(id)).collect::<Vec<_>>();
    let mut screens = vec![
        ("start".to_owned(), tr(&["start-button", "explainer-open"])),
        (
            "result".to_owned(),
            tr(&[
                "back",
                "result-learn-more-link",
                "result-print",
                "explainer-open",
                "start-over",
            ]),
        ),
        (
            "shared result".to_owned(),
            tr(&["result-learn-more-link", "shared-take-check"]),
        ),
    ];
    for q in QuestionId::ALL {
        let error = if q == QuestionId::Conditions {
            "error-choose-conditions"
        } else {
            "error-choose-one"
        };
        let mut controls = tr(&["back", error, "continue"]);
        if q == QuestionId::Conditions {
            controls.extend(Condition::ALL.iter().map(|&c| i18n.tr(&condition_id(c))));
        }
        controls.extend(q.offered().iter().map(|&c| i18n.tr(&answer_id(c))));
        screens.push((format!("question {}", q.key()), controls));
    }
    let mut check = tr(&["back", "check-submit"]);
    check.extend(QuestionId::ALL.iter().map(|&q| {
        i18n.tr_args(
            "change-label",
            &[("question", i18n.tr(&question_id(q)).into())],
        )
    }));
    screens.push(("check answers".to_owned(), check));
    screens.extend(explainer_screens(i18n));
    for (_, controls) in &mut screens {
        controls.extend(tr(&[
            "language-label",
            "kiosk-done",
            "listen",
            "kiosk-larger-text",
        ]));
    }
    screens.push((
        "kiosk start".to_owned(),
        tr(&["kiosk-touch-to-start", "listen", "kiosk-larger-text"]),
    ));
    screens.push(("idle prompt".to_owned(), tr(&["idle-continue"])));
    screens
}

/// Each explainer step, and the last one both ways it ends.
fn explainer_screens(i18n: &I18n) -> Vec<(String, Vec<String>)> {
    let mut screens = vec![];
    for (number, step) in STEPS.iter().enumerate() {
        let last = number + 1 == STEPS.len();
        let ends: &[&str] = if last {
            &["explainer-start-check", "explainer-back-to-result"]
        } else {
            &["explainer-next"]
        };
        for end in ends {
            let mut controls = vec![i18n.tr("back")];
            if number > 0 {
                controls.push(i18n.tr("explainer-previous"));
            }
            controls.push(i18n.tr(end));
            if step.extra.contains(&Extra::HelpLine) {
                controls.push(i18n.tr("result-learn-more-link"));
            }
            screens.push((format!("explainer {} ({end})", step.key), controls));
        }
    }
    screens
}

fn same_name_problems(tag: &str, screen: &str, names: &[String]) -> Vec<String> {
    let normal = |name: &str| {
        name.trim()
            .trim_end_matches(['.', '。', ':', '：', '!', '?', '？'])
            .to_lowercase()
    };
    let mut problems = vec![];
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            if normal(a) == normal(b) {
                problems.push(format!("{tag} {screen}: two controls named \"{a}\""));
            }
        }
    }
    problems
}

#[test]
fn no_two_controls_on_a_screen_share_a_name() {
    let mut problems = vec![];
    for language in LANGUAGES {
        for (screen, names) in screens(&bundle(language)) {
            problems.extend(same_name_problems(language.tag, &screen, &names));
        }
    }
    report(problems);
}

#[test]
fn the_control_check_catches_a_shared_name() {
    // ru before the review: Back and Previous on an explainer step.
    let names = ["Назад".to_owned(), "Назад".to_owned(), "Далее".to_owned()];
    assert_eq!(same_name_problems("ru", "explainer", &names).len(), 1);
    let english = screens(&bundle(LANGUAGES[0]));
    let step = english
        .iter()
        .find(|(name, _)| name.starts_with("explainer places"))
        .expect("an explainer step");
    assert!(step.1.contains(&"Back".to_owned()) && step.1.contains(&"Previous".to_owned()));
}

// ---------------------------------------------------------------------------
// 4. No English left

/// What stays in English in every language: Medicare's own names and
/// abbreviations (as Medicare's translated materials keep them), what the
/// Medicare card says, the helpline's letters, the web address and "QR".
/// Longest first: a name inside a longer one goes after it.
const ENGLISH_NAMES: &[&str] = &[
    "MEDICAL (PART B)",
    "1\u{2011}800\u{2011}MEDICARE",
    "go.cms.gov/CCM",
    "Medicare Advantage",
    "Medicare",
    "Medicaid",
    "Medigap",
    "CCM",
    "PCM",
    "QMB",
    "TTY",
    "AFib",
    "COPD",
    "HIV",
    "QR",
];

/// English words from the English file that are not words of Spanish,
/// Vietnamese or Haitian Creole: in those languages, written in the same
/// letters, one of these outside brackets is English left behind.
const ENGLISH_ONLY_WORDS: &[&str] = &[
    "the",
    "and",
    "you",
    "your",
    "with",
    "what",
    "which",
    "care",
    "team",
    "management",
    "health",
    "provider",
    "help",
    "check",
    "answer",
    "qualified",
    "beneficiary",
    "deductible",
    "coinsurance",
    "supplement",
    "insurance",
    "chronic",
    "condition",
    "conditions",
    "long-term",
    "visit",
    "pay",
    "cost",
    "medical",
    "emergency",
    "urgent",
    "remote",
    "monitoring",
    "behavioral",
    "transitional",
    "integration",
    "advanced",
    "primary",
    "program",
    "coverage",
    "nurse",
];

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{C0}'..='\u{24F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Whether a language is written in Latin letters, as English is.
fn latin_script(ftl: &str) -> bool {
    let text: String = readings(ftl)
        .values()
        .flat_map(|r| r.iter().map(|r| r.text.clone()))
        .collect();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let latin = text.chars().filter(|&c| is_latin_letter(c)).count();
    latin * 2 > letters
}

/// The text without its English glosses: brackets, ASCII or full width,
/// right after a word (or a quoted name). In a language not written in
/// Latin letters the word must be in the language's own script:
/// "заболеваний (Chronic Care Management)" is a gloss, "Qualified Medicare
/// Beneficiary (QMB)" is not.
fn without_glosses(text: &str, latin: bool) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let before = out
            .trim_end()
            .trim_end_matches(['»', '”', '’', '」', '"'])
            .chars()
            .last();
        let after_word =
            before.is_some_and(|b| b.is_alphabetic() && (latin || !b.is_ascii_alphabetic()));
        if (c == '(' || c == '（') && after_word {
            let mut depth = 1;
            for inner in chars.by_ref() {
                match inner {
                    '(' | '（' => depth += 1,
                    ')' | '）' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
            }
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The English words left in one reading of a message.
fn english_left(text: &str, latin: bool) -> Vec<String> {
    // Variables ({$name}) are not text.
    let mut text: String = text
        .split('{')
        .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join(" ");
    for name in ENGLISH_NAMES {
        text = text.replace(name, " ");
    }
    let text = without_glosses(&text, latin);
    if latin {
        words(&text)
            .into_iter()
            .filter(|w| ENGLISH_ONLY_WORDS.contains(&w.as_str()))
            .collect()
    } else {
        // Any run of two or more ASCII letters; single letters are the
        // Parts of Medicare (A, B).
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 2)
            .map(str::to_owned)
            .collect()
    }
}

fn english_problems(tag: &str, ftl: &str) -> Vec<String> {
    let latin = latin_script(ftl);
    let mut problems = vec![];
    for (id, readings) in readings(ftl) {
        for reading in &readings {
            let left = english_left(&reading.text, latin);
            if !left.is_empty() {
                problems.push(format!(
                    "{tag} {id}: English left ({}): {}",
                    left.join(", "),
                    reading.text
                ));
            }
        }
    }
    problems.dedup();
    problems
}

#[test]
fn no_english_left_in_a_translation() {
    report(
        translations()
            .flat_map(|l| english_problems(l.tag, &source(l)))
            .collect(),
    );
}

#[test]
fn the_english_check_catches_english_left() {
    // ru before the review.
    let russian = "note = Если вы участвуете в программе Qualified Medicare Beneficiary (QMB), врачи не должны выставлять вам счета.\n";
    assert_eq!(
        english_left(&readings(russian)["note"][0].text, false),
        ["Qualified", "Beneficiary"]
    );
    // A gloss after the translated term is allowed; the card's text too.
    assert!(english_left(
        "Ведение хронических заболеваний (Chronic Care Management, CCM) — «MEDICAL (PART B)».",
        false
    )
    .is_empty());
    assert!(english_left("聯邦醫療保險優先計劃（Medicare Advantage）", false).is_empty());
    // The same mistake in a language written in Latin letters.
    assert_eq!(
        english_left(
            "Si está en el programa Qualified Medicare Beneficiary (QMB)",
            true
        ),
        ["qualified", "beneficiary"]
    );
    assert!(english_left("apre ou fin peye franchiz (deductible) Pati B ou", true).is_empty());
    assert!(english_left("apre ou fin peye deductible Pati B ou", true) == ["deductible"]);
    let ru = LANGUAGES.into_iter().find(|l| l.tag == "ru").unwrap();
    assert!(!latin_script(&source(ru)));
    let es = LANGUAGES.into_iter().find(|l| l.tag == "es").unwrap();
    assert!(latin_script(&source(es)));
}

// ---------------------------------------------------------------------------
// 5. The reader's gender is not assumed

/// Forms that address the reader as a man, where a language marks it. In
/// Arabic, imperatives (اختر, choose) and adjectives about the reader
/// (متأكدًا, sure) do; the files use a verbal noun (يُرجى اختيار, please
/// choose), the first person (لا أعرف, I don't know) or forms written the
/// same for a man and a woman instead (see the comment atop ar/main.ftl).
/// A list of the forms the review found, not a grammar: a native reader
/// checks the rest.
const FORMS_FOR_A_MAN: &[(&str, &[&str])] = &[(
    "ar",
    &[
        "متأكدًا",
        "مضطرًا",
        "جديدًا",
        "مشتركًا",
        "اختر",
        "أجب",
        "انظر",
        "اسأل",
        "اتصل",
        "فكّر",
        "ابدأ",
        "راجع",
        "خذ",
        "امسح",
        "المس",
        "اعرف",
        "ارجع",
    ],
)];

fn forms_for_a_man(tag: &str, ftl: &str) -> Vec<String> {
    let Some((_, forms)) = FORMS_FOR_A_MAN.iter().find(|(t, _)| *t == tag) else {
        return vec![];
    };
    let mut problems = vec![];
    for (id, readings) in readings(ftl) {
        for reading in &readings {
            for word in words(&reading.text) {
                if forms.contains(&word.as_str()) {
                    problems.push(format!(
                        "{tag} {id}: \"{word}\" addresses a man: {}",
                        reading.text
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn the_reader_is_not_assumed_to_be_a_man() {
    report(
        translations()
            .flat_map(|l| forms_for_a_man(l.tag, &source(l)))
            .collect(),
    );
}

#[test]
fn the_gender_check_catches_a_form_for_a_man() {
    let old = "answer-not-sure = لست متأكدًا\nerror = اختر إجابة.\n";
    assert_eq!(forms_for_a_man("ar", old).len(), 2);
    let new = "answer-not-sure = لا أعرف\nerror = يُرجى اختيار إجابة.\n";
    assert!(forms_for_a_man("ar", new).is_empty());
}

// ---------------------------------------------------------------------------
// 6. Simplified and Traditional Chinese are kept apart

/// Characters of zh-Hant's file written differently in Simplified Chinese
/// (outside GB2312, the Simplified character set), and characters of
/// zh-Hans's file written differently in Traditional Chinese (outside
/// Big5). A zh-Hans message copied from zh-Hant, or converted only in
/// part, shows one of the first; the reverse one of the second.
const TRADITIONAL_ONLY: &str = "來係個們傳儀優儲內兩劃動務區協參員問嗎嚴圖團壓專對屬帶幫幾從愛應掃撥擇數時書會標樣機檢決沒況減測溝為無狀現畫當療盡監確碼種稱節簡籤約紅級紹結絡給經網緊線繼續聯聽腎腦臟藍藥處螢補裝裡規觸訂計訊設訴診詞詢話該語誤說誰談請論護讀變讓費資質較載輕輩這連週進運過遠適選還邊醫錢錯長閉開間閱關隊階隨險離難電頁項須預頭題額顫顯風飾養驗鬆鬱麼";
const SIMPLIFIED_ONLY: &str = "专两严个临为书从们会关内决况务动区医压参发变吗员响团处备头对将尽属带帮应开张强当扫护拨择数无时显来标样检沟没测状独现电疗监码碍称简紧红约级线终结给继续维联肾脏脑节药获蓝补规计认让论设诉诊话询该语误说请谁谈质费轻载较过还这进远连选针钱链错长闭问间队险随隐难页项须预题额颤风";

fn wrong_script_problems(tag: &str, ftl: &str, other_script: &str) -> Vec<String> {
    let mut problems = vec![];
    for (id, readings) in readings(ftl) {
        for reading in &readings {
            let wrong: String = reading
                .text
                .chars()
                .filter(|&c| other_script.contains(c))
                .collect();
            if !wrong.is_empty() {
                problems.push(format!("{tag} {id}: {wrong} in: {}", reading.text));
            }
        }
    }
    problems.dedup();
    problems
}

fn chinese(tag: &str) -> String {
    let path = format!("{}/locales/{tag}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn simplified_and_traditional_chinese_do_not_mix() {
    let mut problems = wrong_script_problems("zh-Hans", &chinese("zh-Hans"), TRADITIONAL_ONLY);
    problems.extend(wrong_script_problems(
        "zh-Hant",
        &chinese("zh-Hant"),
        SIMPLIFIED_ONLY,
    ));
    report(problems);
}

#[test]
fn the_script_check_catches_the_other_script() {
    // zh-Hant's 911 line, left in zh-Hans; and zh-Hans's, in zh-Hant.
    let traditional = "emergency-911 = 如遇緊急情況，請撥打 911。\n";
    assert_eq!(
        wrong_script_problems("zh-Hans", traditional, TRADITIONAL_ONLY).len(),
        1
    );
    let simplified = "emergency-911 = 如遇紧急情况，请拨打 911。\n";
    assert!(wrong_script_problems("zh-Hans", simplified, TRADITIONAL_ONLY).is_empty());
    assert_eq!(
        wrong_script_problems("zh-Hant", simplified, SIMPLIFIED_ONLY).len(),
        1
    );
}
