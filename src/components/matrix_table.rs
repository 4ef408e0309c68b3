use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::href;
use crate::i18n::Lang;
use crate::model::matrix::{RowOrder, matrix};
use crate::model::{Role, UnitKind, policy};
use crate::route::Page;

/// The short cell text of a role (shape and colour come from its class).
pub fn role_cell(lang: Lang, role: Role) -> &'static str {
    let ui = lang.ui();
    match role {
        Role::Lead => ui.dep_cell_lead,
        Role::Joint => ui.dep_cell_joint,
        Role::Support => ui.dep_cell_support,
    }
}

pub fn role_class(role: Role) -> &'static str {
    match role {
        Role::Lead => "role role-lead",
        Role::Joint => "role role-joint",
        Role::Support => "role role-support",
    }
}

/// The department page with a unit and an article chosen, keeping the order and filter.
fn page_for(unit: Option<&'static str>, article: Option<u8>, sort: RowOrder, kind: Option<UnitKind>) -> Page {
    Page::Departments { unit, article, sort, kind }
}

/// The matrix as a table: units in rows (headers stay put when scrolling), articles in columns
/// grouped by the policy's parts, a role per cell in text, shape and colour. One Tab stop; the
/// arrow keys move cell by cell; Enter opens the cell's unit and article.
#[component]
pub fn MatrixTable(
    lang: Lang,
    sort: RowOrder,
    kind: Option<UnitKind>,
    unit: Memo<Option<&'static str>>,
    article: Memo<Option<u8>>,
) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let rows = matrix.rows_in(sort, kind);
    let ids: Vec<&'static str> = rows.iter().map(|r| r.unit.id).collect();
    let ids = StoredValue::new(ids);
    let columns = matrix.columns.clone();
    let n_rows = rows.len();
    let n_cols = columns.len();
    let active = RwSignal::new((0usize, 0usize));
    let navigate = use_navigate();

    let on_key = {
        let columns = columns.clone();
        move |ev: leptos::ev::KeyboardEvent| {
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
                    navigate(&crate::nav_url(lang, page_for(unit, columns.get(c).copied(), sort, kind)), NavigateOptions::default());
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            active.set(next);
            crate::focus_by_id(&format!("cell-{}-{}", next.0, next.1));
        }
    };

    // Header rows: the parts (column groups), then the articles.
    let part_headers = p
        .doc
        .parts
        .iter()
        .filter_map(|part| {
            let span = columns.iter().filter(|n| part.articles.contains(n)).count();
            (span > 0).then(|| {
                let label = lang.pick(p.part_labels(part.no).map_or(part.title, |l| l.short_zh), p.part_labels(part.no).map_or(part.title, |l| l.short_en));
                view! { <th scope="colgroup" colspan=span.to_string() class="part-head" title=part.heading>{label}</th> }
            })
        })
        .collect_view();
    let article_headers = columns
        .iter()
        .map(|&no| {
            let a = p.article(no).expect("column is an article");
            let short = p.article_labels(no).map(|l| lang.pick(l.short_zh, l.short_en)).unwrap_or(a.title);
            let title = crate::views::article_title(lang, a);
            view! {
                <th scope="col" class="article-head" class:selected=move || article.get() == Some(no)>
                    <a href=move || href(lang, page_for(unit.get(), Some(no), sort, kind)) title=title>
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
                    let a = p.article(no).expect("column is an article");
                    let what = cell.map_or("—", |r| ui.role(r));
                    let label = format!("{}，{}：{}", lang.pick(u.name, u.name_en), crate::views::article_title(lang, a), what);
                    let content = cell.map(|r| view! { <span class=role_class(r)>{role_cell(lang, r)}</span> });
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
                        <a href=move || href(lang, page_for(Some(id), article.get(), sort, kind)) class="unit-link">
                            {lang.pick(u.name, u.name_en.strip_prefix("Shanxi ").unwrap_or(u.name_en))}
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


/// On a phone, the matrix as a list: one card per unit with its roles.
#[component]
pub fn MatrixList(lang: Lang, sort: RowOrder, kind: Option<UnitKind>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let items = matrix
        .rows_in(sort, kind)
        .into_iter()
        .map(|row| {
            let u = row.unit;
            let roles = matrix
                .columns
                .iter()
                .zip(&row.cells)
                .filter_map(|(&no, cell)| cell.map(|r| (no, r)))
                .map(|(no, r)| {
                    let a = p.article(no).expect("article");
                    view! {
                        <li>
                            <a href=href(lang, page_for(Some(u.id), Some(no), sort, kind)) class=role_class(r) title=crate::views::article_title(lang, a)>
                                {a.label()} " " {role_cell(lang, r)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="matrix-card">
                    <a href=href(lang, page_for(Some(u.id), None, sort, kind)) class="matrix-card-name">{u.name}</a>
                    <span class="matrix-card-full">{lang.pick(u.full_name, u.name_en)} " · " {ui.kind(u.kind)}</span>
                    <span class="matrix-card-counts">
                        {crate::i18n::fill(ui.dep_unit_counts, &[&row.leads, &row.joint, &row.supports, &row.total()])}
                    </span>
                    <ul class="inline-list roles">{roles}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="matrix-list">{items}</ol> }
}
