use leptos::either::Either;
use leptos::prelude::*;

use crate::model::search;

/// Verbatim text with its marked ranges in `<mark class=kind>`: `hit` (a search hit, the
/// default), `key` (the site's key phrases) or `place` (a place name), so that each reads apart.
#[component]
pub fn Marked(text: search::Marked, #[prop(default = "hit")] kind: &'static str) -> impl IntoView {
    text.segments()
        .into_iter()
        // Either, not AnyView: no allocation and no dynamic dispatch per segment (a county page
        // and a search draw hundreds).
        .map(|(text, is_mark)| if is_mark { Either::Left(view! { <mark class=kind>{text}</mark> }) } else { Either::Right(text) })
        .collect_view()
}
