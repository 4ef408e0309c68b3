//! The app shell: the router, the URL → view state, the page's meta, the header, the footer
//! and the notice of ignored URL parts. Each page gets a `Memo` of its own state.

use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title, provide_meta_context};
use leptos_router::WildcardSegment;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;

use crate::browser;
use crate::i18n::{Lang, article_title, city_heading, county_heading, fill, milestone_title, unit_name};
use crate::model::policy;
use crate::nav::{BasePath, file_href, href, state_href, strip_base};
use crate::route::{CountiesState, DepartmentsState, Page, Section, TimelineState, UrlProblem, ViewState};
use crate::views::{CountiesPage, DepartmentsPage, NotFound, Overview, TextPage, TimelinePage};

/// What the service worker has reported (see `browser::watch_service_worker`).
#[derive(Clone, Copy)]
struct Offline {
    ready: RwSignal<bool>,
    update: RwSignal<bool>,
}

#[component]
pub fn App(#[prop(into, optional)] base: String) -> impl IntoView {
    provide_meta_context();
    provide_context(BasePath(base.clone()));
    let offline = Offline { ready: RwSignal::new(false), update: RwSignal::new(false) };
    provide_context(offline);
    // A browser API: after the page has come to life, never while rendering.
    Effect::new(move |_| browser::watch_service_worker(offline.ready, offline.update));
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

/// A page's own state out of the view, for as long as that page is shown.
macro_rules! page_state {
    ($view:expr, $variant:ident) => {
        Memo::new(move |_| $view.with(|v| if let Page::$variant(s) = &v.page { s.clone() } else { Default::default() }))
    };
}

/// Everything inside the router: the URL → view state, then header, page and footer.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let base = expect_context::<BasePath>().0;
    let parsed = Memo::new(move |_| {
        let path = location.pathname.get();
        // The fragment is left out: it only scrolls (`browser::scroll_to_hash`), never changes what
        // is drawn, and a prerendered page cannot know it.
        ViewState::from_url(strip_base(&base, &path), &location.search.get(), "")
    });
    let view = Memo::new(move |_| parsed.with(|p| p.state.clone()));
    let lang = Memo::new(move |_| view.with(|v| v.lang));
    // Re-render a page only when its language or section changes, not on every parameter.
    let page_key = Memo::new(move |_| view.with(|v| (v.lang, v.page.section())));
    let meta = move || view.with(page_meta);

    view! {
        <Html {..} lang=move || lang.get().tag()/>
        {meta}
        {move || {
            let lang = lang.get();
            view! {
                <SkipLink label=lang.ui().skip_to_content/>
                <SiteHeader lang view/>
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
                    Some(Section::Overview) => view! { <Overview lang/> }.into_any(),
                    Some(Section::Timeline) => view! { <TimelinePage lang state=page_state!(view, Timeline)/> }.into_any(),
                    Some(Section::Counties) => view! { <CountiesPage lang state=page_state!(view, Counties)/> }.into_any(),
                    Some(Section::Departments) => {
                        view! { <DepartmentsPage lang state=page_state!(view, Departments)/> }.into_any()
                    }
                    Some(Section::Text) => view! { <TextPage lang state=page_state!(view, Text)/> }.into_any(),
                    None => view! { <NotFound lang/> }.into_any(),
                };
                view! { {page} }
            }}
        </main>
        {move || view! { <UpdatePrompt lang=lang.get()/> <SiteFooter lang=lang.get()/> }}
    }
}

/// "New version · reload", when a newer build is installed and waiting.
#[component]
fn UpdatePrompt(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let offline = expect_context::<Offline>();
    move || {
        offline.update.get().then(|| {
            view! {
                <div class="update-prompt" role="status">
                    <span>{ui.update_available}</span>
                    " · "
                    <button type="button" class="button" on:click=|_| browser::apply_update()>{ui.update_reload}</button>
                </div>
            }
        })
    }
}

