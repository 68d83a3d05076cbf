use crate::components::language_menu::show_chosen;
use crate::i18n::{I18n, Language, ENGLISH};
use crate::kiosk;
use crate::locale_fetch::fetch_language;
use crate::state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Languages loaded so far. A short list: a map would cost more wasm.
type LoadedLanguages = Vec<(Language, Rc<I18n>)>;

/// The messages the app renders with.
pub struct Languages {
    /// The chosen language once it has arrived; until then the one shown
    /// before.
    pub shown: Rc<I18n>,
    /// English, built in.
    pub english: Rc<I18n>,
    /// Each language's name in itself, for the menu.
    pub names: Rc<I18n>,
}

/// Downloads the `chosen` language's messages from `base` the first time
/// it is chosen (on a kiosk, every language at the start), renders again
/// when they arrive, and keeps the language menu on `chosen` (English after
/// a failed download, which `dispatch` is told of).
#[hook]
pub fn use_languages(
    chosen: Language,
    dispatch: UseReducerDispatcher<State>,
    base: &str,
    kiosk: bool,
    root: &NodeRef,
) -> Languages {
    let (english, names) = crate::i18n::built_in();
    let loaded = use_mut_ref(|| -> LoadedLanguages { vec![(ENGLISH, english.clone())] });
    // Set when a language arrives, to render with it.
    let arrivals = use_state(|| 0u32);
    {
        let (loaded, arrivals) = (loaded.clone(), arrivals.setter());
        let (base, root) = (base.to_owned(), root.clone());
        use_effect_with(chosen, move |&chosen| {
            show_chosen(&root, chosen);
            load_language(&base, chosen, &loaded, &arrivals, Some(dispatch));
        });
    }
    {
        let (loaded, arrivals) = (loaded.clone(), arrivals.setter());
        let base = base.to_owned();
        use_effect_with(kiosk, move |&kiosk| {
            for &language in kiosk::languages_to_preload(kiosk) {
                load_language(&base, language, &loaded, &arrivals, None);
            }
        });
    }
    let shown_before = use_mut_ref(|| ENGLISH);
    let shown = {
        let loaded = loaded.borrow();
        let find = |language: Language| loaded.iter().find(|(l, _)| *l == language);
        find(chosen)
            .or_else(|| find(*shown_before.borrow()))
            .or_else(|| find(ENGLISH))
            .map(|(_, i18n)| i18n.clone())
            .expect("English is always loaded")
    };
    *shown_before.borrow_mut() = shown.language();
    Languages {
        shown,
        english,
        names,
    }
}

/// Downloads a language's messages unless they are loaded, then renders
/// with them. If `dispatch` is given (the language the patient chose), a
/// failure goes back to English and says so.
fn load_language(
    base: &str,
    language: Language,
    loaded: &Rc<RefCell<LoadedLanguages>>,
    arrivals: &UseStateSetter<u32>,
    dispatch: Option<UseReducerDispatcher<State>>,
) {
    if loaded.borrow().iter().any(|(l, _)| *l == language) {
        return;
    }
    let (base, loaded, arrivals) = (base.to_owned(), loaded.clone(), arrivals.clone());
    wasm_bindgen_futures::spawn_local(async move {
        match fetch_language(&base, language).await {
            Ok(i18n) => {
                let count = {
                    let mut loaded = loaded.borrow_mut();
                    // Two downloads of one language may race; keep one.
                    if !loaded.iter().any(|(l, _)| *l == language) {
                        loaded.push((language, Rc::new(i18n)));
                    }
                    loaded.len() as u32
                };
                arrivals.set(count);
            }
            Err(why) => {
                gloo::console::warn!(format!(
                    "Connected Care widget: {} not loaded ({why}); using English",
                    language.tag
                ));
                if let Some(dispatch) = dispatch {
                    dispatch.dispatch(Action::LanguageFailed(language));
                }
            }
        }
    });
}
