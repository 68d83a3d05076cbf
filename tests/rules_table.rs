//! The decision table, exhaustively: every combination of answers, walked as
//! a patient would, against an expected table written separately from
//! `docs/ccm-sources.md` (not from `src/rules.rs`).
//!
//! Adding a question or an answer means adding it here too: to `Patient`,
//! `every_patient` and the expected functions. The first test fails until
//! the combinations here cover every answer the rules know.
#![cfg(not(target_arch = "wasm32"))]

use connected_care_widget::rules::{
    walk, Answers, Choice, Next, Note, OutcomeKind, QuestionId, RuleId,
};
use Choice::*;
use OutcomeKind::*;
use QuestionId::*;

/// A full set of answers, one per question, as docs/ccm-sources.md lists
/// them.
#[derive(Clone, Copy, Debug)]
struct Patient {
    medicare: Choice,
    part_b: Choice,
    medicaid: Choice,
    conditions: Choice,
    lasting: Choice,
    risk: Choice,
}

impl Patient {
    fn answer(&self, q: QuestionId) -> Choice {
        match q {
            Medicare => self.medicare,
            PartB => self.part_b,
            Medicaid => self.medicaid,
            Conditions => self.conditions,
            Lasting => self.lasting,
            Risk => self.risk,
        }
    }
}

fn every_patient() -> Vec<Patient> {
    let yes_no = [Yes, No, NotSure];
    let mut all = Vec::new();
    for medicare in yes_no {
        for part_b in [PartBMedical, OnlyPartA, Advantage, NotSure] {
            for medicaid in yes_no {
                for conditions in [NoConditions, OneCondition, TwoOrMoreConditions, NotSure] {
                    for lasting in yes_no {
                        for risk in yes_no {
                            all.push(Patient {
                                medicare,
                                part_b,
                                medicaid,
                                conditions,
                                lasting,
                                risk,
                            });
                        }
                    }
                }
            }
        }
    }
    all
}

/// The expected outcome, rule by rule as docs/ccm-sources.md words them.
fn expected(p: &Patient) -> (OutcomeKind, RuleId) {
    if p.medicare == No {
        return (NotMedicare, RuleId::R1);
    }
    if p.medicare == NotSure || p.part_b == NotSure {
        return (CheckCoverage, RuleId::R2);
    }
    if p.part_b == OnlyPartA {
        return (PartAOnly, RuleId::R3);
    }
    match p.conditions {
        NoConditions => (OtherOptions, RuleId::R4),
        OneCondition if p.risk == No => (OtherOptions, RuleId::R6),
        OneCondition => (MaybePcm, RuleId::R5),
        TwoOrMoreConditions if p.lasting == Yes && p.risk == Yes => (Likely, RuleId::R7),
        TwoOrMoreConditions if p.lasting == No || p.risk == No => (OtherOptions, RuleId::R8),
        TwoOrMoreConditions => (Possibly, RuleId::R9),
        NotSure => (Possibly, RuleId::R9),
        other => panic!("not a conditions answer: {other:?}"),
    }
}

fn expected_notes(p: &Patient, outcome: OutcomeKind) -> Vec<Note> {
    if !matches!(outcome, Likely | Possibly | MaybePcm) {
        return vec![];
    }
    let mut notes = vec![];
    if p.part_b == PartBMedical {
        notes.push(Note::CostOriginalMedicare);
    }
    if p.part_b == Advantage {
        notes.push(Note::CostAdvantagePlan);
    }
    if p.medicaid == Yes {
        notes.push(Note::CostMedicaid);
    }
    notes.extend([Note::AsksFirst, Note::VisitFirst, Note::OneProviderAMonth]);
    notes
}

/// The questions a patient should be asked, by the skip rules of
/// docs/ccm-sources.md.
fn expected_questions(p: &Patient) -> Vec<QuestionId> {
    let mut qs = vec![Medicare];
    if p.medicare != Yes {
        return qs;
    }
    qs.push(PartB);
    if p.part_b == NotSure || p.part_b == OnlyPartA {
        return qs;
    }
    qs.extend([Medicaid, Conditions]);
    match p.conditions {
        OneCondition => qs.push(Risk),
        TwoOrMoreConditions => {
            qs.push(Lasting);
            if p.lasting != No {
                qs.push(Risk);
            }
        }
        _ => {}
    }
    qs
}

