//! Checks a translation against English: parse errors, missing or extra
//! messages, variables that differ, and messages left in English. Used by
//! the host tests and by `cargo run --example locale_report`.

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};

/// Messages that may read the same as English: in any language (`id`), or
/// in one (`tag:id`), where the word really is the same.
pub const SAME_AS_ENGLISH_ALLOWED: &[&str] = &[
    // A web address.
    "result-learn-more-link",
    // "2+" in the picture: a number.
    "place-two-or-more",
    // Words spelled as in English.
    "es:answer-no",
    "es:condition-diabetes",
    "es:error-prefix",
    "es:place-hospital",
    "vi:condition-hiv",
    "ko:condition-hiv",
    "tl:condition-hiv",
];

#[derive(Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub parse_errors: Vec<String>,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    pub untranslated: Vec<String>,
    pub variables_differ: Vec<String>,
}

impl LocaleReport {
    pub fn is_clean(&self) -> bool {
        *self == LocaleReport::default()
    }
}

/// Each message id with its text (for comparison) and its variables.
pub struct Messages(pub BTreeMap<String, (String, BTreeSet<String>)>);

pub fn messages(ftl: &str) -> Result<Messages, Vec<String>> {
    let resource = parser::parse(ftl).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = ftl[..e.pos.start.min(ftl.len())].lines().count();
                format!("line {line}: {:?}", e.kind)
            })
            .collect::<Vec<_>>()
    })?;
    widget_reads_it(ftl)?;
    let mut map = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            let text = m.value.as_ref().map(|p| {
                collect_variables(p, &mut vars);
                pattern_text(p)
            });
            map.insert(m.id.name.to_owned(), (text.unwrap_or_default(), vars));
        }
    }
    Ok(Messages(map))
}

/// The widget reads locales with its own small parser (`crate::ftl`),
/// which knows only the syntax our files use: it must read the file as
/// fluent-syntax does.
fn widget_reads_it(ftl: &str) -> Result<(), Vec<String>> {
    let (ours, _) = crate::ftl::parse(ftl);
    if parser::parse_runtime(ftl).is_ok_and(|theirs| theirs == ours) {
        return Ok(());
    }
    let mut errors: Vec<String> = ours
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Junk { content } => {
                let at = content.as_ptr() as usize - ftl.as_ptr() as usize;
                let line = ftl[..at].lines().count() + 1;
                Some(format!(
                    "line {line}: syntax the widget does not read (see src/ftl.rs)"
                ))
            }
            _ => None,
        })
        .collect();
    if errors.is_empty() {
        errors.push("the widget reads this file differently (see src/ftl.rs)".to_owned());
    }
    Err(errors)
}

fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => (*value).to_owned(),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => variants.iter().map(|v| pattern_text(&v.value)).collect(),
            ast::PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

fn collect_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_variables(&v.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

/// Compares a locale with English.
pub fn check_locale(tag: &str, english_ftl: &str, ftl: &str) -> LocaleReport {
    let english = messages(english_ftl).expect("English parses");
    let locale = match messages(ftl) {
        Ok(m) => m,
        Err(parse_errors) => {
            return LocaleReport {
                parse_errors,
                ..Default::default()
            }
        }
    };
    let mut report = LocaleReport::default();
    for (id, (text, vars)) in &english.0 {
        match locale.0.get(id) {
            None => report.missing.push(id.clone()),
            Some((their_text, their_vars)) => {
                if their_vars != vars {
                    report.variables_differ.push(id.clone());
                }
                let allowed = SAME_AS_ENGLISH_ALLOWED
                    .iter()
                    .any(|a| *a == id || *a == format!("{tag}:{id}"));
                if their_text == text && !allowed {
                    report.untranslated.push(id.clone());
                }
            }
        }
    }
    for id in locale.0.keys() {
        if !english.0.contains_key(id) {
            report.extra.push(id.clone());
        }
    }
    report
}
