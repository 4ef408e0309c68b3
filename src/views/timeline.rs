use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::{article_href, article_title, source_href};
use crate::href;
use crate::i18n::{Lang, fill};
use crate::model::text::Date;
use crate::model::timeline::{AXIS_END, AXIS_START, Milestone, Relation, Source, When, axis_fraction};
use crate::model::{policy, text::chinese_numeral};
use crate::route::Page;
use crate::use_view;

// The axis drawing, in SVG user units (attributes, not styles: the site runs under a strict CSP).
const W: f64 = 1000.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 970.0;
const AXIS_Y: f64 = 96.0;
const LABEL_Y: f64 = 52.0;
const LABEL_GAP: f64 = 30.0;

fn x_of(date: Date) -> f64 {
    LEFT + axis_fraction(date) * (RIGHT - LEFT)
}

/// The point a milestone is drawn at: its day, or the end of its goal year.
fn anchor(when: When) -> Date {
    match when {
        When::Day(d) => d,
        When::Year(_) => when.end(),
        When::Years(..) => Date::new(when.start().year + (when.end().year - when.start().year) / 2, 7, 1),
    }
}

/// Today's date from the browser's clock; `None` when rendering outside a browser.
fn browser_today() -> Option<Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Some(Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The policy's course in time: an axis (horizontal on wide screens), the milestones as a list
/// that reads top to bottom on a phone, and the selected milestone's detail.
#[component]
pub fn TimelinePage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let view = use_view();
    let milestones = StoredValue::new(policy().timeline());
    let selected = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Timeline { milestone } => milestone,
        _ => None,
    });
    // The clock is a browser API: read it in an effect so the page also renders without one.
    let today = RwSignal::new(None::<Date>);
    Effect::new(move |_| today.set(browser_today()));

    let navigate = use_navigate();
    let select = move |id: &'static str| {
        navigate(&crate::nav_url(lang, Page::Timeline { milestone: Some(id) }), NavigateOptions::default());
    };
    let on_key = {
        let select = select.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let ids: Vec<&'static str> = milestones.with_value(|ms| ms.iter().map(|m| m.id).collect());
            let at = selected.get_untracked().and_then(|s| ids.iter().position(|id| *id == s));
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
                crate::focus_by_id(&format!("ms-{id}"));
            }
        }
    };

    let axis = {
        let select = select.clone();
        move || axis_svg(lang, milestones.get_value(), selected.get(), today.get(), select.clone())
    };
    let items = move || {
        let today = today.get();
        let mut items: Vec<AnyView> = Vec::new();
        let mut today_shown = false;
        for (i, m) in milestones.get_value().into_iter().enumerate() {
            if let Some(t) = today.filter(|t| !today_shown && anchor(m.when) > *t) {
                items.push(today_item(lang, t).into_any());
                today_shown = true;
            }
            items.push(milestone_item(lang, i + 1, m, selected, today).into_any());
        }
        if let Some(t) = today.filter(|_| !today_shown) {
            items.push(today_item(lang, t).into_any());
        }
        items
    };
    let detail = move || match selected.get().and_then(|id| milestones.with_value(|ms| ms.iter().find(|m| m.id == id).cloned())) {
        Some(m) => milestone_detail(lang, m).into_any(),
        None => view! { <p class="tl-pick">{ui.tl_pick}</p> }.into_any(),
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
            <section class="tl-detail" aria-live="polite" aria-label=ui.tl_summary>{detail}</section>
        </div>
    }
}


/// "Today is …; the 2025 horizon has passed; 2035 is 9 years away. The text does not say…"
pub fn today_sentence(lang: Lang, today: Date) -> String {
    let ui = lang.ui();
    let mut out = fill(ui.tl_today_is, &[&lang.pick(today.chinese(), today.to_string())]);
    for goal in policy().goals() {
        if today > Date::new(goal.year, 12, 31) {
            out.push_str(&fill(ui.tl_horizon_passed, &[&goal.year]));
        } else {
            out.push_str(&fill(ui.tl_horizon_ahead, &[&goal.year, &(goal.year - today.year)]));
        }
        if lang == Lang::En {
            out.push(' ');
        }
    }
    out.push_str(ui.tl_no_claim);
    out
}

fn relation_label(lang: Lang, relation: Relation) -> &'static str {
    let ui = lang.ui();
    match relation {
        Relation::Past => ui.tl_past,
        Relation::Current => ui.tl_current,
        Relation::Future => ui.tl_future,
    }
}

