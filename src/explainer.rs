//! "Connecting the dots": the explainer's steps, as data.
//!
//! Each step is a few sentences from the facts about what CCM is (the words
//! are in `locales/`) and what the picture beside it shows: which places
//! light up and which are joined to the care team. `docs/ccm-sources.md`,
//! section 4, lists the steps with their facts; the source tags in the
//! comments (`[S1]` and so on) are that document's. The picture is
//! decorative; each step's text says everything it shows. No web
//! dependency, so the host tests can read it.

use crate::keys::keyed_enum;

keyed_enum! {
    /// A place a patient gets care, drawn as a dot around the patient
    /// (`place-<key>` labels it). `ALL` is the order they are drawn in,
    /// clockwise from the top.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Place {
        MainDoctor => "main-doctor",
        Specialists => "specialists",
        Hospital => "hospital",
        TestingCenter => "testing-center",
        Pharmacy => "pharmacy",
    }
}

/// How the places are tied to the patient in a step's picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Links {
    /// No lines.
    None,
    /// A loose dashed line from the patient to each place, none between
    /// them: the patient carries everything from one place to the next.
    Scattered,
    /// The care team around the patient, joined to the places listed.
    CareTeam(&'static [Place]),
}

/// Something extra drawn beside the patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    None,
    /// Two small marks on the patient: more than one condition.
    Conditions,
    /// A sheet of paper: the care plan.
    CarePlan,
    /// A clock: help at any hour.
    Clock,
}

/// Facts a step shows below its main text, from messages shared with the
/// result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    /// "In an emergency, call 911": wherever round-the-clock help is named.
    Emergency,
    /// The 1-800-MEDICARE line and the campaign page.
    HelpLine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Names the step's messages: `explainer-<key>-title`, `-body`.
    pub key: &'static str,
    /// More paragraphs after the body, by message id suffix.
    pub more: &'static [&'static str],
    pub extra: &'static [Extra],
    /// Places drawn lit; the rest are drawn faint and dashed.
    pub lit: &'static [Place],
    pub links: Links,
    pub mark: Mark,
}

const EVERY_PLACE: &[Place] = &Place::ALL;

/// The steps in order. The facts behind each are in the comments.
pub const STEPS: &[Step] = &[
    // About two-thirds of people with Medicare have two or more chronic
    // conditions [S2]; "chronic" explained once.
    Step {
        key: "common",
        more: &[],
        extra: &[],
        lit: &[],
        links: Links::None,
        mark: Mark::Conditions,
    },
    // Pharmacy, specialists, testing centers and hospitals that do not
    // always talk to each other [S1].
    Step {
        key: "places",
        more: &[],
        extra: &[],
        lit: EVERY_PLACE,
        links: Links::Scattered,
        mark: Mark::None,
    },
    // One designated care team member; coordination between them [S1][S4].
    Step {
        key: "team",
        more: &[],
        extra: &[],
        lit: EVERY_PLACE,
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::None,
    },
    // A comprehensive care plan made with the patient, with a copy [S4].
    Step {
        key: "plan",
        more: &[],
        extra: &[],
        lit: &[Place::MainDoctor, Place::Specialists],
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::CarePlan,
    },
    // 24/7 access for urgent needs, always with the 911 line [S2].
    Step {
        key: "help",
        more: &[],
        extra: &[Extra::Emergency],
        lit: &[],
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::Clock,
    },
    // Medication management; care transitions; home- and community-based
    // services [S4][S5].
    Step {
        key: "medicines",
        more: &[],
        extra: &[],
        lit: &[Place::Pharmacy, Place::Hospital],
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::None,
    },
    // Part B, two or more conditions, significant risk [S1][S3]; Medicare
    // Advantage covers it [S10]; deductible and 20% coinsurance, Medigap and
    // Medicaid [S2][S11][S12]; consent first, stop any time [S5].
    Step {
        key: "cost",
        more: &["share", "consent"],
        extra: &[],
        lit: EVERY_PLACE,
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::None,
    },
    // The check, and that only the provider decides.
    Step {
        key: "next",
        more: &[],
        extra: &[Extra::HelpLine],
        lit: EVERY_PLACE,
        links: Links::CareTeam(EVERY_PLACE),
        mark: Mark::None,
    },
];

impl Step {
    pub fn title_id(&self) -> String {
        ["explainer-", self.key, "-title"].concat()
    }

    /// The step's paragraphs, in order.
    pub fn paragraph_ids(&self) -> Vec<String> {
        std::iter::once("body")
            .chain(self.more.iter().copied())
            .map(|part| ["explainer-", self.key, "-", part].concat())
            .collect()
    }

    pub fn is_lit(&self, place: Place) -> bool {
        self.lit.contains(&place)
    }

    /// Whether the care team is drawn and joined to `place`.
    pub fn links_team_to(&self, place: Place) -> bool {
        matches!(self.links, Links::CareTeam(places) if places.contains(&place))
    }

    pub fn has_care_team(&self) -> bool {
        matches!(self.links, Links::CareTeam(_))
    }
}

pub fn place_label_id(place: Place) -> String {
    ["place-", place.key()].concat()
}

/// Every message id the explainer builds from this data.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = STEPS
        .iter()
        .flat_map(|s| std::iter::once(s.title_id()).chain(s.paragraph_ids()))
        .collect();
    ids.extend(Place::ALL.map(place_label_id));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_to_eight_steps_with_unique_keys() {
        assert!((6..=8).contains(&STEPS.len()));
        let mut keys: Vec<_> = STEPS.iter().map(|s| s.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), STEPS.len());
    }

    #[test]
    fn each_place_has_its_own_key() {
        let mut keys = Place::ALL.map(Place::key);
        keys.sort();
        assert!(keys.windows(2).all(|pair| pair[0] != pair[1]));
    }

    #[test]
    fn round_the_clock_help_always_comes_with_the_emergency_line() {
        let help = STEPS.iter().find(|s| s.mark == Mark::Clock).unwrap();
        assert!(help.extra.contains(&Extra::Emergency));
    }

    #[test]
    fn the_picture_first_scatters_the_places_then_joins_them() {
        let places = STEPS.iter().position(|s| s.links == Links::Scattered);
        let team = STEPS.iter().position(|s| s.has_care_team());
        assert!(places.unwrap() < team.unwrap());
        assert!(Place::ALL
            .iter()
            .all(|&p| STEPS[team.unwrap()].links_team_to(p)));
    }
}