/// Answers questions one at a time, as the screens do, until the end.
fn answer_walkthrough(
    p: &Patient,
) -> (
    Vec<QuestionId>,
    Vec<usize>,
    connected_care_widget::rules::Outcome,
) {
    let mut answers = Answers::default();
    let mut shown_totals = Vec::new();
    for _ in 0..=QuestionId::ALL.len() {
        let w = walk(&answers);
        match w.next {
            Next::Ask(q) => {
                assert!(answers.get(q).is_none(), "{q:?} asked twice for {p:?}");
                assert!(w.max_questions > w.asked.len(), "{p:?}");
                shown_totals.push(w.max_questions);
                answers.set(q, Some(p.answer(q)));
            }
            Next::Done(outcome) => return (w.asked, shown_totals, outcome),
        }
    }
    panic!("walkthrough never ended for {p:?}");
}

#[test]
fn every_combination_reaches_the_expected_outcome() {
    let patients = every_patient();
    // Every combination of the answers the rules know, each once.
    let combinations: usize = QuestionId::ALL.map(|q| q.choices().len()).iter().product();
    let distinct: std::collections::BTreeSet<_> = patients
        .iter()
        .map(|p| QuestionId::ALL.map(|q| p.answer(q)))
        .collect();
    assert_eq!(
        (patients.len(), distinct.len()),
        (combinations, combinations)
    );
    for p in &patients {
        for q in QuestionId::ALL {
            assert!(q.choices().contains(&p.answer(q)), "{q:?} in {p:?}");
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for p in &patients {
        let (asked, totals, outcome) = answer_walkthrough(p);
        let (kind, rule) = expected(p);
        assert_eq!((outcome.kind, outcome.rule), (kind, rule), "{p:?}");
        assert_eq!(outcome.notes, expected_notes(p, kind), "{p:?}");
        assert_eq!(asked, expected_questions(p), "skips for {p:?}");
        // "Question n of m": m is at least n, at most the number of
        // questions, and never grows.
        for (i, &total) in totals.iter().enumerate() {
            assert!(total > i && total <= QuestionId::COUNT, "{p:?}: {totals:?}");
        }
        assert!(totals.windows(2).all(|w| w[1] <= w[0]), "{p:?}: {totals:?}");
        // Every reason is one of the patient's own answers, to a question asked.
        assert!(!outcome.reasons.is_empty(), "{p:?}");
        for r in &outcome.reasons {
            assert_eq!(r.choice, p.answer(r.question), "{p:?}");
            assert!(asked.contains(&r.question), "{p:?}");
        }
        seen.insert(kind);
    }
    assert_eq!(
        seen.len(),
        OutcomeKind::ALL.len(),
        "every outcome is reachable"
    );
}

#[test]
fn reasons_name_what_decided_it() {
    let likely = Patient {
        medicare: Yes,
        part_b: PartBMedical,
        medicaid: No,
        conditions: TwoOrMoreConditions,
        lasting: Yes,
        risk: Yes,
    };
    let (_, _, o) = answer_walkthrough(&likely);
    let questions: Vec<_> = o.reasons.iter().map(|r| r.question).collect();
    assert_eq!(questions, vec![Medicare, PartB, Conditions, Lasting, Risk]);

    let not_lasting = Patient {
        lasting: No,
        ..likely
    };
    let (_, _, o) = answer_walkthrough(&not_lasting);
    assert_eq!(o.rule, RuleId::R8);
    assert!(o
        .reasons
        .iter()
        .any(|r| r.question == Lasting && r.choice == No));
}

#[test]
fn changing_an_early_answer_drops_later_ones_that_no_longer_count() {
    let mut answers = Answers::default()
        .with(Medicare, Yes)
        .with(PartB, PartBMedical)
        .with(Medicaid, No)
        .with(Conditions, TwoOrMoreConditions)
        .with(Lasting, Yes)
        .with(Risk, Yes);
    assert!(matches!(walk(&answers).next, Next::Done(ref o) if o.kind == Likely));
    answers.set(Conditions, Some(NoConditions));
    let w = walk(&answers);
    assert_eq!(w.asked, vec![Medicare, PartB, Medicaid, Conditions]);
    assert!(matches!(w.next, Next::Done(ref o) if o.kind == OtherOptions && o.rule == RuleId::R4));
    // Back to two conditions: the kept answers count again.
    answers.set(Conditions, Some(TwoOrMoreConditions));
    assert!(matches!(walk(&answers).next, Next::Done(ref o) if o.kind == Likely));
}
