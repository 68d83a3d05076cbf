use super::WidgetContext;
use crate::i18n::{language_name_id, Language, LANGUAGES};
use crate::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A native select: every language named in itself (and marked with its
/// own `lang`, so screen readers say it right), `chosen` the one last
/// chosen (its text may still be loading), and a button that switches to
/// the language selected: never on a mere arrow key in the select (WCAG
/// 3.2.2). Focus stays on the button after a switch.
pub fn language_menu(ctx: &WidgetContext, chosen: Language) -> Html {
    let id = ctx.id("language");
    let dispatch = ctx.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let tag = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|button| button.previous_element_sibling())
            .and_then(|select| select.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        if let Some(language) = tag.as_deref().and_then(Language::from_tag) {
            dispatch.dispatch(Action::ChooseLanguage(language));
        }
    });
    html! {
        <div class="ccw-language">
            <label class="ccw-language-label" for={id.clone()}>{ ctx.tr("language-label") }</label>
            <select class="ccw-select" id={id}>
                for language in LANGUAGES {
                    <option value={language.tag} lang={language.tag} selected={language == chosen}>
                        { ctx.names.tr(&language_name_id(language)) }
                    </option>
                }
            </select>
            // Right after the select: its click reads the select's value.
            <button type="button" class="ccw-button ccw-button-secondary" {onclick}>
                { ctx.tr("language-apply") }
            </button>
        </div>
    }
}

/// The DOM keeps whatever was picked; show the language the state holds
/// (English after a failed download, say). The app calls this when the
/// state's language changes.
pub fn show_chosen(root: &NodeRef, chosen: Language) {
    let select = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(".ccw-select").ok().flatten())
        .and_then(|select| select.dyn_into::<web_sys::HtmlSelectElement>().ok());
    if let Some(select) = select {
        if select.value() != chosen.tag {
            select.set_value(chosen.tag);
        }
    }
}
