//! The screening rules for chronic care management (CCM), as plain data.
//!
//! Read this beside `docs/ccm-sources.md`, section 3, which gives each rule
//! (R1 to R9, the same ids as [`RuleId`]) in plain words with its sources
//! (`[S1]` and so on); its section 6 says how to change one. It has no web
//! dependency: the user interface asks [`walk`] what comes next and
//! shows the [`Outcome`] it returns; it never decides anything itself.
//!
//! How a result is reached:
//! 1. The questions are asked in the order of [`QuestionId::ALL`].
//! 2. A question is asked only if some answer to it could still change the
//!    result (the outcome or its notes). So "No, I don't have Medicare" goes
//!    straight to the end, and one condition skips "will it last a year".
//! 3. The first rule in [`RULES`] whose tests all hold gives the outcome. The
//!    tests that held are the reasons shown to the patient.
//! 4. [`NOTE_RULES`] add notes to the outcomes in [`OUTCOMES_WITH_NOTES`].
//!
//! A new question, answer or outcome is one line in its enum below (with
//! its key) plus the rules that use it; the compiler then points at the
//! matches to extend (`choices`, `questions_to_ask`). Counts follow from the
//! data. The rest is its messages in `locales/` (the locales test lists the
//! missing ones) and the expected table in `tests/rules_table.rs`.

use crate::keys::keyed_enum;

keyed_enum! {
    /// The questions, one per screen, in the order they are asked (`ALL`).
    /// Each key names the question's messages in `locales/`:
    /// `question-<key>`, `question-<key>-hint`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum QuestionId {
        /// Do you have Medicare?
        Medicare => "medicare",
        /// Which Medicare do you have? (with the card tip)
        PartB => "part-b",
        /// Do you also have Medicaid or state help paying Medicare costs?
        Medicaid => "medicaid",
        /// Which long-term conditions has a provider told you about?
        /// (checklist)
        Conditions => "conditions",
        /// Are they expected to last at least a year, or for life?
        Lasting => "lasting",
        /// Could they make you much sicker, make daily tasks harder, or put
        /// your life at risk?
        Risk => "risk",
    }
}

keyed_enum! {
    /// An answer to a question (`answer-<key>`). `NotSure` is offered on
    /// every question.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Choice {
        Yes => "yes",
        No => "no",
        NotSure => "not-sure",
        /// Has Part B (medical insurance), in Original Medicare.
        PartBMedical => "part-b-medical",
        /// Has only Part A (hospital insurance).
        OnlyPartA => "only-part-a",
        /// Has a Medicare Advantage plan (which covers Part B services).
        Advantage => "advantage",
        /// The checklist answer "none of these".
        NoConditions => "no-conditions",
        /// The checklist gave exactly one condition.
        OneCondition => "one-condition",
        /// The checklist gave two or more conditions.
        TwoOrMoreConditions => "two-or-more-conditions",
    }
}

use Choice::*;
use QuestionId::*;

impl QuestionId {
    /// The answers the rules know for this question. For `Conditions` the
    /// patient ticks a checklist and [`conditions_choice`] turns it into one
    /// of these.
    pub fn choices(self) -> &'static [Choice] {
        match self {
            Medicare | Medicaid | Lasting | Risk => &[Yes, No, NotSure],
            PartB => &[PartBMedical, OnlyPartA, Advantage, NotSure],
            Conditions => &[NoConditions, OneCondition, TwoOrMoreConditions, NotSure],
        }
    }

    /// The answers shown as radio buttons (for `Conditions`: the exclusive
    /// checkboxes beside the checklist).
    pub fn offered(self) -> &'static [Choice] {
        match self {
            Conditions => &[NoConditions, NotSure],
            other => other.choices(),
        }
    }

    /// The question's slot in [`Answers`]: its place in `ALL`, which the
    /// declaration order gives.
    fn index(self) -> usize {
        self as usize
    }
}

