//! The walkthrough's state and every action on it, in one place.
//!
//! Components dispatch [`Action`]s; [`State::apply`] is the only code that
//! changes what a patient has answered or which screen is shown. It asks
//! [`rules::walk`] what comes next and never decides eligibility itself.

use crate::explainer;
use crate::i18n::{Language, ENGLISH};
use crate::kiosk::SharedResult;
use crate::rules::{
    self, conditions_choice, Answers, Choice, Condition, ConditionsChecklist, Next, QuestionId,
    Walk,
};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(QuestionId),
    CheckAnswers,
    Result,
    /// "Connecting the dots", at a step (from 0).
    Explainer(usize),
    /// A result opened from a kiosk's QR code: the outcome only. (Never in
    /// the main bundle, whose [`SharedResult`] has no values.)
    Shared(SharedResult),
}

impl Screen {
    /// The screen says the patient's answers, or the result that follows
    /// from them.
    pub fn shows_answers(self) -> bool {
        matches!(
            self,
            Screen::CheckAnswers | Screen::Result | Screen::Shared(_)
        )
    }
}

/// Where focus goes after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The new screen's heading.
    Heading,
    /// The error summary, after Continue with nothing chosen.
    ErrorSummary,
    /// The explainer's Next (or Previous) button, so a keyboard user can
    /// press it again; whichever is there if that one is gone.
    StepButton(StepButton),
}

