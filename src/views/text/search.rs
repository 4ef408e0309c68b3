use leptos::html;
use leptos::prelude::*;
use maud::html;

use crate::browser;
use crate::components::{Erase, ScriptNote, marked_markup};
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
    // Nothing live in the hits: markup, one parse per keystroke (see components/mod.rs).
    let items = html! {
        @for hit in hits {
            @if let Some(article) = p.article(hit.article) {
                li {
                    a href=(href(lang, Page::article_text(article.id()))) class="hit-title" {
                        (article.label()) " " (marked_markup(&hit.title, "hit"))
                        @if lang == Lang::En { span.heading-en { (article_title(lang, article)) } }
                    }
                    @for reason in &hit.reasons {
                        @match reason {
                            Reason::Unit(name) => p.why { (fill(ui.text_matched_unit, &[name])) },
                            Reason::English(text) => p.why lang="en" { (ui.text_matched_english) " " (marked_markup(text, "hit")) },
                        }
                    }
                    @for snippet in &hit.snippets {
                        p.snippet lang="zh-CN" { (marked_markup(snippet, "hit")) }
                    }
                }
            }
        }
    };
    view! {
        <section class="search-results" aria-live="polite">
            <p role="status" class="result-count">{fill(ui.text_results, &[&count, &total])}</p>
            <ol class="hits" inner_html=items.into_string()></ol>
        </section>
    }
    .erased()
}
