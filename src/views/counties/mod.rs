//! The county selector: a citizen picks a county (by list, search or schematic map, all in step:
//! shown at once, then in the URL) and sees what the policy says for it: its own measures, its
//! city's, and the whole text by theme.

pub mod chart;
mod detail;
mod gazetteer;
mod map;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser;
use crate::components::{CountySearch, Erase, attr};
use crate::i18n::{Lang, city_heading, county_name};
use crate::model::{Code, policy};
use crate::nav::{Live, Move, href, plain_click, use_go};
use crate::route::{CountiesState, Page};
use chart::CountyCountsChart;
use detail::{CityDetail, CountyDetail, city_own, county_facts, county_own, shared_measures};
use gazetteer::{GAZETTEER_HEADING_ID, Gazetteer};
use map::CountyMap;

/// The county or city widget (`/embed/counties/140429/`): what the text says for it and its
/// city, the reports since 2021, without the picker, the map and what every county gets.
#[component]
pub fn CountiesWidget(lang: Lang, state: CountiesState) -> impl IntoView {
    match state {
        CountiesState::County(code) => view! { <CountyDetail lang code/> }.erased(),
        CountiesState::City(code) => view! { <CityDetail lang code/> }.erased(),
        CountiesState::Picker | CountiesState::Places => ().erased(),
    }
}

/// What the counties page shows above its picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Showing {
    /// A county or a city.
    Place,
    /// The gazetteer.
    Places,
    /// The prompt to choose.
    Prompt,
}

#[component]
pub fn CountiesPage(lang: Lang, state: Memo<CountiesState>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let go = use_go();
    // A county chosen here (list, map, search) shows at once; the address follows after the
    // frame, without scrolling: the reader is taken to the county's heading (below).
    let live = Live::new(state);
    let state = live.get();
    let choose = Callback::new({
        let go = go.clone();
        move |code: Code| {
            let go = go.clone();
            // Shown already: take the reader back to it.
            if !live.set(CountiesState::County(code), move |s| go(lang, Page::Counties(*s), Move::Keep)) {
                request_animation_frame(|| browser::focus("county-heading"));
            }
        }
    });
    let county = Memo::new(move |_| state.get().county());
    let city = Memo::new(move |_| state.get().city());

    // Back to the county of the last visit when the reader arrives at the bare picker (a link
    // with a bad code keeps its explanation); remember each choice.
    let restored = RwSignal::new(false);
    let location = use_location();
    Effect::new(move |first_run_done: Option<()>| {
        let bare = location.pathname.get_untracked().trim_end_matches('/').ends_with("/counties")
            && location.search.get_untracked().trim_start_matches('?').is_empty();
        let arriving_without_choice = first_run_done.is_none() && bare && state.get_untracked() == CountiesState::Picker;
        if let Some(code) = browser::remembered_county().filter(|_| arriving_without_choice) {
            restored.set(true);
            go(lang, Page::county(code), Move::Refine);
        }
    });
    Effect::new(move |_| {
        if let Some(code) = county.get() {
            browser::remember_county(code);
        }
    });
    // After a choice (not on arrival), take the reader to what was chosen.
    Effect::new(move |previous: Option<CountiesState>| {
        let now = state.get();
        if previous.is_some_and(|p| p != now) && now != CountiesState::Picker {
            let heading = if now == CountiesState::Places { GAZETTEER_HEADING_ID } else { "county-heading" };
            request_animation_frame(move || browser::focus(heading));
        }
        now
    });

    let list = p
        .cities
        .iter()
        .map(|c| {
            let city_code = c.code;
            let counties = p
                .counties_of(c.code)
                .map(|county_row| {
                    let code = county_row.code;
                    view! {
                        <li>
                            <a href=href(lang, Page::county(code))
                                class=move || if county.get() == Some(code) { "chip selected" } else { "chip" }
                                on:click=move |ev| if plain_click(&ev) { ev.prevent_default(); choose.run(code) }>
                                {county_name(lang, county_row)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="city-group" class:current=move || city.get() == Some(city_code)>
                    <h3>
                        <a href=href(lang, Page::city(city_code))>{city_heading(lang, c)}</a>
                        <span class="count">{p.counties_of(city_code).count()}</span>
                    </h3>
                    <ul class="chip-list">{counties}</ul>
                </section>
            }
        })
        .collect_view();

    // What the page shows above the picker; only the place's own parts are rebuilt when the
    // reader moves from place to place, what every county gets stays as it is.
    let showing = Memo::new(move |_| match state.get() {
        CountiesState::County(_) | CountiesState::City(_) => Showing::Place,
        CountiesState::Places => Showing::Places,
        CountiesState::Picker => Showing::Prompt,
    });
    let own = move || match state.get() {
        CountiesState::County(code) => county_own(lang, code),
        CountiesState::City(code) => city_own(lang, code),
        CountiesState::Picker | CountiesState::Places => ().erased(),
    };
    let facts = move || county.get().map(|code| county_facts(lang, code));
    let detail = move || match showing.get() {
        Showing::Place => view! {
            <section class="county-detail" aria-labelledby="county-heading">
                {own}
                {shared_measures(lang)}
                {facts}
            </section>
        }
        .erased(),
        Showing::Places => view! { <Gazetteer lang/> }.erased(),
        // The county of the last visit comes back here: the loader starts the app at once for it.
        Showing::Prompt => {
            view! { <p class="pick-prompt" {..attr::data_remember_key(browser::county_memory_key())}>{ui.county_pick}</p> }.erased()
        }
    };
    let restored_note = move || {
        (restored.get() && county.get().is_some()).then(|| view! { <p class="notice-soft" role="status">{ui.county_remembered}</p> })
    };
    let change = move || (showing.get() == Showing::Place).then(|| view! { <p><a class="button" href="#picker">{ui.county_clear}</a></p> });

    view! {
        <div class="page counties">
            <h1>{ui.counties_title}</h1>
            {move || (showing.get() != Showing::Place).then(|| view! { <p class="lede">{ui.counties_description}</p> })}
            {restored_note}
            {detail}
            {change}
            <section id="picker" class="county-picker" aria-label=ui.county_pick>
                <div class="picker-main">
                    <CountySearch lang choose/>
                    <h2>{ui.county_list_heading}</h2>
                    <div class="city-grid compact">{list}</div>
                </div>
                <div class="picker-map">
                    <CountyMap lang selected=county choose/>
                </div>
            </section>
            <CountyCountsChart lang/>
            {move || (showing.get() != Showing::Places).then(|| view! {
                <p class="places-link"><a class="button" href=href(lang, Page::Counties(CountiesState::Places))>{ui.gazetteer_heading} " →"</a></p>
            })}
        </div>
    }
}
