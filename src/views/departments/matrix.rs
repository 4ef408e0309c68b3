use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, RoleTag, ScriptNote};
use crate::i18n::{Lang, article_no, article_short, article_title, fill, part_short, unit_name, unit_short};
use crate::model::matrix::{RowOrder, matrix};
use crate::model::{ArticleNo, Unit, UnitId, UnitKind, policy};
use crate::nav::{Move, href, plain_click, use_go};
use crate::route::{DepartmentsState, Page};

/// The department page with a unit and an article chosen, keeping the order and filter.
fn page_for(unit: Option<UnitId>, article: Option<ArticleNo>, (sort, kind): (RowOrder, Option<UnitKind>)) -> Page {
    Page::Departments(DepartmentsState { unit, article, sort, kind })
}

/// A link to a unit and an article that keeps the rows' order and filter (it follows them).
fn link(lang: Lang, order: Order, unit: Option<UnitId>, article: Option<ArticleNo>) -> String {
    href(lang, page_for(unit, article, order.links.get()))
}

/// The unit and the article whose panels are open.
pub type Open = (Option<UnitId>, Option<ArticleNo>);

/// A link's click that opens its panels in place, where the page does that (not in a widget):
/// `target` says which, at the moment of the click.
fn opens(open: Option<Callback<Open>>, target: impl Fn() -> Open + 'static) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev| {
        if let Some(open) = open.filter(|_| plain_click(&ev)) {
            ev.prevent_default();
            open.run(target());
        }
    }
}

/// The rows' order and filter: the reader's choice, shown by the rows at once, and the address's,
/// carried by the links (a frame later: the rows do not wait for a hundred and more links).
/// Fixed in a widget.
#[derive(Clone, Copy)]
pub struct Order {
    pub rows: Signal<(RowOrder, Option<UnitKind>)>,
    pub links: Signal<(RowOrder, Option<UnitKind>)>,
}

impl Order {
    pub fn fixed(order: (RowOrder, Option<UnitKind>)) -> Self {
        let order = Signal::stored(order);
        Order { rows: order, links: order }
    }
}

/// The units shown, in order: the key of the rows, so that a new order moves the rows that are
/// already there instead of building them again.
fn shown_units(order: Order) -> Memo<Vec<UnitId>> {
    Memo::new(move |_| {
        let (sort, kind) = order.rows.get();
        matrix().rows_in(sort, kind).iter().map(|r| r.unit.id).collect()
    })
}

