//! Connected Care widget: an accessible "Could chronic care management help
//! you?" walkthrough for Medicare patients, in Rust and Yew.
//!
//! - [`rules`]: the screening rules, plain data, no web dependency.
//! - [`explainer`]: "Connecting the dots", its steps as data.
//! - [`state`]: the walkthrough's state and actions (a reducer).
//! - [`options`]: the one parser for settings from outside.
//! - [`i18n`]: Fluent messages from `locales/`; [`ftl`] parses them.
//! - [`read_aloud`]: the Listen button's voice check and reader (the
//!   reading itself is the `connected-care-speech` crate, `speech/`).
//! - [`components`]: one screen or control per file; [`hooks`]: the app's
//!   jobs besides showing a screen (languages, accent, focus, the events
//!   the partner's page is told of).
//! - [`kiosk`]: everything only the waiting-room kiosk does, behind the
//!   cargo feature `kiosk`; the main bundle gets a stand-in that does nothing.

pub mod components;
pub mod explainer;
pub mod fallback;
pub mod ftl;
pub mod hooks;
pub mod i18n;
mod keys;
#[cfg(feature = "kiosk")]
pub mod kiosk;
#[cfg(not(feature = "kiosk"))]
#[path = "kiosk/stand_in.rs"]
pub mod kiosk;
#[cfg(not(target_arch = "wasm32"))]
pub mod locale_check;
pub mod locale_fetch;
pub mod options;
pub mod read_aloud;
pub mod rules;
pub mod state;

use components::app::{App, AppProps};
use options::{
    choose_language, event_sink, option_pairs, page_languages, speech_reader, WidgetOptions,
};
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
    id: String,
    /// The element the app renders into, taken out by `destroy` (the page
    /// may keep this object; it must not keep the element alive).
    root: Option<web_sys::Element>,
}

#[wasm_bindgen]
impl MountedWidget {
    pub fn destroy(&mut self) {
        fallback::forget(&self.id);
        if let Some(root) = self.root.take() {
            root.remove();
        }
        if let Some(handle) = self.handle.take() {
            // After a panic the app's state may be half changed: leave it.
            if fallback::is_broken() {
                std::mem::forget(handle);
            } else {
                handle.destroy();
            }
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
/// by defaults. Throws once the app has stopped after an error (see
/// [`fallback`]).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<MountedWidget, JsValue> {
    if fallback::is_broken() {
        return Err("Connected Care widget: stopped after an error".into());
    }
    let pairs = option_pairs(&options);
    let emit = event_sink(&options);
    let speech = speech_reader(&options);
    let (options, warnings) =
        WidgetOptions::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in warnings {
        gloo::console::warn!(format!("Connected Care widget: {warning}"));
    }
    let language = choose_language(&options, &page_languages(&element));
    let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
    let id = format!("ccw{n}");
    // Yew keeps its event listeners, and with them the element it renders
    // into, for the life of the page: render into an element of our own,
    // which `destroy` takes out, so the page's element can be freed.
    let root = match element.owner_document() {
        Some(document) => document.create_element("div")?,
        None => return Err("Connected Care widget: no document".into()),
    };
    element.append_child(&root)?;
    // The second click of a double click (or a tap repeated fast) does
    // nothing: it would land on what the first one showed, the next
    // question's Continue say, and skip it. Caught on the way down, before
    // the app's own listeners, which Yew puts on `root` for the way up.
    let guard = Closure::<dyn Fn(&web_sys::MouseEvent)>::new(|event: &web_sys::MouseEvent| {
        if event.detail() > 1 {
            event.prevent_default();
            event.stop_immediate_propagation();
        }
    });
    root.add_event_listener_with_callback_and_bool("click", guard.as_ref().unchecked_ref(), true)?;
    // The page's GC owns it from here: it goes with `root` (pages may drop
    // the handle `mount` returns, so it cannot hold the listener).
    guard.forget();
    fallback::register(&id, &root);
    let props = AppProps {
        options,
        language,
        id_prefix: id.clone().into(),
        emit,
        speech,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(MountedWidget {
        handle: Some(handle),
        id,
        root: Some(root),
    })
}
