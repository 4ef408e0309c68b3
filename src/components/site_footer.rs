use leptos::prelude::*;

use crate::href;
use crate::i18n::Lang;
use crate::route::Page;

/// What the site is and is not, and where the text comes from.
#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    view! {
        <footer class="site-footer">
            <p>{ui.footer_disclaimer}</p>
            <p>
                <a href=href(lang, Page::Text { query: String::new() })>{ui.footer_source}</a>
            </p>
            <p>{ui.footer_as_of}</p>
        </footer>
    }
}
