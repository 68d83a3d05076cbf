use super::WidgetContext;
use crate::i18n::{language_name_id, Language, LANGUAGES};
use crate::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    pub ctx: WidgetContext,
    /// The language last chosen (its text may still be loading).
    pub chosen: Language,
}

/// A native select: every language named in itself (and marked with its
/// own `lang`, so screen readers say it right). Focus stays on it after a
/// switch.
#[component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let ctx = &props.ctx;
    let id = ctx.id("language");
    let select_ref = use_node_ref();
    {
        // The DOM keeps whatever was picked; show the language the state
        // holds (English after a failed download, say).
        let select_ref = select_ref.clone();
        let tag = props.chosen.tag;
        use_effect(move || {
            if let Some(select) = select_ref.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != tag {
                    select.set_value(tag);
                }
            }
        });
    }
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
            <select class="ccw-select" id={id} {onchange} ref={select_ref}>
                for language in LANGUAGES {
                    <option value={language.tag} lang={language.tag} selected={language == props.chosen}>
                        { ctx.names.tr(&language_name_id(language)) }
                    </option>
                }
            </select>
        </div>
    }
}
