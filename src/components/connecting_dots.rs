use super::WidgetContext;
use crate::explainer::{place_label_id, Links, Mark, Place, Step};
use yew::prelude::*;

/// The patient in the middle and a dot for each place they get care. Lines
/// are drawn from the middle outward and the circles drawn over them hide
/// their ends, so no geometry is computed here. Integer coordinates only:
/// formatting floats would add kilobytes of wasm.
const CENTER: (i32, i32) = (160, 125);
const PATIENT_RADIUS: i32 = 24;
const TEAM_RADIUS: i32 = 42;
const PLACE_RADIUS: i32 = 21;

/// Where each place sits, on an ellipse around the patient.
fn position(place: Place) -> (i32, i32) {
    match place {
        Place::MainDoctor => (160, 45),
        Place::Specialists => (266, 97),
        Place::Hospital => (226, 198),
        Place::TestingCenter => (94, 198),
        Place::Pharmacy => (54, 97),
    }
}

/// A 24-unit line icon for each place, drawn around (12, 12).
fn icon(place: Place) -> &'static str {
    match place {
        // A stethoscope.
        Place::MainDoctor => "M7 4v6a5 5 0 0 0 10 0V4M12 15v2a4 4 0 0 0 8 0v-4M20 11v0",
        // A heart.
        Place::Specialists => "M12 20S4 15 4 9.5A4 4 0 0 1 12 7a4 4 0 0 1 8 2.5C20 15 12 20 12 20z",
        // A capsule.
        Place::Pharmacy => "M5 13.5l8.5-8.5a3.5 3.5 0 0 1 5 5L10 18.5a3.5 3.5 0 0 1-5-5zM9 9.5l5 5",
        // A test tube.
        Place::TestingCenter => "M8 3h8M10 3v14a2 2 0 0 0 4 0V3M10 12h4",
        // A building with a cross.
        Place::Hospital => "M4 21V8h16v13M2 21h20M12 11v6M9 14h6",
    }
}

const PERSON: &str = "M12 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8zM4 22a8 8 0 0 1 16 0";
const CARE_PLAN: &str = "M6 3h9l4 4v14H6zM9 10h7M9 14h7M9 18h4";
const CLOCK: &str = "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM12 7v5l3 3";

/// Below the dot, except the top one's, which would sit on its line.
fn label_y(place: Place, y: i32) -> i32 {
    if place == Place::MainDoctor {
        y - PLACE_RADIUS - 8
    } else {
        y + PLACE_RADIUS + 17
    }
}

fn translate(x: i32, y: i32) -> String {
    format!("translate({} {})", x - 12, y - 12)
}

/// The "Connecting the dots" picture for one step. Decorative: the step's
/// text says all of it, so it is hidden from screen readers. Lit places are
/// filled and have a solid edge, faint ones a dashed edge: colour is never
/// the only difference.
pub fn connecting_dots(ctx: &WidgetContext, step: Step) -> Html {
    let (cx, cy) = CENTER;

    let lines = Place::ALL.iter().filter_map(|&place| {
        let (x, y) = position(place);
        let (class, key) = match step.links {
            Links::None => return None,
            Links::Scattered => ("ccw-dots-line ccw-dots-line-loose", "loose"),
            Links::CareTeam(_) if step.links_team_to(place) => ("ccw-dots-line", "team"),
            Links::CareTeam(_) => return None,
        };
        Some(html! {
            <line key={format!("{key}-{}", place.key())} class={class} pathLength="1"
                x1={cx.to_string()} y1={cy.to_string()} x2={x.to_string()} y2={y.to_string()} />
        })
    });

    let places = Place::ALL.iter().map(|&place| {
        let (x, y) = position(place);
        let lit = step.is_lit(place);
        html! {
            <g key={place.key()} class={classes!("ccw-dots-place", lit.then_some("ccw-dots-lit"))}
                data-place={place.key()} data-lit={lit.to_string()}>
                <circle class="ccw-dots-dot" cx={x.to_string()} cy={y.to_string()} r={PLACE_RADIUS.to_string()} />
                <path class="ccw-dots-icon" d={icon(place)} transform={translate(x, y)} />
                <text class="ccw-dots-label" x={x.to_string()} y={label_y(place, y).to_string()}>
                    { ctx.tr(&place_label_id(place)) }
                </text>
            </g>
        }
    });

    let mark = match step.mark {
        Mark::None | Mark::Conditions => None,
        Mark::CarePlan => Some(("care-plan", CARE_PLAN)),
        Mark::Clock => Some(("clock", CLOCK)),
    };

    html! {
        <svg class="ccw-dots" viewBox="0 0 320 250" aria-hidden="true" focusable="false"
            data-links={match step.links { Links::None => "none", Links::Scattered => "scattered", Links::CareTeam(_) => "care-team" }}>
            { for lines }
            if step.has_care_team() {
                <g class="ccw-dots-team" key="team">
                    <circle cx={cx.to_string()} cy={cy.to_string()} r={TEAM_RADIUS.to_string()} />
                    <text class="ccw-dots-label ccw-dots-team-label" x={cx.to_string()} y={(cy + TEAM_RADIUS + 16).to_string()}>
                        { ctx.tr("place-care-team") }
                    </text>
                </g>
            }
            <g class="ccw-dots-patient" key="patient">
                <circle cx={cx.to_string()} cy={cy.to_string()} r={PATIENT_RADIUS.to_string()} />
                <path class="ccw-dots-icon" d={PERSON} transform={translate(cx, cy - 1)} />
            </g>
            if step.mark == Mark::Conditions {
                // "2+" beside the patient: two or more conditions.
                <g class="ccw-dots-mark" key="conditions" data-mark="conditions">
                    <circle cx={(cx + 28).to_string()} cy={(cy - 24).to_string()} r="14" />
                    <text class="ccw-dots-count" x={(cx + 28).to_string()} y={(cy - 19).to_string()}>{ ctx.tr("place-two-or-more") }</text>
                </g>
            }
            if let Some((key, mark)) = mark {
                <g class="ccw-dots-mark" {key} data-mark={key}>
                    <circle cx={(cx + 30).to_string()} cy={(cy - 30).to_string()} r="15" />
                    <path class="ccw-dots-icon" d={mark} transform={format!("translate({} {}) scale(0.9)", cx + 19, cy - 41)} />
                </g>
            }
            { for places }
            <text class="ccw-dots-label ccw-dots-you" x={cx.to_string()} y={(cy + PATIENT_RADIUS + 15).to_string()}>
                if !step.has_care_team() { { ctx.tr("place-you") } }
            </text>
        </svg>
    }
}
