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

fn focus_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::focus_by_id("main");
}
