use leptos::prelude::*;

use crate::components::ReportedSince;
use crate::i18n::{Lang, article_no, article_title, milestone_title, source_label, when};
use crate::model::{Milestone, policy};
use crate::nav::href;
use crate::route::{Anchor, Page};

/// A milestone's detail: its date (and the date's source where the text has none), its quote
/// with where it stands, the plain reading, and for a goal its commitments with the articles the
/// project reads as carrying them out.
pub fn milestone_detail(lang: Lang, m: &'static Milestone) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let chips = |articles: &[u8]| {
        articles
            .iter()
            .map(|&no| {
                let a = p.article(no)?;
                let title = article_title(lang, a);
                Some(view! { <li><a href=href(lang, Page::article_text(a.id())) title=title.clone() aria-label=title>{article_no(lang, a.no)}</a></li> })
            })
            .collect_view()
    };
    let commitments = (!m.commitments.is_empty()).then(|| {
        let items = m
            .commitments
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <span class="commitment-label">{lang.pick(c.label_zh, c.label_en)}</span>
                        <q lang="zh-CN">{c.text}</q>
                        <ul class="chip-list small" aria-label=ui.tl_articles>{chips(&c.articles)}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{ui.tl_commitments}</h3>
            <p class="source-note">{ui.tl_articles}</p>
            <ol class="commitments">{items}</ol>
            // What was reported on the articles that carry the goals out; never an assessment.
            <p class="tl-no-assessment">{ui.tl_no_assessment}</p>
            <ReportedSince lang reports=p.reports_on_any(&m.articles) level=3/>
        }
    });
    let note = lang.pick(m.date_note_zh, m.date_note_en).map(|n| view! { <p class="source-note">{n}</p> });
    let date_source = m.date_source.map(|s| view! { <p class="source-note">{ui.tl_date_source} {s}</p> });
    let source_href = Anchor::of_source(m.source).map(|a| href(lang, Page::text_at(a)));
    view! {
        <h2>{milestone_title(lang, m)}</h2>
        <p class="tl-detail-when">
            <time datetime=m.when.start().to_string()>{when(lang, m.when)}</time>
        </p>
        {note}
        {date_source}
        <figure class="quote">
            <blockquote lang="zh-CN">{m.quote.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}</blockquote>
            <figcaption>
                {ui.tl_source} ": "
                <a href=source_href>{source_label(lang, m.source)}</a>
            </figcaption>
        </figure>
        <h3>{ui.tl_summary}</h3>
        <p>{lang.pick(m.summary_zh, m.summary_en)}</p>
        {commitments}
    }
}
