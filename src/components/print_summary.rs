use super::result_screen::result_content;
use super::WidgetContext;
use crate::i18n::{I18n, Language};
use crate::rules::Outcome;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// "Print or save": one page with the result, its reasons, notes and
/// questions to ask, in the patient's language and in English beside it,
/// so clinic staff can read it. It prints from a frame of its own, so only
/// the summary is printed, whatever page the widget is on. The frame is
/// part of the result screen: it goes when the screen goes. A plain
/// function: each render makes new node refs, which Yew points at the
/// elements, and a new click handler that holds them.
pub fn print_summary(ctx: &WidgetContext, outcome: &Outcome, contact: Option<&AttrValue>) -> Html {
    let summary = NodeRef::default();
    let frame = NodeRef::default();
    let mut versions = vec![ctx.i18n.clone()];
    if ctx.i18n.language() != ctx.english.language() {
        versions.push(ctx.english.clone());
    }
    let onclick = {
        let (summary, frame) = (summary.clone(), frame.clone());
        // Names the saved PDF.
        let title = ctx.tr("widget-label");
        Callback::from(move |_: MouseEvent| print(&summary, &frame, &title))
    };
    html! {
        <>
            <button type="button" class="ccw-button ccw-button-secondary" {onclick}>
                { ctx.tr("result-print") }
            </button>
            // Hidden: the source the frame's copy is made from.
            <div class="ccw-print-summary" ref={summary} hidden=true>
                for i18n in versions {
                    { version(&i18n, outcome, contact) }
                }
            </div>
            <iframe class="ccw-print-frame" ref={frame} title={ctx.tr("result-print")}
                aria-hidden="true" tabindex="-1"></iframe>
        </>
    }
}

/// The summary in one language, marked with it.
fn version(i18n: &Rc<I18n>, outcome: &Outcome, contact: Option<&AttrValue>) -> Html {
    let tag = i18n.lang();
    let rtl = Language::from_tag(&tag).is_some_and(|l| l.right_to_left);
    html! {
        <section lang={tag} dir={if rtl { "rtl" } else { "ltr" }}>
            { result_content(i18n, outcome, contact, false) }
        </section>
    }
}

/// The print frame's own styles: a sheet made in its document, which no
/// page's CSP blocks (an inline style would need 'unsafe-inline').
const PRINT_CSS: &str = "@page{margin:1cm}\
body{margin:0;font:9.5pt/1.3 system-ui,sans-serif;color:#000}\
.ccw-print-summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(0,1fr));gap:1.2em}\
.ccw-panel h2{font-size:12pt;margin:0 0 .2em}h2{font-size:10pt;margin:.6em 0 .15em}\
p{margin:.25em 0}ul{margin:0;padding-inline-start:1.2em}.ccw-caption{color:#333}";

/// Copies the summary into the frame and prints the frame.
fn print(summary: &NodeRef, frame: &NodeRef, title: &str) {
    let (Some(summary), Some(frame)) = (
        summary.cast::<web_sys::Element>(),
        frame.cast::<web_sys::HtmlIFrameElement>(),
    ) else {
        return;
    };
    let (Some(document), Some(window)) = (frame.content_document(), frame.content_window()) else {
        return;
    };
    document.set_title(title);
    let Ok(copy) = summary.clone_node_with_deep(true) else {
        return;
    };
    if let Ok(copy) = copy.dyn_into::<web_sys::Element>() {
        let _ = copy.remove_attribute("hidden");
        if let Some(body) = document.body() {
            body.replace_children_with_node_1(&copy);
        }
    }
    // The sheet must come from the frame's own window to be adopted there.
    let sheet = js_sys::Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()
        .and_then(|class| class.dyn_into::<js_sys::Function>().ok())
        .and_then(|class| js_sys::Reflect::construct(&class, &js_sys::Array::new()).ok())
        // Made in the frame's realm, so not an instance of this window's
        // CSSStyleSheet: cast without the instanceof check.
        .map(|sheet| sheet.unchecked_into::<web_sys::CssStyleSheet>());
    if let Some(sheet) = sheet {
        let _ = sheet.replace_sync(PRINT_CSS);
        let _ = js_sys::Reflect::set(
            &document,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(&sheet),
        );
    }
    let _ = window.print();
}
