//! Connected Care widget: an accessible "Could chronic care management help
//! you?" walkthrough for Medicare patients, in Rust and Yew.
//!
//! - [`rules`]: the screening rules, plain data, no web dependency.
//! - [`explainer`]: "Connecting the dots", its steps as data.
//! - [`state`]: the walkthrough's state and actions (a reducer).
//! - [`options`]: the one parser for settings from outside.
//! - [`i18n`]: Fluent messages from `locales/`; [`ftl`] parses them.
//! - [`components`]: one screen or control per file.

pub mod components;
pub mod explainer;
pub mod ftl;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod locale_check;
pub mod locale_fetch;
pub mod options;
pub mod rules;
pub mod state;

use components::app::{App, AppProps};
use options::{choose_language, option_pairs, page_languages, WidgetOptions};
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::prelude::*;

/// A small allocator: dlmalloc, Rust's default on wasm, costs about 3 KB
/// of brotli wasm. The widget runs on the browser's one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without atomics has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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

/// Runs when the app is instantiated (the loader does that on the
/// visitor's intent, before the click): parses the built-in English in the
/// next task, so that the instantiation, the parsing and the first render
/// (`mount`) are three tasks on the host's main thread, not one or two long
/// ones (>= 50 ms at 4x CPU, much of it V8 compiling each wasm function on
/// its first call).
#[wasm_bindgen(start)]
fn start() {
    let parse = Closure::once_into_js(|| {
        i18n::built_in();
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(parse.unchecked_ref());
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
