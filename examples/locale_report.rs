//! Reports, for each locale, the messages that are missing, extra, left in
//! English, or whose variables differ from English:
//!
//!     cargo run --example locale_report
//!
//! Exits with 1 if any locale has a problem.

use connected_care_widget::i18n::{ENGLISH_FTL, LANGUAGES};
use connected_care_widget::locale_check::check_locale;

fn main() {
    let mut problems = 0;
    for language in LANGUAGES.iter().skip(1) {
        let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), language.ftl_path());
        let Ok(ftl) = std::fs::read_to_string(&path) else {
            println!("{:8} MISSING FILE {path}", language.tag);
            problems += 1;
            continue;
        };
        let report = check_locale(language.tag, ENGLISH_FTL, &ftl);
        if report.is_clean() {
            println!("{:8} ok", language.tag);
            continue;
        }
        problems += 1;
        println!("{:8} problems:", language.tag);
        for (what, ids) in [
            ("parse errors", &report.parse_errors),
            ("missing", &report.missing),
            ("extra", &report.extra),
            ("same as English", &report.untranslated),
            ("variables differ", &report.variables_differ),
        ] {
            if !ids.is_empty() {
                println!("  {what}: {}", ids.join(", "));
            }
        }
    }
    std::process::exit(i32::from(problems > 0));
}
