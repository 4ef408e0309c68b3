//! The app shell: the router, the URL → view state, the page's meta, the header, the footer
//! and the notice of ignored URL parts. Each page gets a `Memo` of its own state.

use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title, provide_meta_context};
use leptos_router::NavigateOptions;
use leptos_router::WildcardSegment;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};

use crate::browser;
use crate::components::{Erase, HydrateNow, PageTools, attr};
use crate::i18n::{Lang, article_title, city_name, county_name, fill, milestone_title, unit_name};
use crate::model::matrix::matrix;
use crate::model::policy;
use crate::nav::{BasePath, file_href, href, state_href, strip_base};
use crate::route::{CountiesState, DepartmentsState, Frame, Mode, Page, Section, TimelineState, UrlProblem, ViewState};
use crate::views::{
    CountiesPage, CountiesWidget, DepartmentsPage, DepartmentsWidget, GoalsWidget, NotFound, Overview, TextPage, TimelinePage,
    TimelineWidget,
};

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
            // The router erases the route's view into an `AnyView`: `HydrateNow` keeps that from
            // compiling the view's asynchronous hydration (`components/erased.rs`).
            <Routes fallback=|| ()>
                <Route path=WildcardSegment("any") view=|| HydrateNow(view! { <Shell/> })/>
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
    let page_key = Memo::new(move |_| view.with(|v| (v.lang, v.mode, v.page.section())));
    let frame = Memo::new(move |_| view.with(|v| v.frame));
    let meta = move || view.with(page_meta);
    let html_class = move || {
        view.with(|v| match (v.frame, v.mode) {
            (Frame::Site, Mode::Standard) => None,
            (Frame::Site, Mode::Elder) => Some("elder"),
            (Frame::Embed, Mode::Standard) => Some("widget-frame"),
            (Frame::Embed, Mode::Elder) => Some("widget-frame elder"),
        })
    };
    // Back to the elderly-friendly mode of the last visit, when the reader arrives at a standard
    // page without having chosen (a link in the elder mode's pages keeps it; the switch remembers).
    let go = use_navigate();
    Effect::new(move |first: Option<()>| {
        let arriving = first.is_none();
        let state = view.get_untracked();
        if arriving
            && state.mode == Mode::Standard
            && !state.embedded()
            && browser::remembered_mode().as_deref().and_then(Mode::from_key) == Some(Mode::Elder)
        {
            let url = state.with_mode(Mode::Elder).to_url();
            go(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    });
    let notice = move || {
        let problems = parsed.with(|p| p.problems.clone());
        (!problems.is_empty()).then(|| view! { <UrlNotice lang=lang.get() problems/> })
    };
    let notice = Callback::new(move |()| notice().erased());

    let body = move || match frame.get() {
        Frame::Embed => view! { <WidgetFrame view notice/> }.erased(),
        Frame::Site => view! { <SiteFrame view page_key notice/> }.erased(),
    };
    view! {
        <Html {..} lang=move || lang.get().tag() class=html_class/>
        {meta}
        {body}
    }
}

/// The live region's sentence for a page just chosen: the county or city with how many items
/// name it, the unit with its roles, the article or the milestone.
fn announcement(state: &ViewState) -> Option<String> {
    let (lang, p) = (state.lang, policy());
    let ui = lang.ui();
    match &state.page {
        Page::Counties(CountiesState::County(code)) => {
            p.county(*code).map(|c| fill(ui.announce_place, &[&county_name(lang, c), &p.county_items(*code).len()]))
        }
        Page::Counties(CountiesState::City(code)) => {
            p.city(*code).map(|c| fill(ui.announce_place, &[&city_name(lang, c), &p.city_items(*code, None).len()]))
        }
        Page::Departments(DepartmentsState { unit: Some(id), .. }) => {
            let row = matrix().row(*id)?;
            let counts = fill(ui.dep_unit_counts, &[&row.leads, &row.joint, &row.supports, &row.total()]);
            Some(format!("{} {counts}", fill(ui.announce_open, &[&unit_name(lang, p.unit(*id))])))
        }
        Page::Departments(DepartmentsState { article: Some(no), .. }) => {
            Some(fill(ui.announce_open, &[&article_title(lang, p.article_at(*no))]))
        }
        Page::Timeline(TimelineState { milestone: Some(id) }) => Some(fill(ui.announce_open, &[&milestone_title(lang, p.milestone(*id))])),
        _ => None,
    }
}

/// The site's frame: skip link, header, the page, the update prompt and the footer.
#[component]
fn SiteFrame(view: Memo<ViewState>, page_key: Memo<(Lang, Mode, Option<Section>)>, notice: Callback<(), AnyView>) -> impl IntoView {
    let look = Memo::new(move |_| view.with(|v| (v.lang, v.mode)));
    // What a choice changed, said by a live region (the page itself moves focus to its heading).
    let said = RwSignal::new(String::new());
    Effect::new(move |previous: Option<ViewState>| {
        let now = view.get();
        if previous.is_some_and(|p| p.page != now.page && p.lang == now.lang) {
            said.set(announcement(&now).unwrap_or_default());
        }
        now
    });
    view! {
        {move || {
            let (lang, mode) = look.get();
            // Every link keeps the mode (`nav::href`).
            provide_context(mode);
            view! {
                <SkipLink label=lang.ui().skip_to_content/>
                <SiteHeader lang view/>
            }
        }}
        <main id="main" tabindex="-1">
            {move || notice.run(())}
            {move || {
                let (lang, mode, section) = page_key.get();
                provide_context(mode);
                let page = match section {
                    Some(Section::Overview) => view! { <Overview lang/> }.erased(),
                    Some(Section::Timeline) => view! { <TimelinePage lang state=page_state!(view, Timeline)/> }.erased(),
                    Some(Section::Counties) => view! { <CountiesPage lang state=page_state!(view, Counties)/> }.erased(),
                    Some(Section::Departments) => {
                        view! { <DepartmentsPage lang state=page_state!(view, Departments)/> }.erased()
                    }
                    Some(Section::Text) => view! { <TextPage lang state=page_state!(view, Text)/> }.erased(),
                    None => view! { <NotFound lang/> }.erased(),
                };
                view! { {page} }
            }}
            <PageTools view/>
        </main>
        <p class="visually-hidden" role="status" id="announce">{move || said.get()}</p>
        {move || {
            let (lang, mode) = look.get();
            provide_context(mode);
            view! { <UpdatePrompt lang/> <SiteFooter lang/> }
        }}
    }
}

/// A widget in another site's frame (`/embed/…`): its own language and text-size switches (the
/// host's toolbar cannot reach into the frame), the page's widget form, and one source link to
/// the site's page. Every other link opens the site in a new window (the prerendered widget has
/// `<base target="_blank">`); the switches stay in the frame.
#[component]
fn WidgetFrame(view: Memo<ViewState>, notice: Callback<(), AnyView>) -> impl IntoView {
    move || {
        let state = view.get();
        let lang = state.lang;
        provide_context(state.mode);
        let ui = lang.ui();
        let other = lang.pick(Lang::En, Lang::Zh);
        let sizes = Mode::ALL
            .into_iter()
            .map(|mode| {
                let label = mode.size_label(lang);
                let current = (mode == state.mode).then_some("true");
                view! { <li><a href=state_href(&state.with_mode(mode)) target="_self" aria-current=current>{label}</a></li> }
            })
            .collect_view();
        let title = match &state.page {
            Page::Overview => ui.widget_goals_title,
            page => page.section().map_or(ui.not_found_title, |s| s.label(lang)),
        };
        let site = state.with_frame(Frame::Site);
        let content = match &state.page {
            // In the browser (a widget opened offline through the service worker), a link to the page.
            _ if !browser::DRAWS_WIDGETS => view! { <p><a href=state_href(&site)>{state.title()}</a></p> }.erased(),
            Page::Overview => view! { <GoalsWidget lang/> }.erased(),
            Page::Timeline(_) => view! { <TimelineWidget lang/> }.erased(),
            Page::Counties(s) => view! { <CountiesWidget lang state=*s/> }.erased(),
            Page::Departments(s) => view! { <DepartmentsWidget lang state=*s/> }.erased(),
            Page::Text(_) | Page::NotFound { .. } => view! { <NotFound lang/> }.erased(),
        };
        view! {
            <div class="widget">
                <nav class="widget-bar" aria-label=ui.widget_controls>
                    <a href=state_href(&state.with_lang(other)) target="_self" class="lang-switch" lang=other.tag() hreflang=other.tag()
                        aria-label=ui.other_language_label>
                        {ui.other_language}
                    </a>
                    <div class="widget-sizes">
                        <span id="widget-size-label">{ui.text_size}</span>
                        <ul aria-labelledby="widget-size-label">{sizes}</ul>
                    </div>
                </nav>
                <main id="main" aria-labelledby="widget-title">
                    {move || notice.run(())}
                    <h1 class="widget-title" id="widget-title"><span lang="zh-CN">{policy().doc.number}</span> " · " {title}</h1>
                    {content}
                </main>
                <footer class="widget-source" aria-label=ui.widget_source_label>
                    <a href=state_href(&site) target="_blank" rel="noopener">{fill(ui.widget_source, &[&ui.site_name])}</a>
                </footer>
            </div>
        }
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

/// `<title>`, meta description, canonical address, the other language's address, and the Open
/// Graph title and description (what a WeChat link preview shows).
fn page_meta(state: &ViewState) -> impl IntoView + use<> {
    let lang = state.lang;
    let ui = lang.ui();
    let section = state.page.section();
    let description = section.map_or(ui.not_found_body, |s| s.title_and_description(lang).1);
    let title = state.title();
    let other = lang.pick(Lang::En, Lang::Zh);
    // A widget's canonical page is the site's; widgets themselves are not for search engines.
    let site = state.with_frame(Frame::Site);
    let widget = state.embedded().then(|| view! { <Meta name="robots" content="noindex"/> });
    let links = section.map(|_| {
        view! {
            <Link rel="canonical" href=state_href(&site)/>
            <Link rel="alternate" hreflang=lang.tag() href=state_href(&site)/>
            <Link rel="alternate" hreflang=other.tag() href=state_href(&site.with_lang(other))/>
        }
    });
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:type" content="website"/>
        <Link rel="manifest" href=file_href("manifest.webmanifest")/>
        {widget}
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
    // The same page, parameters and all, in the other language; in the other mode.
    let switch_href = move || view.with(|v| state_href(&v.with_lang(other)));
    let mode = view.with_untracked(|v| v.mode);
    let other_mode = match mode {
        Mode::Standard => Mode::Elder,
        Mode::Elder => Mode::Standard,
    };
    let mode_href = move || view.with(|v| state_href(&v.with_mode(other_mode)));
    let memory = browser::mode_memory(other_mode.key());
    let mode_label = match other_mode {
        Mode::Elder => ui.mode_elder,
        Mode::Standard => ui.mode_standard,
    };
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
                <div class="header-switches">
                    {(mode == Mode::Elder).then(|| view! { <CursorSwitch lang/> })}
                    <a href=mode_href class="mode-switch" {..attr::data_remember_key(memory.0)} {..attr::data_remember_value(memory.1)}
                        on:click=move |_| browser::remember_mode(other_mode.key())>{mode_label}</a>
                    <a href=switch_href class="lang-switch" lang=other.tag() hreflang=other.tag() aria-label=ui.other_language_label>
                        {ui.other_language}
                    </a>
                </div>
            </div>
            <nav class="site-nav" aria-label=ui.nav_label>
                <ul>{items}</ul>
            </nav>
        </header>
    }
}

/// "大光标": in the elderly-friendly mode on a desktop, an extra-large mouse pointer, remembered
/// on the device. In the prerendered page, shown where scripts run (a remembered choice starts
/// the app at once, see `browser::cursor_memory`); hidden on touch screens.
#[component]
fn CursorSwitch(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let on = RwSignal::new(false);
    Effect::new(move |_| {
        let remembered = browser::large_cursor();
        browser::show_large_cursor(remembered);
        on.set(remembered);
    });
    let toggle = move |_| {
        let now = !on.get_untracked();
        browser::set_large_cursor(now);
        browser::show_large_cursor(now);
        on.set(now);
    };
    // The standard mode has the ordinary cursor (the choice stays remembered for the next time).
    on_cleanup(|| browser::show_large_cursor(false));
    let memory = browser::cursor_memory();
    view! {
        <button type="button" class="cursor-switch" aria-pressed=move || if on.get() { "true" } else { "false" }
            {..attr::data_remember_key(memory.0)} {..attr::data_remember_value(memory.1)} on:click=toggle>
            {ui.large_cursor}
        </button>
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
            UrlProblem::NotInWidget => ui.not_in_widget.to_string(),
        })
        .map(|m| view! { <li>{m}</li> })
        .collect_view();
    view! {
        {move || shown.get().then(|| view! {
            <div class="notice" role="status">
                <ul>{messages.clone()}</ul>
                <button type="button" class="notice-dismiss" on:click=move |_| set_shown.set(false)>
                    {ui.dismiss}
                </button>
            </div>
        })}
    }
}

/// Long junk in a URL is shown cut short.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX { format!("{}…", s.chars().take(MAX).collect::<String>()) } else { s.to_string() }
}
