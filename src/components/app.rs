use super::check_answers::check_answers;
use super::explainer_screen::explainer_screen;
use super::language_menu::{language_menu, show_chosen};
use super::question_page::question_page;
use super::result_screen::result_screen;
use super::start_screen::start_screen;
use super::WidgetContext;
use crate::explainer::STEPS;
use crate::i18n::{outcome_title_id, question_id, I18n, Language, ENGLISH, LANGUAGES};
use crate::locale_fetch::fetch_language;
use crate::options::{Mode, WidgetOptions};
use crate::state::{Action, FocusTarget, Screen, State, StepButton};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub options: WidgetOptions,
    /// The language to start in, already chosen from options and page.
    pub language: Language,
    pub id_prefix: AttrValue,
}

/// Languages loaded so far. A short list: a map would cost more wasm.
type LoadedLanguages = Vec<(Language, Rc<I18n>)>;

/// The widget: owns the state, makes the context, shows the screen,
/// moves focus and announces each new screen.
#[component]
pub fn App(props: &AppProps) -> Html {
    let start_language = props.language;
    let shared = props.options.outcome;
    let state = use_reducer(move || State::open(start_language, shared));
    let (english, names) = crate::i18n::built_in();
    let loaded = use_mut_ref(|| -> LoadedLanguages { vec![(ENGLISH, english)] });
    // Bumped when a language arrives, to render with it.
    let arrivals = use_state(|| 0u32);
    let root = use_node_ref();

    {
        // The partner's colour, set through the CSS object model: a style
        // attribute would need 'unsafe-inline' in the page's CSP.
        let root = root.clone();
        use_effect_with(props.options.accent, move |accent| {
            if let (Some(accent), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
                let style = el.style();
                let _ = style.set_property("--ccw-accent", &accent.hex());
                let _ = style.set_property("--ccw-accent-dark", &accent.darker(0.7).hex());
            }
        });
    }

    {
        let loaded = loaded.clone();
        let dispatch = state.dispatcher();
        let arrivals = arrivals.setter();
        let base = props.options.asset_base.clone().unwrap_or_default();
        let root = root.clone();
        use_effect_with(state.language, move |&language| {
            show_chosen(&root, language);
            load_language(&base, language, &loaded, &arrivals, Some(dispatch));
        });
    }
    {
        // A kiosk downloads every language at the start, so a patient's
        // switch needs no network.
        let loaded = loaded.clone();
        let arrivals = arrivals.setter();
        let base = props.options.asset_base.clone().unwrap_or_default();
        // Known at compile time in the main bundle, which has no kiosk code.
        let kiosk = cfg!(feature = "kiosk") && props.options.mode == Mode::Kiosk;
        use_effect_with(kiosk, move |&kiosk| {
            if kiosk && cfg!(feature = "kiosk") {
                for language in LANGUAGES {
                    load_language(&base, language, &loaded, &arrivals, None);
                }
            }
        });
    }
    // Until the chosen language arrives, keep showing the one shown before.
    let shown_before = use_mut_ref(|| ENGLISH);
    let i18n = {
        let loaded = loaded.borrow();
        let find = |language: Language| loaded.iter().find(|(l, _)| *l == language);
        find(state.language)
            .or_else(|| find(*shown_before.borrow()))
            .or_else(|| find(ENGLISH))
            .map(|(_, i18n)| i18n.clone())
            .expect("English is always loaded")
    };
    let shown_language = i18n.language();
    *shown_before.borrow_mut() = shown_language;
    crate::fallback::shown_in(&props.id_prefix, &i18n);

    {
        let root = root.clone();
        use_effect_with((state.focus_seq, state.focus), move |&(seq, target)| {
            // No focus is taken at load: only after the patient acts.
            if seq > 0 {
                move_focus(&root, target);
            }
        });
    }

    // Known at compile time in the main bundle, which has no kiosk code.
    let kiosk = cfg!(feature = "kiosk") && props.options.mode == Mode::Kiosk;
    super::idle_timer::use_idle_timer(
        if kiosk {
            props.options.idle_seconds()
        } else {
            0
        },
        state.dispatcher(),
    );

    let english = loaded
        .borrow()
        .iter()
        .find(|(l, _)| *l == ENGLISH)
        .map(|(_, i18n)| i18n.clone())
        .expect("English is always loaded");
    let ctx = WidgetContext {
        i18n: i18n.clone(),
        english,
        names: names.clone(),
        id_prefix: Rc::from(props.id_prefix.as_str()),
        dispatch: state.dispatcher(),
        kiosk,
    };
    let announcement = if state.focus_seq > 0 {
        screen_title(&ctx, &state)
    } else {
        String::new()
    };
    let screen = match state.screen {
        #[cfg(feature = "kiosk")]
        Screen::Start if kiosk => super::kiosk_start::kiosk_start(&ctx, state.language),
        Screen::Start => start_screen(&ctx),
        Screen::Question(q) => question_page(&ctx, &state, q),
        Screen::CheckAnswers => check_answers(&ctx, &state),
        Screen::Result => match state.outcome() {
            Some(outcome) => result_screen(
                &ctx,
                outcome,
                props.options.contact.clone().map(AttrValue::from),
            ),
            None => check_answers(&ctx, &state),
        },
        Screen::Explainer(step) => {
            explainer_screen(&ctx, step, state.explainer_from == Screen::Result)
        }
        #[cfg(feature = "kiosk")]
        Screen::Shared(kind) => super::shared_result::shared_result(&ctx, kind),
    };
    #[cfg(feature = "kiosk")]
    let idle_prompt = if state.idle_warning {
        html! { <super::idle_prompt::IdlePrompt ctx={ctx.clone()} /> }
    } else {
        Html::default()
    };
    #[cfg(not(feature = "kiosk"))]
    let idle_prompt = Html::default();
    let end_session = ctx.on(Action::EndSession);
    html! {
            <section class="ccw" lang={i18n.lang()} dir={if shown_language.right_to_left { "rtl" } else { "ltr" }}
                data-mode={props.options.mode.key()} aria-label={i18n.tr("widget-label")} ref={root}>
                <div class="ccw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                    { announcement }
                </div>
                <div class="ccw-top" inert={state.idle_warning}>
                    if kiosk && !state.is_fresh() {
                        <button type="button" class="ccw-button ccw-button-secondary ccw-done" onclick={end_session}>
                            { i18n.tr("kiosk-done") }
                        </button>
                    }
                    if !(kiosk && state.screen == Screen::Start) {
                        { language_menu(&ctx, state.language) }
                    }
                </div>
                if state.language_failed {
                    <p class="ccw-notice" role="alert">{ i18n.tr("language-load-failed") }</p>
                }
                // Keyed by session: a new patient gets every component anew.
                <div class="ccw-session" key={state.session.to_string()} inert={state.idle_warning}>
                    { screen }
                </div>
                { idle_prompt }
            </section>
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

/// What a screen reader hears when the screen changes.
fn screen_title(ctx: &WidgetContext, state: &State) -> String {
    match state.screen {
        Screen::Start => ctx.tr("start-title"),
        Screen::Question(q) => {
            let title = ctx.tr(&question_id(q));
            match state.progress() {
                Some((current, total)) => format!("{}: {title}", ctx.progress(current, total)),
                None => title,
            }
        }
        Screen::CheckAnswers => ctx.tr("check-title"),
        Screen::Result => state
            .outcome()
            .map(|o| ctx.tr(&outcome_title_id(o.kind)))
            .unwrap_or_default(),
        #[cfg(feature = "kiosk")]
        Screen::Shared(kind) => ctx.tr(&outcome_title_id(kind)),
        Screen::Explainer(step) => match STEPS.get(step) {
            Some(s) => format!(
                "{}: {}",
                ctx.step_progress(step + 1, STEPS.len()),
                ctx.tr(&s.title_id())
            ),
            None => String::new(),
        },
    }
}

fn move_focus(root: &NodeRef, target: FocusTarget) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    // The first of these that is on screen takes focus. The first step has
    // no Previous: then Next.
    let selectors: &[&str] = match target {
        FocusTarget::Heading => &["[data-ccw-focus=\"heading\"]"],
        FocusTarget::ErrorSummary => &[".ccw-error-summary"],
        FocusTarget::StepButton(StepButton::Previous) => &[
            "[data-ccw-step-button=\"previous\"]",
            "[data-ccw-step-button]",
        ],
        FocusTarget::StepButton(StepButton::Next) => &["[data-ccw-step-button=\"next\"]"],
    };
    if let Some(el) = selectors
        .iter()
        .find_map(|selector| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
