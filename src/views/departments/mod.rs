//! Who leads what: the responsibility matrix with its order and filter in the URL, a unit's or
//! an article's page, the data downloads, and two charts.

pub mod charts;
mod matrix;
mod panels;

use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, RoleTag};
use crate::i18n::{Lang, fill};
use crate::model::matrix::{CSV_FILE, JSON_FILE, RowOrder, matrix};
use crate::model::{Role, UnitKind, policy};
use crate::nav::{Live, Move, file_href, use_go};
use crate::route::{DepartmentsState, Page};
use charts::MatrixCharts;
use matrix::{MatrixList, MatrixTable, Open, Order, card_link_id, col_link_id, row_link_id};
use panels::{ARTICLE_HEADING_ID, ARTICLE_PANEL_ID, ArticlePanel, UNIT_HEADING_ID, UNIT_PANEL_ID, UnitPanel};

/// The departments widget: the matrix (the table, or its list of cards when narrow), a unit's
/// duties, or an article with its text, summary and units (`/embed/departments/units/drc/`).
#[component]
pub fn DepartmentsWidget(lang: Lang, state: DepartmentsState) -> impl IntoView {
    let ui = lang.ui();
    match (state.unit, state.article) {
        (Some(id), _) => view! { <UnitPanel lang id state widget=true/> }.erased(),
        (None, Some(no)) => view! { <ArticlePanel lang no state widget=true/> }.erased(),
        (None, None) => {
            let none = Memo::new(|_| None);
            let none_article = Memo::new(|_| None);
            let order = Order::fixed((RowOrder::default(), None));
            view! {
                <p class="lede">{ui.departments_description}</p>
                {legend(lang)}
                <div class="matrix-wide"><MatrixTable lang order unit=none article=none_article/></div>
                <div class="matrix-narrow"><MatrixList lang order filter=false/></div>
                <p class="source-note">{ui.footer_as_of}</p>
            }
            .erased()
        }
    }
}

/// What the three roles mean, in plain words (the matrix's key).
fn legend(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let items = [(Role::Lead, ui.dep_legend_lead), (Role::Support, ui.dep_legend_support), (Role::Joint, ui.dep_legend_joint)]
        .into_iter()
        .map(|(role, meaning)| view! { <li><RoleTag lang role short=true/> " " {meaning}</li> })
        .collect_view();
    view! {
        <div id="matrix-legend" class="matrix-legend">
            <p>{ui.dep_legend}</p>
            <ul>{items}</ul>
        </div>
    }
}

/// Brings the unit's panel into view and its heading into focus.
fn take_to_unit() {
    browser::reveal(UNIT_PANEL_ID);
    browser::focus(UNIT_HEADING_ID);
}

/// Brings the article's panel into view and its heading into focus.
fn take_to_article() {
    browser::reveal(ARTICLE_PANEL_ID);
    browser::focus(ARTICLE_HEADING_ID);
}

