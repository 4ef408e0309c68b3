use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::components::{ArticlePanel, MatrixCharts, MatrixList, MatrixTable, UnitPanel};
use crate::i18n::{Lang, fill};
use crate::model::matrix::{RowOrder, matrix};
use crate::model::{UnitKind, policy};
use crate::route::{Page, encode};
use crate::use_view;

/// Who leads what: the responsibility matrix, its order and filter in the URL, a unit's or an
/// article's page, downloads, and two charts.
#[component]
pub fn DepartmentsPage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let view = use_view();
    let state = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Departments { unit, article, sort, kind } => (unit, article, sort, kind),
        _ => (None, None, RowOrder::default(), None),
    });
    let unit = Memo::new(move |_| state.get().0);
    let article = Memo::new(move |_| state.get().1);
    let order = Memo::new(move |_| (state.get().2, state.get().3));
    let navigate = use_navigate();
    let set_order = move |sort: RowOrder, kind: Option<UnitKind>| {
        let (unit, article, ..) = state.get_untracked();
        navigate(&crate::nav_url(lang, Page::Departments { unit, article, sort, kind }), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let on_sort = {
        let set_order = set_order.clone();
        move |ev: leptos::ev::Event| {
            let sort = RowOrder::from_key(&event_target_value(&ev)).unwrap_or_default();
            set_order(sort, state.get_untracked().3);
        }
    };
    let on_kind = move |ev: leptos::ev::Event| set_order(state.get_untracked().2, UnitKind::from_key(&event_target_value(&ev)));

    let sort_label = move |o: RowOrder| match o {
        RowOrder::Involvement => ui.dep_sort_involvement,
        RowOrder::Leads => ui.dep_sort_leads,
        RowOrder::Name => ui.dep_sort_name,
    };
    let kinds_present: Vec<UnitKind> = UnitKind::ALL.into_iter().filter(|k| policy().units.iter().any(|u| u.kind == *k)).collect();
    let panels = move || {
        let (unit, article, sort, kind) = state.get();
        view! {
            {unit.map(|id| view! { <UnitPanel lang id sort kind/> })}
            {article.map(|no| view! { <ArticlePanel lang no unit sort kind/> })}
        }
    };
    let table = move || {
        let (sort, kind) = order.get();
        let shown = matrix().rows_in(sort, kind).len();
        view! {
            <p class="shown" role="status">{fill(ui.dep_shown, &[&shown])}</p>
            <div class="matrix-wide"><MatrixTable lang sort kind unit article/></div>
            <div class="matrix-narrow"><MatrixList lang sort kind/></div>
        }
    };
    let csv = format!("data:text/csv;charset=utf-8,{}", encode(&matrix().to_csv()));
    let json = format!("data:application/json;charset=utf-8,{}", encode(&matrix().to_json()));

    view! {
        <div class="page departments">
            <h1>{ui.departments_title}</h1>
            <p class="lede">{ui.departments_description}</p>
            <p class="source-note">{ui.footer_as_of}</p>
            {panels}
            <form class="matrix-controls" on:submit=|ev| ev.prevent_default()>
                <label>
                    {ui.dep_sort}
                    <select on:change=on_sort prop:value=move || order.get().0.key()>
                        {RowOrder::ALL.into_iter().map(|o| view! { <option value=o.key() selected=move || order.get().0 == o>{sort_label(o)}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    {ui.dep_kind}
                    <select on:change=on_kind prop:value=move || order.get().1.map_or("", |k| k.key())>
                        <option value="" selected=move || order.get().1.is_none()>{ui.dep_kind_all}</option>
                        {kinds_present
                            .into_iter()
                            .map(|k| view! { <option value=k.key() selected=move || order.get().1 == Some(k)>{ui.kind(k)}</option> })
                            .collect_view()}
                    </select>
                </label>
            </form>
            <p id="matrix-legend" class="matrix-legend">
                {ui.dep_legend} " "
                <span class="role role-lead">{ui.dep_cell_lead}</span> " " {ui.dep_legend_lead} "； "
                <span class="role role-joint">{ui.dep_cell_joint}</span> " " {ui.dep_legend_joint} "； "
                <span class="role role-support">{ui.dep_cell_support}</span> " " {ui.dep_legend_support}
            </p>
            {table}
            <p class="tl-hint">{ui.dep_keyboard_hint}</p>
            <p class="downloads">
                {ui.dep_download} ": "
                <a href=csv download="taihang-responsibility-matrix.csv" class="button">{ui.dep_download_csv}</a>
                " "
                <a href=json download="taihang-responsibility-matrix.json" class="button">{ui.dep_download_json}</a>
            </p>
            <MatrixCharts lang/>
        </div>
    }
}
