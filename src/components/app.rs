use super::language_menu::language_menu;
use super::listen_button::{listen_button, use_reader};
use super::screen::{screen_for, status_announcement};
use super::WidgetContext;
use crate::hooks::{use_accent, use_events, use_focus_moves, use_languages};
use crate::i18n::Language;
use crate::kiosk;
use crate::options::{Mode, WidgetOptions};
use crate::read_aloud::Reader;
use crate::state::{Screen, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub options: WidgetOptions,
    /// The language to start in, already chosen from options and page.
    pub language: Language,
    pub id_prefix: AttrValue,
    /// The embed loader's event dispatcher, if it gave one.
    pub emit: Option<js_sys::Function>,
    /// The embed loader's reader for the Listen button, if it gave one.
    pub speech: Option<Reader>,
}

/// The widget: owns the state, makes the context, shows the screen and
/// announces each new screen; its hooks do the rest.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = &props.options;
    let (start_language, shared) = (props.language, options.outcome);
    let state = use_reducer(move || State::open(start_language, shared));
    let root = use_node_ref();
    let kiosk = kiosk::active(options);
    use_accent(&root, options.accent);
    let base = options.asset_base.as_deref().unwrap_or_default();
    let languages = use_languages(state.language, state.dispatcher(), base, kiosk, &root);
    use_focus_moves(&root, state.focus_seq, state.focus);
    kiosk::use_idle_timer(options, state.dispatcher(), state.screen);
    use_events(props.emit.clone(), &state);

    let i18n = languages.shown;
    // The language shown as well as the one chosen: a reading begun while
    // the chosen one loads is in the old one, and stops when the new one
    // shows.
    use_reader(
        &props.speech,
        state.dispatcher(),
        (state.focus_seq, state.language, i18n.language()),
    );
    // The first screen waits, hidden, for the language the app starts in,
    // so a patient never sees English first. (A language picked later
    // comes while the one before stays on screen.)
    let waiting = i18n.language() != state.language && state.language == start_language;
    // The fallback's message follows the language shown; the first time,
    // the loader's loading state ends.
    if !waiting {
        crate::fallback::shown_in(&props.id_prefix, &i18n);
    }
    let ctx = WidgetContext {
        i18n: i18n.clone(),
        english: languages.english,
        names: languages.names,
        id_prefix: Rc::from(props.id_prefix.as_str()),
        dispatch: state.dispatcher(),
        kiosk,
    };
    let announcement = status_announcement(&ctx, &state);
    // In the badge's dialog, which has a name, a named region would say it
    // again.
    let region_name = (options.mode != Mode::Badge).then(|| i18n.tr("widget-label"));
    html! {
        <section class="ccw" lang={i18n.lang()} dir={if i18n.language().right_to_left { "rtl" } else { "ltr" }}
            data-mode={options.mode.key()} data-text={kiosk::text_size(&state)} aria-label={region_name} ref={root} hidden={waiting}>
            <div class="ccw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { announcement }
            </div>
            <div class={if state.reading_aloud { "ccw-top ccw-top-reading" } else { "ccw-top" }} inert={state.idle_warning}>
                { kiosk::done_button(&ctx, &state) }
                { listen_button(&ctx, &props.speech, &state) }
                { kiosk::larger_text_toggle(&ctx, &state) }
                if !kiosk {
                    { language_menu(&ctx, state.language) }
                }
            </div>
            // The kiosk's menu sits below its row, out of what stays in sight
            // while it reads: with larger text that took a third of a tablet.
            // Its start screen has a button for each language instead.
            if kiosk && state.screen != Screen::Start {
                <div inert={state.idle_warning}>{ language_menu(&ctx, state.language) }</div>
            }
            if state.language_failed {
                <p class="ccw-notice" role="alert">{ i18n.tr("language-load-failed") }</p>
            }
            // Keyed by session: a new patient gets every component anew.
            <div class="ccw-session" key={state.session.to_string()} inert={state.idle_warning}>
                { screen_for(&ctx, &state, options.contact.as_ref()) }
            </div>
            { kiosk::idle_prompt(&ctx, &state) }
        </section>
    }
}
