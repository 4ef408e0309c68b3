use leptos::prelude::*;
use leptos_router::components::A;

use super::{article_anchor, article_href, article_title};
use crate::i18n::Lang;
use crate::model::{Article, Role, policy, text::chinese_numeral};

/// The policy, verbatim, by part and article, with a table of contents.
#[component]
pub fn FullText(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let doc = &p.doc;
    let contents = doc
        .parts
        .iter()
        .map(|part| {
            let articles = doc
                .articles
                .iter()
                .filter(|a| a.part == part.no)
                .map(|a| view! { <li><A href=article_href(lang, a.no)>{article_title(lang, a)}</A></li> })
                .collect_view();
            view! {
                <li>
                    <span class="toc-part">{part_heading(lang, part.no)}</span>
                    <ol>{articles}</ol>
                </li>
            }
        })
        .collect_view();
    let parts = doc
        .parts
        .iter()
        .map(|part| {
            let articles = doc.articles.iter().filter(|a| a.part == part.no).map(|a| article_view(lang, a)).collect_view();
            view! {
                <section class="text-part" aria-labelledby=format!("part-{}", part.no)>
                    <h2 id=format!("part-{}", part.no)>{part_heading(lang, part.no)}</h2>
                    {articles}
                </section>
            }
        })
        .collect_view();
    let annex = doc.annex.iter().map(|line| view! { <p lang="zh-CN">{line.line}</p> }).collect_view();
    view! {
        <div class="page full-text">
            <h1>{ui.text_title}</h1>
            <p class="source-note">{ui.text_verbatim_note}</p>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ui.text_contents}</h2>
                <ol>{contents}</ol>
            </nav>
            <div class="document" lang="zh-CN">
                <p class="doc-header">{doc.issuer} " " {doc.number}</p>
                <p class="doc-title">{doc.title}</p>
                <p>{doc.addressee}</p>
                <p>{doc.preamble}</p>
                {parts}
                <div class="doc-closing">
                    <p>{doc.annex_note}</p>
                    <p class="signature">{doc.signatory}</p>
                    <p class="signature">{doc.issued_line}</p>
                    <p>{doc.publication_note}</p>
                </div>
                <section class="annex" aria-labelledby="annex-heading">
                    <h2 id="annex-heading">{doc.annex_label} " " {doc.annex_title}</h2>
                    {annex}
                </section>
                <p class="doc-printing">{doc.printing_line}</p>
            </div>
        </div>
    }
}

fn part_heading(lang: Lang, no: u8) -> String {
    let p = policy();
    let part = p.doc.part(no).expect("part exists");
    match lang {
        Lang::Zh => part.heading.to_string(),
        Lang::En => format!("{}、{}", chinese_numeral(no), p.part_labels(no).map_or(part.title, |l| l.title_en)),
    }
}

fn article_view(lang: Lang, article: &Article<'static>) -> impl IntoView {
    let ui = lang.ui();
    let paragraphs = article.prose().into_iter().map(|para| view! { <p>{para}</p> }).collect_view();
    let responsibility = article.responsibility.as_ref().map(|r| {
        let groups = [Role::Lead, Role::Joint, Role::Support]
            .into_iter()
            .filter_map(|role| {
                let units: Vec<&str> = r.units_with(role).collect();
                (!units.is_empty()).then(|| {
                    view! {
                        <div class=format!("resp-group role-{}", format!("{role:?}").to_lowercase())>
                            <dt>{ui.role(role)}</dt>
                            <dd>{units.join("、")}</dd>
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
    let heading_en = (lang == Lang::En).then(|| view! { <span class="heading-en" lang="en">{article_title(lang, article)}</span> });
    view! {
        <article class="text-article" id=article_anchor(article.no) aria-labelledby=format!("h-{}", article_anchor(article.no))>
            <h3 id=format!("h-{}", article_anchor(article.no))>{article.heading} {heading_en}</h3>
            {paragraphs}
            {responsibility}
        </article>
    }
}
