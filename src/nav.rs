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

/// Whether a click on a link is a plain one, the page's to handle (as the router decides): not
/// with a modifier key (a new tab or window) nor another button.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// A choice the page shows at once and puts in the address after the next frame (a search as one
/// types, the matrix's order): what the reader sees does not wait for the history and for every
/// link and title built from the address. When the address changes by itself (back, forward, a
/// link), the choice follows it.
pub struct Live<T: Send + Sync + 'static> {
    address: Memo<T>,
    shown: RwSignal<T>,
    value: Memo<T>,
    /// The value last written to the address and not yet seen coming back from it.
    sent: StoredValue<Option<T>>,
}

impl<T: Send + Sync + 'static> Clone for Live<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Live<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Live<T> {
    pub fn new(address: Memo<T>) -> Self {
        let shown = RwSignal::new(address.get_untracked());
        let live = Live { address, shown, value: Memo::new(move |_| shown.get()), sent: StoredValue::new(None) };
        Effect::new(move |_| {
            let at = address.get();
            // The page's own value coming back is no news: the reader may be ahead of it by now.
            if live.sent.with_value(|sent| sent.as_ref() == Some(&at)) {
                live.sent.set_value(None);
            } else {
                live.shown.set(at);
            }
        });
        live
    }

    /// What the page shows now.
    pub fn get(self) -> Memo<T> {
        self.value
    }

    /// Shows `value` now; `write` puts it in the address after the next frame, unless it is there
    /// already (several changes in one frame: the first write takes the latest, the rest none).
    /// False when `value` is shown already (a commit's `input`, then its `compositionend`; a
    /// second click on what is chosen): nothing is done.
    pub fn set(self, value: T, write: impl FnOnce(&T) + 'static) -> bool {
        if self.shown.with_untracked(|shown| *shown == value) {
            return false;
        }
        self.shown.set(value);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Gone with its page if the reader has left it meanwhile.
                    let (Some(now), Some(address)) = (self.shown.try_get_untracked(), self.address.try_get_untracked()) else { return };
                    if now != address && self.sent.try_set_value(Some(now.clone())).is_none() {
                        write(&now);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
        true
    }
}
