use leptos::prelude::*;
use leptos_router::components::A;

use crate::href;
use crate::i18n::Lang;
use crate::model::{Code, policy};
use crate::route::Page;
use crate::use_view;

/// Pick a county; see what the policy says for it.
#[component]
pub fn CountiesPage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let view = use_view();
    let selected = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Counties { county, .. } => county,
        _ => None,
    });
    let p = policy();
    let list = p
        .cities
        .iter()
        .map(|city| {
            let counties = p
                .counties_of(city.code)
                .map(|county| {
                    let code = county.code;
                    let name = lang.pick(county.name.to_string(), county.name_en());
                    view! {
                        <li>
                            <A href=href(lang, Page::county(code))
                                attr:class=move || if selected.get() == Some(code) { "chip selected" } else { "chip" }>
                                {name}
                            </A>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="city-group">
                    <h2>{lang.pick(city.name.to_string(), format!("{} ({})", city.name_en(), city.name))}</h2>
                    <ul class="chip-list">{counties}</ul>
                </section>
            }
        })
        .collect_view();
    let detail = move || {
        selected.get().and_then(|code: Code| p.county(code)).map(|county| {
            let city = p.city(county.city);
            view! {
                <section class="county-detail" aria-live="polite">
                    <h2>{county.name}</h2>
                    <dl class="facts">
                        <div><dt>{ui.county_city}</dt><dd>{city.map(|c| c.name)}</dd></div>
                        <div><dt>{ui.county_code}</dt><dd>{county.code.to_string()}</dd></div>
                        <div><dt>{ui.county_pinyin}</dt><dd lang="zh-Latn-pinyin">{county.pinyin}</dd></div>
                    </dl>
                </section>
            }
        })
    };
    view! {
        <div class="page counties">
            <h1>{ui.counties_title}</h1>
            <p class="lede">{ui.counties_description}</p>
            {detail}
            <div class="city-grid">{list}</div>
        </div>
    }
}