/// The matrix as a table: units in rows (headers stay put when scrolling), articles in columns
/// grouped by the policy's parts, a role per cell in text, shape and colour. One Tab stop; the
/// arrow keys move cell by cell; Enter opens the cell's unit and article.
#[component]
pub fn MatrixTable(
    lang: Lang,
    order: Order,
    unit: Memo<Option<UnitId>>,
    article: Memo<Option<ArticleNo>>,
    /// Opens a unit's or an article's panel in place (on the page; a widget's links navigate).
    #[prop(optional)]
    open: Option<Callback<Open>>,
) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let units = shown_units(order);
    let columns: Vec<ArticleNo> = matrix.columns.iter().filter_map(|n| p.article_no(*n)).collect();
    let columns = StoredValue::new(columns);
    let n_cols = columns.with_value(Vec::len);
    // The cell with the grid's one Tab stop, by unit and column; the first cell when its unit is
    // filtered out.
    let active = RwSignal::new(None::<(UnitId, usize)>);
    let tab_stop = Memo::new(move |_| {
        units.with(|ids| match active.get() {
            Some((u, c)) if ids.contains(&u) => Some((u, c)),
            _ => ids.first().map(|&u| (u, 0)),
        })
    });
    let go = use_go();
    // The grid has some 900 cells: one effect moves the tab stop and one listener on the table
    // hears which cell took focus (a click focuses it too), rather than an effect and two
    // listeners on every cell, which the app's start had to set up for a page it hydrates.
    Effect::new(move |previous: Option<Option<(UnitId, usize)>>| {
        let now = tab_stop.get();
        if let Some(Some((u, c))) = previous.filter(|p| *p != now) {
            browser::set_tab_index(&cell_id(u, c), -1);
        }
        if let Some((u, c)) = now {
            browser::set_tab_index(&cell_id(u, c), 0);
        }
        now
    });
    let on_focus = move |ev: leptos::ev::FocusEvent| {
        if let Some(cell) = browser::target_id(&ev).as_deref().and_then(cell_at) {
            active.set(Some(cell));
        }
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // The grid's keys are for its cells; a unit's or an article's link keeps its own.
        if !browser::target_id(&ev).is_some_and(|id| id.starts_with("cell-")) {
            return;
        }
        let Some((u, c)) = tab_stop.get_untracked() else { return };
        let ids = units.get_untracked();
        let r = ids.iter().position(|&id| id == u).unwrap_or(0);
        let last_row = ids.len().saturating_sub(1);
        let last_col = n_cols.saturating_sub(1);
        let (r, c) = match ev.key().as_str() {
            "ArrowUp" => (r.saturating_sub(1), c),
            "ArrowDown" => ((r + 1).min(last_row), c),
            "ArrowLeft" => (r, c.saturating_sub(1)),
            "ArrowRight" => (r, (c + 1).min(last_col)),
            "Home" => (r, 0),
            "End" => (r, last_col),
            "Enter" | " " => {
                ev.prevent_default();
                let target = (Some(u), columns.with_value(|cols| cols.get(c).copied()));
                match open {
                    Some(open) => open.run(target),
                    None => go(lang, page_for(target.0, target.1, order.rows.get_untracked()), Move::Push),
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let Some(&next) = ids.get(r) else { return };
        active.set(Some((next, c)));
        browser::focus(&cell_id(next, c));
    };

    // Header rows: the parts (column groups), then the articles.
    let part_headers = p
        .doc
        .parts
        .iter()
        .filter_map(|part| {
            let span = columns.with_value(|cols| cols.iter().filter(|n| part.articles.contains(&n.get())).count());
            (span > 0).then(|| {
                view! { <th scope="colgroup" colspan=span.to_string() class="part-head" title=part.heading>{part_short(lang, part.no)}</th> }
            })
        })
        .collect_view();
    let article_headers = columns
        .get_value()
        .into_iter()
        .map(|no| {
            let a = p.article_at(no);
            let short = article_short(lang, a);
            let title = article_title(lang, a);
            view! {
                <th scope="col" class="article-head" class:selected=move || article.get() == Some(no)>
                    <a href=move || link(lang, order, unit.get(), Some(no)) title=title id=col_link_id(no)
                        on:click=opens(open, move || (unit.get_untracked(), Some(no)))>
                        <span class="article-no">{a.label()}</span>
                        <span class="article-short">{short}</span>
                    </a>
                </th>
            }
        })
        .collect_view();
    // The chosen article's column is marked on its `<col>`: one element, not a class on every cell.
    let column_marks =
        columns.get_value().into_iter().map(|no| view! { <col class:selected=move || article.get() == Some(no)/> }).collect_view();
    let row = move |id: UnitId| {
        let Some(row) = matrix.row(id) else { return ().erased() };
        let u = row.unit;
        let cells = row
            .cells
            .iter()
            .enumerate()
            .map(|(ci, cell)| {
                let no = columns.with_value(|cols| cols[ci]);
                let what = cell.map_or("—", |r| ui.role(r));
                let label = format!("{}，{}：{}", unit_name(lang, u), article_title(lang, p.article_at(no)), what);
                let content = cell.map(|role| view! { <RoleTag lang role short=true/> });
                // Drawn with the tab stop as it is now; the tab-stop effect above moves it later.
                let tabindex = if tab_stop.get_untracked() == Some((id, ci)) { "0" } else { "-1" };
                view! {
                    <td class="cell" id=cell_id(id, ci) aria-label=label tabindex=tabindex>
                        {content}
                    </td>
                }
            })
            .collect_view();
        view! {
            <tr class:selected=move || unit.get() == Some(id)>
                <th scope="row" class="unit-head">
                    <a href=move || link(lang, order, Some(id), article.get()) class="unit-link" id=row_link_id(id)
                        on:click=opens(open, move || (Some(id), article.get_untracked()))>
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
        .erased()
    };
    view! {
        <div class="matrix-scroll" role="region" aria-label=ui.dep_matrix_caption>
            <table class="matrix" on:keydown=on_key on:focusin=on_focus aria-describedby="matrix-legend">
                <caption class="visually-hidden">{ui.dep_matrix_caption}</caption>
                <colgroup>
                    <col/>
                    {column_marks}
                    <col span="4"/>
                </colgroup>
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
                <tbody>
                    <For each=move || units.get() key=|id| *id children=row/>
                </tbody>
            </table>
        </div>
    }
}

/// On a phone, the matrix as a list: one card per unit with its roles, each article by number
/// and short title, and a filter by name (Chinese, full or English).
#[component]
pub fn MatrixList(
    lang: Lang,
    order: Order,
    /// Offer the name filter (a widget, read without the app, lists every unit).
    filter: bool,
    /// Opens a unit's panel in place (see `MatrixTable`).
    #[prop(optional)]
    open: Option<Callback<Open>>,
) -> impl IntoView {
    let with_filter = filter;
    let ui = lang.ui();
    let p = policy();
    let matrix = matrix();
    let units = shown_units(order);
    let (filter, set_filter) = signal(String::new());
    let matches = move |u: &'static Unit| {
        filter.with(|f| {
            let f = f.trim().to_lowercase();
            f.is_empty() || [u.name, u.full_name, u.name_en].iter().any(|n| n.to_lowercase().contains(&f))
        })
    };
    let shown = Memo::new(move |_| units.with(|ids| ids.iter().filter(|&&id| matches(p.unit(id))).count()));
    let card = move |id: UnitId| {
        let Some(row) = matrix.row(id) else { return ().erased() };
        let u = row.unit;
        let roles = matrix
            .columns
            .iter()
            .zip(&row.cells)
            .filter_map(|(&no, cell)| Some((p.article(no)?, (*cell)?)))
            .map(|(a, r)| {
                view! {
                    <li>
                        <a href=move || link(lang, order, Some(id), Some(a.id())) class=format!("role role-{}", r.key()) title=article_title(lang, a)
                            on:click=opens(open, move || (Some(id), Some(a.id())))>
                            {article_no(lang, a.no)} " " {article_short(lang, a)} " · " {ui.role_cell(r)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <li class="matrix-card" hidden=move || !matches(u)>
                <a href=move || link(lang, order, Some(id), None) class="matrix-card-name" id=card_link_id(id)
                    on:click=opens(open, move || (Some(id), None))>{unit_short(lang, u)}</a>
                <span class="matrix-card-full"><span lang="zh-CN">{lang.pick(u.full_name, u.name)}</span> " · " {ui.kind(u.kind)}</span>
                <span class="matrix-card-counts">
                    {fill(ui.dep_unit_counts, &[&row.leads, &row.joint, &row.supports, &row.total()])}
                </span>
                <ul class="inline-list roles">{roles}</ul>
            </li>
        }
        .erased()
    };
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
        <ol class="matrix-list">
            <For each=move || units.get() key=|id| *id children=card/>
        </ol>
    }
}

/// A cell's element id, by its unit and column: it stays with its row when the rows are reordered.
fn cell_id(unit: UnitId, column: usize) -> String {
    format!("cell-{}-{column}", unit.as_str())
}

/// The unit and column of a cell's element id (see `cell_id`).
fn cell_at(id: &str) -> Option<(UnitId, usize)> {
    let (unit, column) = id.strip_prefix("cell-")?.rsplit_once('-')?;
    Some((policy().unit_by_key(unit)?.id, column.parse().ok()?))
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
