//! Prints the keys of the rules, the explainer and the languages as JSON, so
//! tests outside Rust (the end-to-end suite) can read the lists from the code
//! instead of copying them:
//!
//!     cargo run --example keys_json > keys.json
//!
//! The keys are the ones the widget puts in the page: `value` of the
//! answers' inputs, `data-outcome`, `data-step`, `data-place`, `data-mode`,
//! `lang`.

use connected_care_widget::explainer::{Place, STEPS};
use connected_care_widget::i18n::LANGUAGES;
use connected_care_widget::options::Mode;
use connected_care_widget::rules::{Condition, OutcomeKind, QuestionId, RuleId};

/// A JSON string. Keys are plain ASCII; anything else would need escaping
/// this does not do.
fn string(text: &str) -> String {
    assert!(
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "a key needs JSON escaping: {text:?}"
    );
    format!("\"{text}\"")
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(", "))
}

fn main() {
    // Each question's answers as offered on its screen (the checklist's
    // conditions are under "conditions").
    let answers: Vec<String> = QuestionId::ALL
        .iter()
        .map(|q| {
            let offered = list(q.offered().iter().map(|c| c.key()));
            format!("    {}: {offered}", string(q.key()))
        })
        .collect();
    let fields = [
        ("questions", list(QuestionId::ALL.map(QuestionId::key))),
        ("answers", format!("{{\n{}\n  }}", answers.join(",\n"))),
        ("conditions", list(Condition::ALL.map(Condition::key))),
        ("outcomes", list(OutcomeKind::ALL.map(OutcomeKind::key))),
        ("rules", list(RuleId::ALL.map(RuleId::key))),
        ("explainer_steps", list(STEPS.iter().map(|s| s.key))),
        ("places", list(Place::ALL.map(Place::key))),
        ("languages", list(LANGUAGES.map(|l| l.tag))),
        (
            "right_to_left_languages",
            list(LANGUAGES.iter().filter(|l| l.right_to_left).map(|l| l.tag)),
        ),
        ("modes", list(Mode::ALL.map(Mode::key))),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  {}: {value}", string(name)))
        .collect();
    println!("{{\n{}\n}}", body.join(",\n"));
}
