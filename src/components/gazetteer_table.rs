use leptos::prelude::*;

use super::DataTable;

use super::county_detail::place_basis;
use crate::i18n::Lang;
use crate::model::policy;

/// Every named place of the text and where it lies, with the basis and the note: the data the
/// county view rests on, open to inspection.
#[component]
pub fn GazetteerTable(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let rows = p
        .places
        .iter()
        .map(|place| {
            let counties: Vec<String> = place
                .counties
                .iter()
                .filter_map(|c| p.county(*c))
                .map(|c| format!("{}{}", p.city(c.city).map_or("", |x| x.short_name()), c.name))
                .collect();
            let cities: Vec<&str> = place.cities.iter().filter_map(|c| p.city(*c)).map(|c| c.name).collect();
            let whereabouts = if place.is_outside() {
                ui.gazetteer_outside.to_string()
            } else if !counties.is_empty() {
                counties.join("、")
            } else if !cities.is_empty() {
                format!("{} ({})", cities.join("、"), ui.gazetteer_city_only)
            } else {
                ui.gazetteer_unplaced.to_string()
            };
            let articles: Vec<String> = place.articles.iter().map(|n| format!("({})", crate::model::text::chinese_numeral(*n))).collect();
            view! {
                <tr>
                    <th scope="row" lang="zh-CN">{place.name}</th>
                    <td>{articles.join(" ")}</td>
                    <td lang="zh-CN">{whereabouts}</td>
                    <td>{place_basis(lang, place)}<br/><small lang="en">{place.note}</small></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable title=ui.gazetteer_heading class="gazetteer"
            headers=vec![ui.gazetteer_place, ui.unit_articles, ui.gazetteer_where, ui.gazetteer_basis]>
            {rows}
        </DataTable>
    }
}
