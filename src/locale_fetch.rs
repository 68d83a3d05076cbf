//! Fetches a language's messages the first time a patient picks it. English
//! is built in and never fetched.

use crate::i18n::{I18n, Language};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The Subresource Integrity hash (SHA-256) of a language's file, computed
/// by build.rs from `locales/` ("" for a language without a file). A file
/// that differs (a changed copy on a CDN, say) fails to fetch, like a
/// missing one: the patient gets English and a notice.
fn integrity(language: Language) -> &'static str {
    let tag = language.tag;
    include!(concat!(env!("OUT_DIR"), "/locale_integrity.rs"))
}

/// Downloads and parses `locales/<tag>/main.ftl` from `base` (or from the
/// page's address when `base` is empty), checked against its hash.
pub async fn fetch_language(base: &str, language: Language) -> Result<I18n, String> {
    let url = format!("{base}{}", language.ftl_path());
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_integrity(integrity(language));
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| format!("could not fetch {url}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("could not read {url}"))?
        .as_string()
        .ok_or("body is not text")?;
    I18n::from_ftl(language.tag, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{ENGLISH, LANGUAGES};

    #[test]
    fn every_fetched_language_has_a_sha256_hash() {
        for language in LANGUAGES.into_iter().filter(|l| *l != ENGLISH) {
            let hash = integrity(language);
            assert!(hash.starts_with("sha256-"), "{}: {hash:?}", language.tag);
            // 32 bytes in base64: 43 letters and one "=".
            assert_eq!(hash.len(), "sha256-".len() + 44, "{}", language.tag);
        }
        assert_eq!(integrity(ENGLISH), "", "English is built in, never fetched");
    }
}
