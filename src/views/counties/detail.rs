use leptos::prelude::*;
use maud::html;

use crate::components::{Erase, ReadAloud, ReportedSince, marked_markup};
use crate::i18n::{
    Lang, article_no, article_title, city_heading, city_name, county_heading, county_name, fill, part_heading, place_basis, place_note,
};
use crate::model::search::mark;
use crate::model::{Code, Reading, Theme, policy};
use crate::nav::href;
use crate::route::Page;

/// At most this many item labels in the answer sentence.
const ANSWER_LABELS: usize = 8;

/// The plain answer on top: how many items name the place (in bold), and their short labels.
fn answer(lang: Lang, name: &str, items: &[&Reading]) -> AnyView {
    let ui = lang.ui();
    if items.is_empty() {
        return view! { <p class="answer"><strong>{fill(ui.county_answer_none, &[&name])}</strong></p> }.erased();
    }
    // A city's long list is the list below; a sentence of thirty labels answers nothing.
    if items.len() > ANSWER_LABELS {
        return view! { <p class="answer"><strong>{fill(ui.county_answer_many, &[&name, &items.len()])}</strong></p> }.erased();
    }
    let labels: Vec<&str> = items.iter().map(|r| lang.pick(r.label_zh, r.label_en)).collect();
    view! {
        <p class="answer">
            <strong>{fill(ui.county_answer, &[&name, &items.len()])}</strong>
            {labels.join(lang.pick("、", "; "))}
            {lang.pick("。", ".")}
        </p>
    }
    .erased()
}

/// One item per reading: the plain line, its article, and the verbatim sentence one tap away
/// with the clause it reads underlined and only `mark` (this place's names) highlighted.
///
/// The rows, the themes' and the parts' lists have nothing live in them: markup, one parse each
/// (see components/mod.rs), about 510 of a county page's 580 elements.
fn item_list(lang: Lang, items: Vec<&'static Reading>, mark_names: impl Fn(&Reading) -> Vec<&'static str>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let rows = html! {
        @for r in items {
            @let start = r.sentence.find(r.clause).unwrap_or(0);
            @let (before, rest) = r.sentence.split_at(start);
            @let (clause, after) = rest.split_at(r.clause.len().min(rest.len()));
            li.item {
                p.plain { (lang.pick(r.plain_zh, r.plain_en)) }
                div.item-foot {
                    @if let Some(a) = p.article(r.article) {
                        a.item-article href=(href(lang, Page::article_text(a.id()))) { (article_title(lang, a)) }
                    }
                    details.original {
                        summary { (ui.county_show_source) }
                        blockquote lang="zh-CN" {
                            (before)
                            span.read-clause {
                                (marked_markup(&mark(clause, &mark_names(r)), "place"))
                            }
                            (after)
                        }
                        @if let Some(pl) = p.places.iter().find(|pl| pl.name == r.place) {
                            p.where { (place_basis(lang, pl)) }
                            details.where-why { summary { (ui.county_place_how) } p { (place_note(lang, pl)) } }
                        }
                    }
                }
            }
        }
    };
    view! { <ol class="items" inner_html=rows.into_string()></ol> }
}

/// What every county gets, by daily-life theme, open.
fn themes(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let groups = html! {
        @for theme in Theme::ALL {
            section class={ "theme theme-" (theme.key()) } {
                h4 { (ui.theme(theme)) }
                ul {
                    @for i in p.theme_items().iter().filter(|i| i.theme == theme) {
                        li {
                            (lang.pick(i.plain_zh, i.plain_en)) " "
                            @if let Some(a) = p.article(i.article) {
                                a.item-article href=(href(lang, Page::article_text(a.id()))) { (article_no(lang, a.no)) }
                            }
                        }
                    }
                }
            }
        }
    };
    view! {
        <h3>{ui.county_themes_heading}</h3>
        <p class="source-note">{ui.county_themes_note}</p>
        <div class="themes" inner_html=groups.into_string()></div>
    }
}

