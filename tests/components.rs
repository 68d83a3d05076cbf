//! Components in a real browser (wasm-bindgen-test in headless Chromium):
//! they render, react to clicks, move focus and show errors.
#![cfg(target_arch = "wasm32")]

use connected_care_widget::mount;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits up to 2 s for `condition`, for effects a loaded machine delays.
async fn eventually(condition: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if condition() {
            return true;
        }
        TimeoutFuture::new(20).await;
    }
    condition()
}

/// Yew renders on the next tick after an action.
async fn settle() {
    TimeoutFuture::new(20).await;
}

struct Widget {
    host: Element,
}

impl Widget {
    async fn new() -> Self {
        let host = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"lang".into(), &"en".into()).unwrap();
        std::mem::forget(mount(host.clone(), options.into()));
        settle().await;
        Self { host }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    async fn click(&self, selector: &str) {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        settle().await;
    }

    /// Clicks the button whose text starts with `label`.
    async fn click_button(&self, label: &str) {
        let buttons = self.host.query_selector_all("button").unwrap();
        for i in 0..buttons.length() {
            let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
            if b.text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(label)
            {
                b.click();
                settle().await;
                return;
            }
        }
        panic!("no button {label}");
    }

    /// The text of the focused element, once it has settled: focus moves
    /// in an effect after rendering, which a loaded machine may delay.
    async fn focused_text(&self, expected: &str) -> String {
        let read = || {
            document()
                .active_element()
                .and_then(|e| e.text_content())
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        for _ in 0..100 {
            if read() == expected {
                break;
            }
            TimeoutFuture::new(20).await;
        }
        read()
    }
}

#[wasm_bindgen_test]
async fn start_screen_renders_without_taking_focus() {
    let w = Widget::new().await;
    assert_eq!(w.text("h1"), "Could chronic care management help you?");
    assert_eq!(
        w.find("section.ccw")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert!(w.text(".ccw-privacy").contains("Nothing is saved or sent"));
    let active = document().active_element();
    assert!(
        active.is_none_or(|a| !w.host.contains(Some(&a))),
        "focus taken at load"
    );
}

#[wasm_bindgen_test]
async fn start_moves_focus_to_the_first_question() {
    let w = Widget::new().await;
    w.click_button("Start").await;
    assert_eq!(w.text("h1"), "Do you have Medicare?");
    assert_eq!(w.text(".ccw-caption"), "Question 1 of 6");
    assert_eq!(
        w.focused_text("Do you have Medicare?").await,
        "Do you have Medicare?"
    );
    // Focus is on the heading, which is read: the status region stays quiet.
    assert_eq!(w.text("[role=status]"), "");
    assert_eq!(
        w.host
            .query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        3
    );
}

#[wasm_bindgen_test]
async fn continue_with_nothing_chosen_shows_a_linked_error() {
    let w = Widget::new().await;
    w.click_button("Start").await;
    w.click_button("Continue").await;
    let summary = w.find(".ccw-error-summary").expect("error summary");
    assert!(eventually(|| document().active_element() == Some(summary.clone())).await);
    let link = w.find(".ccw-error-summary a").unwrap();
    let target = link.get_attribute("href").unwrap();
    let field = w.find(&target).expect("the link points at a field");
    assert_eq!(field.get_attribute("type").as_deref(), Some("radio"));
    let fieldset = w.find("fieldset").unwrap();
    let described = fieldset.get_attribute("aria-describedby").unwrap();
    let error_id = described.split(' ').nth(1).expect("described by the error");
    assert!(w.text(&format!("#{error_id}")).contains("Choose an answer"));
    // The link focuses the field without touching the page's address.
    let before = web_sys::window().unwrap().location().href().unwrap();
    w.click(".ccw-error-summary a").await;
    assert!(eventually(|| document().active_element() == Some(field.clone())).await);
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before
    );
}

#[wasm_bindgen_test]
async fn no_medicare_reaches_its_result_with_reasons() {
    let w = Widget::new().await;
    w.click_button("Start").await;
    w.click("input[value=no]").await;
    w.click_button("Continue").await;
    assert_eq!(w.text("h1"), "Check your answers");
    assert!(w.text(".ccw-summary").contains("No"));
    w.click_button("See my result").await;
    let result = w.find(".ccw-result").unwrap();
    assert_eq!(
        result.get_attribute("data-outcome").as_deref(),
        Some("not-medicare")
    );
    assert_eq!(w.text("h1"), "CCM is a Medicare service");
    assert!(w
        .text(".ccw-reasons")
        .contains("You said you do not have Medicare."));
    assert_eq!(
        w.focused_text("CCM is a Medicare service").await,
        "CCM is a Medicare service"
    );
    w.click_button("Start over").await;
    assert_eq!(w.text("h1"), "Could chronic care management help you?");
}

#[wasm_bindgen_test]
async fn conditions_checklist_is_exclusive_with_none() {
    let w = Widget::new().await;
    w.click_button("Start").await;
    for answer in ["yes", "part-b-medical", "no"] {
        w.click(&format!("input[value={answer}]")).await;
        w.click_button("Continue").await;
    }
    assert!(w
        .text("h1")
        .starts_with("Which long-term health conditions"));
    w.click("input[value=asthma]").await;
    w.click("input[value=diabetes]").await;
    let checked = || w.host.query_selector_all("input:checked").unwrap().length();
    assert_eq!(checked(), 2);
    w.click("input[value=no-conditions]").await;
    assert_eq!(checked(), 1, "None of these clears the conditions");
    w.click("input[value=asthma]").await;
    assert_eq!(checked(), 1, "a condition clears None of these");
    w.click_button("Continue").await;
    assert_eq!(w.text("h1").split('?').next().unwrap(), "Has a doctor or nurse said these conditions could make you much sicker, make daily tasks harder, or put your life at risk");
}

#[wasm_bindgen_test]
async fn language_menu_names_each_language_in_itself() {
    let w = Widget::new().await;
    let options = w.host.query_selector_all("select option").unwrap();
    let names: Vec<String> = (0..options.length())
        .map(|i| {
            options
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Español",
            "繁體中文",
            "简体中文",
            "Tiếng Việt",
            "한국어",
            "Русский",
            "العربية",
            "Kreyòl ayisyen",
            "Tagalog"
        ]
    );
    let label = w.find("label.ccw-language-label").unwrap();
    let select = w.find("select").unwrap();
    assert_eq!(label.get_attribute("for"), select.get_attribute("id"));
}

#[wasm_bindgen_test]
async fn explainer_steps_keep_focus_on_next_and_redraw_the_picture() {
    let w = Widget::new().await;
    w.click_button("What is CCM?").await;
    assert_eq!(
        w.focused_text("Many people have more than one health problem")
            .await,
        "Many people have more than one health problem"
    );
    assert!(w.text(".ccw-caption").contains("Step 1 of 8"));
    assert!(w.find(".ccw-explainer svg line").is_none());
    assert!(w.find("[data-ccw-step-button=previous]").is_none());

    w.click("[data-ccw-step-button=next]").await;
    w.click("[data-ccw-step-button=next]").await;
    assert!(w.text(".ccw-caption").contains("Step 3 of 8"));
    assert_eq!(w.focused_text("Next").await, "Next");
    let lines = w
        .host
        .query_selector_all(".ccw-explainer svg line")
        .unwrap();
    assert_eq!(lines.length(), 5);
    assert!(w.find(".ccw-dots-team").is_some());

    w.click(".ccw-back").await;
    assert!(
        eventually(|| w.find(".ccw-button-start").is_some()).await,
        "Back returns to the start screen"
    );
}
