use leptos::prelude::*;

use crate::i18n::Lang;
use crate::nav::href;
use crate::route::{Page, Section};

/// A path the site does not have: say so, and offer every section.
#[component]
pub fn NotFound(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let links = Section::ALL[1..].iter().map(|s| view! { <li><a href=href(lang, Page::of(*s))>{s.label(lang)}</a></li> }).collect_view();
    view! {
        <div class="page not-found">
            <h1>{ui.not_found_title}</h1>
            <p>{ui.not_found_body}</p>
            <p><a href=href(lang, Page::Overview)>{ui.back_to_overview}</a></p>
            <ul class="chip-list">{links}</ul>
        </div>
    }
}
