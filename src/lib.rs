//! Connected Care widget: an accessible "Could chronic care management help
//! you?" walkthrough for Medicare patients, in Rust and Yew.
//!
//! - [`rules`]: the screening rules, plain data, no web dependency.
//! - [`state`]: the walkthrough's state and actions (a reducer).
//! - [`options`]: the one parser for settings from outside.
//! - [`i18n`]: Fluent messages from `locales/`.
//! - [`components`]: one screen or control per file.

pub mod components;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod locale_check;
pub mod locale_fetch;
pub mod options;
pub mod rules;
pub mod state;

use components::app::{App, AppProps};
use options::{choose_language, PageLanguages, WidgetOptions};
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::prelude::*;

static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// A mounted widget. `destroy()` removes it and frees its memory.
#[wasm_bindgen]
pub struct MountedWidget {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl MountedWidget {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts the widget inside `element`. `options` is a plain object such as
/// `{ lang: "en", mode: "inline" }`; bad values are warned about and replaced
/// by defaults.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> MountedWidget {
    let pairs = option_pairs(&options);
    let (options, warnings) =
        WidgetOptions::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in warnings {
        gloo::console::warn!(format!("Connected Care widget: {warning}"));
    }
    let language = choose_language(&options, &page_languages(&element));
    let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
    let props = AppProps {
        options,
        language,
        id_prefix: format!("ccw{n}").into(),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    MountedWidget {
        handle: Some(handle),
    }
}

/// What the page says about language: the nearest `lang` above the
/// element, the document's, and the browser's.
fn page_languages(element: &web_sys::Element) -> PageLanguages {
    let lang_of = |e: &web_sys::Element| e.get_attribute("lang").filter(|l| !l.trim().is_empty());
    let document_element = element.owner_document().and_then(|d| d.document_element());
    let ancestor = element
        .closest("[lang]")
        .ok()
        .flatten()
        .filter(|e| Some(e) != document_element.as_ref())
        .and_then(|e| lang_of(&e));
    let browser = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).take(8).collect())
        .unwrap_or_default();
    PageLanguages {
        ancestor,
        document: document_element.as_ref().and_then(lang_of),
        browser,
    }
}

/// Reads a plain object's own string-valued properties. Anything else
/// (functions, objects, numbers) is passed on as a string the parser refuses.
fn option_pairs(options: &JsValue) -> Vec<(String, String)> {
    if !options.is_object() {
        return Vec::new();
    }
    let Ok(keys) = js_sys::Reflect::own_keys(options) else {
        return Vec::new();
    };
    keys.iter()
        .filter_map(|key| {
            let name = key.as_string()?;
            let value = js_sys::Reflect::get(options, &key).ok()?;
            let value = value
                .as_string()
                .unwrap_or_else(|| "(not a string)".to_owned());
            Some((name, value))
        })
        .collect()
}
