use leptos::prelude::*;

use super::{ScriptNote, attr};
use crate::browser;
use crate::i18n::{Lang, fill};
use crate::model::{Code, policy};
use crate::nav::{Move, href, plain_click, use_go};
use crate::route::Page;

/// Find a county by hanzi (on the counties page and the home page), pinyin (tones and spaces optional) or initials; results as you type.
/// Enter opens the first result: through `choose` where the page handles the choice itself (the
/// counties page), else by going to the county's page.
#[component]
pub fn CountySearch(lang: Lang, #[prop(optional)] choose: Option<Callback<Code>>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let (query, set_query) = signal(String::new());
    let found = Memo::new(move |_| query.with(|q| p.find_counties(q)));
    let go = use_go();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            match (found.with(|f| f.first().copied()), choose) {
                (Some(code), Some(choose)) => choose.run(code),
                (Some(code), None) => {
                    go(lang, Page::county(code), Move::Push);
                    // The keyboard lands on what was chosen, once its page is drawn.
                    set_timeout(|| request_animation_frame(|| browser::focus("county-heading")), std::time::Duration::ZERO);
                }
                (None, _) => {}
            }
        }
    };
    let results = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let codes = found.get();
        let status =
            if codes.is_empty() { fill(ui.county_search_none, &[&q.trim()]) } else { fill(ui.county_search_found, &[&codes.len()]) };
        let items = codes
            .iter()
            .filter_map(|c| p.county(*c))
            .map(|county| {
                let code = county.code;
                let city = p.city(county.city).map_or("", |c| c.name);
                view! {
                    <li>
                        <a href=href(lang, Page::county(county.code)) class="chip" {..attr::data_code(county.code.to_string())}
                            on:click=move |ev| if let Some(choose) = choose.filter(|_| plain_click(&ev)) { ev.prevent_default(); choose.run(code) }>
                            <span>{city} " " <strong>{county.name}</strong></span>
                            <span class="pinyin" lang="zh-Latn-pinyin">{county.pinyin}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="search-status" role="status">{status}</p>
            <ul class="chip-list search-hits">{items}</ul>
        })
    };
    view! {
        <div class="county-search" role="search">
            <label for="county-search">{ui.county_search_label}</label>
            <input id="county-search" type="search" autocomplete="off" placeholder=ui.county_search_placeholder
                on:input=move |ev| set_query.set(event_target_value(&ev)) on:keydown=on_key/>
            <ScriptNote text=ui.script_county/>
            {results}
        </div>
    }
}
