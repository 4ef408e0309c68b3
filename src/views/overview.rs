use leptos::prelude::*;

use crate::components::{CountySearch, Erase, ReadAloud};
use crate::i18n::{Lang, city_heading, city_name, county_name, date, fill, part_short, part_title};
use crate::model::text::chinese_numeral;
use crate::model::timeline::goal_clauses;
use crate::model::{MilestoneId, policy};
use crate::nav::href;
use crate::route::{Page, Section};

/// The 2025 and 2035 goals, each clause verbatim (with the project's English label on /en/).
/// Each card's heading is at `level` (2 or 3), below its section's.
fn goal_cards(lang: Lang, level: u8) -> impl IntoView + use<> {
    let ui = lang.ui();
    let p = policy();
    p.goals()
        .into_iter()
        .map(|goal| {
            let milestone = MilestoneId::of_goal(goal.year).map(|id| p.milestone(id));
            let commitments = milestone.map(|m| m.commitments.clone()).unwrap_or_default();
            let clauses = goal_clauses(&goal);
            let milestone_href = milestone.map(|m| href(lang, Page::milestone(m.id)));
            let link = view! { <a href=milestone_href>{fill(ui.goal_by, &[&goal.year])}</a> };
            let heading = if level == 2 { view! { <h2>{link}</h2> }.erased() } else { view! { <h3>{link}</h3> }.erased() };
            view! {
                <article class="goal-card">
                    {heading}
                    <ul class="goal-list">
                        {clauses
                            .into_iter()
                            .enumerate()
                            .map(|(i, clause)| {
                                let en = (lang == Lang::En)
                                    .then(|| commitments.get(i).map(|c| view! { <span class="en-gloss" lang="en">{c.label_en}</span> }));
                                view! {
                                    <li>
                                        <span lang="zh-CN">{clause}</span>
                                        {en}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </article>
            }
        })
        .collect_view()
}

/// The goals widget (`/embed/goals/`): the two horizons, verbatim.
#[component]
pub fn GoalsWidget(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    view! {
        <section class="goals" aria-label=ui.widget_goals_title>
            <div class="goal-grid">{goal_cards(lang, 2)}</div>
            <p class="source-note">
                <a href=p.article_no(2).map(|no| href(lang, Page::article_text(no)))>{ui.goals_source}</a>
            </p>
        </section>
    }
}

/// The policy on one page: what it is, its two goal horizons, its 35 counties, its structure.
#[component]
pub fn Overview(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let doc = &p.doc;
    let (basis_title, basis_number) = doc.national_basis().unwrap_or_default();
    let goals = goal_cards(lang, 3);

    let scope = p
        .cities
        .iter()
        .map(|city| {
            let counties = p
                .counties_of(city.code)
                .map(|county| {
                    let name = county_name(lang, county);
                    view! {
                        <li>
                            <a href=href(lang, Page::county(county.code))>{name}</a>
                        </li>
                    }
                })
                .collect_view();
            let count = p.counties_of(city.code).count();
            let city_name = city_heading(lang, city);
            view! {
                <section class="city-group">
                    <h3>{city_name} <span class="count">{count}</span></h3>
                    <ul class="chip-list">{counties}</ul>
                </section>
            }
        })
        .collect_view();

    // One tap target per part, with a plain label and its size instead of a numeral range.
    let structure = doc
        .parts
        .iter()
        .map(|part| {
            let title = part_title(lang, part.no);
            let count = part.articles.clone().count();
            let first_href = p.article_no(*part.articles.start()).map(|no| href(lang, Page::article_text(no)));
            view! {
                <li>
                    <a href=first_href class="part-card">
                        <span class="part-no" aria-hidden="true">{chinese_numeral(part.no)}</span>
                        <span class="part-short">{part_short(lang, part.no)} " · " {fill(ui.part_articles, &[&count])}</span>
                        <span class="part-title">{title}</span>
                    </a>
                </li>
            }
        })
        .collect_view();

    let explore = [
        (Section::Timeline, ui.explore_timeline),
        (Section::Counties, ui.explore_counties),
        (Section::Departments, ui.explore_departments),
        (Section::Text, ui.explore_text),
    ]
    .into_iter()
    .map(|(section, blurb)| {
        let name = section.label(lang);
        view! {
            <li>
                <a href=href(lang, Page::of(section)) class="explore-card">
                    <span class="explore-name">{name}</span>
                    <span class="explore-blurb">{blurb}</span>
                </a>
            </li>
        }
    })
    .collect_view();

    let title_en = (!ui.doc_title_gloss.is_empty()).then(|| view! { <p class="title-en" lang="en">{ui.doc_title_gloss}</p> });

    // What the policy is, whom it covers, what kinds of help and which horizons: words from the
    // string table, every fact from the model.
    let sep = lang.pick("、", ", ");
    let cities: Vec<String> = p.cities.iter().map(|c| city_name(lang, c)).collect();
    // The parts between the general requirements and the implementation carry the measures.
    let help_parts: Vec<&str> =
        doc.parts.iter().skip(1).take(doc.parts.len().saturating_sub(2)).map(|part| part_short(lang, part.no)).collect();
    let years: Vec<u16> = p.goals().iter().map(|g| g.year).collect();
    let intro = [
        fill(ui.overview_intro_what, &[&doc.number, &date(lang, doc.printed)]),
        fill(ui.overview_intro_who, &[&p.counties.len(), &p.cities.len(), &cities.join(sep)]),
        fill(
            ui.overview_intro_help,
            &[
                &help_parts.len(),
                &help_parts.join(sep),
                &years.first().copied().unwrap_or_default(),
                &years.last().copied().unwrap_or_default(),
            ],
        ),
    ]
    .into_iter()
    .map(|line| view! { <p>{line}</p> })
    .collect_view();

    view! {
        <div class="page overview">
            <section class="hero" aria-labelledby="doc-title">
                <p class="eyebrow">{doc.issuer} " · " {doc.number}</p>
                <h1 id="doc-title" lang="zh-CN">{doc.title}</h1>
                {title_en}
                <div class="intro">{intro}</div>
            </section>

            <section class="explore" aria-labelledby="explore-heading">
                <h2 id="explore-heading">{ui.explore_heading}</h2>
                <ul class="explore-grid">{explore}</ul>
            </section>

            <section class="scope" aria-labelledby="scope-heading">
                <h2 id="scope-heading">{ui.find_county_heading}</h2>
                <CountySearch lang/>
                <p>{ui.scope_summary}</p>
                <div class="city-grid">{scope}</div>
            </section>

            <section class="goals" id="goals" aria-labelledby="goals-heading">
                <h2 id="goals-heading">{ui.goals_heading}</h2>
                <ReadAloud lang target="goals"/>
                <div class="goal-grid">{goals}</div>
                <p class="source-note">
                    <a href=p.article_no(2).map(|no| href(lang, Page::article_text(no)))>{ui.goals_source}</a>
                </p>
            </section>

            <section class="structure" aria-labelledby="structure-heading">
                <h2 id="structure-heading">{ui.structure_heading}</h2>
                <ol class="part-list">{structure}</ol>
            </section>

            <section class="doc-facts" aria-labelledby="doc-facts-heading">
                <h2 id="doc-facts-heading">{ui.doc_facts_heading}</h2>
                <dl class="facts">
                    <div><dt>{ui.doc_issuer}</dt><dd lang="zh-CN">{doc.issuer}</dd></div>
                    <div><dt>{ui.doc_number}</dt><dd lang="zh-CN">{doc.number}</dd></div>
                    <div>
                        <dt>{ui.doc_issued}</dt>
                        <dd><time datetime=doc.issued.to_string()>{date(lang, doc.issued)}</time></dd>
                    </div>
                    <div>
                        <dt>{ui.doc_printed}</dt>
                        <dd><time datetime=doc.printed.to_string()>{date(lang, doc.printed)}</time></dd>
                    </div>
                    <div class="wide">
                        <dt>{ui.doc_basis}</dt>
                        <dd lang="zh-CN">{basis_title} "(" {basis_number} ")"</dd>
                    </div>
                </dl>
            </section>
        </div>
    }
}
