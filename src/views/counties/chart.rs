use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Color, Tooltip, Trigger};
use charming::series::Bar;
use leptos::prelude::*;

use crate::components::{Chart, DataTable, aria};
use crate::i18n::{Lang, city_name, county_with_city, fill};
use crate::model::{Code, policy};
use crate::nav::href;
use crate::route::Page;

/// One row of the chart's data: a county, how many items name it, how many more name its city
/// (the unit and the figures of the county page).
struct Row {
    code: Code,
    name: String,
    city: String,
    own: usize,
    city_level: usize,
    /// Reports since 2021 on the county or its city.
    reports: usize,
}

fn rows(lang: Lang) -> Vec<Row> {
    let p = policy();
    p.counties
        .iter()
        .map(|c| Row {
            code: c.code,
            name: county_with_city(lang, c),
            city: p.city(c.city).map(|city| city_name(lang, city)).unwrap_or_default(),
            own: p.county_items(c.code).len(),
            city_level: p.city_items(c.city, Some(c.code)).len(),
            reports: p.reports_for_county(c.code).len(),
        })
        .collect()
}

/// The stacked bars: measures naming each county, and naming its city.
pub fn county_counts_chart(lang: Lang) -> charming::Chart {
    let ui = lang.ui();
    let data = rows(lang);
    let names: Vec<String> = data.iter().map(|r| r.name.clone()).collect();
    let own: Vec<i64> = data.iter().map(|r| r.own as i64).collect();
    let city: Vec<i64> = data.iter().map(|r| r.city_level as i64).collect();
    charming::Chart::new()
        .aria(aria())
        .color(vec![Color::from("#8c1c13"), Color::from("#7fa8a4")])
        .legend(Legend::new().top("0"))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(Grid::new().left("8").right("16").top("32").bottom("24").contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).inverse(true))
        .series(Bar::new().name(ui.county_chart_own).stack("n").data(own))
        .series(Bar::new().name(ui.county_chart_city).stack("n").data(city))
}

/// The chart's sentence: every county with the most items (a tie is reported, not broken), and
/// how many are named only through their city.
fn summary(lang: Lang, data: &[Row]) -> String {
    let ui = lang.ui();
    let most = data.iter().map(|r| r.own).max().unwrap_or(0);
    let top: Vec<&str> = data.iter().filter(|r| r.own == most).map(|r| r.name.as_str()).collect();
    let unnamed = data.iter().filter(|r| r.own == 0).count();
    let template = if top.len() > 1 { ui.county_chart_top_tie } else { ui.county_chart_top_one };
    let top = fill(template, &[&top.join(lang.pick("、", ", ")), &most]);
    fill(ui.county_chart_summary, &[&top, &unnamed])
}

/// How many items name each county: a stacked bar chart, its text summary and its table.
#[component]
pub fn CountyCountsChart(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let data = rows(lang);
    let summary = summary(lang, &data);
    let table_rows = data
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row"><a href=href(lang, Page::county(r.code))>{r.name}</a></th>
                    <td>{r.city}</td>
                    <td class="num">{r.own}</td>
                    <td class="num">{r.city_level}</td>
                    <td class="num">{r.reports}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="county-chart" aria-labelledby="county-chart-heading">
            <h2 id="county-chart-heading">{ui.county_chart_heading}</h2>
            <p>{summary}</p>
            <p class="source-note">{ui.county_chart_unit}</p>
            <div class="chart-and-table">
                <Chart id="county-counts" lang height=760 make=county_counts_chart/>
                <DataTable title=ui.county_table_caption open=true
                    headers=vec![ui.nav_counties, ui.county_city, ui.county_chart_own, ui.county_chart_city, ui.reported_heading]>
                    {table_rows}
                </DataTable>
            </div>
        </section>
    }
}
