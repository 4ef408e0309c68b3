//! The reader: the policy verbatim by part and article, each opening with a plain-language
//! summary, its key phrases marked, its units and places linked; a search that filters as you
//! type; a "you are here" bar; a clean print.

mod article;
mod search;

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{Lang, article_title, part_heading};
use crate::model::policy;
use crate::nav::{Live, href};
use crate::route::{Anchor, Page, TextState};
use article::article_view;
use search::{SearchBox, SearchResults};

/// The page's top, where "back to top" leads.
const TOP_ID: &str = "text-top";

#[component]
pub fn TextPage(lang: Lang, state: Memo<TextState>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let doc = &p.doc;
    // The results follow the field at once; `?q=` follows after the next frame.
    let live = Live::new(Memo::new(move |_| state.with(|s| s.query.clone())));
    let query = live.get();
    let hits = Memo::new(move |_| query.with(|q| p.search(q)));

    // Which article is at the top of the screen: a browser API, so an effect.
    let current = RwSignal::new(None::<u8>);
    Effect::new(move |_| {
        browser::observe(".text-article", "-15% 0px -75% 0px", move |id| {
            if let Some(Anchor::Article(no)) = Anchor::from_id(&id) {
                current.set(Some(no.get()));
            }
        });
        browser::scroll_to_hash();
    });

    let contents = doc
        .parts
        .iter()
        .map(|part| {
            let articles = doc
                .articles
                .iter()
                .filter(|a| a.part == part.no)
                .map(|a| view! { <li><a href=href(lang, Page::article_text(a.id()))>{article_title(lang, a)}</a></li> })
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
    let annex = doc.annex.iter().map(|line| view! { <p>{line.line}</p> }).collect_view();
    let you_are_here = move || {
        current.get().and_then(|no| p.article(no)).map(|a| {
            view! {
                <span class="yah-label">{ui.text_you_are_here} ": "</span>
                <span class="yah-part">{part_heading(lang, a.part)}</span>
                <span class="yah-sep">" › "</span>
                <span class="yah-article">{article_title(lang, a)}</span>
            }
        })
    };

    view! {
        <div class="page full-text">
            <h1 id=TOP_ID>{ui.text_title}</h1>
            <SearchBox lang live/>
            {move || (!query.get().is_empty()).then(|| view! { <SearchResults lang query=query.get() hits=hits.get()/> })}
            // Where you are; a tap opens the contents (on wide screens they stand beside the text).
            <a class="you-are-here" href="#toc" class:empty=move || current.get().is_none()>
                {you_are_here}
                <span class="yah-open">{ui.text_contents} " ▾"</span>
            </a>
            <div class="text-layout">
            <nav class="toc" id="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ui.text_contents}</h2>
                <ol>{contents}</ol>
            </nav>
            <div class="text-main">
            <p class="source-note">{ui.text_verbatim_note} " " {ui.text_highlight_note}</p>
            <div class="document" lang="zh-CN">
                <p class="doc-header">{doc.issuer} " " {doc.number}</p>
                <p class="doc-title">{doc.title}</p>
                <p class="doc-addressee">{doc.addressee}</p>
                <p id=Anchor::Preamble.id()>{doc.preamble}</p>
                {parts}
                <div class="doc-closing" id=Anchor::Signature.id()>
                    <p>{doc.annex_note}</p>
                    <p class="signature">{doc.signatory}</p>
                    <p class="signature">{doc.issued_line}</p>
                    <p>{doc.publication_note}</p>
                </div>
                <section class="annex" aria-labelledby="annex-heading">
                    <h2 id="annex-heading">{doc.annex_label} " " {doc.annex_title}</h2>
                    {annex}
                </section>
                <p class="doc-printing" id=Anchor::Printing.id()>{doc.printing_line}</p>
                // Pinned to the bottom of the screen while the text is in view.
                <a class="back-to-top" href=format!("#{TOP_ID}")>{ui.back_to_top}</a>
            </div>
            </div>
            </div>
            // (The page's address and its QR code are printed at the end of every page.)
            <p class="print-only">{ui.footer_source}</p>
        </div>
    }
}