keyed_enum! {
    /// The common long-term conditions on the checklist
    /// (`condition-<key>`), in checklist order. The list is "not limited
    /// to" these, so `Other` is there too.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Condition {
        Arthritis => "arthritis",
        Asthma => "asthma",
        AtrialFibrillation => "atrial-fibrillation",
        Autism => "autism",
        Cancer => "cancer",
        Copd => "copd",
        Dementia => "dementia",
        Depression => "depression",
        Diabetes => "diabetes",
        HeartDisease => "heart-disease",
        HighBloodPressure => "high-blood-pressure",
        Hiv => "hiv",
        Osteoporosis => "osteoporosis",
        KidneyDisease => "kidney-disease",
        Other => "other",
    }
}

/// What the patient ticked on the conditions checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConditionsChecklist {
    /// Conditions ticked, in checklist order, no repeats.
    pub picked: Vec<Condition>,
    /// "None of these" or "I'm not sure". Ticking one clears the others.
    pub exclusive: Option<Choice>,
}

/// The checklist as the rules see it: a count, "none", or "not sure".
/// `None` means nothing was ticked yet.
pub fn conditions_choice(list: &ConditionsChecklist) -> Option<Choice> {
    match (list.exclusive, list.picked.len()) {
        (Some(choice), _) => Some(choice),
        (None, 0) => None,
        (None, 1) => Some(OneCondition),
        (None, _) => Some(TwoOrMoreConditions),
    }
}

/// The answers given so far, one slot per question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers([Option<Choice>; QuestionId::COUNT]);

impl Answers {
    pub fn get(&self, question: QuestionId) -> Option<Choice> {
        self.0[question.index()]
    }

    pub fn set(&mut self, question: QuestionId, choice: Option<Choice>) {
        self.0[question.index()] = choice;
    }

    pub fn with(mut self, question: QuestionId, choice: Choice) -> Self {
        self.set(question, Some(choice));
        self
    }
}

/// One test in a rule: the answer to `question` is one of `any_of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Test {
    pub question: QuestionId,
    pub any_of: &'static [Choice],
}

impl Test {
    fn holds(&self, answers: &Answers) -> bool {
        answers
            .get(self.question)
            .is_some_and(|a| self.any_of.contains(&a))
    }
}

const fn is(question: QuestionId, any_of: &'static [Choice]) -> Test {
    Test { question, any_of }
}

keyed_enum! {
    /// The outcomes a walkthrough can end in. Each key names the outcome's
    /// messages (`outcome-<key>-title`, `-body`), its `data-outcome` and the
    /// kiosk's `outcome=` option.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OutcomeKind {
        /// The answers match Medicare's basic rules for CCM.
        Likely => "likely",
        /// Some answers were "not sure": ask the provider.
        Possibly => "possibly",
        /// One condition with risk: ask about principal care management.
        MaybePcm => "maybe-pcm",
        /// Not sure about Medicare or Part B: how to check.
        CheckCoverage => "check-coverage",
        /// Only Part A: CCM is paid by Part B.
        PartAOnly => "part-a-only",
        /// No Medicare: ask your own insurer.
        NotMedicare => "not-medicare",
        /// The answers do not match CCM: other services to ask about.
        OtherOptions => "other-options",
    }
}

keyed_enum! {
    /// The rule ids of the decision table in `docs/ccm-sources.md`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum RuleId {
        R1 => "R1",
        R2 => "R2",
        R3 => "R3",
        R4 => "R4",
        R5 => "R5",
        R6 => "R6",
        R7 => "R7",
        R8 => "R8",
        R9 => "R9",
    }
}

/// A rule: if every test of any one of its `cases` holds, the outcome is
/// `outcome`.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: RuleId,
    pub cases: &'static [&'static [Test]],
    pub outcome: OutcomeKind,
}

const HAS_MEDICARE: Test = is(Medicare, &[Yes]);
/// Part B in Original Medicare, or a Medicare Advantage plan, which must
/// cover every Part B service.
const HAS_PART_B: Test = is(PartB, &[PartBMedical, Advantage]);
const TWO_OR_MORE: Test = is(Conditions, &[TwoOrMoreConditions]);