fn milestone_item(lang: Lang, number: usize, m: Milestone, selected: Memo<Option<&'static str>>, today: Option<Date>) -> impl IntoView {
    let id = m.id;
    let is_selected = move || selected.get() == Some(id);
    let relation = today.map(|t| {
        let r = m.when.relation(t);
        view! { <span class=format!("tl-relation tl-{}", format!("{r:?}").to_lowercase())>{relation_label(lang, r)}</span> }
    });
    view! {
        <li class="tl-item" class:selected=is_selected>
            <a href=href(lang, Page::Timeline { milestone: Some(id) }) id=format!("ms-{id}")
                aria-current=move || is_selected().then_some("true") class="tl-link">
                <span class="tl-number" aria-hidden="true">{number}</span>
                <time class="tl-when" datetime=m.when.start().to_string()>{lang.pick(m.when.label_zh(), m.when.label_en())}</time>
                <span class="tl-title">{lang.pick(m.title_zh, m.title_en)}</span>
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
                <time class="tl-when" datetime=today.to_string()>{lang.pick(today.chinese(), today.to_string())}</time>
            </span>
        </li>
    }
}

fn source_label(lang: Lang, source: Source) -> String {
    let ui = lang.ui();
    match source {
        Source::Preamble => ui.src_preamble.to_string(),
        Source::Signature => ui.src_signature.to_string(),
        Source::PrintingLine => ui.src_printing.to_string(),
        Source::Article(no) => {
            let article = policy().article(no).expect("milestone sources exist");
            format!("{} {}", fill(ui.src_article, &[&article.label()]), article_title(lang, article).split_once(' ').map_or("", |t| t.1))
        }
    }
}

fn milestone_detail(lang: Lang, m: Milestone) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let chips = |articles: &[u8]| {
        articles
            .iter()
            .map(|&no| {
                let title = p.article(no).map(|a| article_title(lang, a)).unwrap_or_default();
                view! { <li><a href=article_href(lang, no) title=title.clone() aria-label=title>{format!("({})", chinese_numeral(no))}</a></li> }
            })
            .collect_view()
    };
    let commitments = (!m.commitments.is_empty()).then(|| {
        let items = m
            .commitments
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <span class="commitment-label">{lang.pick(c.label_zh, c.label_en)}</span>
                        <q lang="zh-CN">{c.text}</q>
                        <ul class="chip-list small" aria-label=ui.tl_articles>{chips(c.articles)}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{ui.tl_commitments}</h3>
            <ol class="commitments">{items}</ol>
        }
    });
    let articles = (m.commitments.is_empty() && !m.articles.is_empty()).then(|| {
        view! {
            <h3>{ui.tl_articles}</h3>
            <ul class="chip-list">{chips(&m.articles)}</ul>
        }
    });
    let note = lang.pick(m.date_note_zh, m.date_note_en).map(|n| view! { <p class="source-note">{n}</p> });
    view! {
        <h2>{lang.pick(m.title_zh, m.title_en)}</h2>
        <p class="tl-detail-when">
            <time datetime=m.when.start().to_string()>{lang.pick(m.when.label_zh(), m.when.label_en())}</time>
        </p>
        {note}
        <figure class="quote">
            <blockquote lang="zh-CN">{m.quote.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}</blockquote>
            <figcaption>
                {ui.tl_source} ": "
                <a href=source_href(lang, m.source)>{source_label(lang, m.source)}</a>
            </figcaption>
        </figure>
        <h3>{ui.tl_summary}</h3>
        <p>{lang.pick(m.summary_zh, m.summary_en)}</p>
        {commitments}
        {articles}
    }
}

/// The axis: year ticks, the transition span, a numbered marker per milestone (clickable with a
/// mouse; keyboard users use the list, which carries the same numbers), and today.
fn axis_svg(
    lang: Lang,
    milestones: Vec<Milestone>,
    selected: Option<&'static str>,
    today: Option<Date>,
    select: impl Fn(&'static str) + Clone + 'static,
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
        <svg viewBox=format!("0 0 {W} 160") role="img" aria-label=ui.tl_axis_label class="tl-svg" focusable="false">
            <line x1=format!("{LEFT}") x2=format!("{RIGHT}") y1=format!("{AXIS_Y}") y2=format!("{AXIS_Y}") class="tl-axis-line"/>
            {ticks}
            {spans}
            {today_marker}
            {markers}
        </svg>
    }
}
