//! English text is written for a 6th-grade reader (Flesch-Kincaid grade),
//! as `docs/ccm-sources.md` asks. The translations follow the English.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::explainer::STEPS;
use connected_care_widget::i18n::I18n;

/// Each message as a sentence or more; titles get a full stop so they count
/// as sentences, as a reader meets them.
fn as_text(ids: impl IntoIterator<Item = String>) -> String {
    let english = I18n::english();
    ids.into_iter()
        .map(|id| {
            let text = english.tr(&id);
            assert!(!text.is_empty() && text != id, "{id} has no English text");
            if text.ends_with(['.', '?', '!']) {
                text
            } else {
                format!("{text}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_explainer_reads_at_6th_grade_or_below() {
    let text = as_text(
        STEPS
            .iter()
            .flat_map(|s| std::iter::once(s.title_id()).chain(s.paragraph_ids())),
    );
    let grade = textstat::flesch_kincaid_grade(&text);
    println!("explainer: Flesch-Kincaid grade {grade:.1}");
    assert!(grade <= 6.0, "grade {grade:.1}");
}

#[test]
fn every_step_reads_at_6th_grade_or_below() {
    for step in STEPS {
        let text = as_text(std::iter::once(step.title_id()).chain(step.paragraph_ids()));
        let grade = textstat::flesch_kincaid_grade(&text);
        println!("{}: grade {grade:.1}", step.key);
        assert!(grade <= 6.0, "{}: grade {grade:.1}", step.key);
    }
}

#[test]
fn the_measure_tells_plain_from_hard_text() {
    // The campaign's own style, which docs/ccm-sources.md puts at grade 10.6.
    let hard = "Chronic care management services are care coordination services \
        furnished outside of the regular office visit for patients with multiple \
        chronic conditions expected to last at least twelve months.";
    assert!(textstat::flesch_kincaid_grade(hard) > 10.0);
    assert!(textstat::flesch_kincaid_grade("You get a copy. You can stop at any time.") < 3.0);
}
