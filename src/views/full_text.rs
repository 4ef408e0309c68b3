use leptos::html;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::{article_anchor, article_href, article_title, marked, part_heading};
use crate::href;
use crate::i18n::{Lang, fill};
use crate::model::search::{Hit, Reason, mark};
use crate::model::{Article, Role, policy};
use crate::route::{Page, clean_query};
use crate::use_view;

/// The reader: the policy verbatim by part and article, each opening with a plain-language
/// summary, its key targets highlighted, its units and places linked; a search that filters as
/// you type; a "you are here" bar; a clean print.
#[component]
pub fn FullText(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let doc = &p.doc;
    let view = use_view();
    let query = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Text { query } => query,
        _ => String::new(),
    });
    let hits = Memo::new(move |_| query.with(|q| p.search(q)));

    // Which article is at the top of the screen: a browser API, so an effect.
    let current = RwSignal::new(None::<u8>);
    let page_url = RwSignal::new(String::new());
    Effect::new(move |_| {
        page_url.set(browser_url());
        observe_articles(current);
        scroll_to_hash();
    });

    let contents = doc
        .parts
        .iter()
        .map(|part| {
            let articles = doc
                .articles
                .iter()
                .filter(|a| a.part == part.no)
                .map(|a| view! { <li><a href=article_href(lang, a.no)>{article_title(lang, a)}</a></li> })
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
                " › "
                <span class="yah-article">{article_title(lang, a)}</span>
            }
        })
    };

    view! {
        <div class="page full-text">
            <h1>{ui.text_title}</h1>
            <SearchBox lang query/>
            {move || (!query.get().is_empty()).then(|| view! { <SearchResults lang query=query.get() hits=hits.get()/> })}
            // Orientation only (the contents list is the way to move), so it never covers a target.
            <div class="you-are-here" class:empty=move || current.get().is_none()>{you_are_here}</div>
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ui.text_contents}</h2>
                <ol>{contents}</ol>
            </nav>
            <p class="source-note">{ui.text_verbatim_note} " " {ui.text_highlight_note}</p>
            <div class="document" lang="zh-CN">
                <p class="doc-header">{doc.issuer} " " {doc.number}</p>
                <p class="doc-title">{doc.title}</p>
                <p class="doc-addressee">{doc.addressee}</p>
                <p id="preamble">{doc.preamble}</p>
                {parts}
                <div class="doc-closing" id="signature">
                    <p>{doc.annex_note}</p>
                    <p class="signature">{doc.signatory}</p>
                    <p class="signature">{doc.issued_line}</p>
                    <p>{doc.publication_note}</p>
                </div>
                <section class="annex" aria-labelledby="annex-heading">
                    <h2 id="annex-heading">{doc.annex_label} " " {doc.annex_title}</h2>
                    {annex}
                </section>
                <p class="doc-printing" id="printing">{doc.printing_line}</p>
            </div>
            <p class="print-only">{ui.footer_source} " " {ui.text_page_url} {move || page_url.get()}</p>
        </div>
    }
}

/// The search field: every keystroke updates `?q=` (replacing the history entry), except in the
/// middle of an IME composition, so typing pinyin into a Chinese input method works.
#[component]
fn SearchBox(lang: Lang, query: Memo<String>) -> impl IntoView {
    let ui = lang.ui();
    let input = NodeRef::<html::Input>::new();
    let navigate = use_navigate();
    let go = move |value: String| {
        let page = Page::Text { query: clean_query(&value) };
        navigate(&crate::nav_url(lang, page), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let on_input = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            if !is_composing(&ev) {
                go(event_target_value(&ev));
            }
        }
    };
    let on_composition_end = {
        let go = go.clone();
        move |ev: leptos::ev::CompositionEvent| go(event_target_value(&ev))
    };
    // Back and forward change the URL under the field: follow it, unless it already agrees.
    Effect::new(move |_| {
        let q = query.get();
        if let Some(el) = input.get().filter(|el| clean_query(&el.value()) != q) {
            el.set_value(&q);
        }
    });
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="text-search">{ui.text_search_label}</label>
            <div class="search-row">
                <input id="text-search" type="search" node_ref=input autocomplete="off" enterkeyhint="search"
                    placeholder=ui.text_search_placeholder prop:value=query.get_untracked()
                    on:input=on_input on:compositionend=on_composition_end/>
                <button type="button" class="search-clear" on:click=move |_| go(String::new())
                    hidden=move || query.get().is_empty()>
                    {ui.text_clear}
                </button>
            </div>
        </form>
    }
}

fn is_composing(ev: &leptos::ev::Event) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.is_composing())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ev;
        false
    }
}

