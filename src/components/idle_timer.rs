use crate::state::State;
use yew::prelude::*;

/// Kiosk: dispatches [`crate::state::Action::IdleTimeout`] after `seconds` without input
/// anywhere on the page, and keeps long-press menus away. Off when
/// `seconds` is 0 (not a kiosk).
#[cfg(feature = "kiosk")]
#[hook]
pub fn use_idle_timer(seconds: u32, dispatch: UseReducerDispatcher<State>) {
    use_effect_with(seconds, move |&seconds| -> Box<dyn FnOnce()> {
        if seconds == 0 {
            return Box::new(|| ());
        }
        watch(seconds, dispatch)
    });
}

/// The main bundle has no kiosk, and no timer code.
#[cfg(not(feature = "kiosk"))]
#[hook]
pub fn use_idle_timer(_seconds: u32, _dispatch: UseReducerDispatcher<State>) {}

/// The kiosk owns its page, so it listens on the window.
#[cfg(feature = "kiosk")]
fn watch(seconds: u32, dispatch: UseReducerDispatcher<State>) -> Box<dyn FnOnce()> {
    use gloo::events::{EventListener, EventListenerOptions};
    use gloo::timers::callback::Timeout;
    use std::cell::RefCell;
    use std::rc::Rc;

    // Input that shows someone is there.
    const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "touchstart", "wheel", "input"];

    let Some(window) = web_sys::window() else {
        return Box::new(|| ());
    };
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let restart = {
        let timer = timer.clone();
        Rc::new(move || {
            let dispatch = dispatch.clone();
            *timer.borrow_mut() = Some(Timeout::new(seconds * 1_000, move || {
                dispatch.dispatch(crate::state::Action::IdleTimeout)
            }));
        })
    };
    restart();
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
        timer.borrow_mut().take();
    })
}
