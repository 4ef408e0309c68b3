use leptos::prelude::*;

use crate::i18n::{Lang, city_heading, county_name, date, fill, part_title};
use crate::model::text::{article_label, chinese_numeral};
use crate::model::timeline::goal_clauses;
use crate::model::{MilestoneId, policy};
use crate::nav::href;
use crate::route::{Page, Section};

/// The policy on one page: what it is, its two goal horizons, its 35 counties, its structure.
#[component]
pub fn Overview(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let doc = &p.doc;
    let (basis_title, basis_number) = doc.national_basis().unwrap_or_default();
    let goals = p
        .goals()
        .into_iter()
        .map(|goal| {
            let milestone = MilestoneId::of_goal(goal.year).map(|id| p.milestone(id));
            let commitments = milestone.map(|m| m.commitments.clone()).unwrap_or_default();
            let clauses = goal_clauses(&goal);
            let milestone_href = milestone.map(|m| href(lang, Page::milestone(m.id)));
            view! {
                <article class="goal-card">
                    <h3>
                        <a href=milestone_href>{fill(ui.goal_by, &[&goal.year])}</a>
                    </h3>
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
        .collect_view();

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

    let structure = doc
        .parts
        .iter()
        .map(|part| {
            let title = part_title(lang, part.no);
            let (first, last) = (*part.articles.start(), *part.articles.end());
            let first_href = p.article_no(first).map(|no| href(lang, Page::article_text(no)));
            view! {
                <li>
                    <span class="part-no">{chinese_numeral(part.no)}</span>
                    <span class="part-title">{title}</span>
                    <a href=first_href class="part-range">
                        {fill(ui.articles_count, &[&article_label(first), &article_label(last)])}
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

    view! {
        <div class="page overview">
            <section class="hero" aria-labelledby="doc-title">
                <p class="eyebrow">{doc.issuer} " · " {doc.number}</p>
                <h1 id="doc-title" lang="zh-CN">{doc.title}</h1>
                {title_en}
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

            <section class="goals" aria-labelledby="goals-heading">
                <h2 id="goals-heading">{ui.goals_heading}</h2>
                <div class="goal-grid">{goals}</div>
                <p class="source-note">
                    <a href=p.article_no(2).map(|no| href(lang, Page::article_text(no)))>{ui.goals_source}</a>
                </p>
            </section>

            <section class="scope" aria-labelledby="scope-heading">
                <h2 id="scope-heading">{ui.scope_heading}</h2>
                <p>{ui.scope_summary}</p>
                <div class="city-grid">{scope}</div>
            </section>

            <section class="structure" aria-labelledby="structure-heading">
                <h2 id="structure-heading">{ui.structure_heading}</h2>
                <ol class="part-list">{structure}</ol>
            </section>

            <section class="explore" aria-labelledby="explore-heading">
                <h2 id="explore-heading">{ui.explore_heading}</h2>
                <ul class="explore-grid">{explore}</ul>
            </section>
        </div>
    }
}