/// The decision table of `docs/ccm-sources.md`. The first rule that matches
/// wins.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::R1,
        cases: &[&[is(Medicare, &[No])]],
        outcome: OutcomeKind::NotMedicare,
    },
    Rule {
        id: RuleId::R2,
        cases: &[
            &[is(Medicare, &[NotSure])],
            &[HAS_MEDICARE, is(PartB, &[NotSure])],
        ],
        outcome: OutcomeKind::CheckCoverage,
    },
    Rule {
        id: RuleId::R3,
        cases: &[&[HAS_MEDICARE, is(PartB, &[OnlyPartA])]],
        outcome: OutcomeKind::PartAOnly,
    },
    Rule {
        id: RuleId::R4,
        cases: &[&[HAS_MEDICARE, HAS_PART_B, is(Conditions, &[NoConditions])]],
        outcome: OutcomeKind::OtherOptions,
    },
    Rule {
        id: RuleId::R5,
        cases: &[&[
            HAS_MEDICARE,
            HAS_PART_B,
            is(Conditions, &[OneCondition]),
            is(Risk, &[Yes, NotSure]),
        ]],
        outcome: OutcomeKind::MaybePcm,
    },
    Rule {
        id: RuleId::R6,
        cases: &[&[
            HAS_MEDICARE,
            HAS_PART_B,
            is(Conditions, &[OneCondition]),
            is(Risk, &[No]),
        ]],
        outcome: OutcomeKind::OtherOptions,
    },
    Rule {
        id: RuleId::R7,
        cases: &[&[
            HAS_MEDICARE,
            HAS_PART_B,
            TWO_OR_MORE,
            is(Lasting, &[Yes]),
            is(Risk, &[Yes]),
        ]],
        outcome: OutcomeKind::Likely,
    },
    Rule {
        id: RuleId::R8,
        cases: &[
            &[HAS_MEDICARE, HAS_PART_B, TWO_OR_MORE, is(Lasting, &[No])],
            &[HAS_MEDICARE, HAS_PART_B, TWO_OR_MORE, is(Risk, &[No])],
        ],
        outcome: OutcomeKind::OtherOptions,
    },
    Rule {
        id: RuleId::R9,
        cases: &[
            &[
                HAS_MEDICARE,
                HAS_PART_B,
                TWO_OR_MORE,
                is(Lasting, &[NotSure]),
            ],
            &[HAS_MEDICARE, HAS_PART_B, TWO_OR_MORE, is(Risk, &[NotSure])],
            &[HAS_MEDICARE, HAS_PART_B, is(Conditions, &[NotSure])],
        ],
        outcome: OutcomeKind::Possibly,
    },
];

keyed_enum! {
    /// Notes a result can carry (`note-<key>`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Note {
        /// Original Medicare: yearly Part B deductible, then usually 20%
        /// coinsurance; Medigap may pay some or all of it.
        CostOriginalMedicare => "cost-original-medicare",
        /// Medicare Advantage: call your plan about costs and which
        /// providers.
        CostAdvantagePlan => "cost-advantage-plan",
        /// Medicare and Medicaid: most pay nothing; QMB protection.
        CostMedicaid => "cost-medicaid",
        /// Your provider asks your OK first, and you can stop at any time.
        AsksFirst => "asks-first",
        /// A visit may be needed first if you have not been seen in a year.
        VisitFirst => "visit-first",
        /// Only one provider can give you CCM each month.
        OneProviderAMonth => "one-provider-a-month",
    }
}

/// A note and the tests that must all hold for it (none: always).
#[derive(Clone, Copy, Debug)]
pub struct NoteRule {
    pub note: Note,
    pub when: &'static [Test],
}

