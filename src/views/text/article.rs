use leptos::prelude::*;

use crate::components::{Marked, ReadAloud, ReportedSince, RoleTag};
use crate::i18n::{Lang, article_title, city_name, county_with_city, unit_name};
use crate::model::search::mark;
use crate::model::{Article, Role, policy};
use crate::nav::href;
use crate::route::{Anchor, Page};

/// One article of the reader: heading, summary, prose with its key phrases marked, the
/// responsibility clause verbatim and by role, and the places it names.
pub fn article_view(lang: Lang, article: &Article<'static>) -> impl IntoView + use<> {
    let ui = lang.ui();
    let p = policy();
    let summary = p.summary(article.no);
    let key_phrases: Vec<&str> = summary.map(|s| s.highlights.clone()).unwrap_or_default();
    let paragraphs =
        article.prose().into_iter().map(|para| view! { <p><Marked text=mark(para, &key_phrases) kind="key"/></p> }).collect_view();
    let summary = summary.map(|s| {
        view! {
            <div class="summary" lang=lang.tag()>
                <span class="summary-label">{ui.text_summary}</span>
                <p>{lang.pick(s.zh, s.en)}</p>
            </div>
        }
    });
    let responsibility = article.responsibility.as_ref().map(|r| {
        let groups = Role::ALL
            .into_iter()
            .filter_map(|role| {
                let units = r
                    .units_with(role)
                    .filter_map(|name| p.unit_by_name(name))
                    .map(|u| view! { <li><a href=href(lang, Page::unit(u.id)) title=u.full_name>{unit_name(lang, u)}</a></li> })
                    .collect_view();
                (r.units_with(role).count() > 0).then(|| {
                    view! {
                        <div class="resp-group">
                            <dt><RoleTag lang role/></dt>
                            <dd><ul class="inline-list">{units}</ul></dd>
                        </div>
                    }
                })
            })
            .collect_view();
        view! {
            <p class="clause">"(" {r.clause} ")"</p>
            <dl class="responsibility" aria-label=ui.responsibility lang=lang.tag()>{groups}</dl>
        }
    });
    let counties = p.counties_named_in(article.no);
    let cities = p.cities_named_in(article.no);
    let places = (!counties.is_empty() || !cities.is_empty()).then(|| {
        let county_links = counties
            .iter()
            .filter_map(|c| p.county(*c))
            .map(|c| view! { <li><a href=href(lang, Page::county(c.code))>{county_with_city(lang, c)}</a></li> });
        let city_links = cities
            .iter()
            .filter_map(|c| p.city(*c))
            .map(|c| view! { <li><a href=href(lang, Page::city(c.code))>{city_name(lang, c)}</a></li> });
        view! {
            <div class="article-places" lang=lang.tag()>
                <span class="places-label">{ui.text_places}</span>
                <ul class="inline-list">{city_links.collect_view()}{county_links.collect_view()}</ul>
            </div>
        }
    });
    let heading_en = (lang == Lang::En).then(|| view! { <span class="heading-en" lang="en">{article_title(lang, article)}</span> });
    let anchor = Anchor::Article(article.id()).id();
    view! {
        <article class="text-article" id=anchor.clone() aria-labelledby=format!("h-{anchor}")>
            <h3 id=format!("h-{anchor}")>{article.heading} {heading_en}</h3>
            <ReadAloud lang target=anchor.clone()/>
            {summary}
            {paragraphs}
            {responsibility}
            {places}
            <div class="article-reports" lang=lang.tag()><ReportedSince lang reports=p.reports_on(article.no) level=4/></div>
        </article>
    }
}
