use charming::component::{Axis, Grid, Legend, VisualMap, VisualMapPiece, VisualMapType};
use charming::datatype::DataPoint;
use charming::element::{AxisLabel, AxisType, Color, Tooltip, Trigger};
use charming::series::{Bar, Heatmap};
use leptos::prelude::*;

use crate::components::{Chart, DataTable, aria};
use crate::i18n::{Lang, article_no, fill, unit_name};
use crate::model::matrix::{Row, RowOrder, matrix};
use crate::model::text::article_label;
use crate::model::{Role, Unit};

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
    let m = matrix();
    let rows = m.rows_in(RowOrder::Involvement, None);
    let articles: Vec<String> = m.columns.iter().map(|&n| article_label(n)).collect();
    let units: Vec<&str> = rows.iter().map(|r| unit_name(lang, r.unit)).collect();
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
        .aria(aria())
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
                .pieces(vec![piece(3, ui.unit_leads, LEAD), piece(2, ui.unit_joint, JOINT), piece(1, ui.unit_supports, SUPPORT)]),
        )
        .series(Heatmap::new().name(ui.dep_heatmap_heading).data(data))
}

/// Each unit's leads, joint and supporting roles as stacked bars.
pub fn role_bars(lang: Lang) -> charming::Chart {
    let ui = lang.ui();
    let rows = matrix().rows_in(RowOrder::Involvement, None);
    let units: Vec<&str> = rows.iter().map(|r| unit_name(lang, r.unit)).collect();
    let series = |name: &str, f: &dyn Fn(&Row) -> usize| {
        Bar::new().name(name).stack("roles").data(rows.iter().map(|r| f(r) as i64).collect::<Vec<_>>())
    };
    charming::Chart::new()
        .aria(aria())
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
    let m = matrix();
    let rows = m.rows_in(RowOrder::Involvement, None);
    let stats = m.stats();
    let sep = lang.pick("、", ", ");
    let names = |units: &[&'static Unit]| units.iter().map(|u| unit_name(lang, u)).collect::<Vec<_>>().join(sep);
    // A tie is reported, not broken: "省发展改革委、省工信厅各2条".
    let top = |names: String, count: usize, tied: bool, one: &str, tie: &str| fill(if tied { tie } else { one }, &[&names, &count]);
    let (involved, most) = (&stats.most_involved.0, stats.most_involved.1);
    let (busiest, widest) = (&stats.most_units.0, stats.most_units.1);
    let (leaders, leads) = (&stats.most_leads.0, stats.most_leads.1);
    let busiest_names = busiest.iter().map(|n| article_no(lang, *n)).collect::<Vec<_>>().join(sep);
    let heat_summary = fill(
        ui.dep_heatmap_summary,
        &[
            &stats.units,
            &stats.articles,
            &top(names(involved), most, involved.len() > 1, ui.dep_top_one, ui.dep_top_tie),
            &top(busiest_names, widest, busiest.len() > 1, ui.dep_top_article_one, ui.dep_top_article_tie),
        ],
    );
    let bar_summary =
        fill(ui.dep_bar_summary, &[&top(names(leaders), leads, leaders.len() > 1, ui.dep_top_one, ui.dep_top_tie), &stats.in_one_article]);
    let table = rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{unit_name(lang, r.unit)}</th>
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
            <p class="narrow-note">{ui.chart_narrow}</p>
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
