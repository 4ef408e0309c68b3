//! The policy's course in time: an axis (horizontal on wide screens), the milestones as a list
//! that reads top to bottom on a phone, and the selected milestone's detail.

mod axis;
mod detail;

use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, ReadAloud, ReportedSince, attr};
use crate::i18n::{Lang, date, milestone_title, today_sentence, when};
use crate::model::text::Date;
use crate::model::{Milestone, MilestoneId, policy};
use crate::nav::{Move, href, use_go};
use crate::route::{Page, TimelineState};
use axis::{anchor, axis_svg};
use detail::milestone_detail;

/// The detail's element id, brought into view after a choice.
const DETAIL_ID: &str = "tl-detail";

/// A milestone's element id in the list (`ms-goals-2025`).
fn item_id(id: MilestoneId) -> String {
    format!("ms-{}", id.key())
}

#[component]
pub fn TimelinePage(lang: Lang, state: Memo<TimelineState>) -> impl IntoView {
    let ui = lang.ui();
    let milestones = policy().timeline();
    let selected = Memo::new(move |_| state.get().milestone);
    // The clock is a browser API: read it in an effect so the page also renders without one.
    let today = RwSignal::new(None::<Date>);
    Effect::new(move |_| today.set(browser::today()));

    let go = use_go();
    // A choice keeps the reader's place; the detail is brought into view below (not on arrival).
    let select = move |id: MilestoneId| go(lang, Page::milestone(id), Move::Keep);
    Effect::new(move |previous: Option<Option<MilestoneId>>| {
        let now = selected.get();
        if previous.is_some_and(|p| p != now) && now.is_some() {
            request_animation_frame(|| browser::reveal(DETAIL_ID));
        }
        now
    });
    let on_key = {
        let select = select.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let ids = MilestoneId::ALL;
            // Keys act on the focused milestone, else on the selected one.
            let focused = browser::target_id(&ev).and_then(|id| id.strip_prefix("ms-").and_then(MilestoneId::from_key));
            let at = focused.or(selected.get_untracked()).and_then(|s| ids.iter().position(|id| *id == s));
            let next = match (ev.key().as_str(), at) {
                ("ArrowRight" | "ArrowDown", Some(i)) => ids.get(i + 1).copied(),
                ("ArrowLeft" | "ArrowUp", Some(i)) => i.checked_sub(1).and_then(|i| ids.get(i).copied()),
                ("ArrowRight" | "ArrowDown" | "Home", None) | ("Home", _) => ids.first().copied(),
                ("ArrowLeft" | "ArrowUp" | "End", None) | ("End", _) => ids.last().copied(),
                _ => return,
            };
            ev.prevent_default();
            if let Some(id) = next {
                select(id);
                browser::focus(&item_id(id));
            }
        }
    };

    let axis = {
        let select = select.clone();
        move || axis_svg(lang, milestones, selected.get(), today.get(), select.clone())
    };
    let items = move || {
        let today = today.get();
        let mut items: Vec<AnyView> = Vec::new();
        let mut today_shown = false;
        for (i, m) in milestones.iter().enumerate() {
            if let Some(t) = today.filter(|t| !today_shown && anchor(m.when) > *t) {
                items.push(today_item(lang, t).erased());
                today_shown = true;
            }
            items.push(milestone_item(lang, i + 1, m, selected, today).erased());
        }
        if let Some(t) = today.filter(|_| !today_shown) {
            items.push(today_item(lang, t).erased());
        }
        items
    };
    let detail = move || match selected.get() {
        Some(id) => view! { <ReadAloud lang target=DETAIL_ID/> {milestone_detail(lang, policy().milestone(id))} }.erased(),
        None => view! { <p class="tl-pick">{ui.tl_pick}</p> }.erased(),
    };
    let today_note = move || today.get().map(|t| view! { <p class="tl-today-note">{today_sentence(lang, t)}</p> });

    view! {
        <div class="page timeline">
            <h1>{ui.timeline_title}</h1>
            <p class="lede">{ui.timeline_description}</p>
            {today_note}
            <div class="tl-axis">{axis}</div>
            <ol class="tl-list" aria-label=ui.tl_list_label on:keydown=on_key>{items}</ol>
            <p class="tl-hint">{ui.tl_keyboard_hint}</p>
            <section class="tl-detail" id=DETAIL_ID aria-live="polite" aria-label=ui.tl_summary>{detail}</section>
            <div class="tl-reports">
                <ReportedSince lang reports=policy().progress().reports.iter().collect() level=2/>
            </div>
        </div>
    }
}

/// The timeline widget (`/embed/timeline/`): the axis, then every milestone with its detail,
/// open, since a widget is read without the app (no choice to make, no clock to mark today).
#[component]
pub fn TimelineWidget(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let milestones = policy().timeline();
    let items = milestones.iter().map(|m| view! { <li class="tl-widget-item">{milestone_detail(lang, m)}</li> }).collect_view();
    view! {
        <div class="timeline">
            <div class="tl-axis">{axis_svg(lang, milestones, None, None, |_| {})}</div>
            <p class="tl-hint">{ui.widget_timeline_note}</p>
            <ol class="tl-widget-list">{items}</ol>
        </div>
    }
}

fn milestone_item(
    lang: Lang,
    number: usize,
    m: &'static Milestone,
    selected: Memo<Option<MilestoneId>>,
    today: Option<Date>,
) -> impl IntoView {
    let id = m.id;
    let is_selected = move || selected.get() == Some(id);
    let relation = today.map(|t| {
        let r = m.when.relation(t);
        view! { <span class=format!("tl-relation tl-{}", r.key())>{lang.ui().relation(r)}</span> }
    });
    view! {
        <li class="tl-item" class:selected=is_selected>
            <a href=href(lang, Page::milestone(id)) id=item_id(id) aria-current=move || is_selected().then_some("true") class="tl-link"
                {..attr::data_noscroll("")}>
                <span class="tl-number" aria-hidden="true">{number}</span>
                <time class="tl-when" datetime=m.when.start().to_string()>{when(lang, m.when)}</time>
                <span class="tl-title">{milestone_title(lang, m)}</span>
                {relation}
            </a>
        </li>
    }
}

fn today_item(lang: Lang, today: Date) -> impl IntoView {
    let ui = lang.ui();
    view! {
        <li class="tl-item tl-today-item">
            <span class="tl-today-mark">
                <span class="tl-title">{ui.tl_today}</span>
                <time class="tl-when" datetime=today.to_string()>{date(lang, today)}</time>
            </span>
        </li>
    }
}
