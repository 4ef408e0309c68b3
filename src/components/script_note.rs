use leptos::prelude::*;

/// Says in place what needs the app to run (instant search, charts, the remembered county). It
/// is part of every prerendered page and disappears once the app has taken the page over
/// (`html[data-app]`, see `style/main.css`): no `<noscript>`, so the page hydrates unchanged.
#[component]
pub fn ScriptNote(text: &'static str) -> impl IntoView {
    view! { <p class="needs-script">{text}</p> }
}
