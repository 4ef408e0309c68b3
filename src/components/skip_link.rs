use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// "Skip to content": moves focus to `<main>`. Its `href` is the current page's own `#main`, so it
/// works before the app runs too.
#[component]
pub fn SkipLink(label: &'static str) -> impl IntoView {
    let location = use_location();
    let href = move || format!("{}{}#main", location.pathname.get(), query_suffix(&location.search.get()));
    view! {
        <a class="skip-link" href=href on:click=focus_main>
            {label}
        </a>
    }
}

fn query_suffix(search: &str) -> String {
    let search = search.trim_start_matches('?');
    if search.is_empty() { String::new() } else { format!("?{search}") }
}

#[allow(unused_variables)]
fn focus_main(ev: leptos::ev::MouseEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        ev.prevent_default();
        if let Some(main) = leptos::prelude::document()
            .get_element_by_id("main")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
            main.scroll_into_view();
        }
    }
}
