//! Links and navigation, built from view states: `href` for `<a>`, `Go` for moving in code. The
//! base path (the site's folder on its host) is added here and only here.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::i18n::Lang;
use crate::route::{Mode, Page, ViewState};

/// The site's path prefix without a trailing slash (`""` at a domain's root, `/policy` under a
/// sub-path), provided by the app shell.
#[derive(Clone, Debug, Default)]
pub struct BasePath(pub String);

/// A path of the site with the base path in front.
fn with_base(url: &str) -> String {
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    format!("{base}{url}")
}

/// The mode the page is drawn in (provided by the app shell): every link keeps it.
fn current_mode() -> Mode {
    use_context::<Mode>().unwrap_or_default()
}

/// A page's address for `<a href>`, in the current mode. The router intercepts clicks on such
/// links and navigates without reloading. (Plain links, not the router's `<A>`, which marks every
/// link to the same path `aria-current="page"`.)
pub fn href(lang: Lang, page: Page) -> String {
    state_href(&ViewState::new(lang, page).with_mode(current_mode()))
}

/// The address of a whole view state (the language switch keeps everything else).
pub fn state_href(state: &ViewState) -> String {
    with_base(&state.to_url())
}

/// A file at the site's root (a download written at build time).
pub fn file_href(name: &str) -> String {
    with_base(&format!("/{name}"))
}

/// The inverse of `href`: the path relative to the site's root, if `path` is inside the site.
pub fn strip_base<'p>(base: &str, path: &'p str) -> &'p str {
    match path.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

/// How a move changes the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A new history entry, scrolled as a link would.
    Push,
    /// A new history entry that keeps the reader's place (a choice within the page).
    Keep,
    /// Refine the current entry in place (a filter, a search as one types): no new entry, no
    /// scroll.
    Refine,
}

/// Moves to a page from code (keys, selects, inputs). Made in a component's setup, where the
/// router is in reach; called later from handlers.
pub fn use_go() -> impl Fn(Lang, Page, Move) + Clone + 'static {
    let navigate = use_navigate();
    let mode = current_mode();
    move |lang, page, how| {
        let url = ViewState::new(lang, page).with_mode(mode).to_url();
        let options = match how {
            Move::Push => NavigateOptions::default(),
            Move::Keep => NavigateOptions { scroll: false, ..Default::default() },
            Move::Refine => NavigateOptions { replace: true, scroll: false, ..Default::default() },
        };
        // The router adds the base path itself.
        navigate(&url, options);
    }
}
