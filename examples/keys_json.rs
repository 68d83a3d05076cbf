//! Prints the keys of the rules, the explainer and the languages as JSON, so
//! tests outside Rust (the end-to-end suite) can read the lists from the code
//! instead of copying them:
//!
//!     cargo run --example keys_json > keys.json
//!
//! The keys are the ones the widget puts in the page: `value` of the
//! answers' inputs, `data-outcome`, `data-step`, `data-place`, `data-mode`,
//! `lang`. `paths` gives, for each outcome, one way to reach it: the
//! questions in the order they are asked and the inputs to tick on each, so
//! a test can walk to any outcome without copying the rules.

use connected_care_widget::explainer::{Place, STEPS};
use connected_care_widget::i18n::LANGUAGES;
use connected_care_widget::options::Mode;
use connected_care_widget::rules::{
    walk, Answers, Choice, Condition, Next, OutcomeKind, QuestionId, RuleId,
};

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

/// The inputs a patient ticks for `choice`: on the checklist, a count of
/// conditions is that many conditions from the top of the list.
fn inputs(question: QuestionId, choice: Choice) -> Vec<&'static str> {
    match (question, choice) {
        (QuestionId::Conditions, Choice::OneCondition) => vec![Condition::ALL[0].key()],
        (QuestionId::Conditions, Choice::TwoOrMoreConditions) => {
            vec![Condition::ALL[0].key(), Condition::ALL[1].key()]
        }
        _ => vec![choice.key()],
    }
}

/// For each outcome, the first set of answers that reaches it (trying each
/// question's answers in order), as the questions asked.
fn first_paths() -> Vec<(OutcomeKind, Vec<(QuestionId, Choice)>)> {
    fn explore(answers: Answers, found: &mut Vec<(OutcomeKind, Vec<(QuestionId, Choice)>)>) {
        let w = walk(&answers);
        match w.next {
            Next::Ask(q) => {
                for &choice in q.choices() {
                    explore(answers.with(q, choice), found);
                }
            }
            Next::Done(outcome) => {
                if found.iter().all(|(kind, _)| *kind != outcome.kind) {
                    let path = w.asked.iter().map(|&q| (q, answers.get(q).unwrap()));
                    found.push((outcome.kind, path.collect()));
                }
            }
        }
    }
    let mut found = Vec::new();
    explore(Answers::default(), &mut found);
    // In the order of OutcomeKind::ALL; every outcome is reachable (the
    // rules table checks it).
    found.sort_by_key(|(kind, _)| *kind);
    assert_eq!(found.len(), OutcomeKind::COUNT, "an outcome has no path");
    found
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
    let paths: Vec<String> = first_paths()
        .into_iter()
        .map(|(kind, path)| {
            let steps: Vec<String> = path
                .into_iter()
                .map(|(q, c)| format!("[{}, {}]", string(q.key()), list(inputs(q, c))))
                .collect();
            format!("    {}: [{}]", string(kind.key()), steps.join(", "))
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
        ("paths", format!("{{\n{}\n  }}", paths.join(",\n"))),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  {}: {value}", string(name)))
        .collect();
    println!("{{\n{}\n}}", body.join(",\n"));
}
