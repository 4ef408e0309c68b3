use leptos::prelude::*;

use crate::components::DataTable;
use crate::i18n::{Lang, article_no, place_basis, place_note, whereabouts};
use crate::model::policy;

/// The gazetteer's heading, where focus goes when the reader opens it.
pub const GAZETTEER_HEADING_ID: &str = "places-heading";

/// Every named place of the text and where it lies, with the basis and the note: the data the
/// county view rests on, open to inspection on a page of its own (`/counties/places/`).
#[component]
pub fn Gazetteer(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let rows = policy()
        .places
        .iter()
        .map(|place| {
            let articles: Vec<String> = place.articles.iter().map(|n| article_no(lang, *n)).collect();
            view! {
                <tr>
                    <th scope="row" lang="zh-CN">{place.name}</th>
                    <td>{articles.join(" ")}</td>
                    <td>{whereabouts(lang, place)}</td>
                    <td>{place_basis(lang, place)}<br/><small>{place_note(lang, place)}</small></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="gazetteer-page" aria-labelledby=GAZETTEER_HEADING_ID>
            <h2 id=GAZETTEER_HEADING_ID tabindex="-1">{ui.gazetteer_heading}</h2>
            <p class="source-note">{ui.gazetteer_note}</p>
            <DataTable title=ui.gazetteer_table class="gazetteer" open=true
                headers=vec![ui.gazetteer_place, ui.unit_articles, ui.gazetteer_where, ui.gazetteer_basis]>
                {rows}
            </DataTable>
        </section>
    }
}
