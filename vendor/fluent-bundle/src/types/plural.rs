//! Patched for the Connected Care widget: plural rules for the widget's
//! languages only, written out by hand from CLDR 37 (the version
//! intl_pluralrules 7 carries). intl_pluralrules keeps rules for every CLDR
//! locale in a table, and fluent-langneg picked one: both cost wasm bytes
//! that every visitor downloads. Any other language gets English's rules:
//! as before for Haitian Creole, which CLDR has none for (the negotiation
//! fell back to "en"), but not for a language CLDR has: add its rule here
//! with the language.
//!
//! Ordinal rules are not kept: an ordinal selector (`NUMBER($n, type:
//! "ordinal")`) only ever matches `other`. The widget's messages use none.

use super::number::FluentNumber;
use intl_memoizer::Memoizable;
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType};
use unic_langid::LanguageIdentifier;

/// A language's plural rule.
pub struct PluralRules(fn(&PluralOperands) -> PluralCategory);

impl PluralRules {
    /// The rule for `language` (a primary language subtag such as "ru").
    pub fn for_language(language: &str, prt: PluralRuleType) -> Self {
        Self(match (prt, language) {
            (PluralRuleType::ORDINAL, _) => |_| PluralCategory::OTHER,
            (_, "zh" | "vi" | "ko") => |_| PluralCategory::OTHER,
            (_, "es") => spanish,
            (_, "ru") => russian,
            (_, "ar") => arabic,
            (_, "tl" | "fil") => filipino,
            // English, and any language without a rule here (Haitian
            // Creole has none in CLDR 37).
            _ => english,
        })
    }

    pub fn select(&self, number: &FluentNumber) -> PluralCategory {
        (self.0)(&PluralOperands::from(number))
    }
}

impl Memoizable for PluralRules {
    type Args = (PluralRuleType,);
    type Error = &'static str;
    fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
        Ok(Self::for_language(lang.language.as_str(), args.0))
    }
}

/// en: one: i = 1 and v = 0.
fn english(po: &PluralOperands) -> PluralCategory {
    if po.i == 1 && po.v == 0 {
        PluralCategory::ONE
    } else {
        PluralCategory::OTHER
    }
}

/// es: one: n = 1.
fn spanish(po: &PluralOperands) -> PluralCategory {
    if po.n == 1.0 {
        PluralCategory::ONE
    } else {
        PluralCategory::OTHER
    }
}

/// ru: one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and
/// i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and (i % 10 = 0 or
/// i % 10 = 5..9 or i % 100 = 11..14).
fn russian(po: &PluralOperands) -> PluralCategory {
    if po.v != 0 {
        return PluralCategory::OTHER;
    }
    let (i10, i100) = (po.i % 10, po.i % 100);
    if i10 == 1 && i100 != 11 {
        PluralCategory::ONE
    } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
        PluralCategory::FEW
    } else {
        PluralCategory::MANY
    }
}

/// ar: zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
/// many: n % 100 = 11..99.
fn arabic(po: &PluralOperands) -> PluralCategory {
    let whole = po.f == 0;
    let n100 = po.i % 100;
    if po.n == 0.0 {
        PluralCategory::ZERO
    } else if po.n == 1.0 {
        PluralCategory::ONE
    } else if po.n == 2.0 {
        PluralCategory::TWO
    } else if whole && (3..=10).contains(&n100) {
        PluralCategory::FEW
    } else if whole && (11..=99).contains(&n100) {
        PluralCategory::MANY
    } else {
        PluralCategory::OTHER
    }
}

/// tl, fil: one: v = 0 and i = 1,2,3 or v = 0 and i % 10 != 4,6,9 or
/// v != 0 and f % 10 != 4,6,9. (1, 2 and 3 end in none of 4, 6, 9.)
fn filipino(po: &PluralOperands) -> PluralCategory {
    let last_digit = if po.v == 0 { po.i % 10 } else { po.f % 10 };
    if matches!(last_digit, 4 | 6 | 9) {
        PluralCategory::OTHER
    } else {
        PluralCategory::ONE
    }
}
