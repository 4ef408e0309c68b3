use leptos::prelude::*;

use crate::href;
use crate::i18n::{Lang, fill};
use crate::model::mentions::Measure;
use crate::model::search::mark;
use crate::model::{Basis, Code, Confidence, Place, policy};
use crate::route::Page;
use crate::views::{article_href, article_title};

fn confidence(lang: Lang, c: Confidence) -> &'static str {
    let ui = lang.ui();
    match c {
        Confidence::High => ui.county_confidence_high,
        Confidence::Medium => ui.county_confidence_medium,
        Confidence::Low => ui.county_confidence_low,
    }
}

/// How a place's location is known, in words.
pub fn place_basis(lang: Lang, place: &Place) -> String {
    let ui = lang.ui();
    match place.basis {
        Basis::Text => ui.county_place_text.to_string(),
        Basis::Fact => fill(ui.county_place_fact, &[&confidence(lang, place.confidence)]),
        Basis::None => ui.gazetteer_unplaced.to_string(),
    }
}

/// A list of verbatim measures, each with its article and the places it names marked.
pub fn measure_list(lang: Lang, measures: Vec<Measure>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let items = measures
        .into_iter()
        .map(|m| {
            let article = p.article(m.article).expect("measures are in articles");
            let terms: Vec<String> = m.places.iter().map(|pl| pl.name.to_string()).collect();
            let text = crate::views::marked(&mark(m.text, &terms));
            let notes = m
                .places
                .iter()
                .map(|pl| view! { <li><span lang="zh-CN">{pl.name}</span> " — " {place_basis(lang, pl)}</li> })
                .collect_view();
            let clause = m.in_clause.then(|| view! { <span class="tag">{ui.county_in_clause}</span> });
            view! {
                <li class="measure">
                    <a href=article_href(lang, m.article) class="measure-article">{article_title(lang, article)}</a>
                    {clause}
                    <blockquote lang="zh-CN">{if m.in_clause { view! { "(" {text} ")" }.into_any() } else { text.into_any() }}</blockquote>
                    <ul class="place-notes">{notes}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="measures">{items}</ol> }
}

/// The articles for all 35 counties, by the policy's parts (themes), each collapsed.
pub fn all_area_measures(lang: Lang) -> impl IntoView {
    let p = policy();
    p.doc
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
                            <a href=article_href(lang, a.no)>{article_title(lang, a)}</a>
                            <p>{summary}</p>
                        </li>
                    }
                })
                .collect_view();
            let title = crate::views::part_heading(lang, part.no);
            view! {
                <details class="theme">
                    <summary>{title}</summary>
                    <ul class="theme-articles">{articles}</ul>
                </details>
            }
        })
        .collect_view()
}

/// What the policy says for one county.
#[component]
pub fn CountyDetail(lang: Lang, code: Code) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let county = p.county(code).expect("a valid code");
    let city = p.city(county.city).expect("its city");
    let counts = p.counts(code);
    let own = p.county_measures(code);
    let city_measures = p.city_measures(city.code, Some(code));
    let city_name = lang.pick(city.name.to_string(), city.name_en());
    let name = lang.pick(format!("{}{}", city.name, county.name), format!("{}, {} ({}{})", county.name_en(), city.name_en(), city.name, county.name));
    let own_view = if own.is_empty() {
        view! { <p class="empty-note">{ui.county_own_none}</p> }.into_any()
    } else {
        measure_list(lang, own).into_any()
    };
    let city_view = if city_measures.is_empty() {
        view! { <p class="empty-note">{ui.county_city_none}</p> }.into_any()
    } else {
        measure_list(lang, city_measures).into_any()
    };
    view! {
        <section class="county-detail" aria-labelledby="county-heading">
            <h2 id="county-heading" tabindex="-1">{name}</h2>
            <dl class="facts">
                <div><dt>{ui.county_city}</dt><dd><a href=href(lang, Page::Counties { county: None, city: Some(city.code) })>{city_name.clone()}</a></dd></div>
                <div><dt>{ui.county_code}</dt><dd>{code.to_string()}</dd></div>
                <div><dt>{ui.county_pinyin}</dt><dd lang="zh-Latn-pinyin">{county.pinyin}</dd></div>
            </dl>
            <p class="counts">{fill(ui.county_counts, &[&counts.county_articles, &city_name, &counts.city_articles])}</p>
            <h3>{ui.county_own_heading}</h3>
            {own_view}
            <h3>{fill(ui.county_city_heading, &[&city_name])}</h3>
            {city_view}
            <h3>{ui.county_all_heading}</h3>
            {all_area_measures(lang)}
        </section>
    }
}

/// What the policy says for one city, and its counties.
#[component]
pub fn CityDetail(lang: Lang, code: Code) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let city = p.city(code).expect("a valid city code");
    let city_name = lang.pick(city.name.to_string(), format!("{} ({})", city.name_en(), city.name));
    let measures = p.city_measures(code, None);
    let counties = p
        .counties_of(code)
        .map(|c| view! { <li><a href=href(lang, Page::county(c.code))>{lang.pick(c.name.to_string(), c.name_en())}</a></li> })
        .collect_view();
    let list = if measures.is_empty() {
        view! { <p class="empty-note">{ui.county_city_none}</p> }.into_any()
    } else {
        measure_list(lang, measures).into_any()
    };
    view! {
        <section class="county-detail" aria-labelledby="county-heading">
            <h2 id="county-heading" tabindex="-1">{city_name.clone()}</h2>
            <h3>{fill(ui.county_counties_of_city, &[&city_name])}</h3>
            <ul class="chip-list">{counties}</ul>
            <h3>{fill(ui.county_city_heading, &[&city_name])}</h3>
            {list}
            <h3>{ui.county_all_heading}</h3>
            {all_area_measures(lang)}
        </section>
    }
}
