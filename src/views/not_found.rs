use leptos::prelude::*;

use crate::href;
use crate::i18n::Lang;
use crate::route::{Page, Section};

/// A path the site does not have: say so, and offer every section.
#[component]
pub fn NotFound(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let links = [
        (Section::Timeline, ui.nav_timeline),
        (Section::Counties, ui.nav_counties),
        (Section::Departments, ui.nav_departments),
        (Section::Text, ui.nav_text),
    ]
    .into_iter()
    .map(|(s, name)| view! { <li><a href=href(lang, Page::of(s))>{name}</a></li> })
    .collect_view();
    view! {
        <div class="page not-found">
            <h1>{ui.not_found_title}</h1>
            <p>{ui.not_found_body}</p>
            <p><a href=href(lang, Page::Overview)>{ui.back_to_overview}</a></p>
            <ul class="chip-list">{links}</ul>
        </div>
    }
}
