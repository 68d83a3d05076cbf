//! The widget's own FTL parser (src/ftl.rs) makes exactly the syntax tree
//! fluent-syntax's runtime parser makes, for every locale file and for the
//! tricky cases of the subset it reads; outside the subset it reports junk.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::ftl;
use fluent_syntax::parser::parse_runtime;
use std::path::Path;

fn same_as_fluent_syntax(source: &str, what: &str) {
    let (ours, errors) = ftl::parse(source);
    let theirs =
        parse_runtime(source).unwrap_or_else(|(_, e)| panic!("{what}: fluent-syntax: {e:?}"));
    assert_eq!(errors, 0, "{what}: our parser found {errors} errors");
    assert_eq!(ours, theirs, "{what}");
}

fn ftl_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ftl_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            found.push(path);
        }
    }
}

#[test]
fn every_locale_file_parses_as_fluent_syntax_parses_it() {
    let mut files = vec![];
    ftl_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &mut files,
    );
    assert!(files.len() >= 9, "{files:?}");
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        same_as_fluent_syntax(&source, &path.display().to_string());
    }
}

#[test]
fn tricky_cases_of_the_subset() {
    for source in [
        "",
        "a = b",
        "a = b\n",
        "a=b",
        "a =    text with trailing spaces   \n",
        "# comment\n## group\n### resource\n\na = b\n\n\n   \nc = d\n",
        "a = { $x }\n",
        "a = { $x } { $y }\n",
        "a = x{$y}z\n",
        "a = { $x }   \n",
        "a = text { $x } more \nb = c",
        "a = { $n ->\n    [one] one { $n } item\n   *[other] { $n } items  \n}\n",
        "a = Before { $n ->\n  [0] none\n  [1.5] some\n  [-2] minus\n *[other] many\n} after\n",
        "a = {$n ->\n[one] x\n\n*[other] y\n   }\nb = c\n",
        "a-b_c9 = d",
    ] {
        same_as_fluent_syntax(source, &format!("{source:?}"));
    }
}

#[test]
fn outside_the_subset_is_junk() {
    for source in [
        "a =\n    on the next line\n",
        "a = first\n    second line\n",
        "a = b\n    .attribute = c\n",
        "-term = t\n",
        "a = { \"literal\" }\n",
        "a = { NUMBER($n) }\n",
        "a = { b }\n",
        "a = x }\n",
        "a = { $n ->\n   [one] x\n}\n",
        "a = { $n ->\n  *[one] x\n  *[other] y\n}\n",
        "a = b\r\n",
        "= b\n",
        "a b\n",
    ] {
        let (_, errors) = ftl::parse(source);
        assert!(errors > 0, "{source:?} parsed");
    }
    // A bad entry is skipped to the next; the good ones are kept.
    let (resource, errors) = ftl::parse("a = { b }\n  more\nc = d\n");
    assert_eq!((resource.body.len(), errors), (2, 1));
}

/// The bundle (its entries now a sorted list, see
/// vendor/fluent-bundle/PATCHED.md) still finds every message and refuses
/// an id given twice.
#[test]
fn the_bundle_finds_messages_and_refuses_duplicates() {
    use connected_care_widget::i18n::I18n;
    let i18n = I18n::from_ftl("en", "b = two\na = one\nc = three\n").expect("builds");
    assert_eq!(
        ["a", "b", "c", "d"].map(|id| i18n.tr(id)),
        ["one", "two", "three", "d"]
    );
    assert!(I18n::from_ftl("en", "a = one\nb = two\na = again\n").is_err());
}
