use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, Marked, ScriptNote};
use crate::i18n::{Lang, article_title, fill};
use crate::model::policy;
use crate::model::search::{Hit, Reason};
use crate::nav::{Live, Move, href, use_go};
use crate::route::{Page, clean_query};

/// The search field: every keystroke updates the results, except in the middle of an IME
/// composition, so typing pinyin into a Chinese input method works.
#[component]
pub fn SearchBox(lang: Lang, live: Live<String>) -> impl IntoView {
    let ui = lang.ui();
    let query = live.get();
    let input = NodeRef::<html::Input>::new();
    // The query the field itself last gave (cleaned): what needs no writing back into it.
    let typed = StoredValue::new(query.get_untracked());
    let go_to = use_go();
    let go = move |value: String| {
        let go_to = go_to.clone();
        live.set(value, move |q| go_to(lang, Page::search(q), Move::Refine));
    };
    let from_field = {
        let go = go.clone();
        move |value: String| {
            let q = clean_query(&value);
            typed.set_value(q.clone());
            go(q);
        }
    };
    let on_input = {
        let from_field = from_field.clone();
        move |ev: leptos::ev::Event| {
            if !browser::is_composing(&ev) {
                from_field(event_target_value(&ev));
            }
        }
    };
    let on_composition_end = move |ev: leptos::ev::CompositionEvent| from_field(event_target_value(&ev));
    // Back, forward, a suggestion and the clear button change the query under the field: follow
    // it, unless the field gave it. Not when the app starts: the reader may be typing already
    // (build/start.js hands that over), and setting the value would break an input method's
    // composition.
    Effect::new(move |started: Option<()>| {
        let q = query.get();
        if started.is_some() && typed.with_value(|t| *t != q) {
            if let Some(el) = input.get_untracked() {
                el.set_value(&q);
            }
            typed.set_value(q);
        }
    });
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="text-search">{ui.text_search_label}</label>
            <div class="search-row">
                <input id="text-search" type="search" node_ref=input autocomplete="off" enterkeyhint="search"
                    placeholder=ui.text_search_placeholder prop:value=Some(query.get_untracked()).filter(|q| !q.is_empty())
                    on:input=on_input on:compositionend=on_composition_end/>
                <button type="button" class="search-clear" on:click=move |_| go(String::new())
                    hidden=move || query.get().is_empty()>
                    {ui.text_clear}
                </button>
            </div>
            <ScriptNote text=ui.script_search/>
        </form>
    }
}

#[component]
pub fn SearchResults(lang: Lang, query: String, hits: Vec<Hit>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    if hits.is_empty() {
        let suggestions = ui.suggestions().map(|s| view! { <li><a href=href(lang, Page::search(s))>{s}</a></li> }).collect_view();
        return view! {
            <section class="search-results empty" aria-live="polite">
                <p role="status">{fill(ui.text_no_results, &[&query])}</p>
                <p>{ui.text_try}</p>
                <ul class="chip-list">{suggestions}</ul>
            </section>
        }
        .erased();
    }
    let total: usize = hits.iter().map(|h| h.count).sum();
    let count = hits.len();
    let items = hits
        .into_iter()
        .filter_map(|hit| {
            let article = p.article(hit.article)?;
            let reasons = hit
                .reasons
                .iter()
                .map(|reason| match reason {
                    Reason::Unit(name) => view! { <p class="why">{fill(ui.text_matched_unit, &[name])}</p> }.erased(),
                    Reason::English(text) => {
                        view! { <p class="why" lang="en">{ui.text_matched_english} " " <Marked text=text.clone()/></p> }.erased()
                    }
                })
                .collect_view();
            let snippets = hit.snippets.into_iter().map(|s| view! { <p class="snippet" lang="zh-CN"><Marked text=s/></p> }).collect_view();
            Some(view! {
                <li>
                    <a href=href(lang, Page::article_text(article.id())) class="hit-title">
                        {article.label()} " " <Marked text=hit.title/>
                        {(lang == Lang::En).then(|| view! { <span class="heading-en">{article_title(lang, article)}</span> })}
                    </a>
                    {reasons}
                    {snippets}
                </li>
            })
        })
        .collect_view();
    view! {
        <section class="search-results" aria-live="polite">
            <p role="status" class="result-count">{fill(ui.text_results, &[&count, &total])}</p>
            <ol class="hits">{items}</ol>
        </section>
    }
    .erased()
}