crate::keys::keyed_enum! {
    /// How far a visitor got, which the partner's page is told of (as the
    /// element's `connected-care:<key>` events, see [`crate::hooks::events`]):
    /// never what they answered or what the result says.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Milestone {
        /// The questions began (from the start screen or the explainer).
        Start => "start",
        /// A result is shown, whichever it is.
        Result => "result",
        /// "Connecting the dots" opened.
        Explainer => "explainer",
        /// The visitor chose another language.
        Language => "language",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepButton {
    Previous,
    Next,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    /// Answers given with Continue. Kept when a patient goes back or changes
    /// an earlier answer; [`rules::walk`] ignores those that no longer count.
    pub answers: Answers,
    /// The saved conditions checklist, so Change shows what was ticked.
    pub checklist: ConditionsChecklist,
    /// What is selected on the current question screen, not yet saved.
    pub draft: Option<Choice>,
    /// What was last selected on each question screen, saved or not, so a
    /// choice survives Back then Continue (WCAG 3.3.7).
    pub drafts: Answers,
    /// The checklist as last ticked, saved or not.
    pub draft_checklist: ConditionsChecklist,
    /// Continue was pressed with nothing chosen.
    pub error: bool,
    /// The question was opened with Change from "Check your answers".
    pub changing: bool,
    /// What the rules say now, for the saved answers.
    pub walk: Walk,
    /// The language shown (once its messages are loaded).
    pub language: Language,
    /// The last language asked for could not be loaded.
    pub language_failed: bool,
    /// Bumped whenever focus should move; the app moves it after rendering.
    pub focus_seq: u32,
    pub focus: FocusTarget,
    /// The screen the explainer returns to when closed.
    pub explainer_from: Screen,
    /// The language a new session starts in (a kiosk's own).
    pub home_language: Language,
    /// Counts sessions: a new one renders everything afresh, so nothing of
    /// the last patient stays in any component.
    pub session: u32,
    /// Kiosk: "Are you still there?" is showing.
    pub idle_warning: bool,
    /// The last milestone reached (none before the first), and how many
    /// have been: the app tells the page of each new one
    /// ([`crate::hooks::events`]).
    pub milestone: Option<Milestone>,
    pub milestones: u32,
    /// Kiosk: "Larger text" is on (until the session ends).
    pub larger_text: bool,
    /// The screen is being read aloud, as the reader tells
    /// ([`crate::components::listen_button`]).
    pub reading_aloud: bool,
    /// Another language was just chosen: the status region says which,
    /// once it shows, as focus stays on the language menu. Until the next
    /// action.
    pub language_switched: bool,
}

impl Default for State {
    fn default() -> Self {
        Self::new(ENGLISH)
    }
}

impl State {
    /// The start, or a result shared from a kiosk.
    pub fn open(language: Language, shared: Option<rules::OutcomeKind>) -> Self {
        let mut state = Self::new(language);
        if let Some(shared) = SharedResult::from_options(shared) {
            state.screen = Screen::Shared(shared);
        }
        state
    }

    pub fn new(language: Language) -> Self {
        let answers = Answers::default();
        Self {
            screen: Screen::Start,
            answers,
            checklist: ConditionsChecklist::default(),
            draft: None,
            drafts: answers,
            draft_checklist: ConditionsChecklist::default(),
            error: false,
            changing: false,
            walk: rules::walk(&answers),
            language,
            language_failed: false,
            focus_seq: 0,
            focus: FocusTarget::Heading,
            explainer_from: Screen::Start,
            home_language: language,
            session: 0,
            idle_warning: false,
            milestone: None,
            milestones: 0,
            larger_text: false,
            reading_aloud: false,
            language_switched: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// Select a radio answer on the current question.
    Choose(Choice),
    /// Tick or untick a condition on the checklist.
    ToggleCondition(Condition),
    /// Tick or untick "None of these" or "I'm not sure" on the checklist.
    ToggleExclusive(Choice),
    Continue,
    Back,
    /// Open a question from "Check your answers".
    Change(QuestionId),
    ShowResult,
    StartOver,
    /// Switch language; answers and screen stay as they are.
    ChooseLanguage(Language),
    /// The language's messages could not be loaded: back to English.
    LanguageFailed(Language),
    /// Open "Connecting the dots" at its first step.
    OpenExplainer,
    NextStep,
    PreviousStep,
    /// Leave the explainer for the screen it was opened from.
    CloseExplainer,
    /// Kiosk: no input for a while; ask "Are you still there?".
    IdleTimeout,
    /// Kiosk: the patient answered "I'm still here".
    StillHere,
    /// Kiosk: "I'm done", or no answer to the idle question. Forget
    /// everything and start again in the kiosk's language.
    EndSession,
    /// Kiosk: "Larger text" on or off.
    ToggleLargerText,
    /// The reader tells whether the screen is being read aloud; told again
    /// when the device's voices change, it renders the app anew, which
    /// looks for a voice again.
    ReadingAloud(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.as_ref().clone().apply(action))
    }
}

impl State {
    /// Returns the state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        // Said once; the reader's news is not the patient's action.
        if !matches!(action, Action::ReadingAloud(_)) {
            self.language_switched = false;
        }
        match action {
            Action::Start => self.start(),
            Action::Choose(choice) => self.choose(choice),
            Action::ToggleCondition(condition) => self.toggle_condition(condition),
            Action::ToggleExclusive(choice) => self.toggle_exclusive(choice),
            Action::Continue => self.save_and_continue(),
            Action::Back => self.back(),
            Action::Change(q) => self.change(q),
            Action::ShowResult => self.show_result(),
            Action::StartOver => self.start_over(),
            Action::ChooseLanguage(language) => self.choose_language(language),
            Action::LanguageFailed(language) => self.fall_back_to_english(language),
            Action::OpenExplainer => self.open_explainer(),
            Action::NextStep => self.step(StepButton::Next),
            Action::PreviousStep => self.step(StepButton::Previous),
            Action::CloseExplainer => self.close_explainer(),
            Action::IdleTimeout => self.idle_warning = !self.is_fresh(),
            Action::StillHere => self.idle_warning = false,
            Action::EndSession => self.end_session(),
            Action::ToggleLargerText => self.larger_text = !self.larger_text,
            Action::ReadingAloud(reading) => self.reading_aloud = reading,
        }
        self
    }

    /// Nothing a patient did is left: the start screen, nothing answered,
    /// in the kiosk's own language.
    pub fn is_fresh(&self) -> bool {
        let new = State::new(self.home_language);
        self.screen == Screen::Start
            && self.answers == new.answers
            && self.checklist == new.checklist
            && self.language == self.home_language
            && !self.larger_text
    }

    /// The result, once every question that counts is answered.
    pub fn outcome(&self) -> Option<&rules::Outcome> {
        match &self.walk.next {
            Next::Done(outcome) => Some(outcome),
            Next::Ask(_) => None,
        }
    }

    /// The number of the question on screen and the most there can be.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else {
            return None;
        };
        let position = self.walk.path().iter().position(|&p| p == q)? + 1;
        Some((position, self.walk.max_questions.max(position)))
    }

    fn start(&mut self) {
        self.reach(Milestone::Start);
        match self.walk.path().first().copied() {
            Some(q) => self.go_to_question(q, false),
            None => self.go_to(Screen::CheckAnswers),
        }
    }

    /// Selects a radio answer, if the question on screen offers it.
    fn choose(&mut self, choice: Choice) {
        if let Screen::Question(q) = self.screen {
            if q.offered().contains(&choice) {
                self.draft = Some(choice);
                self.drafts.set(q, Some(choice));
                self.error = false;
            }
        }
    }

    /// Ticks or unticks a condition; ticking one unticks "None of these"
    /// and "I'm not sure".
    fn toggle_condition(&mut self, condition: Condition) {
        if self.screen != Screen::Question(QuestionId::Conditions) {
            return;
        }
        let list = &mut self.draft_checklist;
        if let Some(i) = list.picked.iter().position(|&c| c == condition) {
            list.picked.remove(i);
        } else {
            list.picked.push(condition);
            list.picked.sort();
            list.exclusive = None;
        }
        self.error = false;
    }

    /// Ticks or unticks "None of these" or "I'm not sure"; ticking one
    /// unticks everything else.
    fn toggle_exclusive(&mut self, choice: Choice) {
        if self.screen != Screen::Question(QuestionId::Conditions)
            || !QuestionId::Conditions.offered().contains(&choice)
        {
            return;
        }
        let list = &mut self.draft_checklist;
        if list.exclusive == Some(choice) {
            list.exclusive = None;
        } else {
            list.exclusive = Some(choice);
            list.picked.clear();
        }
        self.error = false;
    }

    /// Opens a question from "Check your answers".
    fn change(&mut self, q: QuestionId) {
        if self.screen == Screen::CheckAnswers && self.walk.asked.contains(&q) {
            self.go_to_question(q, true);
        }
    }

    fn show_result(&mut self) {
        if self.screen == Screen::CheckAnswers && self.outcome().is_some() {
            self.reach(Milestone::Result);
            self.go_to(Screen::Result);
        }
    }

    /// Forgets the answers; keeps the language, the text size and the
    /// session.
    fn start_over(&mut self) {
        *self = State {
            focus_seq: self.focus_seq + 1,
            milestone: self.milestone,
            milestones: self.milestones,
            home_language: self.home_language,
            session: self.session,
            larger_text: self.larger_text,
            ..State::new(self.language)
        };
    }

    /// Kiosk: forgets everything, and starts a new session in the kiosk's
    /// language.
    fn end_session(&mut self) {
        *self = State {
            focus_seq: self.focus_seq + 1,
            milestone: self.milestone,
            milestones: self.milestones,
            session: self.session + 1,
            ..State::new(self.home_language)
        };
    }

    fn choose_language(&mut self, language: Language) {
        if language != self.language {
            self.reach(Milestone::Language);
            self.language_switched = true;
        }
        self.language = language;
        self.language_failed = false;
    }

    /// `language` could not be loaded: if it is still the one chosen, back
    /// to English, and say so.
    fn fall_back_to_english(&mut self, language: Language) {
        if self.language == language {
            self.language = ENGLISH;
            self.language_failed = true;
        }
    }

    /// Opens "Connecting the dots" from the start or the result screen.
    fn open_explainer(&mut self) {
        if matches!(self.screen, Screen::Start | Screen::Result) {
            self.explainer_from = self.screen;
            self.reach(Milestone::Explainer);
            self.go_to(Screen::Explainer(0));
        }
    }

    /// The explainer's next or previous step, if there is one; focus stays
    /// on the button pressed.
    fn step(&mut self, pressed: StepButton) {
        let Screen::Explainer(step) = self.screen else {
            return;
        };
        let to = match pressed {
            StepButton::Next => Some(step + 1).filter(|&to| to < explainer::STEPS.len()),
            StepButton::Previous => step.checked_sub(1),
        };
        if let Some(to) = to {
            self.screen = Screen::Explainer(to);
            self.focus = FocusTarget::StepButton(pressed);
            self.focus_seq += 1;
        }
    }

    fn close_explainer(&mut self) {
        if matches!(self.screen, Screen::Explainer(_)) {
            self.go_to(self.explainer_from);
        }
    }

    /// Continue: saves the answer on screen and goes to the next question
    /// that counts, or says that nothing is chosen.
    fn save_and_continue(&mut self) {
        let Screen::Question(q) = self.screen else {
            return;
        };
        let choice = if q == QuestionId::Conditions {
            conditions_choice(&self.draft_checklist)
        } else {
            self.draft
        };
        let Some(choice) = choice else {
            self.error = true;
            self.focus = FocusTarget::ErrorSummary;
            self.focus_seq += 1;
            return;
        };
        if q == QuestionId::Conditions {
            self.checklist = self.draft_checklist.clone();
        }
        self.answers.set(q, Some(choice));
        self.walk = rules::walk(&self.answers);
        let next = if self.changing {
            // After a change, ask only what has newly come to count.
            match self.walk.next {
                Next::Ask(next) => Some(next),
                Next::Done(_) => None,
            }
        } else {
            let path = self.walk.path();
            path.iter()
                .position(|&p| p == q)
                .and_then(|i| path.get(i + 1).copied())
        };
        match next {
            Some(next) => {
                let changing = self.changing;
                self.go_to_question(next, changing)
            }
            None => self.go_to(Screen::CheckAnswers),
        }
    }

    fn back(&mut self) {
        match self.screen {
            Screen::Start | Screen::Shared(_) => {}
            Screen::Question(_) if self.changing && self.outcome().is_some() => {
                self.go_to(Screen::CheckAnswers)
            }
            Screen::Question(q) => {
                let path = self.walk.path();
                let previous = path
                    .iter()
                    .position(|&p| p == q)
                    .and_then(|i| i.checked_sub(1))
                    .map(|i| path[i]);
                match previous {
                    Some(p) => self.go_to_question(p, false),
                    None => self.go_to(Screen::Start),
                }
            }
            Screen::CheckAnswers => match self.walk.asked.last() {
                Some(&last) => self.go_to_question(last, false),
                None => self.go_to(Screen::Start),
            },
            Screen::Result => self.go_to(Screen::CheckAnswers),
            Screen::Explainer(_) => self.go_to(self.explainer_from),
        }
    }

    fn reach(&mut self, milestone: Milestone) {
        self.milestone = Some(milestone);
        self.milestones += 1;
    }

    fn go_to_question(&mut self, q: QuestionId, changing: bool) {
        self.draft = self.drafts.get(q);
        self.changing = changing;
        self.go_to(Screen::Question(q));
    }

    fn go_to(&mut self, screen: Screen) {
        if !matches!(screen, Screen::Question(_)) {
            self.changing = false;
        }
        self.screen = screen;
        self.error = false;
        self.focus = FocusTarget::Heading;
        self.focus_seq += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Choice::*;
    use QuestionId::*;

    fn answer(state: State, choice: Choice) -> State {
        state.apply(Action::Choose(choice)).apply(Action::Continue)
    }

    #[test]
    fn continue_without_an_answer_shows_an_error_and_stays() {
        let s = State::default().apply(Action::Start);
        let s = s.apply(Action::Continue);
        assert_eq!(s.screen, Screen::Question(Medicare));
        assert!(s.error);
        assert_eq!(s.focus, FocusTarget::ErrorSummary);
    }

    #[test]
    fn back_keeps_answers_and_continue_goes_forward_in_order() {
        let s = State::default().apply(Action::Start);
        let s = answer(s, Yes);
        let s = answer(s, PartBMedical);
        assert_eq!(s.screen, Screen::Question(Medicaid));
        let s = s.apply(Action::Back).apply(Action::Back);
        assert_eq!(s.screen, Screen::Question(Medicare));
        assert_eq!(s.draft, Some(Yes));
        let s = s.apply(Action::Continue);
        assert_eq!(s.screen, Screen::Question(PartB));
        assert_eq!(s.draft, Some(PartBMedical));
    }

    #[test]
    fn a_choice_not_yet_saved_survives_back_then_continue() {
        let s = answer(State::default().apply(Action::Start), Yes);
        let s = s.apply(Action::Choose(PartBMedical)).apply(Action::Back);
        assert_eq!(s.draft, Some(Yes));
        let s = s.apply(Action::Continue);
        assert_eq!(s.screen, Screen::Question(PartB));
        assert_eq!(s.draft, Some(PartBMedical));
        assert_eq!(s.answers.get(PartB), None, "chosen, not saved");
    }

    #[test]
    fn change_returns_to_check_answers() {
        let mut s = State::default().apply(Action::Start);
        s = answer(s, Yes);
        s = answer(s, PartBMedical);
        s = answer(s, No);
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        s = s.apply(Action::ToggleCondition(Condition::Diabetes));
        s = s.apply(Action::Continue);
        s = answer(s, Yes);
        s = answer(s, Yes);
        assert_eq!(s.screen, Screen::CheckAnswers);
        s = s.apply(Action::Change(Medicaid));
        assert_eq!(s.draft, Some(No));
        s = answer(s, Yes);
        assert_eq!(s.screen, Screen::CheckAnswers);
        assert_eq!(s.answers.get(Lasting), Some(Yes));
        // A change that brings a new question asks it, then comes back.
        s = s.apply(Action::Change(Conditions));
        s = s.apply(Action::ToggleExclusive(NoConditions));
        s = s.apply(Action::Continue);
        assert_eq!(s.screen, Screen::CheckAnswers);
        assert_eq!(s.outcome().unwrap().kind, rules::OutcomeKind::OtherOptions);
    }

    #[test]
    fn the_checklist_ticks_conditions_or_one_answer_that_excludes_them() {
        let s = State::default().apply(Action::Start);
        let on_medicare = s.clone();
        assert_eq!(
            on_medicare
                .clone()
                .apply(Action::ToggleCondition(Condition::Asthma)),
            on_medicare,
            "no checklist on another question"
        );
        let mut s = answer(answer(answer(s, Yes), PartBMedical), No);
        assert_eq!(s.screen, Screen::Question(Conditions));
        s = s.apply(Action::Continue);
        assert!(s.error);
        s = s.apply(Action::ToggleCondition(Condition::Diabetes));
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        assert!(!s.error);
        let list = |s: &State| {
            (
                s.draft_checklist.picked.clone(),
                s.draft_checklist.exclusive,
            )
        };
        assert_eq!(
            list(&s),
            (vec![Condition::Asthma, Condition::Diabetes], None)
        );
        s = s.apply(Action::ToggleExclusive(NotSure));
        assert_eq!(list(&s), (vec![], Some(NotSure)));
        assert_eq!(
            s.clone().apply(Action::ToggleExclusive(Yes)),
            s,
            "not offered"
        );
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        assert_eq!(list(&s), (vec![Condition::Asthma], None));
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        s = s.apply(Action::ToggleExclusive(NoConditions));
        assert_eq!(list(&s), (vec![], Some(NoConditions)));
        s = s.apply(Action::ToggleExclusive(NoConditions));
        assert_eq!(list(&s), (vec![], None));
    }

    #[test]
    fn a_language_switch_is_said_once_until_the_next_action() {
        let arabic = Language::from_tag("ar").unwrap();
        let mut s = State::default().apply(Action::ChooseLanguage(ENGLISH));
        assert!(!s.language_switched, "the same language: nothing to say");
        s = s.apply(Action::ChooseLanguage(arabic));
        assert!(s.language_switched);
        s = s.apply(Action::ReadingAloud(false));
        assert!(s.language_switched, "the reader's news is not an action");
        s = s.apply(Action::Start);
        assert!(!s.language_switched);
        s = s.apply(Action::ChooseLanguage(arabic));
        assert!(!s.language_switched, "already Arabic");
    }

    #[test]
    fn switching_language_keeps_answers_and_start_over_keeps_language() {
        let arabic = Language::from_tag("ar").unwrap();
        let mut s = State::default().apply(Action::Start);
        s = answer(s, Yes);
        s = s.apply(Action::ChooseLanguage(arabic));
        assert_eq!(s.screen, Screen::Question(PartB));
        assert_eq!(s.answers.get(Medicare), Some(Yes));
        s = s.apply(Action::StartOver);
        assert_eq!(s.language, arabic);
        assert_eq!(s.answers.get(Medicare), None);
        s = s.apply(Action::LanguageFailed(arabic));
        assert_eq!(s.language, ENGLISH);
        assert!(s.language_failed);
    }

    #[test]
    fn the_explainer_returns_to_the_result_with_every_answer_kept() {
        let mut s = State::default().apply(Action::Start);
        s = answer(s, No);
        s = s.apply(Action::ShowResult);
        assert_eq!(s.screen, Screen::Result);
        let before = s.clone();
        s = s.apply(Action::OpenExplainer);
        assert_eq!(s.screen, Screen::Explainer(0));
        s = s.apply(Action::PreviousStep);
        assert_eq!(s.screen, Screen::Explainer(0), "no step before the first");
        for _ in 0..20 {
            s = s.apply(Action::NextStep);
        }
        assert_eq!(s.screen, Screen::Explainer(explainer::STEPS.len() - 1));
        assert_eq!(s.focus, FocusTarget::StepButton(StepButton::Next));
        s = s.apply(Action::PreviousStep);
        assert_eq!(s.focus, FocusTarget::StepButton(StepButton::Previous));
        s = s.apply(Action::CloseExplainer);
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.focus, FocusTarget::Heading);
        assert_eq!((s.answers, s.walk), (before.answers, before.walk));
    }

    #[test]
    fn the_explainer_opened_from_the_start_goes_back_there_or_into_the_check() {
        let s = State::default().apply(Action::OpenExplainer);
        assert_eq!(s.screen, Screen::Explainer(0));
        assert_eq!(s.clone().apply(Action::Back).screen, Screen::Start);
        let s = s.apply(Action::NextStep).apply(Action::Start);
        assert_eq!(s.screen, Screen::Question(Medicare));
        // Only the start and result screens open it.
        assert_eq!(s.clone().apply(Action::OpenExplainer).screen, s.screen);
    }

    #[test]
    fn ending_a_session_forgets_everything_but_the_kiosk_language() {
        let arabic = Language::from_tag("ar").unwrap();
        let mut s = State::new(ENGLISH);
        assert!(s.is_fresh());
        assert!(
            !s.clone().apply(Action::IdleTimeout).idle_warning,
            "nothing to clear"
        );
        s = s.apply(Action::ToggleLargerText);
        assert!(!s.is_fresh(), "larger text is for this patient only");
        s = s.apply(Action::ChooseLanguage(arabic)).apply(Action::Start);
        s = answer(s, Yes);
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        s = s.apply(Action::StartOver).apply(Action::Start);
        assert!(s.larger_text, "start over keeps the text size");
        s = answer(s, Yes);
        s = s.apply(Action::ToggleCondition(Condition::Asthma));
        s = s.apply(Action::IdleTimeout);
        assert!(s.idle_warning);
        s = s.apply(Action::StillHere);
        assert!(!s.idle_warning);
        assert_eq!(s.answers.get(Medicare), Some(Yes));
        s = s.apply(Action::IdleTimeout).apply(Action::EndSession);
        assert!(s.is_fresh());
        assert!(!s.idle_warning);
        assert!(!s.larger_text, "a reset turns larger text off");
        assert_eq!((s.language, s.session), (ENGLISH, 1));
        assert_eq!(
            State {
                focus_seq: 0,
                session: 0,
                milestone: None,
                milestones: 0,
                ..s
            },
            State::new(ENGLISH)
        );
    }

    /// Applies `actions` in turn and lists the milestones they reach.
    fn milestones(mut s: State, actions: &[Action]) -> (State, Vec<Milestone>) {
        let mut reached = Vec::new();
        for action in actions {
            let count = s.milestones;
            s = s.apply(action.clone());
            if s.milestones != count {
                assert_eq!(s.milestones, count + 1);
                reached.extend(s.milestone);
            }
        }
        (s, reached)
    }

    #[test]
    fn a_walk_reaches_start_explainer_language_and_result_once_each() {
        let arabic = Language::from_tag("ar").unwrap();
        let walk = [
            Action::OpenExplainer,
            Action::NextStep,
            Action::CloseExplainer,
            Action::Start,
            Action::Continue,
            Action::Choose(Yes),
            Action::Continue,
            Action::ChooseLanguage(arabic),
            Action::ChooseLanguage(arabic),
            Action::Choose(OnlyPartA),
            Action::Continue,
            Action::Back,
            Action::Continue,
            Action::ShowResult,
            Action::ShowResult,
            Action::OpenExplainer,
            Action::CloseExplainer,
            Action::StartOver,
        ];
        let (s, reached) = milestones(State::default(), &walk);
        use Milestone as M;
        assert_eq!(
            reached,
            [M::Explainer, M::Start, M::Language, M::Result, M::Explainer]
        );
        assert_eq!((s.screen, s.milestones), (Screen::Start, 5), "kept");
        // Choosing the language already shown, a failed download and a
        // kiosk's new session are no milestones.
        let (_, reached) = milestones(
            s,
            &[
                Action::ChooseLanguage(arabic),
                Action::LanguageFailed(arabic),
                Action::IdleTimeout,
                Action::EndSession,
            ],
        );
        assert_eq!(reached, []);
    }
}
