use leptos::prelude::*;

use crate::model::search;

/// Verbatim text with its marked ranges (search hits, key phrases, place names) in `<mark>`.
#[component]
pub fn Marked(text: search::Marked) -> impl IntoView {
    text.segments()
        .into_iter()
        .map(|(text, is_mark)| if is_mark { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() })
        .collect_view()
}
