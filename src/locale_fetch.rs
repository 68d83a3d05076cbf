//! Fetches a language's messages the first time a patient picks it. English
//! is built in and never fetched.

use crate::i18n::{I18n, Language};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Downloads and parses `locales/<tag>/main.ftl` from `base` (or from the
/// page's address when `base` is empty).
pub async fn fetch_language(base: &str, language: Language) -> Result<I18n, String> {
    let url = format!("{base}{}", language.ftl_path());
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&url))
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
