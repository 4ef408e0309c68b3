//! 太行老区政策 · interactive explainer of 晋政发〔2021〕36号.
//!
//! `model` is the policy as pure data (no web dependency); `route` is the typed URL state;
//! `i18n` the interface strings; `views` one file per page, `components` the shared pieces.
//! Components render under leptos `ssr` too: browser APIs live only in effects and handlers.

pub mod components;
pub mod i18n;
pub mod model;
pub mod route;
pub mod storage;
pub mod views;

use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title, provide_meta_context};
use leptos_router::WildcardSegment;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;

use components::{SiteFooter, SiteHeader, SkipLink, UrlNotice};
use i18n::Lang;
use route::{Page, Section, ViewState};

/// The current view state, derived from the URL. Every view reads it from context.
#[derive(Clone, Copy)]
pub struct CurrentView(pub Memo<ViewState>);

pub fn use_view() -> Memo<ViewState> {
    expect_context::<CurrentView>().0
}

/// The site's path prefix without a trailing slash (`""` at a domain's root, `/policy` under a
/// sub-path), as the router needs it.
#[derive(Clone)]
pub struct BasePath(pub String);

/// The base path in a browser: the folder the app's own script was loaded from (Trunk writes it
/// into a `modulepreload` link with its public URL), so the same build works at `/` or under a
/// sub-path without a `<base>` element (which would break `#fragment` links).
#[cfg(target_arch = "wasm32")]
pub fn browser_base() -> String {
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=modulepreload]").ok().flatten())
        .and_then(|link| link.get_attribute("href"));
    let path = script
        .and_then(|href| web_sys::Url::new_with_base(&href, &web_sys::window()?.location().href().ok()?).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    path.rsplit_once('/').map(|(dir, _)| dir.to_string()).unwrap_or_default()
}

#[component]
pub fn App(#[prop(into, optional)] base: String) -> impl IntoView {
    provide_meta_context();
    provide_context(BasePath(base.clone()));
    view! {
        <Router base=base>
            // One catch-all route: `route::ViewState` is the route table. `Routes` is still needed,
            // because the router commits a new path to the address bar only after it has matched.
            <Routes fallback=|| ()>
                <Route path=WildcardSegment("any") view=Shell/>
            </Routes>
        </Router>
    }
}

/// Everything inside the router: the URL → view state, then header, page and footer.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let base = expect_context::<BasePath>().0;
    let parsed = Memo::new(move |_| {
        let path = location.pathname.get();
        let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
        ViewState::from_url(path, &location.search.get())
    });
    let view = Memo::new(move |_| parsed.with(|p| p.state.clone()));
    provide_context(CurrentView(view));
    let lang = Memo::new(move |_| view.with(|v| v.lang));
    // Re-render a page only when its language or section changes, not on every parameter.
    let page_key = Memo::new(move |_| view.with(|v| (v.lang, v.page.section())));

    view! {
        <Html {..} lang=move || lang.get().tag()/>
        {move || {
            let lang = lang.get();
            let ui = lang.ui();
            view! {
                <SkipLink label=ui.skip_to_content/>
                <SiteHeader lang/>
            }
        }}
        <main id="main" tabindex="-1">
            {move || {
                let problems = parsed.with(|p| p.problems.clone());
                (!problems.is_empty()).then(|| view! { <UrlNotice lang=lang.get() problems/> })
            }}
            {move || {
                let (lang, section) = page_key.get();
                let page = match section {
                    Some(Section::Overview) => views::Overview(views::OverviewProps { lang }).into_any(),
                    Some(Section::Timeline) => views::TimelinePage(views::TimelinePageProps { lang }).into_any(),
                    Some(Section::Counties) => views::CountiesPage(views::CountiesPageProps { lang }).into_any(),
                    Some(Section::Departments) => {
                        views::DepartmentsPage(views::DepartmentsPageProps { lang }).into_any()
                    }
                    Some(Section::Text) => views::FullText(views::FullTextProps { lang }).into_any(),
                    None => views::NotFound(views::NotFoundProps { lang }).into_any(),
                };
                view! { {page_meta(lang, section)} {page} }
            }}
        </main>
        {move || view! { <SiteFooter lang=lang.get()/> }}
    }
}

/// `<title>` and meta description of a page.
fn page_meta(lang: Lang, section: Option<Section>) -> impl IntoView {
    let ui = lang.ui();
    let (title, description) = match section {
        Some(Section::Overview) => (ui.overview_title, ui.overview_description),
        Some(Section::Timeline) => (ui.timeline_title, ui.timeline_description),
        Some(Section::Counties) => (ui.counties_title, ui.counties_description),
        Some(Section::Departments) => (ui.departments_title, ui.departments_description),
        Some(Section::Text) => (ui.text_title, ui.text_description),
        None => (ui.not_found_title, ui.not_found_body),
    };
    view! {
        <Title text=format!("{title} · {}", ui.site_name)/>
        <Meta name="description" content=description/>
    }
}

/// A page's address for `<a href>`: the site's base path, then the page's URL. The router
/// intercepts clicks on such links and navigates without reloading. (Plain links, not the
/// router's `<A>`, which marks every link to the same path `aria-current="page"`.)
pub fn href(lang: Lang, page: Page) -> String {
    site_url(&ViewState::new(lang, page).to_url())
}

/// A path of the site (`/text#a4`) with the base path in front.
pub fn site_url(path: &str) -> String {
    let base = use_context::<BasePath>().map(|b| b.0).unwrap_or_default();
    format!("{base}{path}")
}

/// Moves keyboard focus to the element with this id (HTML or SVG); nothing outside a browser.
#[allow(unused_variables)]
pub fn focus_by_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document().get_element_by_id(id) {
            // `focus` exists on SVG elements too; web-sys calls it by name.
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// A page's URL for `use_navigate`, which adds the base path itself.
pub fn nav_url(lang: Lang, page: Page) -> String {
    ViewState::new(lang, page).to_url()
}
