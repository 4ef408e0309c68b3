use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::components::{CityDetail, CountyCountsChart, CountyDetail, CountyMap, CountySearch, GazetteerTable};
use crate::href;
use crate::i18n::Lang;
use crate::model::{Code, policy};
use crate::route::Page;
use crate::storage;
use crate::use_view;

/// A citizen picks a county (by list, search or schematic map, all in step through the URL) and
/// sees what the policy says for it: its own measures, its city's, and those for the whole area.
#[component]
pub fn CountiesPage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let view = use_view();
    let selection = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Counties { county, city } => (county, city),
        _ => (None, None),
    });
    let county = Memo::new(move |_| selection.get().0);
    let city = Memo::new(move |_| selection.get().1.or(selection.get().0.map(Code::city)));

    // Back to the county of the last visit when the URL asks for nothing (a link with a bad
    // code keeps its explanation); remember each choice.
    let restored = RwSignal::new(false);
    let navigate = use_navigate();
    let search = use_location().search;
    Effect::new(move |first_run_done: Option<()>| {
        let arriving_without_choice = first_run_done.is_none() && search.get_untracked().trim_start_matches('?').is_empty();
        if let Some(code) = storage::load_county().filter(|_| arriving_without_choice) {
            restored.set(true);
            navigate(&crate::nav_url(lang, Page::county(code)), NavigateOptions { replace: true, ..Default::default() });
        }
    });
    Effect::new(move |_| {
        if let Some(code) = county.get() {
            storage::save_county(code);
        }
    });
    // After a choice (not on arrival), take the reader to what was chosen.
    Effect::new(move |previous: Option<(Option<Code>, Option<Code>)>| {
        let now = selection.get();
        if previous.is_some_and(|p| p != now) && now != (None, None) {
            request_animation_frame(|| crate::focus_by_id("county-heading"));
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
                    let name = lang.pick(county_row.name.to_string(), county_row.name_en());
                    view! {
                        <li>
                            <a href=href(lang, Page::county(code))
                                class=move || if county.get() == Some(code) { "chip selected" } else { "chip" }>
                                {name}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="city-group" class:current=move || city.get() == Some(city_code)>
                    <h3>
                        <a href=href(lang, Page::Counties { county: None, city: Some(city_code) })>
                            {lang.pick(c.name.to_string(), format!("{} ({})", c.name_en(), c.name))}
                        </a>
                        <span class="count">{p.counties_of(city_code).count()}</span>
                    </h3>
                    <ul class="chip-list">{counties}</ul>
                </section>
            }
        })
        .collect_view();

    let detail = move || match selection.get() {
        (Some(code), _) => view! { <CountyDetail lang code/> }.into_any(),
        (None, Some(code)) => view! { <CityDetail lang code/> }.into_any(),
        (None, None) => view! { <p class="pick-prompt">{ui.county_pick}</p> }.into_any(),
    };
    let restored_note = move || (restored.get() && county.get().is_some()).then(|| view! { <p class="notice-soft" role="status">{ui.county_remembered}</p> });
    let change = move || {
        (selection.get() != (None, None)).then(|| view! { <p><a class="button" href="#picker">{ui.county_clear}</a></p> })
    };

    view! {
        <div class="page counties">
            <h1>{ui.counties_title}</h1>
            <p class="lede">{ui.counties_description}</p>
            {restored_note}
            {detail}
            {change}
            <section id="picker" class="county-picker" aria-label=ui.county_pick>
                <div class="picker-main">
                    <CountySearch lang/>
                    <h2>{ui.county_list_heading}</h2>
                    <div class="city-grid compact">{list}</div>
                </div>
                <div class="picker-map">
                    <CountyMap lang selected=county/>
                </div>
            </section>
            <CountyCountsChart lang/>
            <GazetteerTable lang/>
        </div>
    }
}