/// Only these outcomes carry notes.
pub const OUTCOMES_WITH_NOTES: &[OutcomeKind] = &[
    OutcomeKind::Likely,
    OutcomeKind::Possibly,
    OutcomeKind::MaybePcm,
];

pub const NOTE_RULES: &[NoteRule] = &[
    NoteRule {
        note: Note::CostOriginalMedicare,
        when: &[is(PartB, &[PartBMedical])],
    },
    NoteRule {
        note: Note::CostAdvantagePlan,
        when: &[is(PartB, &[Advantage])],
    },
    NoteRule {
        note: Note::CostMedicaid,
        when: &[is(Medicaid, &[Yes])],
    },
    NoteRule {
        note: Note::AsksFirst,
        when: &[],
    },
    NoteRule {
        note: Note::VisitFirst,
        when: &[],
    },
    NoteRule {
        note: Note::OneProviderAMonth,
        when: &[],
    },
];

keyed_enum! {
    /// Questions a patient can take to their provider or insurer
    /// (`ask-<key>`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AskProvider {
        DoIQualify => "do-i-qualify",
        WhoIsMyTeam => "who-is-my-team",
        CarePlanCopy => "care-plan-copy",
        WhatWillIPay => "what-will-i-pay",
        VisitFirst => "visit-first",
        HowToStop => "how-to-stop",
        PrincipalCareFit => "principal-care-fit",
        OtherServices => "other-services",
        WhichMedicare => "which-medicare",
        HowToGetPartB => "how-to-get-part-b",
        InsurerCoordination => "insurer-coordination",
    }
}

impl AskProvider {
    /// True where the question mentions reaching the care team at any hour,
    /// so the 911 line must follow it.
    pub fn mentions_round_the_clock_help(self) -> bool {
        self == AskProvider::WhoIsMyTeam
    }
}

impl OutcomeKind {
    /// What every result of this kind suggests asking.
    pub fn questions_to_ask(self) -> &'static [AskProvider] {
        use AskProvider::*;
        match self {
            OutcomeKind::Likely | OutcomeKind::Possibly => &[
                DoIQualify,
                WhoIsMyTeam,
                CarePlanCopy,
                WhatWillIPay,
                VisitFirst,
                HowToStop,
            ],
            OutcomeKind::MaybePcm => &[
                PrincipalCareFit,
                DoIQualify,
                WhoIsMyTeam,
                WhatWillIPay,
                HowToStop,
            ],
            OutcomeKind::OtherOptions => &[DoIQualify, OtherServices, WhatWillIPay],
            OutcomeKind::CheckCoverage => &[WhichMedicare, DoIQualify],
            OutcomeKind::PartAOnly => &[HowToGetPartB, DoIQualify],
            OutcomeKind::NotMedicare => &[InsurerCoordination],
        }
    }

    /// Whether the result describes what CCM gives a patient (including
    /// round-the-clock help for urgent needs, so the 911 line goes with it).
    pub fn describes_ccm(self) -> bool {
        matches!(self, OutcomeKind::Likely | OutcomeKind::Possibly)
    }
}

keyed_enum! {
    /// Other Medicare services a patient who does not fit CCM can ask about
    /// (`other-service-<key>`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OtherService {
        /// The 30 days after leaving a hospital or nursing facility.
        TransitionalCare => "transitional-care",
        /// A home device sends readings to the provider.
        RemoteMonitoring => "remote-monitoring",
        /// Primary care working with mental health experts.
        BehavioralHealth => "behavioral-health",
        /// Advanced primary care management (from 2025).
        AdvancedPrimaryCare => "advanced-primary-care",
    }
}

impl OutcomeKind {
    /// Other services this result points to.
    pub fn other_services(self) -> &'static [OtherService] {
        match self {
            OutcomeKind::OtherOptions => &OtherService::ALL,
            _ => &[],
        }
    }
}

/// One reason for a result: the patient's answer to a question a rule tested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reason {
    pub question: QuestionId,
    pub choice: Choice,
}

