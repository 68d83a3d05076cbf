//! Two things built into the widget from `locales/`:
//!
//! - The English messages. Partners' pages never show the kiosk's
//!   messages, so the main bundle leaves them out: every byte of built-in
//!   English is downloaded on every partner page.
//! - The Subresource Integrity hash of every other language's file, which
//!   the app fetches with it (src/locale_fetch.rs): a pinned loader pins
//!   the glue, the glue the wasm, and the wasm the language files.

use sha2::{Digest, Sha256};
use std::{env, fs, path::Path};

/// Messages only the kiosk bundle shows.
const KIOSK_ONLY: [&str; 4] = ["kiosk-", "idle-", "qr-", "shared-"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();
    fs::write(out.join("english.ftl"), built_in_english()).unwrap();
    fs::write(out.join("locale_integrity.rs"), locale_integrity()).unwrap();
}

fn built_in_english() -> String {
    let english = fs::read_to_string("locales/en/main.ftl").expect("locales/en/main.ftl");
    let kiosk = env::var_os("CARGO_FEATURE_KIOSK").is_some();
    let mut kept = String::with_capacity(english.len());
    let mut skipping = false;
    for line in english.lines() {
        // A message starts at the line's first column; its other lines are
        // indented or close a select with "}".
        let continues = line.starts_with(' ') || line.starts_with('}');
        if !continues {
            skipping = !kiosk && KIOSK_ONLY.iter().any(|prefix| line.starts_with(prefix));
        }
        // Comments and blank lines are not messages: no need to ship them.
        if !skipping && !line.starts_with('#') && !line.trim().is_empty() {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

/// `match tag { "es" => "sha256-...", ..., _ => "" }` for every
/// `locales/<tag>/main.ftl` but English (built in, never fetched).
fn locale_integrity() -> String {
    let mut tags: Vec<String> = fs::read_dir("locales")
        .expect("locales/")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|tag| tag != "en" && Path::new("locales").join(tag).join("main.ftl").is_file())
        .collect();
    tags.sort();
    let arms: String = tags
        .iter()
        .map(|tag| {
            let body = fs::read(Path::new("locales").join(tag).join("main.ftl")).unwrap();
            format!("{tag:?} => \"sha256-{}\", ", base64(&Sha256::digest(body)))
        })
        .collect();
    format!("match tag {{ {arms}_ => \"\" }}")
}

/// Standard base64 with padding, as Subresource Integrity writes hashes.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            let digit = if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i) & 63) as usize]
            } else {
                b'='
            };
            text.push(digit as char);
        }
    }
    text
}