#[component]
pub fn DepartmentsPage(lang: Lang, state: Memo<DepartmentsState>) -> impl IntoView {
    let ui = lang.ui();
    // The rows follow the reader's choice at once; the address (and every link) after the next frame.
    let address_order = Memo::new(move |_| state.with(|s| (s.sort, s.kind)));
    let live = Live::new(address_order);
    let order = live.get();
    let go = use_go();
    // A unit or an article opened from the matrix shows at once too; the address follows without
    // scrolling: the reader is taken to the panel (below).
    let address_open = Memo::new(move |_| state.with(|s| (s.unit, s.article)));
    let open = Live::new(address_open);
    let opened = open.get();
    let open_panel = Callback::new({
        let go = go.clone();
        move |target: Open| {
            let go = go.clone();
            let opening = open.set(target, move |&(unit, article)| {
                let (sort, kind) = order.get_untracked();
                go(lang, Page::Departments(DepartmentsState { unit, article, sort, kind }), Move::Keep)
            });
            // Open already: take the reader back to it.
            if !opening {
                request_animation_frame(move || if target.0.is_some() { take_to_unit() } else { take_to_article() });
            }
        }
    });
    let set_order = move |sort: RowOrder, kind: Option<UnitKind>| {
        let go = go.clone();
        live.set((sort, kind), move |&(sort, kind)| {
            go(lang, Page::Departments(state.get_untracked().with_order(sort, kind)), Move::Refine)
        });
    };
    let on_sort = {
        let set_order = set_order.clone();
        move |ev: leptos::ev::Event| set_order(RowOrder::from_key(&event_target_value(&ev)).unwrap_or_default(), order.get_untracked().1)
    };
    let on_kind = move |ev: leptos::ev::Event| set_order(order.get_untracked().0, UnitKind::from_key(&event_target_value(&ev)));

    // Opening a panel takes the reader to it; closing one brings them back to the link it was
    // opened from (the card on a phone, the table's row or column otherwise: focusing a hidden
    // one does nothing).
    Effect::new(move |previous: Option<Open>| {
        let now = opened.get();
        match (previous, now) {
            (Some((Some(id), _)), (None, _)) => request_animation_frame(move || {
                browser::focus(&card_link_id(id));
                browser::focus(&row_link_id(id));
            }),
            (Some((_, Some(no))), (_, None)) => request_animation_frame(move || browser::focus(&col_link_id(no))),
            (Some((unit, _)), (Some(_), _)) if unit != now.0 => request_animation_frame(take_to_unit),
            (Some((_, article)), (_, Some(_))) if article != now.1 => request_animation_frame(take_to_article),
            _ => {}
        }
        now
    });

    // The panels of what is open, with links that keep the address's order (rebuilt once, not
    // again when the address catches up).
    let panel_state = Memo::new(move |_| {
        let (unit, article) = opened.get();
        DepartmentsState { unit, article, ..state.get() }
    });
    let panels = move || {
        let s = panel_state.get();
        view! {
            {s.unit.map(|id| view! { <UnitPanel lang id state=s/> })}
            {s.article.map(|no| view! { <ArticlePanel lang no state=s/> })}
        }
    };
    let unit = Memo::new(move |_| opened.get().0);
    let article = Memo::new(move |_| opened.get().1);
    let shown = move || {
        let (sort, kind) = order.get();
        fill(ui.dep_shown, &[&matrix().rows_in(sort, kind).len()])
    };
    let matrix_order = Order { rows: order.into(), links: address_order.into() };
    // Built once: the rows are moved, not built again, when the order or the filter changes.
    let table = view! {
        <p class="shown" role="status">{shown}</p>
        <div class="matrix-wide"><MatrixTable lang order=matrix_order unit article open=open_panel/></div>
        <div class="matrix-narrow"><MatrixList lang order=matrix_order filter=true open=open_panel/></div>
    };
    let sort_options = RowOrder::ALL
        .into_iter()
        .map(|o| view! { <option value=o.key() selected=move || order.get().0 == o>{ui.sort(o)}</option> })
        .collect_view();
    let kind_options = policy()
        .unit_kinds()
        .into_iter()
        .map(|k| view! { <option value=k.key() selected=move || order.get().1 == Some(k)>{ui.kind(k)}</option> })
        .collect_view();

    view! {
        <div class="page departments">
            <h1>{ui.departments_title}</h1>
            <p class="lede">{ui.departments_description}</p>
            <p class="source-note">{ui.footer_as_of}</p>
            {panels}
            <form class="matrix-controls" on:submit=|ev| ev.prevent_default()>
                <label>
                    {ui.dep_sort}
                    <select on:change=on_sort prop:value=move || order.get().0.key()>{sort_options}</select>
                </label>
                <label>
                    {ui.dep_kind}
                    <select on:change=on_kind prop:value=move || order.get().1.map_or("", |k| k.key())>
                        <option value="" selected=move || order.get().1.is_none()>{ui.dep_kind_all}</option>
                        {kind_options}
                    </select>
                </label>
            </form>
            {legend(lang)}
            {table}
            <p class="tl-hint">{ui.dep_keyboard_hint}</p>
            <p class="downloads">
                {ui.dep_download} ": "
                <a href=file_href(CSV_FILE) download=CSV_FILE class="button">{ui.dep_download_csv}</a>
                " "
                <a href=file_href(JSON_FILE) download=JSON_FILE class="button">{ui.dep_download_json}</a>
            </p>
            <MatrixCharts lang/>
        </div>
    }
}
