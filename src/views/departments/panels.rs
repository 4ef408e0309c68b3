use leptos::prelude::*;
use maud::html;

use crate::components::{Erase, ReadAloud, ReportedSince, RoleTag, attr, role_tag_markup};
use crate::i18n::{Lang, article_no, article_title, fill, unit_name};
use crate::model::matrix::matrix;
use crate::model::{ArticleNo, Role, UnitId, UnitKind, policy};
use crate::nav::href;
use crate::route::{DepartmentsState, Page};

/// The panels and their headings, where the reader is taken when one opens.
pub const UNIT_PANEL_ID: &str = "unit-panel";
pub const UNIT_HEADING_ID: &str = "unit-heading";
pub const ARTICLE_PANEL_ID: &str = "article-panel";
pub const ARTICLE_HEADING_ID: &str = "article-heading";

/// One unit: its full name as of 2021, its role in each article, and those articles verbatim.
#[component]
pub fn UnitPanel(
    lang: Lang,
    id: UnitId,
    state: DepartmentsState,
    /// In a widget: no link to close the panel.
    #[prop(optional)]
    widget: bool,
) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let unit = p.unit(id);
    let Some(row) = matrix().row(id) else { return ().erased() };
    let collective = (unit.kind == UnitKind::Collective).then(|| view! { <p class="empty-note">{ui.dep_collective_note}</p> });
    // Nothing live in the articles: markup, one parse (see components/mod.rs).
    let articles = html! {
        @for (a, role) in p.roles_of(unit) {
            li.unit-article {
                (role_tag_markup(lang, role, true)) " "
                a href=(href(lang, Page::Departments(state.with_article(Some(a.id()))))) { (article_title(lang, a)) }
                p.unit-article-summary { @if let Some(s) = p.summary(a.no) { (lang.pick(s.zh, s.en)) } }
                details {
                    summary { (ui.dep_show_text) }
                    div.verbatim lang="zh-CN" {
                        @for para in a.prose() { p { (para) } }
                        p.clause { "(" @if let Some(r) = &a.responsibility { (r.clause) } ")" }
                        p { a href=(href(lang, Page::article_text(a.id()))) { (ui.nav_text) " → " (article_no(lang, a.no)) } }
                    }
                }
            }
        }
    };
    let english = (lang == Lang::En).then(|| view! { <div><dt>"English"</dt><dd>{unit.name_en}</dd></div> });
    let unit_articles: Vec<u8> = p.roles_of(unit).map(|(a, _)| a.no).collect();
    view! {
        <section class="unit-panel panel" id=UNIT_PANEL_ID aria-labelledby=UNIT_HEADING_ID>
            <p class="panel-kicker">{ui.dep_unit_heading_prefix}</p>
            <h2 id=UNIT_HEADING_ID tabindex="-1">
                {unit_name(lang, unit)}
                {(lang == Lang::En).then(|| view! { " " <span class="heading-zh" lang="zh-CN">"(" {unit.name} ")"</span> })}
            </h2>
            <ReadAloud lang target=UNIT_PANEL_ID/>
            <dl class="facts">
                <div><dt>{ui.unit_full_name}</dt><dd lang="zh-CN">{unit.full_name}</dd></div>
                <div><dt>{ui.unit_kind}</dt><dd>{ui.kind(unit.kind)}</dd></div>
                {english}
            </dl>
            {collective}
            <p class="counts">{fill(ui.dep_unit_counts, &[&row.leads, &row.joint, &row.supports, &row.total()])}</p>
            <ol class="unit-articles" inner_html=articles.into_string()></ol>
            // Reports on the articles this unit has a role in: about the articles, not the unit.
            <ReportedSince lang reports=p.reports_on_any(&unit_articles) level=3/>
            {(!widget).then(|| view! {
                <p><a class="button" href=href(lang, Page::Departments(state.with_unit(None).with_article(None))) {..attr::data_noscroll("")}>{ui.dep_close}</a></p>
            })}
        </section>
    }
    .erased()
}

/// One article: its clause verbatim and its units by role.
#[component]
pub fn ArticlePanel(
    lang: Lang,
    no: ArticleNo,
    state: DepartmentsState,
    /// In a widget: the article's text and summary too, and no link to close the panel.
    #[prop(optional)]
    widget: bool,
) -> impl IntoView {
    let ui = lang.ui();
    let a = policy().article_at(no);
    let units = matrix().units_of(no.get());
    let no_lead =
        (!units.is_empty() && !units.iter().any(|(_, r)| *r == Role::Lead)).then(|| view! { <p class="note">{ui.dep_no_lead}</p> });
    let groups = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let of_role: Vec<_> = units.iter().filter(|(_, r)| *r == role).collect();
            (!of_role.is_empty()).then(|| {
                let items = of_role
                    .iter()
                    .map(|(u, _)| {
                        view! {
                            <li>
                                <a href=href(lang, Page::Departments(state.with_unit(Some(u.id)))) title=u.full_name>{unit_name(lang, u)}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="resp-group">
                        <dt><RoleTag lang role/></dt>
                        <dd><ul class="inline-list">{items}</ul></dd>
                    </div>
                }
            })
        })
        .collect_view();
    let body = if units.is_empty() {
        view! { <p class="empty-note">{ui.dep_no_units}</p> }.erased()
    } else {
        view! {
            {no_lead}
            <dl class="responsibility">{groups}</dl>
        }
        .erased()
    };
    view! {
        <section class="article-panel panel" id=ARTICLE_PANEL_ID aria-labelledby=ARTICLE_HEADING_ID>
            <p class="panel-kicker">{ui.dep_article_heading_prefix}</p>
            <h2 id=ARTICLE_HEADING_ID tabindex="-1">{article_title(lang, a)}</h2>
            {widget.then(|| {
                let summary = policy().summary(a.no).map(|s| view! { <h3>{ui.text_summary}</h3> <p class="unit-article-summary">{lang.pick(s.zh, s.en)}</p> });
                let prose = a.prose().into_iter().map(|para| view! { <p>{para}</p> }).collect_view();
                view! { {summary} <div class="verbatim" lang="zh-CN">{prose}</div> }
            })}
            {a.responsibility.as_ref().map(|r| view! { <blockquote lang="zh-CN">"(" {r.clause} ")"</blockquote> })}
            <h3>{ui.dep_article_units}</h3>
            {body}
            <ReportedSince lang reports=policy().reports_on(a.no) level=3/>
            <p>
                <a href=href(lang, Page::article_text(no))>{ui.nav_text} " → " {article_no(lang, a.no)}</a>
                {(!widget).then(|| view! {
                    " · "
                    <a href=href(lang, Page::Departments(state.with_article(None))) {..attr::data_noscroll("")}>{ui.dep_close}</a>
                })}
            </p>
        </section>
    }
}
