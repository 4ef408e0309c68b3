//! The axis drawing, in SVG user units (attributes, not styles: the site runs under a strict CSP).

use leptos::prelude::*;

use crate::components::attr;
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

/// A coordinate as the drawing writes it: one decimal.
fn at(v: f64) -> String {
    format!("{v:.1}")
}

/// A line's ends, as attributes that hydrate as served (`attr`).
fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> impl leptos::tachys::html::attribute::Attribute {
    (attr::x1(at(x1)), attr::y1(at(y1)), attr::x2(at(x2)), attr::y2(at(y2)))
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
                view! { <text class="tl-year" {..(attr::x(at(mid)), attr::y(at(AXIS_Y + 24.0)))}>{y}</text> }
            });
            view! {
                <line class="tl-tick" {..line(x, AXIS_Y - 6.0, x, AXIS_Y + 6.0)}/>
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
                <rect class="tl-span" class:selected=selected == Some(id)
                    {..(attr::x(at(x1)), attr::y(at(AXIS_Y + 32.0)), attr::width(at(x2 - x1)), attr::height(10), attr::rx(3))}/>
                <text class="tl-span-label" {..(attr::x(at((x1 + x2) / 2.0)), attr::y(at(AXIS_Y + 58.0)))}>{ui.tl_transition_short}</text>
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
                    <line class="tl-leader" {..line(x, AXIS_Y, label_x, LABEL_Y + 12.0)}/>
                    <circle class="tl-dot" {..(attr::cx(at(x)), attr::cy(at(AXIS_Y)), attr::r(if is_goal { 9 } else { 6 }))}/>
                    <circle class="tl-badge" {..(attr::cx(at(label_x)), attr::cy(at(LABEL_Y)), attr::r(13))}/>
                    <text class="tl-badge-text" {..(attr::x(at(label_x)), attr::y(at(LABEL_Y + 5.0)))}>{i + 1}</text>
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
                let points = format!(
                    "{x:.1},{:.1} {:.1},{REPORT_Y:.1} {x:.1},{:.1} {:.1},{REPORT_Y:.1}",
                    REPORT_Y - 8.0,
                    x + 8.0,
                    REPORT_Y + 8.0,
                    x - 8.0
                );
                let count = (n > 1).then(|| {
                    view! { <text class="tl-report-count" {..(attr::x(at(x + 12.0)), attr::y(at(REPORT_Y + 5.0)))}>{n}</text> }
                });
                view! {
                    <line class="tl-report-leader" {..line(x, AXIS_Y, x, REPORT_Y - 8.0)}/>
                    <polygon class="tl-report" {..attr::points(points)}/>
                    {count}
                }
            })
            .collect_view();
        view! {
            <text class="tl-report-label" {..(attr::x(at(LEFT)), attr::y(at(REPORT_Y + 5.0)))}>{ui.tl_reports_row}</text>
            {marks}
        }
    });
    let today_marker = today.map(|t| {
        let x = x_of(t);
        view! {
            <g class="tl-today">
                <line {..line(x, 16.0, x, AXIS_Y + 40.0)}/>
                <text {..(attr::x(at(x)), attr::y(12))}>{ui.tl_today}</text>
            </g>
        }
    });
    view! {
        <svg class="tl-svg"
            {..(attr::view_box(format!("0 0 {W} {HEIGHT}")), attr::role("img"), attr::aria_label(ui.tl_axis_label), attr::focusable("false"))}>
            <line class="tl-axis-line" {..line(LEFT, AXIS_Y, RIGHT, AXIS_Y)}/>
            {ticks}
            {spans}
            {report_marks}
            {today_marker}
            {markers}
        </svg>
    }
}
