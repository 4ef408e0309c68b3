use leptos::prelude::*;

use crate::browser;
use crate::components::{RoleTag, ScriptNote};
use crate::i18n::{Lang, article_no, article_short, article_title, fill, part_short, unit_name, unit_short};
use crate::model::matrix::{RowOrder, matrix};
use crate::model::{ArticleNo, Unit, UnitId, UnitKind, policy};
use crate::nav::{Move, href, use_go};
use crate::route::{DepartmentsState, Page};

/// The department page with a unit and an article chosen, keeping the order and filter.
fn page_for(unit: Option<UnitId>, article: Option<ArticleNo>, sort: RowOrder, kind: Option<UnitKind>) -> Page {
    Page::Departments(DepartmentsState { unit, article, sort, kind })
}

/// The matrix as a table: units in rows (headers stay put when scrolling), articles in columns
/// grouped by the policy's parts, a role per cell in text, shape and colour. One Tab stop; the
/// arrow keys move cell by cell; Enter opens the cell's unit and article.
#[component]
pub fn MatrixTable(
    lang: Lang,
    sort: RowOrder,
    kind: Option<UnitKind>,
    unit: Memo<Option<UnitId>>,
    article: Memo<Option<ArticleNo>>,
) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let rows = matrix.rows_in(sort, kind);
    let ids: Vec<UnitId> = rows.iter().map(|r| r.unit.id).collect();
    let ids = StoredValue::new(ids);
    let columns: Vec<ArticleNo> = matrix.columns.iter().filter_map(|n| p.article_no(*n)).collect();
    let n_rows = rows.len();
    let n_cols = columns.len();
    let active = RwSignal::new((0usize, 0usize));
    let go = use_go();

    let on_key = {
        let columns = columns.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            // The grid's keys are for its cells; a unit's or an article's link keeps its own.
            if !browser::target_id(&ev).is_some_and(|id| id.starts_with("cell-")) {
                return;
            }
            let (r, c) = active.get_untracked();
            let next = match ev.key().as_str() {
                "ArrowUp" => (r.saturating_sub(1), c),
                "ArrowDown" => ((r + 1).min(n_rows.saturating_sub(1)), c),
                "ArrowLeft" => (r, c.saturating_sub(1)),
                "ArrowRight" => (r, (c + 1).min(n_cols.saturating_sub(1))),
                "Home" => (r, 0),
                "End" => (r, n_cols.saturating_sub(1)),
                "Enter" | " " => {
                    ev.prevent_default();
                    let unit = ids.with_value(|ids| ids.get(r).copied());
                    go(lang, page_for(unit, columns.get(c).copied(), sort, kind), Move::Push);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            active.set(next);
            browser::focus(&format!("cell-{}-{}", next.0, next.1));
        }
    };

    // Header rows: the parts (column groups), then the articles.
    let part_headers = p
        .doc
        .parts
        .iter()
        .filter_map(|part| {
            let span = columns.iter().filter(|n| part.articles.contains(&n.get())).count();
            (span > 0).then(|| {
                view! { <th scope="colgroup" colspan=span.to_string() class="part-head" title=part.heading>{part_short(lang, part.no)}</th> }
            })
        })
        .collect_view();
    let article_headers = columns
        .iter()
        .map(|&no| {
            let a = p.article_at(no);
            let short = article_short(lang, a);
            let title = article_title(lang, a);
            view! {
                <th scope="col" class="article-head" class:selected=move || article.get() == Some(no)>
                    <a href=move || href(lang, page_for(unit.get(), Some(no), sort, kind)) title=title id=col_link_id(no)>
                        <span class="article-no">{a.label()}</span>
                        <span class="article-short">{short}</span>
                    </a>
                </th>
            }
        })
        .collect_view();
    let body = rows
        .iter()
        .enumerate()
        .map(|(ri, row)| {
            let id = row.unit.id;
            let u = row.unit;
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(ci, cell)| {
                    let no = columns[ci];
                    let what = cell.map_or("—", |r| ui.role(r));
                    let label = format!("{}，{}：{}", unit_name(lang, u), article_title(lang, p.article_at(no)), what);
                    let content = cell.map(|role| view! { <RoleTag lang role short=true/> });
                    view! {
                        <td class="cell" id=format!("cell-{ri}-{ci}") aria-label=label
                            class:in-selected-column=move || article.get() == Some(no)
                            tabindex=move || if active.get() == (ri, ci) { "0" } else { "-1" }
                            on:focus=move |_| active.set((ri, ci))
                            on:click=move |_| active.set((ri, ci))>
                            {content}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr class:selected=move || unit.get() == Some(id)>
                    <th scope="row" class="unit-head">
                        <a href=move || href(lang, page_for(Some(id), article.get(), sort, kind)) class="unit-link" id=row_link_id(id)>
                            {unit_short(lang, u)}
                            <span class="unit-tip" lang="zh-CN">{u.full_name} " · " {ui.kind(u.kind)}</span>
                        </a>
                    </th>
                    {cells}
                    <td class="num total">{row.leads}</td>
                    <td class="num total">{row.joint}</td>
                    <td class="num total">{row.supports}</td>
                    <td class="num total strong">{row.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="matrix-scroll" role="region" aria-label=ui.dep_matrix_caption>
            <table class="matrix" on:keydown=on_key aria-describedby="matrix-legend">
                <caption class="visually-hidden">{ui.dep_matrix_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2" class="corner">{ui.unit_name}</th>
                        {part_headers}
                        <th scope="colgroup" colspan="4" class="part-head">{ui.dep_total}</th>
                    </tr>
                    <tr>
                        {article_headers}
                        <th scope="col" class="total-head">{ui.dep_cell_lead}</th>
                        <th scope="col" class="total-head">{ui.dep_cell_joint}</th>
                        <th scope="col" class="total-head">{ui.dep_cell_support}</th>
                        <th scope="col" class="total-head">{ui.dep_total}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// On a phone, the matrix as a list: one card per unit with its roles, each article by number
/// and short title, and a filter by name (Chinese, full or English).
#[component]
pub fn MatrixList(
    lang: Lang,
    sort: RowOrder,
    kind: Option<UnitKind>,
    /// Offer the name filter (a widget, read without the app, lists every unit).
    filter: bool,
) -> impl IntoView {
    let with_filter = filter;
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let rows = matrix.rows_in(sort, kind);
    let (filter, set_filter) = signal(String::new());
    let matches = move |u: &'static Unit| {
        filter.with(|f| {
            let f = f.trim().to_lowercase();
            f.is_empty() || [u.name, u.full_name, u.name_en].iter().any(|n| n.to_lowercase().contains(&f))
        })
    };
    let units: Vec<&'static Unit> = rows.iter().map(|r| r.unit).collect();
    let shown = Memo::new(move |_| units.iter().filter(|u| matches(u)).count());
    let items = rows
        .iter()
        .map(|row| {
            let u = row.unit;
            let roles = matrix
                .columns
                .iter()
                .zip(&row.cells)
                .filter_map(|(&no, cell)| Some((p.article(no)?, (*cell)?)))
                .map(|(a, r)| {
                    view! {
                        <li>
                            <a href=href(lang, page_for(Some(u.id), Some(a.id()), sort, kind)) class=format!("role role-{}", r.key()) title=article_title(lang, a)>
                                {article_no(lang, a.no)} " " {article_short(lang, a)} " · " {ui.role_cell(r)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="matrix-card" hidden=move || !matches(u)>
                    <a href=href(lang, page_for(Some(u.id), None, sort, kind)) class="matrix-card-name" id=card_link_id(u.id)>{unit_short(lang, u)}</a>
                    <span class="matrix-card-full"><span lang="zh-CN">{lang.pick(u.full_name, u.name)}</span> " · " {ui.kind(u.kind)}</span>
                    <span class="matrix-card-counts">
                        {fill(ui.dep_unit_counts, &[&row.leads, &row.joint, &row.supports, &row.total()])}
                    </span>
                    <ul class="inline-list roles">{roles}</ul>
                </li>
            }
        })
        .collect_view();
    let status = move || {
        let f = filter.get();
        (!f.trim().is_empty()).then(|| {
            let n = shown.get();
            if n == 0 { fill(ui.dep_filter_none, &[&f.trim()]) } else { fill(ui.dep_shown, &[&n]) }
        })
    };
    let filter_box = with_filter.then(|| {
        view! {
            <div class="unit-filter" role="search">
                <label for="unit-filter">{ui.dep_filter_label}</label>
                <input id="unit-filter" type="search" autocomplete="off" placeholder=ui.dep_filter_placeholder
                    on:input=move |ev| set_filter.set(event_target_value(&ev))/>
                <ScriptNote text=ui.script_filter/>
                <p class="filter-status" aria-live="polite">{status}</p>
            </div>
        }
    });
    view! {
        {filter_box}
        <ol class="matrix-list">{items}</ol>
    }
}

/// Element ids of a unit's links (table row, phone card) and an article's column link: where
/// focus returns when a panel closes.
pub fn row_link_id(id: UnitId) -> String {
    format!("row-{}", id.as_str())
}

pub fn card_link_id(id: UnitId) -> String {
    format!("card-{}", id.as_str())
}

pub fn col_link_id(no: ArticleNo) -> String {
    format!("col-{}", no.get())
}
