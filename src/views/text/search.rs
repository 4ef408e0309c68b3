use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, Marked, ScriptNote};
use crate::i18n::{Lang, article_title, fill};
use crate::model::policy;
use crate::model::search::{Hit, Reason};
use crate::nav::{Move, href, use_go};
use crate::route::{Page, clean_query};

/// The query the reader sees: the field's value at once, the address's when the address changes
/// by itself (back, forward, a suggestion). The field writes `?q=` (replacing the history entry)
/// after the next frame, so the results do not wait for the history and for every link and title
/// built from the address.
#[derive(Clone, Copy)]
pub struct LiveQuery {
    address: Memo<String>,
    shown: RwSignal<String>,
    query: Memo<String>,
    /// The query last written to the address and not yet seen coming back from it.
    sent: StoredValue<Option<String>>,
}

impl LiveQuery {
    pub fn new(address: Memo<String>) -> Self {
        let shown = RwSignal::new(address.get_untracked());
        let live = LiveQuery { address, shown, query: Memo::new(move |_| shown.get()), sent: StoredValue::new(None) };
        Effect::new(move |_| {
            let q = address.get();
            // The field's own query coming back is no news: the field may be ahead of it by now.
            if live.sent.get_value().as_deref() == Some(q.as_str()) {
                live.sent.set_value(None);
            } else {
                live.shown.set(q);
            }
        });
        live
    }

    /// What the page shows results for.
    pub fn query(self) -> Memo<String> {
        self.query
    }

    /// Shows `value` now; `write` puts it in the address after the next frame, unless it is there
    /// already (several keystrokes in one frame: the first write takes the latest, the rest none).
    fn set(self, value: &str, write: impl FnOnce(&str) + 'static) {
        self.shown.set(clean_query(value));
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Gone with its page if the reader has left it meanwhile.
                    let (Some(q), Some(address)) = (self.shown.try_get_untracked(), self.address.try_get_untracked()) else { return };
                    if q != address && self.sent.try_set_value(Some(q.clone())).is_none() {
                        write(&q);
                    }
                },
                Duration::ZERO,
            )
        });
    }
}

/// The search field: every keystroke updates the results, except in the middle of an IME
/// composition, so typing pinyin into a Chinese input method works.
#[component]
pub fn SearchBox(lang: Lang, live: LiveQuery) -> impl IntoView {
    let ui = lang.ui();
    let query = live.query();
    let input = NodeRef::<html::Input>::new();
    let go_to = use_go();
    let go = move |value: String| {
        let go_to = go_to.clone();
        live.set(&value, move |q| go_to(lang, Page::search(q), Move::Refine));
    };
    let on_input = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            if !browser::is_composing(&ev) {
                go(event_target_value(&ev));
            }
        }
    };
    let on_composition_end = {
        let go = go.clone();
        move |ev: leptos::ev::CompositionEvent| go(event_target_value(&ev))
    };
    // Back and forward change the query under the field: follow it, unless it already agrees.
    // Not when the app starts: the reader may be typing already (build/start.js hands that over),
    // and setting the value would break an input method's composition.
    Effect::new(move |started: Option<()>| {
        let q = query.get();
        if started.is_some()
            && let Some(el) = input.get().filter(|el| clean_query(&el.value()) != q)
        {
            el.set_value(&q);
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
