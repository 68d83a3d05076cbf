//! The English messages built into the widget. Partners' pages never show
//! the kiosk's messages, so the main bundle leaves them out: every byte of
//! built-in English is downloaded on every partner page.

use std::{env, fs, path::Path};

/// Messages only the kiosk bundle shows.
const KIOSK_ONLY: [&str; 4] = ["kiosk-", "idle-", "qr-", "shared-"];

/// Messages the app never shows: the loader's way out
/// (web/loader/way-out.js) reads them from the files.
const NOT_IN_APP: [&str; 1] = ["try-again "];

fn main() {
    let source = "locales/en/main.ftl";
    println!("cargo:rerun-if-changed={source}");
    let english = fs::read_to_string(source).expect("locales/en/main.ftl");
    let kiosk = env::var_os("CARGO_FEATURE_KIOSK").is_some();
    let mut kept = String::with_capacity(english.len());
    let mut skipping = false;
    for line in english.lines() {
        // A message starts at the line's first column; its other lines are
        // indented or close a select with "}".
        let continues = line.starts_with(' ') || line.starts_with('}');
        if !continues {
            skipping = (!kiosk && KIOSK_ONLY.iter().any(|prefix| line.starts_with(prefix)))
                || NOT_IN_APP.iter().any(|prefix| line.starts_with(prefix));
        }
        // Comments and blank lines are not messages: no need to ship them.
        if !skipping && !line.starts_with('#') && !line.trim().is_empty() {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("english.ftl");
    fs::write(out, kept).unwrap();
}
