//! The hand-written plural rules in vendor/fluent-bundle (our eight
//! languages only) against CLDR's rules, through a Fluent select
//! expression as the widget's messages use them.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::i18n::I18n;
use fluent_bundle::FluentValue;

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
    for tag in ["zh-Hant", "vi", "ko"] {
        check(
            tag,
            &[(0, "other"), (1, "other"), (2, "other"), (11, "other")],
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

/// The same categories as intl_pluralrules (CLDR 37), which fluent-bundle
/// used before, for 0 to 100; Haitian Creole had English's rules. (Above
/// 100, intl_pluralrules gets Arabic's `n % 100` wrong: 103 is "few".)
#[test]
fn same_as_intl_pluralrules_up_to_100() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    for (tag, cldr) in [
        ("en", "en"),
        ("es", "es"),
        ("zh-Hant", "zh"),
        ("vi", "vi"),
        ("ko", "ko"),
        ("ru", "ru"),
        ("ar", "ar"),
        ("ht", "en"),
    ] {
        let rules = PluralRules::create(
            cldr.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            PluralRuleType::CARDINAL,
        )
        .unwrap();
        for n in 0..=100u64 {
            let name = match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(category(tag, n as i64), name, "{tag} {n}");
        }
    }
}
