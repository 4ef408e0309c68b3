//! The axis drawing, in SVG user units (attributes, not styles: the site runs under a strict CSP).

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::text::Date;
use crate::model::timeline::{AXIS_END, AXIS_START, Milestone, When, axis_fraction};
use crate::model::{MilestoneId, policy};

const W: f64 = 1000.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 970.0;
const AXIS_Y: f64 = 96.0;
const LABEL_Y: f64 = 52.0;
const LABEL_GAP: f64 = 30.0;
/// The row of reported events, below the transition span, in its own shape (a diamond).
const REPORT_Y: f64 = 176.0;
/// Reports closer than this (in axis units) are drawn as one diamond with their count.
const REPORT_GROUP: f64 = 18.0;
const HEIGHT: f64 = 196.0;

fn x_of(date: Date) -> f64 {
    LEFT + axis_fraction(date) * (RIGHT - LEFT)
}

/// The point a milestone is drawn at: its day, or the end of its goal year.
pub fn anchor(when: When) -> Date {
    match when {
        When::Day(d) => d,
        When::Year(_) => when.end(),
        When::Years(..) => Date::new(when.start().year + (when.end().year - when.start().year) / 2, 7, 1),
    }
}

/// The axis: year ticks, the transition span, a numbered marker per milestone (clickable with a
/// mouse; keyboard users use the list, which carries the same numbers), and today.
pub fn axis_svg(
    lang: Lang,
    milestones: &'static [Milestone],
    selected: Option<MilestoneId>,
    today: Option<Date>,
    select: impl Fn(MilestoneId) + Clone + 'static,
) -> impl IntoView {
    let ui = lang.ui();
    let ticks = (AXIS_START.year..=AXIS_END.year)
        .map(|y| {
            let x = x_of(Date::new(y, 1, 1));
            let label = (y < AXIS_END.year).then(|| {
                let mid = x_of(Date::new(y, 7, 1));
                view! { <text x=format!("{mid:.1}") y=format!("{:.1}", AXIS_Y + 24.0) class="tl-year">{y}</text> }
            });
            view! {
                <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1=format!("{:.1}", AXIS_Y - 6.0) y2=format!("{:.1}", AXIS_Y + 6.0) class="tl-tick"/>
                {label}
            }
        })
        .collect_view();
    let spans = milestones
        .iter()
        .filter_map(|m| match m.when {
            When::Years(..) => Some((m.when.start(), m.when.end(), m.id)),
            _ => None,
        })
        .map(|(a, b, id)| {
            let (x1, x2) = (x_of(a), x_of(b));
            view! {
                <rect x=format!("{x1:.1}") y=format!("{:.1}", AXIS_Y + 32.0) width=format!("{:.1}", x2 - x1) height="10" rx="3"
                    class="tl-span" class:selected=selected == Some(id)/>
                <text x=format!("{:.1}", (x1 + x2) / 2.0) y=format!("{:.1}", AXIS_Y + 58.0) class="tl-span-label">{ui.tl_transition_short}</text>
            }
        })
        .collect_view();
    // Spread the number labels so the 2021 cluster stays readable.
    let mut last_label_x = f64::NEG_INFINITY;
    let markers = milestones
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = x_of(anchor(m.when));
            let label_x = x.max(last_label_x + LABEL_GAP);
            last_label_x = label_x;
            let id = m.id;
            let select = select.clone();
            let is_goal = matches!(m.when, When::Year(_));
            view! {
                <g class="tl-marker" class:selected=selected == Some(id) class:goal=is_goal on:click=move |_| select(id)>
                    <line x1=format!("{x:.1}") y1=format!("{AXIS_Y:.1}") x2=format!("{label_x:.1}") y2=format!("{:.1}", LABEL_Y + 12.0) class="tl-leader"/>
                    <circle cx=format!("{x:.1}") cy=format!("{AXIS_Y:.1}") r=if is_goal { "9" } else { "6" } class="tl-dot"/>
                    <circle cx=format!("{label_x:.1}") cy=format!("{LABEL_Y:.1}") r="13" class="tl-badge"/>
                    <text x=format!("{label_x:.1}") y=format!("{:.1}", LABEL_Y + 5.0) class="tl-badge-text">{i + 1}</text>
                </g>
            }
        })
        .collect_view();
    // Reported events since the policy, grouped where they crowd.
    let mut groups: Vec<(f64, usize)> = Vec::new();
    for x in policy().progress().reports.iter().map(|r| x_of(r.event.unwrap_or(r.reported).start())) {
        match groups.last_mut() {
            Some((gx, n)) if x - *gx < REPORT_GROUP => *n += 1,
            _ => groups.push((x, 1)),
        }
    }
    let report_marks = (!groups.is_empty()).then(|| {
        let marks = groups
            .into_iter()
            .map(|(x, n)| {
                let points = format!("{x:.1},{:.1} {:.1},{REPORT_Y:.1} {x:.1},{:.1} {:.1},{REPORT_Y:.1}", REPORT_Y - 8.0, x + 8.0, REPORT_Y + 8.0, x - 8.0);
                let count = (n > 1).then(|| view! { <text x=format!("{:.1}", x + 12.0) y=format!("{:.1}", REPORT_Y + 5.0) class="tl-report-count">{n}</text> });
                view! {
                    <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1=format!("{AXIS_Y:.1}") y2=format!("{:.1}", REPORT_Y - 8.0) class="tl-report-leader"/>
                    <polygon points=points class="tl-report"/>
                    {count}
                }
            })
            .collect_view();
        view! {
            <text x=format!("{LEFT}") y=format!("{:.1}", REPORT_Y + 5.0) class="tl-report-label">{ui.tl_reports_row}</text>
            {marks}
        }
    });
    let today_marker = today.map(|t| {
        let x = x_of(t);
        view! {
            <g class="tl-today">
                <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1="16" y2=format!("{:.1}", AXIS_Y + 40.0)/>
                <text x=format!("{x:.1}") y="12">{ui.tl_today}</text>
            </g>
        }
    });
    view! {
        <svg viewBox=format!("0 0 {W} {HEIGHT}") role="img" aria-label=ui.tl_axis_label class="tl-svg" focusable="false">
            <line x1=format!("{LEFT}") x2=format!("{RIGHT}") y1=format!("{AXIS_Y}") y2=format!("{AXIS_Y}") class="tl-axis-line"/>
            {ticks}
            {spans}
            {report_marks}
            {today_marker}
            {markers}
        </svg>
    }
}
