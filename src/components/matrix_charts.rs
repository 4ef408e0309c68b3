use charming::component::{Axis, Grid, Legend, VisualMap, VisualMapPiece, VisualMapType};
use charming::datatype::DataPoint;
use charming::element::{AxisLabel, AxisType, Color, Tooltip, Trigger};
use charming::series::{Bar, Heatmap};
use leptos::prelude::*;

use super::DataTable;

use super::Chart;
use crate::i18n::{Lang, fill};
use crate::model::matrix::{RowOrder, matrix};
use crate::model::{Role, policy};

const LEAD: &str = "#8c1c13";
const JOINT: &str = "#0d5c58";
const SUPPORT: &str = "#c2ad8c";

fn value(role: Role) -> i64 {
    match role {
        Role::Lead => 3,
        Role::Joint => 2,
        Role::Support => 1,
    }
}

/// The whole matrix as a heatmap: units (in involvement order) × articles, a colour per role.
pub fn heatmap(lang: Lang) -> charming::Chart {
    let ui = lang.ui();
    let p = policy();
    let m = matrix();
    let rows = m.rows_in(RowOrder::Involvement, None);
    let articles: Vec<String> = m.columns.iter().map(|&n| p.article(n).map(|a| a.label()).unwrap_or_default()).collect();
    let units: Vec<String> = rows.iter().map(|r| lang.pick(r.unit.name, r.unit.name_en).to_string()).collect();
    let data: Vec<Vec<DataPoint>> = rows
        .iter()
        .enumerate()
        .flat_map(|(ri, row)| {
            row.cells.iter().enumerate().filter_map(move |(ci, cell)| {
                cell.map(|r| vec![DataPoint::from(ci as i64), DataPoint::from(ri as i64), DataPoint::from(value(r))])
            })
        })
        .collect();
    let piece = |v: i64, label: &str, color: &str| VisualMapPiece::new().min(v as f64).max(v as f64).label(label).color(Color::from(color));
    charming::Chart::new()
        .aria(super::aria())
        .tooltip(Tooltip::new())
        .grid(Grid::new().left("8").right("10").top("40").bottom("40").contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Category).data(articles).position("top").axis_label(AxisLabel::new().interval(0).rotate(45)))
        .y_axis(Axis::new().type_(AxisType::Category).data(units).inverse(true).axis_label(AxisLabel::new().interval(0)))
        .visual_map(
            VisualMap::new()
                .type_(VisualMapType::Piecewise)
                .orient(charming::element::Orient::Horizontal)
                .left("center")
                .bottom("0")
                .pieces(vec![
                    piece(3, ui.unit_leads, LEAD),
                    piece(2, ui.unit_joint, JOINT),
                    piece(1, ui.unit_supports, SUPPORT),
                ]),
        )
        .series(Heatmap::new().name(ui.dep_heatmap_heading).data(data))
}

/// Each unit's leads, joint and supporting roles as stacked bars.
pub fn role_bars(lang: Lang) -> charming::Chart {
    let ui = lang.ui();
    let rows = matrix().rows_in(RowOrder::Involvement, None);
    let units: Vec<String> = rows.iter().map(|r| lang.pick(r.unit.name, r.unit.name_en).to_string()).collect();
    let series = |name: &str, f: &dyn Fn(&crate::model::matrix::Row) -> usize| {
        Bar::new().name(name).stack("roles").data(rows.iter().map(|r| f(r) as i64).collect::<Vec<_>>())
    };
    charming::Chart::new()
        .aria(super::aria())
        .color(vec![Color::from(LEAD), Color::from(JOINT), Color::from(SUPPORT)])
        .legend(Legend::new().top("0"))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(Grid::new().left("8").right("16").top("32").bottom("24").contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(units).inverse(true).axis_label(AxisLabel::new().interval(0)))
        .series(series(ui.unit_leads, &|r| r.leads))
        .series(series(ui.unit_joint, &|r| r.joint))
        .series(series(ui.unit_supports, &|r| r.supports))
}

/// The two charts, each with its text summary; the heatmap's table is the matrix itself, the
/// bars' table is here.
#[component]
pub fn MatrixCharts(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let m = matrix();
    let rows = m.rows_in(RowOrder::Involvement, None);
    let top = rows.first().map(|r| r.unit.name).unwrap_or_default();
    let top_total = rows.first().map(|r| r.total()).unwrap_or_default();
    let totals = m.column_totals();
    let (busiest_col, busiest_n) = totals.iter().enumerate().max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i))).map(|(i, n)| (i, *n)).unwrap_or_default();
    let busiest = m.columns.get(busiest_col).and_then(|n| p.article(*n)).map(|a| a.label()).unwrap_or_default();
    let heat_summary = fill(ui.dep_heatmap_summary, &[&rows.len(), &m.columns.len(), &top, &top_total, &busiest, &busiest_n]);
    let max_leads = rows.iter().map(|r| r.leads).max().unwrap_or(0);
    let leaders: Vec<&str> = rows.iter().filter(|r| r.leads == max_leads).map(|r| r.unit.name).collect();
    let once = rows.iter().filter(|r| r.total() == 1).count();
    let bar_summary = fill(ui.dep_bar_summary, &[&leaders.join("、"), &max_leads, &once]);
    let table = rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.unit.name}</th>
                    <td class="num">{r.leads}</td>
                    <td class="num">{r.joint}</td>
                    <td class="num">{r.supports}</td>
                    <td class="num">{r.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="matrix-charts" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{ui.dep_heatmap_heading}</h2>
            <p>{heat_summary}</p>
            <Chart id="matrix-heatmap" lang height=900 make=heatmap/>
            <h2>{ui.dep_bar_heading}</h2>
            <p>{bar_summary}</p>
            <div class="chart-and-table">
                <Chart id="matrix-bars" lang height=900 make=role_bars/>
                <DataTable title=ui.dep_counts_caption open=true
                    headers=vec![ui.unit_name, ui.unit_leads, ui.unit_joint, ui.unit_supports, ui.dep_total]>
                    {table}
                </DataTable>
            </div>
        </section>
    }
}