/// All 22 articles by the policy's parts, collapsed: the way on to the whole text.
fn all_articles(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let parts = p
        .doc
        .parts
        .iter()
        .map(|part| {
            let articles = html! {
                @for a in p.articles().iter().filter(|a| a.part == part.no) {
                    li {
                        a href=(href(lang, Page::article_text(a.id()))) { (article_title(lang, a)) }
                        p { @if let Some(s) = p.summary(a.no) { (lang.pick(s.zh, s.en)) } }
                    }
                }
            };
            view! {
                <details class="part-articles">
                    <summary>{part_heading(lang, part.no)}</summary>
                    <ul class="theme-articles" inner_html=articles.into_string()></ul>
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

/// The articles whose responsibility clause names the city's government.
fn government(lang: Lang, code: Code) -> Option<impl IntoView> {
    let ui = lang.ui();
    let p = policy();
    let city = p.city(code)?;
    let articles = p.city_government_articles(code);
    (!articles.is_empty()).then(|| {
        let links = articles
            .iter()
            .filter_map(|no| p.article(*no))
            .map(|a| view! { <li><a href=href(lang, Page::article_text(a.id()))>{article_title(lang, a)}</a></li> })
            .collect_view();
        view! {
            <p class="government">{fill(ui.county_government, &[&city_name(lang, city)])}</p>
            <ul class="government-articles">{links}</ul>
        }
    })
}

/// What the policy says for one county, in the order a reader asks: the plain answer first,
/// then its city, then (on the page, `shared_measures`) what every county gets, and the division
/// code and pinyin last (`county_facts`). The widget shows it without the shared part.
#[component]
pub fn CountyDetail(lang: Lang, code: Code) -> impl IntoView {
    view! {
        <section class="county-detail" aria-labelledby="county-heading">
            {county_own(lang, code)}
            {county_facts(lang, code)}
        </section>
    }
}

/// What the policy says for one city, and its counties (the widget's form).
#[component]
pub fn CityDetail(lang: Lang, code: Code) -> impl IntoView {
    view! { <section class="county-detail" aria-labelledby="county-heading">{city_own(lang, code)}</section> }
}

/// The county's own part: its heading, the plain answer, its items, its city's.
pub fn county_own(lang: Lang, code: Code) -> AnyView {
    let ui = lang.ui();
    let p = policy();
    let (Some(county), Some(city)) = (p.county(code), p.city(code.city())) else {
        // The route only hands over codes of the 35.
        return ().erased();
    };
    let own = p.county_items(code);
    let city_items = p.city_items(city.code, Some(code));
    let name = county_name(lang, county);
    let city_label = city_name(lang, city);
    // Only this county's places are highlighted in any quote on its page.
    let own_names = move |r: &Reading| {
        policy().places.iter().filter(|pl| pl.name == r.place && pl.counties.contains(&code)).map(|pl| pl.name).collect::<Vec<_>>()
    };
    let own_list = (!own.is_empty()).then(|| {
        view! {
            <h3>{fill(ui.county_items_heading, &[&name, &own.len()])}</h3>
            {item_list(lang, own.clone(), own_names)}
        }
    });
    view! {
        <h2 id="county-heading" tabindex="-1">{county_heading(lang, county)}</h2>
        <ReadAloud lang target="county-own"/>
        <div id="county-own">
            {answer(lang, &name, &own)}
            <p class="counts">{fill(ui.county_more, &[&city_items.len(), &city_label])}</p>
            <p class="reading-note">{ui.county_reading_note}</p>
            {own_list}
        </div>
        <ReportedSince lang reports=p.reports_for_county(code) level=3/>
        <h3>{fill(ui.county_city_items_heading, &[&city_label, &city_items.len()])}</h3>
        {item_list(lang, city_items, own_names)}
        {government(lang, city.code)}
    }
    .erased()
}

/// The county's division code, pinyin and city: last, after what the policy says.
pub fn county_facts(lang: Lang, code: Code) -> AnyView {
    let ui = lang.ui();
    let p = policy();
    let (Some(county), Some(city)) = (p.county(code), p.city(code.city())) else {
        return ().erased();
    };
    view! {
        <h3>{ui.county_facts_heading}</h3>
        <dl class="facts">
            <div><dt>{ui.county_city}</dt><dd><a href=href(lang, Page::city(city.code))>{city_name(lang, city)}</a></dd></div>
            <div><dt>{ui.county_code}</dt><dd>{code.to_string()}</dd></div>
            <div><dt>{ui.county_pinyin}</dt><dd lang="zh-Latn-pinyin">{county.pinyin}</dd></div>
        </dl>
    }
    .erased()
}

/// The city's own part: its heading, the plain answer, its items and its counties.
pub fn city_own(lang: Lang, code: Code) -> AnyView {
    let ui = lang.ui();
    let p = policy();
    let Some(city) = p.city(code) else {
        return ().erased();
    };
    let heading = city_heading(lang, city);
    let name = city_name(lang, city);
    let items = p.city_items(code, None);
    // The item's own place (or the city's name) is what its quote highlights.
    let short = city.short_name();
    let names = move |r: &Reading| if r.place == short || r.cities.contains(&code) { vec![r.place] } else { Vec::new() };
    let counties =
        p.counties_of(code).map(|c| view! { <li><a href=href(lang, Page::county(c.code))>{county_name(lang, c)}</a></li> }).collect_view();
    view! {
        <h2 id="county-heading" tabindex="-1">{heading}</h2>
        {answer(lang, &name, &items)}
        <p class="reading-note">{ui.county_reading_note}</p>
        <h3>{fill(ui.county_items_heading, &[&name, &items.len()])}</h3>
        {item_list(lang, items, names)}
        {government(lang, code)}
        <ReportedSince lang reports=p.reports_for_city(code) level=3/>
        <h3>{fill(ui.county_counties_of_city, &[&name])}</h3>
        <ul class="chip-list">{counties}</ul>
    }
    .erased()
}

/// What is the same for every county and city: the measures by theme and all 22 articles. The
/// page builds it once and keeps it while the reader moves from place to place.
pub fn shared_measures(lang: Lang) -> impl IntoView {
    view! { {themes(lang)} {all_articles(lang)} }
}