/// A result: the outcome, the rule that gave it, why, and the notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub rule: RuleId,
    pub reasons: Vec<Reason>,
    pub notes: Vec<Note>,
}

/// Applies the decision table to the answers. `None` when no rule matches
/// yet (some needed answer is missing).
pub fn decide(answers: &Answers) -> Option<Outcome> {
    RULES.iter().find_map(|rule| {
        let case = rule
            .cases
            .iter()
            .find(|tests| tests.iter().all(|t| t.holds(answers)))?;
        let reasons = case
            .iter()
            .filter_map(|t| {
                answers.get(t.question).map(|choice| Reason {
                    question: t.question,
                    choice,
                })
            })
            .collect();
        Some(Outcome {
            kind: rule.outcome,
            rule: rule.id,
            reasons,
            notes: notes_for(rule.outcome, answers),
        })
    })
}

fn notes_for(kind: OutcomeKind, answers: &Answers) -> Vec<Note> {
    if !OUTCOMES_WITH_NOTES.contains(&kind) {
        return Vec::new();
    }
    NOTE_RULES
        .iter()
        .filter(|rule| rule.when.iter().all(|t| t.holds(answers)))
        .map(|rule| rule.note)
        .collect()
}

/// What a patient sees in the end: the outcome and its notes. Two answers
/// that lead to the same `Verdict` make no difference to the patient.
type Verdict = Option<(OutcomeKind, Vec<Note>)>;

fn verdict(answers: &Answers) -> Verdict {
    decide(answers).map(|o| (o.kind, o.notes))
}

/// Calls `visit` with every way to fill in the questions in `open`.
fn for_each_completion(base: Answers, open: &[QuestionId], visit: &mut dyn FnMut(&Answers)) {
    match open.split_first() {
        None => visit(&base),
        Some((&q, rest)) => {
            for &c in q.choices() {
                for_each_completion(base.with(q, c), rest, visit);
            }
        }
    }
}

/// Whether some answer to `question` could change the verdict, given the
/// `known` answers and any answers at all to the questions in `open`.
fn can_change_verdict(question: QuestionId, known: &Answers, open: &[QuestionId]) -> bool {
    let others: Vec<QuestionId> = open.iter().copied().filter(|&q| q != question).collect();
    let mut changes = false;
    for_each_completion(*known, &others, &mut |filled| {
        if changes {
            return;
        }
        let mut verdicts = question
            .choices()
            .iter()
            .map(|&c| verdict(&filled.with(question, c)));
        let first = verdicts.next();
        changes = verdicts.any(|v| Some(v) != first);
    });
    changes
}

/// What the walkthrough does next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    Ask(QuestionId),
    Done(Outcome),
}

/// Where a patient is in the walkthrough.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    /// The answered questions that count, in order. Answers to skipped
    /// questions (say, after going back and changing an earlier one) are
    /// kept by the caller but do not count.
    pub asked: Vec<QuestionId>,
    pub next: Next,
    /// How many questions this path can have at most, given the answers so
    /// far: for "Question 2 of 6".
    pub max_questions: usize,
}

impl Walk {
    /// The questions on the path, answered or next, in order.
    pub fn path(&self) -> Vec<QuestionId> {
        let mut path = self.asked.clone();
        if let Next::Ask(q) = self.next {
            path.push(q);
        }
        path
    }
}

