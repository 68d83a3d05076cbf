//! A safety net for a widget on a page we do not control: a Rust panic
//! never leaves a blank or half-drawn box. The panic hook logs the panic's
//! message to the console (in release builds the message only, not where
//! it came from) and replaces every mounted widget with a short message in
//! the language it shows ("widget-broken") and the plain link to
//! go.cms.gov/ccm. The app is then stopped for good: `mount` throws, so the
//! embed loader shows the partner's own link instead. (The release build
//! aborts after the hook, `panic = "abort"`.)

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// CMS's page on chronic care management: the partner's link goes there too.
pub const FALLBACK_URL: &str = "https://go.cms.gov/ccm";

static BROKEN: AtomicBool = AtomicBool::new(false);

/// A mounted widget: its id prefix, its element, and "widget-broken" in the
/// language it shows, with that language's tag (set by the app as it
/// renders).
type Mounted = (String, web_sys::Element, String, &'static str);

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// The app has panicked: nothing more may run in it.
pub fn is_broken() -> bool {
    BROKEN.load(Ordering::Relaxed)
}

/// Installs the panic hook (before Yew installs its own) and remembers the
/// widget, so the hook can replace it.
pub fn register(id: &str, element: &web_sys::Element) {
    yew::set_custom_panic_hook(Box::new(on_panic));
    MOUNTED.with(|m| {
        m.borrow_mut()
            .push((id.to_owned(), element.clone(), String::new(), ""))
    });
}

/// The widget is gone: forget it, so its element can be freed.
pub fn forget(id: &str) {
    MOUNTED.with(|m| m.borrow_mut().retain(|w| w.0 != id));
}

/// The app renders in `i18n`: keep "widget-broken" in that language for
/// the hook, and if the widget is in the embed loader's dialog, give the
/// dialog its name, language and direction, and its close button its name,
/// in it too (the loader named them before the app loaded). Only when the
/// language changes, not on every render. The first time, the app shows:
/// the loader's box (the dialog, or the inline widget's) is busy no more,
/// and its loading state goes.
pub fn shown_in(id: &str, i18n: &crate::i18n::I18n) {
    let tag = i18n.language().tag;
    MOUNTED.with(|m| {
        if let Some(w) = m.borrow_mut().iter_mut().find(|w| w.0 == id && w.3 != tag) {
            if let Ok(Some(busy)) = w.1.closest("[aria-busy]") {
                let _ = busy.remove_attribute("aria-busy");
            }
            let label = i18n.tr("widget-label");
            w.2 = i18n.tr("widget-broken");
            w.3 = tag;
            if let Ok(Some(dialog)) = w.1.closest("dialog") {
                let _ = dialog.set_attribute("aria-label", &label);
                let _ = dialog.set_attribute("lang", tag);
                let rtl = i18n.language().right_to_left;
                let _ = dialog.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
                // The loader's close button, named in English until now.
                if let Ok(Some(close)) = dialog.query_selector(".ccw-close") {
                    let _ = close.set_attribute("aria-label", &i18n.tr("close"));
                    let _ = close.set_attribute("lang", tag);
                }
            }
        }
    });
}

fn on_panic(info: &std::panic::PanicHookInfo) {
    BROKEN.store(true, Ordering::Relaxed);
    // The panic's message to the console (Yew's own hook). Release builds
    // log the message only, not the file, line and stack (see
    // vendor/console_error_panic_hook/PATCHED.md); debug builds log all.
    console_error_panic_hook::hook(info);
    // The hook may run while the list is in use: then there is nothing to do.
    let widgets = MOUNTED.with(|m| m.try_borrow_mut().map(|mut m| std::mem::take(&mut *m)));
    for (_, element, message, tag) in widgets.unwrap_or_default() {
        let _ = show_link(&element, &message, tag);
    }
}

/// Replaces the widget's element (and with it the app's event listeners)
/// with the message and the plain link, as text.
fn show_link(element: &web_sys::Element, message: &str, tag: &str) -> Option<()> {
    let document = element.owner_document()?;
    let note = document.create_element("p").ok()?;
    note.set_class_name("ccw-broken");
    // In the language the app was showing, read out as such; the text
    // sets its own direction.
    note.set_attribute("lang", tag).ok()?;
    note.set_attribute("dir", "auto").ok()?;
    let link = document.create_element("a").ok()?;
    link.set_attribute("href", FALLBACK_URL).ok()?;
    link.set_text_content(FALLBACK_URL.strip_prefix("https://"));
    note.append_with_str_2(message, " ").ok()?;
    note.append_with_node_1(&link).ok()?;
    element.replace_with_with_node_1(&note).ok()
}