/// What a page is about, for its `<title>`: the county, unit, article or milestone it shows.
fn subject(lang: Lang, page: &Page) -> Option<String> {
    let p = policy();
    match page {
        Page::Timeline(TimelineState { milestone: Some(id) }) => Some(milestone_title(lang, p.milestone(*id)).to_string()),
        Page::Counties(CountiesState::County(code)) => p.county(*code).map(|c| county_heading(lang, c)),
        Page::Counties(CountiesState::City(code)) => p.city(*code).map(|c| city_heading(lang, c)),
        Page::Departments(DepartmentsState { unit: Some(id), .. }) => Some(unit_name(lang, p.unit(*id)).to_string()),
        Page::Departments(DepartmentsState { article: Some(no), .. }) => Some(article_title(lang, p.article_at(*no))),
        _ => None,
    }
}

/// `<title>`, meta description, canonical address, the other language's address, and the Open
/// Graph title and description (what a WeChat link preview shows).
fn page_meta(state: &ViewState) -> impl IntoView + use<> {
    let lang = state.lang;
    let ui = lang.ui();
    let section = state.page.section();
    let (name, description) = section.map_or((ui.not_found_title, ui.not_found_body), |s| s.title_and_description(lang));
    let title = match subject(lang, &state.page) {
        Some(subject) => format!("{subject} · {name} · {}", ui.site_name),
        None => format!("{name} · {}", ui.site_name),
    };
    let other = lang.pick(Lang::En, Lang::Zh);
    let links = section.map(|_| {
        view! {
            <Link rel="canonical" href=state_href(state)/>
            <Link rel="alternate" hreflang=lang.tag() href=state_href(state)/>
            <Link rel="alternate" hreflang=other.tag() href=state_href(&state.with_lang(other))/>
        }
    });
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:type" content="website"/>
        <Link rel="manifest" href=file_href("manifest.webmanifest")/>
        {links}
    }
}

/// "Skip to content": moves focus to `<main>`. Its `href` is the current page's own `#main`, so it
/// works before the app runs too.
#[component]
fn SkipLink(label: &'static str) -> impl IntoView {
    let location = use_location();
    let href = move || {
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        let query = if search.is_empty() { String::new() } else { format!("?{search}") };
        format!("{}{query}#main", location.pathname.get())
    };
    let focus_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        browser::focus("main");
    };
    view! { <a class="skip-link" href=href on:click=focus_main>{label}</a> }
}

/// The site name, the five sections and the language switch.
#[component]
fn SiteHeader(lang: Lang, view: Memo<ViewState>) -> impl IntoView {
    let ui = lang.ui();
    let other = lang.pick(Lang::En, Lang::Zh);
    // The same page, parameters and all, in the other language.
    let switch_href = move || view.with(|v| state_href(&v.with_lang(other)));
    let items = Section::ALL
        .into_iter()
        .map(|section| {
            let current = move || (view.with(|v| v.page.section()) == Some(section)).then_some("page");
            view! { <li><a href=href(lang, Page::of(section)) aria-current=current>{section.label(lang)}</a></li> }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a href=href(lang, Page::Overview) class="brand">
                    <span class="brand-seal" aria-hidden="true">"太行"</span>
                    <span class="brand-text">
                        <span class="brand-name">{ui.site_name}</span>
                        <span class="brand-tagline">{ui.site_tagline}</span>
                    </span>
                </a>
                <a href=switch_href class="lang-switch" lang=other.tag() hreflang=other.tag() aria-label=ui.other_language_label>
                    {ui.other_language}
                </a>
            </div>
            <nav class="site-nav" aria-label=ui.nav_label>
                <ul>{items}</ul>
            </nav>
        </header>
    }
}

/// What the site is and is not, and where the text comes from.
#[component]
fn SiteFooter(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let offline = expect_context::<Offline>();
    view! {
        <footer class="site-footer">
            <p>{ui.footer_disclaimer}</p>
            <p><a href=href(lang, Page::of(Section::Text))>{ui.footer_source}</a></p>
            <p>{ui.footer_as_of}</p>
            <p class="offline-status" role="status">{move || offline.ready.get().then_some(ui.offline_ready)}</p>
        </footer>
    }
}

/// Says which parts of the URL were ignored, so a broken link explains itself.
#[component]
fn UrlNotice(lang: Lang, problems: Vec<UrlProblem>) -> impl IntoView {
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