/// Walks the questions in order with the given answers and says what comes
/// next: the first question that can still change the verdict and has no
/// answer, or the outcome.
pub fn walk(answers: &Answers) -> Walk {
    let mut known = Answers::default();
    let mut asked = Vec::new();
    // Questions skipped so far stay open: any answer to them is possible.
    let mut skipped: Vec<QuestionId> = Vec::new();
    for (i, &q) in QuestionId::ALL.iter().enumerate() {
        let open: Vec<QuestionId> = skipped
            .iter()
            .chain(QuestionId::ALL.iter().skip(i))
            .copied()
            .collect();
        if !can_change_verdict(q, &known, &open) {
            skipped.push(q);
            continue;
        }
        match answers.get(q) {
            Some(choice) => {
                known.set(q, Some(choice));
                asked.push(q);
            }
            None => {
                let later = QuestionId::ALL
                    .iter()
                    .skip(i + 1)
                    .filter(|&&later| can_change_verdict(later, &known, &open))
                    .count();
                let max_questions = asked.len() + 1 + later;
                return Walk {
                    asked,
                    next: Next::Ask(q),
                    max_questions,
                };
            }
        }
    }
    let outcome = decide(&known).expect("the decision table covers every full set of answers");
    let max_questions = asked.len();
    Walk {
        asked,
        next: Next::Done(outcome),
        max_questions,
    }
}

/// Every (question, answer) pair that a rule can give as a reason. Used to
/// check that the locale has a sentence for each.
pub fn all_reasons() -> Vec<Reason> {
    let mut reasons: Vec<Reason> = RULES
        .iter()
        .flat_map(|rule| rule.cases.iter())
        .flat_map(|tests| tests.iter())
        .flat_map(|t| {
            t.any_of.iter().map(move |&choice| Reason {
                question: t.question,
                choice,
            })
        })
        .collect();
    reasons.sort_by_key(|r| (r.question, r.choice));
    reasons.dedup();
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_medicare_goes_straight_to_the_result() {
        let w = walk(&Answers::default().with(Medicare, No));
        assert_eq!(w.asked, vec![Medicare]);
        match w.next {
            Next::Done(o) => {
                assert_eq!(o.kind, OutcomeKind::NotMedicare);
                assert_eq!(o.rule, RuleId::R1);
                assert_eq!(
                    o.reasons,
                    vec![Reason {
                        question: Medicare,
                        choice: No
                    }]
                );
            }
            other => panic!("expected a result, got {other:?}"),
        }
    }

    #[test]
    fn first_question_is_medicare_of_every_question() {
        // Before any answer, every question could still change the result.
        let w = walk(&Answers::default());
        assert_eq!(w.next, Next::Ask(Medicare));
        assert_eq!(w.max_questions, QuestionId::COUNT);
    }

    #[test]
    fn one_condition_skips_lasting() {
        let a = Answers::default()
            .with(Medicare, Yes)
            .with(PartB, PartBMedical)
            .with(Medicaid, No)
            .with(Conditions, OneCondition);
        let w = walk(&a);
        assert_eq!(w.next, Next::Ask(Risk));
        assert_eq!(w.max_questions, 5);
    }

    /// Keys name messages and page elements: two variants with one key
    /// would share them.
    #[test]
    fn keys_are_unique() {
        fn unique(keys: &[&str]) -> bool {
            let mut sorted = keys.to_vec();
            sorted.sort();
            sorted.dedup();
            sorted.len() == keys.len()
        }
        assert!(unique(&QuestionId::ALL.map(QuestionId::key)));
        assert!(unique(&Choice::ALL.map(Choice::key)));
        assert!(unique(&Condition::ALL.map(Condition::key)));
        assert!(unique(&OutcomeKind::ALL.map(OutcomeKind::key)));
        assert!(unique(&RuleId::ALL.map(RuleId::key)));
        assert!(unique(&Note::ALL.map(Note::key)));
        assert!(unique(&AskProvider::ALL.map(AskProvider::key)));
        assert!(unique(&OtherService::ALL.map(OtherService::key)));
        assert!(!unique(&["a", "b", "a"]));
    }

    #[test]
    fn checklist_counts() {
        let mut list = ConditionsChecklist::default();
        assert_eq!(conditions_choice(&list), None);
        list.picked.push(Condition::Asthma);
        assert_eq!(conditions_choice(&list), Some(OneCondition));
        list.picked.push(Condition::Other);
        assert_eq!(conditions_choice(&list), Some(TwoOrMoreConditions));
        list.exclusive = Some(NotSure);
        assert_eq!(conditions_choice(&list), Some(NotSure));
    }
}
