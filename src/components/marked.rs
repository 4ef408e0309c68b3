use leptos::either::Either;
use leptos::prelude::*;
use maud::{Markup, html};

use crate::model::search;

/// Verbatim text with its marked ranges in `<mark class=kind>`: `hit` (a search hit), `key` (the
/// site's key phrases) or `place` (a place name), so that each reads apart.
#[component]
pub fn Marked(text: search::Marked, kind: &'static str) -> impl IntoView {
    text.segments()
        .into_iter()
        // Either, not AnyView: no allocation and no dynamic dispatch per segment (the text's
        // paragraphs draw hundreds).
        .map(|(text, is_mark)| if is_mark { Either::Left(view! { <mark class=kind>{text}</mark> }) } else { Either::Right(text) })
        .collect_view()
}

/// The same as markup, for lists written as one `innerHTML` (see mod.rs).
pub fn marked_markup(text: &search::Marked, kind: &str) -> Markup {
    html! {
        @for (text, is_mark) in text.segments() {
            @if is_mark { mark class=(kind) { (text) } } @else { (text) }
        }
    }
}
