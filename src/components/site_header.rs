use leptos::prelude::*;

use crate::i18n::Lang;
use crate::route::{Page, Section};
use crate::{href, use_view};

/// The site name, the five sections and the language switch.
#[component]
pub fn SiteHeader(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let view = use_view();
    let other = lang.pick(Lang::En, Lang::Zh);
    // The same page, parameters and all, in the other language.
    let switch_href = move || crate::site_url(&view.with(|v| v.with_lang(other).to_url()));
    let label = |section: Section| match section {
        Section::Overview => ui.nav_overview,
        Section::Timeline => ui.nav_timeline,
        Section::Counties => ui.nav_counties,
        Section::Departments => ui.nav_departments,
        Section::Text => ui.nav_text,
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a href=href(lang, Page::Overview) class="brand">
                    <span class="brand-seal" aria-hidden="true">"太行"</span>
                    <span class="brand-text">
                        <span class="brand-name">{ui.site_name}</span>
                        <span class="brand-tagline">{ui.site_tagline}</span>
                    </span>
                </a>
                <a href=switch_href class="lang-switch" lang=other.tag() hreflang=other.tag()
                    aria-label=ui.other_language_label>
                    {ui.other_language}
                </a>
            </div>
            <nav class="site-nav" aria-label=ui.nav_label>
                <ul>
                    {Section::ALL
                        .into_iter()
                        .map(|section| {
                            view! {
                                <li>
                                    <a href=href(lang, Page::of(section))
                                        aria-current=move || (view.with(|v| v.page.section()) == Some(section)).then_some("page")>
                                        {label(section)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