#[component]
fn SearchResults(lang: Lang, query: String, hits: Vec<Hit>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    if hits.is_empty() {
        let suggestions = ui
            .text_suggestions
            .iter()
            .map(|s| view! { <li><a href=href(lang, Page::Text { query: s.to_string() })>{*s}</a></li> })
            .collect_view();
        return view! {
            <section class="search-results empty" aria-live="polite">
                <p role="status">{fill(ui.text_no_results, &[&query])}</p>
                <p>{ui.text_try}</p>
                <ul class="chip-list">{suggestions}</ul>
            </section>
        }
        .into_any();
    }
    let total: usize = hits.iter().map(|h| h.count).sum();
    let count = hits.len();
    let items = hits
        .into_iter()
        .map(|hit| {
            let article = p.article(hit.article).expect("hits are articles");
            let reasons = hit
                .reasons
                .iter()
                .map(|Reason::Unit(name)| view! { <p class="why">{fill(ui.text_matched_unit, &[name])}</p> })
                .collect_view();
            let snippets = hit.snippets.iter().map(|s| view! { <p class="snippet" lang="zh-CN">{marked(s)}</p> }).collect_view();
            view! {
                <li>
                    <a href=article_href(lang, hit.article) class="hit-title">
                        {article.label()} " " {marked(&hit.title)}
                        {(lang == Lang::En).then(|| view! { <span class="heading-en">{article_title(lang, article)}</span> })}
                    </a>
                    {reasons}
                    {snippets}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="search-results" aria-live="polite">
            <p role="status" class="result-count">{fill(ui.text_results, &[&count, &total])}</p>
            <ol class="hits">{items}</ol>
        </section>
    }
    .into_any()
}

fn article_view(lang: Lang, article: &Article<'static>) -> impl IntoView + use<> {
    let ui = lang.ui();
    let p = policy();
    let summary = p.summary(article.no);
    let highlights: Vec<String> = summary.map(|s| s.highlights.iter().map(|h| h.to_ascii_lowercase()).collect()).unwrap_or_default();
    let paragraphs = article.prose().into_iter().map(|para| view! { <p>{marked(&mark(para, &highlights))}</p> }).collect_view();
    let summary = summary.map(|s| {
        view! {
            <div class="summary" lang=lang.tag()>
                <span class="summary-label">{ui.text_summary}</span>
                <p>{lang.pick(s.zh, s.en)}</p>
            </div>
        }
    });
    let responsibility = article.responsibility.as_ref().map(|r| {
        let groups = [Role::Lead, Role::Joint, Role::Support]
            .into_iter()
            .filter_map(|role| {
                let units = r
                    .units_with(role)
                    .filter_map(|name| p.unit_by_name(name))
                    .map(|u| {
                        let to = Page::unit(u.id);
                        view! { <li><a href=href(lang, to) title=u.full_name>{u.name}</a></li> }
                    })
                    .collect_view();
                (r.units_with(role).count() > 0).then(|| {
                    view! {
                        <div class=format!("resp-group role-group-{}", format!("{role:?}").to_lowercase())>
                            <dt><span class=format!("role role-{}", format!("{role:?}").to_lowercase())>{ui.role(role)}</span></dt>
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
        let county_links = counties.iter().filter_map(|c| p.county(*c)).map(|c| {
            let city = p.city(c.city).map_or("", |x| x.short_name());
            view! { <li><a href=href(lang, Page::county(c.code))>{city} {c.name}</a></li> }
        });
        let city_links = cities.iter().filter_map(|c| p.city(*c)).map(|c| {
            view! { <li><a href=href(lang, Page::Counties { county: None, city: Some(c.code) })>{c.name}</a></li> }
        });
        view! {
            <div class="article-places" lang=lang.tag()>
                <span class="places-label">{ui.text_places}</span>
                <ul class="inline-list">{city_links.collect_view()}{county_links.collect_view()}</ul>
            </div>
        }
    });
    let heading_en = (lang == Lang::En).then(|| view! { <span class="heading-en" lang="en">{article_title(lang, article)}</span> });
    view! {
        <article class="text-article" id=article_anchor(article.no) aria-labelledby=format!("h-{}", article_anchor(article.no))>
            <h3 id=format!("h-{}", article_anchor(article.no))>{article.heading} {heading_en}</h3>
            {summary}
            {paragraphs}
            {responsibility}
            {places}
        </article>
    }
}

/// On first load the browser looks for `#a4` before the app has drawn it: look again.
fn scroll_to_hash() {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        if let Some(el) = hash.strip_prefix('#').filter(|h| !h.is_empty()).and_then(|id| document().get_element_by_id(id)) {
            el.scroll_into_view();
        }
    }
}

fn browser_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Watches which article crosses the upper part of the screen and records it in `current`.
#[allow(unused_variables)]
fn observe_articles(current: RwSignal<Option<u8>>) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::{JsCast, closure::Closure};
        use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if entry.is_intersecting() {
                    let no = entry.target().id().trim_start_matches('a').parse().ok();
                    current.set(no);
                }
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin("-15% 0px -75% 0px");
        let Ok(observer) = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) else {
            return;
        };
        if let Ok(nodes) = document().query_selector_all(".text-article") {
            for i in 0..nodes.length() {
                if let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    observer.observe(&el);
                }
            }
        }
        let kept = StoredValue::new_local((observer, callback));
        on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
    }
}
