//! The hand-written plural rules in vendor/fluent-bundle (our languages
//! only, patch 02) against CLDR's rules, through a Fluent select
//! expression as the widget's messages use them.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::{
    ftl,
    i18n::{I18n, LANGUAGES},
};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

const SELECT: &str = "n = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";

fn category(tag: &str, n: impl Into<FluentValue<'static>>) -> String {
    let i18n = I18n::from_ftl(tag, SELECT).expect("builds");
    i18n.tr_args("n", &[("n", n.into())])
}

fn check(tag: &str, expected: &[(i64, &str)]) {
    for &(n, cat) in expected {
        assert_eq!(category(tag, n), cat, "{tag} {n}");
    }
}

#[test]
fn english_haitian_one_other() {
    for tag in ["en", "ht"] {
        check(
            tag,
            &[(0, "other"), (1, "one"), (2, "other"), (21, "other")],
        );
        assert_eq!(
            category(tag, FluentValue::try_number("1.0")),
            "other",
            "{tag}: v = 1"
        );
    }
}

#[test]
fn spanish_one_other() {
    check(
        "es",
        &[(0, "other"), (1, "one"), (2, "other"), (1000000, "other")],
    );
    assert_eq!(
        category("es", FluentValue::try_number("1.0")),
        "one",
        "es: n = 1"
    );
}

#[test]
fn chinese_vietnamese_korean_other_only() {
    for tag in ["zh-Hant", "zh-Hans", "vi", "ko"] {
        check(
            tag,
            &[(0, "other"), (1, "other"), (2, "other"), (11, "other")],
        );
    }
}

/// Filipino's `one` is every number whose last digit (of the whole part,
/// or of the fraction digits when there are some) is not 4, 6 or 9.
#[test]
fn filipino_one_other() {
    check(
        "tl",
        &[
            (0, "one"),
            (1, "one"),
            (2, "one"),
            (3, "one"),
            (4, "other"),
            (5, "one"),
            (6, "other"),
            (9, "other"),
            (10, "one"),
            (14, "other"),
            (21, "one"),
            (104, "other"),
        ],
    );
    for (text, expected) in [
        ("1.4", "other"),
        ("1.5", "one"),
        ("4.0", "one"),
        ("4.6", "other"),
    ] {
        assert_eq!(
            category("tl", FluentValue::try_number(text)),
            expected,
            "tl {text}"
        );
    }
}

#[test]
fn russian_one_few_many_other() {
    check(
        "ru",
        &[
            (0, "many"),
            (1, "one"),
            (2, "few"),
            (4, "few"),
            (5, "many"),
            (11, "many"),
            (12, "many"),
            (14, "many"),
            (21, "one"),
            (22, "few"),
            (25, "many"),
            (101, "one"),
            (111, "many"),
        ],
    );
    assert_eq!(category("ru", FluentValue::try_number("1.5")), "other");
}

#[test]
fn arabic_zero_one_two_few_many_other() {
    check(
        "ar",
        &[
            (0, "zero"),
            (1, "one"),
            (2, "two"),
            (3, "few"),
            (10, "few"),
            (11, "many"),
            (99, "many"),
            (100, "other"),
            (102, "other"),
            (103, "few"),
            (111, "many"),
        ],
    );
}

/// The category for `tag`, by a bundle of its own: for languages the
/// widget does not have yet (its `I18n` only takes its own).
fn category_in_bundle(tag: &str, n: FluentValue) -> String {
    let Ok(resource) = FluentResource::try_new_with(SELECT.to_owned(), ftl::parse) else {
        panic!("SELECT does not parse");
    };
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.add_resource(resource).unwrap();
    let mut args = FluentArgs::new();
    args.set("n", n);
    let pattern = bundle.get_message("n").unwrap().value().unwrap();
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    text.into_owned()
}

fn intl_category(cldr: &str, n: &str) -> &'static str {
    let rules = PluralRules::create(
        cldr.parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    match rules.select(n).unwrap() {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Our languages, each with the CLDR locale whose rules it takes (Haitian
/// Creole has none in CLDR: English's, as fluent-bundle gave it before).
const OURS: [(&str, &str); 10] = [
    ("en", "en"),
    ("es", "es"),
    ("zh-Hant", "zh"),
    ("zh-Hans", "zh"),
    ("vi", "vi"),
    ("ko", "ko"),
    ("ru", "ru"),
    ("ar", "ar"),
    ("ht", "en"),
    ("tl", "tl"),
];

/// Numbers as written with fraction digits: `v`, `f` and `n` decide here.
const FRACTIONS: [&str; 22] = [
    "0.0", "0.5", "1.0", "1.00", "1.5", "1.10", "2.0", "2.5", "3.0", "3.5", "4.0", "5.5", "10.0",
    "11.0", "11.5", "12.0", "14.0", "21.0", "22.0", "99.0", "99.5", "1.14",
];

/// The same categories as intl_pluralrules (CLDR 37), which fluent-bundle
/// used before: whole numbers up to 1000, and numbers with fraction
/// digits. Arabic only up to 100 and no fractions: intl_pluralrules tests
/// `i` where CLDR says `n % 100`, so it makes 103 "other" and 3.5 "few"
/// (`arabic_zero_one_two_few_many_other` has those).
#[test]
fn same_as_intl_pluralrules() {
    let ours: Vec<&str> = OURS.iter().map(|(tag, _)| *tag).collect();
    for language in LANGUAGES {
        assert!(
            ours.contains(&language.tag),
            "{}: add it to OURS",
            language.tag
        );
    }
    for (tag, cldr) in OURS {
        let most = if cldr == "ar" { 100 } else { 1000 };
        for n in 0..=most {
            let expected = intl_category(cldr, &n.to_string());
            assert_eq!(category(tag, n), expected, "{tag} {n}");
        }
        if cldr == "ar" {
            continue;
        }
        for text in FRACTIONS {
            let expected = intl_category(cldr, text);
            let ours = category(tag, FluentValue::try_number(text));
            assert_eq!(ours, expected, "{tag} {text}");
        }
    }
}

/// Arabic's `few` and `many` are `n % 100 = 3..10` and `11..99`: for whole
/// numbers only, whatever the digits written after the point.
#[test]
fn arabic_fractions() {
    for (text, expected) in [
        ("0.0", "zero"),
        ("1.0", "one"),
        ("2.00", "two"),
        ("3.0", "few"),
        ("3.5", "other"),
        ("11.0", "many"),
        ("11.5", "other"),
        ("103.0", "few"),
        ("111.25", "other"),
        ("0.5", "other"),
    ] {
        let ours = category("ar", FluentValue::try_number(text));
        assert_eq!(ours, expected, "ar {text}");
    }
}

/// A tag the widget does not have gets its language's rule where
/// plural.rs has one (Filipino as `fil`), and English's where it has none,
/// which is wrong where CLDR has another: French's 0 is "one". Add a
/// language's rule to plural.rs with the language, and its tag to `OURS`
/// above.
#[test]
fn other_tags_and_languages() {
    for n in [0, 1, 2, 4, 5, 11] {
        assert_eq!(
            category_in_bundle("fil", n.into()),
            intl_category("fil", &n.to_string()),
            "fil {n}"
        );
    }
    assert_eq!(intl_category("fr", "0"), "one");
    assert_eq!(category_in_bundle("fr", 0.into()), "other");
}
