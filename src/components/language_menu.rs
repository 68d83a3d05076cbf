use super::WidgetContext;
use crate::i18n::{language_name_id, Language, LANGUAGES};
use crate::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A native select: every language named in itself (and marked with its
/// own `lang`, so screen readers say it right), `chosen` the one last
/// chosen (its text may still be loading). Focus stays on it after a
/// switch.
pub fn language_menu(ctx: &WidgetContext, chosen: Language) -> Html {
    let id = ctx.id("language");
    let dispatch = ctx.dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let tag = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        if let Some(language) = tag.as_deref().and_then(Language::from_tag) {
            dispatch.dispatch(Action::ChooseLanguage(language));
        }
    });
    html! {
        <div class="ccw-language">
            <label class="ccw-language-label" for={id.clone()}>{ ctx.tr("language-label") }</label>
            <select class="ccw-select" id={id} {onchange}>
                for language in LANGUAGES {
                    <option value={language.tag} lang={language.tag} selected={language == chosen}>
                        { ctx.names.tr(&language_name_id(language)) }
                    </option>
                }
            </select>
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
