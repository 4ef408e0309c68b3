use leptos::prelude::*;

use crate::i18n::{Lang, fill};
use crate::route::UrlProblem;

/// Says which parts of the URL were ignored, so a broken link explains itself.
#[component]
pub fn UrlNotice(lang: Lang, problems: Vec<UrlProblem>) -> impl IntoView {
    let ui = lang.ui();
    let (shown, set_shown) = signal(true);
    let messages = problems
        .iter()
        .map(|p| match p {
            UrlProblem::BadValue { key, value } => fill(ui.bad_param, &[key, &shorten(value)]),
            UrlProblem::Unknown { key } => fill(ui.unknown_param, &[&shorten(key)]),
        })
        .map(|m| view! { <li>{m}</li> })
        .collect_view();
    view! {
        <Show when=move || shown.get()>
            <div class="notice" role="status">
                <ul>{messages.clone()}</ul>
                <button type="button" class="notice-dismiss" on:click=move |_| set_shown.set(false)>
                    {ui.dismiss}
                </button>
            </div>
        </Show>
    }
}

/// Long junk in a URL is shown cut short.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX { format!("{}…", s.chars().take(MAX).collect::<String>()) } else { s.to_string() }
}
