use leptos::prelude::*;

use crate::components::Marked;
use crate::i18n::{Lang, article_title, city_heading, city_name, county_heading, county_name, fill, part_heading, place_basis};
use crate::model::mentions::{Measure, by_article};
use crate::model::search::mark;
use crate::model::{Code, policy};
use crate::nav::href;
use crate::route::Page;

/// Verbatim measures under one heading per article, the places they name marked.
fn measure_list(lang: Lang, measures: Vec<Measure>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let groups = by_article(measures)
        .into_iter()
        .filter_map(|(no, measures)| {
            let article = p.article(no)?;
            let passages = measures
                .into_iter()
                .map(|m| {
                    let names: Vec<&str> = m.places.iter().map(|pl| pl.name).collect();
                    let text = view! { <Marked text=mark(m.text, &names)/> };
                    let notes = m
                        .places
                        .iter()
                        .map(|pl| view! { <li><span lang="zh-CN">{pl.name}</span> " — " {place_basis(lang, pl)}</li> })
                        .collect_view();
                    let clause = m.in_clause.then(|| view! { <span class="tag">{ui.county_in_clause}</span> });
                    view! {
                        {clause}
                        <blockquote lang="zh-CN">{if m.in_clause { view! { "(" {text} ")" }.into_any() } else { text.into_any() }}</blockquote>
                        <ul class="place-notes">{notes}</ul>
                    }
                })
                .collect_view();
            Some(view! {
                <li class="measure">
                    <a href=href(lang, Page::article_text(article.id())) class="measure-article">{article_title(lang, article)}</a>
                    {passages}
                </li>
            })
        })
        .collect_view();
    view! { <ol class="measures">{groups}</ol> }
}

/// The measures, or a note saying there are none.
fn measures_or(lang: Lang, measures: Vec<Measure>, none: &'static str) -> AnyView {
    if measures.is_empty() { view! { <p class="empty-note">{none}</p> }.into_any() } else { measure_list(lang, measures).into_any() }
}

/// All 22 articles by the policy's parts (themes), each part collapsed.
fn all_articles(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let parts = p
        .doc
        .parts
        .iter()
        .map(|part| {
            let articles = p
                .articles()
                .iter()
                .filter(|a| a.part == part.no)
                .map(|a| {
                    let summary = p.summary(a.no).map(|s| lang.pick(s.zh, s.en));
                    view! {
                        <li>
                            <a href=href(lang, Page::article_text(a.id()))>{article_title(lang, a)}</a>
                            <p>{summary}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="theme">
                    <summary>{part_heading(lang, part.no)}</summary>
                    <ul class="theme-articles">{articles}</ul>
                </details>
            }
        })
        .collect_view();
    view! {
        <h3>{ui.county_all_heading}</h3>
        <p class="source-note">{ui.county_all_note}</p>
        {parts}
    }
}

/// What the policy says for one county.
#[component]
pub fn CountyDetail(lang: Lang, code: Code) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let (Some(county), Some(city)) = (p.county(code), p.city(code.city())) else {
        // The route only hands over codes of the 35.
        return ().into_any();
    };
    let counts = p.counts(code);
    let own = p.county_measures(code);
    let city_measures = p.city_measures(city.code, Some(code));
    let city_name = city_name(lang, city);
    let own_view = measures_or(lang, own, ui.county_own_none);
    let city_view = measures_or(lang, city_measures, ui.county_city_none);
    view! {
        <section class="county-detail" aria-labelledby="county-heading">
            <h2 id="county-heading" tabindex="-1">{county_heading(lang, county)}</h2>
            <dl class="facts">
                <div><dt>{ui.county_city}</dt><dd><a href=href(lang, Page::city(city.code))>{city_name.clone()}</a></dd></div>
                <div><dt>{ui.county_code}</dt><dd>{code.to_string()}</dd></div>
                <div><dt>{ui.county_pinyin}</dt><dd lang="zh-Latn-pinyin">{county.pinyin}</dd></div>
            </dl>
            <p class="counts">{fill(ui.county_counts, &[&counts.county_articles, &city_name, &counts.city_articles])}</p>
            <h3>{ui.county_own_heading}</h3>
            {own_view}
            <h3>{fill(ui.county_city_heading, &[&city_name])}</h3>
            {city_view}
            {all_articles(lang)}
        </section>
    }
    .into_any()
}

/// What the policy says for one city, and its counties.
#[component]
pub fn CityDetail(lang: Lang, code: Code) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let Some(city) = p.city(code) else {
        return ().into_any();
    };
    let city_name = city_heading(lang, city);
    let measures = p.city_measures(code, None);
    let counties =
        p.counties_of(code).map(|c| view! { <li><a href=href(lang, Page::county(c.code))>{county_name(lang, c)}</a></li> }).collect_view();
    let list = measures_or(lang, measures, ui.county_city_none);
    view! {
        <section class="county-detail" aria-labelledby="county-heading">
            <h2 id="county-heading" tabindex="-1">{city_name.clone()}</h2>
            <h3>{fill(ui.county_counties_of_city, &[&city_name])}</h3>
            <ul class="chip-list">{counties}</ul>
            <h3>{fill(ui.county_city_heading, &[&city_name])}</h3>
            {list}
            {all_articles(lang)}
        </section>
    }
    .into_any()
}
