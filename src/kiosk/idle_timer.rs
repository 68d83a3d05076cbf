use crate::options::WidgetOptions;
use crate::state::{Action, Screen, State};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Input that shows someone is there. A screen reader's browse mode and
/// gestures send no keys or touches, but move focus, click or scroll.
const ACTIVITY: [&str; 8] = [
    "pointerdown",
    "keydown",
    "touchstart",
    "wheel",
    "input",
    "focusin",
    "click",
    "scroll",
];

/// How often the timer looks whether the widget is reading aloud.
const LISTENING_CHECK_MS: u32 = 5_000;

/// Dispatches [`Action::IdleTimeout`] after the kiosk's idle seconds
/// without input anywhere on the page (twice that on a result, which takes
/// a couple of minutes to hear; never while reading aloud), and keeps long-press menus away. Does
/// nothing unless the widget is a kiosk.
#[hook]
pub fn use_idle_timer(
    options: &WidgetOptions,
    dispatch: UseReducerDispatcher<State>,
    screen: Screen,
) {
    let seconds = match (super::active(options), screen) {
        (false, _) => 0,
        (true, Screen::Result | Screen::Shared(_)) => 2 * options.idle_seconds(),
        (true, _) => options.idle_seconds(),
    };
    use_effect_with(seconds, move |&seconds| -> Box<dyn FnOnce()> {
        if seconds == 0 {
            return Box::new(|| ());
        }
        watch(seconds, dispatch)
    });
}

/// The kiosk owns its page, so it listens on the window.
fn watch(seconds: u32, dispatch: UseReducerDispatcher<State>) -> Box<dyn FnOnce()> {
    let Some(window) = web_sys::window() else {
        return Box::new(|| ());
    };
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let restart = {
        let timer = timer.clone();
        Rc::new(move || {
            let dispatch = dispatch.clone();
            *timer.borrow_mut() = Some(Timeout::new(seconds * 1_000, move || {
                dispatch.dispatch(Action::IdleTimeout)
            }));
        })
    };
    restart();
    // A patient listening to the screen read aloud touches nothing, but is
    // there: while the engine is really speaking, not merely while the
    // button shows pressed.
    let listening = {
        let restart = restart.clone();
        Interval::new(LISTENING_CHECK_MS, move || {
            if connected_care_speech::reader::is_speaking() {
                restart()
            }
        })
    };
    let capture = EventListenerOptions::run_in_capture_phase();
    let mut listeners: Vec<EventListener> = ACTIVITY
        .iter()
        .map(|&name| {
            let restart = restart.clone();
            EventListener::new_with_options(&window, name, capture, move |_| restart())
        })
        .collect();
    // No long-press menus in the way on a shared tablet.
    listeners.push(EventListener::new_with_options(
        &window,
        "contextmenu",
        EventListenerOptions::enable_prevent_default(),
        |event| event.prevent_default(),
    ));
    Box::new(move || {
        drop(listeners);
        drop(listening);
        timer.borrow_mut().take();
    })
}
