use leptos::prelude::*;

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
        <details class="gazetteer">
            <summary>{ui.gazetteer_heading}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=ui.gazetteer_heading>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{ui.gazetteer_place}</th>
                            <th scope="col">{ui.unit_articles}</th>
                            <th scope="col">{ui.gazetteer_where}</th>
                            <th scope="col">{ui.gazetteer_basis}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
