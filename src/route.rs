//! Every route and URL parameter, in one place: a typed view state that parses from a URL and
//! renders back to one. Each page has its own state type, and links are built from states, never
//! by formatting paths. Parsing never fails: unknown or malformed values fall back to a default
//! and are reported, so the page can say what it ignored.

use crate::i18n::{Lang, article_title, city_heading, county_heading, milestone_title, unit_name};
use crate::model::matrix::RowOrder;
use crate::model::timeline::Source;
use crate::model::{ArticleNo, Code, MilestoneId, UnitId, UnitKind, policy};

/// The sections of the site, one per top-level path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Overview,
    Timeline,
    Counties,
    Departments,
    Text,
}

impl Section {
    pub const ALL: [Section; 5] = [Section::Overview, Section::Timeline, Section::Counties, Section::Departments, Section::Text];

    /// The path segment (`""` for the overview).
    pub fn segment(self) -> &'static str {
        match self {
            Section::Overview => "",
            Section::Timeline => "timeline",
            Section::Counties => "counties",
            Section::Departments => "departments",
            Section::Text => "text",
        }
    }

    fn from_segment(segment: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.segment() == segment)
    }

    /// The section's name in the navigation.
    pub fn label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Section::Overview => ui.nav_overview,
            Section::Timeline => ui.nav_timeline,
            Section::Counties => ui.nav_counties,
            Section::Departments => ui.nav_departments,
            Section::Text => ui.nav_text,
        }
    }

    /// The page title and meta description.
    pub fn title_and_description(self, lang: Lang) -> (&'static str, &'static str) {
        let ui = lang.ui();
        match self {
            Section::Overview => (ui.overview_title, ui.overview_description),
            Section::Timeline => (ui.timeline_title, ui.timeline_description),
            Section::Counties => (ui.counties_title, ui.counties_description),
            Section::Departments => (ui.departments_title, ui.departments_description),
            Section::Text => (ui.text_title, ui.text_description),
        }
    }
}

/// Every query parameter the app reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// `/timeline?milestone=goals-2025`
    Milestone,
    /// `/counties?county=140429`
    County,
    /// `/counties?city=140400`
    City,
    /// `/departments?unit=drc`
    Unit,
    /// `/departments?article=19`
    Article,
    /// `/departments?sort=leads` (a `RowOrder` key)
    Sort,
    /// `/departments?kind=finance`
    Kind,
    /// `/text?q=通用机场`
    Query,
    /// `?mode=elder`: a link that asks for the elderly-friendly mode (its pages are `/elder/…`).
    Mode,
}

impl Param {
    pub const ALL: [Param; 9] =
        [Param::Milestone, Param::County, Param::City, Param::Unit, Param::Article, Param::Sort, Param::Kind, Param::Query, Param::Mode];

    pub fn key(self) -> &'static str {
        match self {
            Param::Milestone => "milestone",
            Param::County => "county",
            Param::City => "city",
            Param::Unit => "unit",
            Param::Article => "article",
            Param::Sort => "sort",
            Param::Kind => "kind",
            Param::Query => "q",
            Param::Mode => "mode",
        }
    }

    fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// A place in the full text a link can point at (`/text#a4`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    Preamble,
    Article(ArticleNo),
    Signature,
    Printing,
}

impl Anchor {
    /// The element id (`a4`, `preamble`).
    pub fn id(self) -> String {
        match self {
            Anchor::Preamble => "preamble".into(),
            Anchor::Article(no) => format!("a{}", no.get()),
            Anchor::Signature => "signature".into(),
            Anchor::Printing => "printing".into(),
        }
    }

    /// The inverse of [`Anchor::id`].
    pub fn from_id(id: &str) -> Option<Anchor> {
        match id {
            "preamble" => Some(Anchor::Preamble),
            "signature" => Some(Anchor::Signature),
            "printing" => Some(Anchor::Printing),
            _ => {
                let digits = id.strip_prefix('a')?;
                // `a4`, not `a04` or `a+4`: one spelling per anchor.
                if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                policy().article_no(digits.parse().ok()?).map(Anchor::Article)
            }
        }
    }

    /// Where a milestone's quote stands.
    pub fn of_source(source: Source) -> Option<Anchor> {
        Some(match source {
            Source::Preamble => Anchor::Preamble,
            Source::Article(no) => Anchor::Article(policy().article_no(no)?),
            Source::Signature => Anchor::Signature,
            Source::PrintingLine => Anchor::Printing,
        })
    }
}

/// The timeline's state: the selected milestone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TimelineState {
    pub milestone: Option<MilestoneId>,
}

/// The county view's state: a county, a city, the picker alone, or the gazetteer (every place
/// the text names and where it lies: the data the county pages rest on, a page of its own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CountiesState {
    #[default]
    Picker,
    County(Code),
    City(Code),
    Places,
}

impl CountiesState {
    pub fn county(self) -> Option<Code> {
        match self {
            CountiesState::County(code) => Some(code),
            _ => None,
        }
    }

    /// The chosen city, or the chosen county's city.
    pub fn city(self) -> Option<Code> {
        match self {
            CountiesState::County(code) => Some(code.city()),
            CountiesState::City(code) => Some(code),
            CountiesState::Picker | CountiesState::Places => None,
        }
    }
}

/// The department view's state: an open unit and article, the matrix's order and filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DepartmentsState {
    pub unit: Option<UnitId>,
    pub article: Option<ArticleNo>,
    pub sort: RowOrder,
    pub kind: Option<UnitKind>,
}

impl DepartmentsState {
    /// The same view with `unit` open (or closed).
    pub fn with_unit(self, unit: Option<UnitId>) -> Self {
        DepartmentsState { unit, ..self }
    }

    /// The same view with `article` open (or closed).
    pub fn with_article(self, article: Option<ArticleNo>) -> Self {
        DepartmentsState { article, ..self }
    }

    /// The same view in another order and filter.
    pub fn with_order(self, sort: RowOrder, kind: Option<UnitKind>) -> Self {
        DepartmentsState { sort, kind, ..self }
    }
}

/// The full text's state: a search query and a place to scroll to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TextState {
    pub query: String,
    pub anchor: Option<Anchor>,
}

/// What a page shows: its section and its own state.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Timeline(TimelineState),
    Counties(CountiesState),
    Departments(DepartmentsState),
    Text(TextState),
    /// A path the site does not have (kept, decoded, to show it back).
    NotFound {
        path: String,
    },
}

impl Page {
    pub fn milestone(id: MilestoneId) -> Page {
        Page::Timeline(TimelineState { milestone: Some(id) })
    }

    pub fn county(code: Code) -> Page {
        Page::Counties(CountiesState::County(code))
    }

    pub fn city(code: Code) -> Page {
        Page::Counties(CountiesState::City(code))
    }

    pub fn unit(id: UnitId) -> Page {
        Page::Departments(DepartmentsState::default().with_unit(Some(id)))
    }

    /// A place in the full text.
    pub fn text_at(anchor: Anchor) -> Page {
        Page::Text(TextState { query: String::new(), anchor: Some(anchor) })
    }

    /// An article in the full text.
    pub fn article_text(no: ArticleNo) -> Page {
        Page::text_at(Anchor::Article(no))
    }

    /// The full text searched for `query`.
    pub fn search(query: &str) -> Page {
        Page::Text(TextState { query: clean_query(query), anchor: None })
    }

    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Page::Overview => Section::Overview,
            Page::Timeline(_) => Section::Timeline,
            Page::Counties(_) => Section::Counties,
            Page::Departments(_) => Section::Departments,
            Page::Text(_) => Section::Text,
            Page::NotFound { .. } => return None,
        })
    }

    /// The page's form as a widget, if it has one: the 2025/2035 goals (of the overview), the
    /// whole timeline, a county, a city, the matrix, a unit, an article. The matrix's order and
    /// filter are the site's; a widget shows the default.
    pub fn embedded(&self) -> Option<Page> {
        match self {
            Page::Overview => Some(Page::Overview),
            Page::Timeline(_) => Some(Page::of(Section::Timeline)),
            Page::Counties(CountiesState::Picker | CountiesState::Places) | Page::Text(_) | Page::NotFound { .. } => None,
            Page::Counties(s) => Some(Page::Counties(*s)),
            Page::Departments(s) => Some(Page::Departments(match (s.unit, s.article) {
                (Some(unit), _) => DepartmentsState::default().with_unit(Some(unit)),
                (None, article) => DepartmentsState::default().with_article(article),
            })),
        }
    }

    /// The section's page with every parameter at its default.
    pub fn of(section: Section) -> Page {
        match section {
            Section::Overview => Page::Overview,
            Section::Timeline => Page::Timeline(TimelineState::default()),
            Section::Counties => Page::Counties(CountiesState::default()),
            Section::Departments => Page::Departments(DepartmentsState::default()),
            Section::Text => Page::Text(TextState::default()),
        }
    }
}

/// How the site is drawn: standard, or the elderly-friendly mode (适老模式: large text, large tap
/// targets, one column, tables before charts). A path prefix (`/elder/…`), so that every page in
/// either mode is a file of its own and works without JavaScript; widgets have it too (their
/// "大字" switch), since a portal's own toolbar cannot reach into their frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Standard,
    Elder,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Standard, Mode::Elder];

    /// The mode's one key: its path segment (none for the standard mode), the `?mode=` value of
    /// an old-style link, what local storage remembers, the `<html>` class.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Elder => "elder",
        }
    }

    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The mode's name where it is offered as a text size (a widget's switch, the embed code's
    /// choice): "标准" / "大字".
    pub fn size_label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Mode::Standard => ui.text_size_normal,
            Mode::Elder => ui.text_size_large,
        }
    }
}

/// Where a page is shown: the site with its header and footer, or a widget in another site's
/// frame (`/embed/…`) with only its content, a source link and its own controls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Frame {
    #[default]
    Site,
    Embed,
}

/// The whole state a URL carries. An embed frame holds only pages that have an embedded form
/// (`Page::embedded`); `ViewState::embed` builds one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub lang: Lang,
    pub mode: Mode,
    pub frame: Frame,
    pub page: Page,
}

/// Something in a URL that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// A known parameter with a value that means nothing (`county=999999`).
    BadValue { key: &'static str, value: String },
    /// A parameter this page does not know.
    Unknown { key: String },
    /// A refinement of the site's page that its widget does not have (the matrix's order).
    NotInWidget,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub state: ViewState,
    pub problems: Vec<UrlProblem>,
}

/// The path segment that makes a widget of a page (`/embed/counties/140429/`).
const EMBED_SEGMENT: &str = "embed";

/// The gazetteer's path segment (`/counties/places/`).
const PLACES_SEGMENT: &str = "places";

/// The goals widget's path segment (`/embed/goals/`): the overview's goals, on their own.
const GOALS_SEGMENT: &str = "goals";

/// The path prefix of a language (`""` for Chinese, `/en` for English).
fn lang_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => "/en",
    }
}

impl ViewState {
    pub fn new(lang: Lang, page: Page) -> Self {
        ViewState { lang, mode: Mode::Standard, frame: Frame::Site, page }
    }

    /// The widget form of `page` (see `Page::embedded`), if it has one.
    pub fn embed(lang: Lang, mode: Mode, page: &Page) -> Option<Self> {
        page.embedded().map(|page| ViewState { lang, mode, frame: Frame::Embed, page })
    }

    /// The same page in another mode.
    pub fn with_mode(&self, mode: Mode) -> ViewState {
        ViewState { mode, ..self.clone() }
    }

    /// The same page in another language.
    pub fn with_lang(&self, lang: Lang) -> ViewState {
        ViewState { lang, ..self.clone() }
    }

    /// The same page in another frame: the site's page of a widget, or the widget of a page (the
    /// page itself where it has none).
    pub fn with_frame(&self, frame: Frame) -> ViewState {
        match frame {
            Frame::Site => ViewState { frame, ..self.clone() },
            Frame::Embed => ViewState::embed(self.lang, self.mode, &self.page).unwrap_or_else(|| self.clone()),
        }
    }

    pub fn embedded(&self) -> bool {
        self.frame == Frame::Embed
    }

    /// The page's title (`<title>`, what is shared, the embed code's frame title): what it is
    /// about (the county, unit, article or milestone), its section, the site.
    pub fn title(&self) -> String {
        let ui = self.lang.ui();
        let name = self.page.section().map_or(ui.not_found_title, |s| s.title_and_description(self.lang).0);
        match self.subject() {
            Some(subject) => format!("{subject} · {name} · {}", ui.site_name),
            None => format!("{name} · {}", ui.site_name),
        }
    }

    fn subject(&self) -> Option<String> {
        let (lang, p) = (self.lang, policy());
        match &self.page {
            Page::Overview if self.embedded() => Some(lang.ui().widget_goals_title.to_string()),
            Page::Timeline(TimelineState { milestone: Some(id) }) => Some(milestone_title(lang, p.milestone(*id)).to_string()),
            Page::Counties(CountiesState::County(code)) => p.county(*code).map(|c| county_heading(lang, c)),
            Page::Counties(CountiesState::City(code)) => p.city(*code).map(|c| city_heading(lang, c)),
            Page::Counties(CountiesState::Places) => Some(lang.ui().gazetteer_heading.to_string()),
            Page::Departments(DepartmentsState { unit: Some(id), .. }) => Some(unit_name(lang, p.unit(*id)).to_string()),
            Page::Departments(DepartmentsState { article: Some(no), .. }) => Some(article_title(lang, p.article_at(*no))),
            _ => None,
        }
    }

    /// The URL (path, query and fragment, relative to the site's root) of this state. The main
    /// selections are paths, each a real (prerendered) file on a static host:
    /// `/counties/140429/`, `/departments/units/drc/`, `/departments/articles/19/`,
    /// `/timeline/goals-2025/`. Refinements that are not worth a file stay in the query
    /// (`?sort=leads&kind=finance`, `?q=机场`, a unit's `?article=4`) or the fragment (`#a4`).
    ///
    /// A widget's address is its page's, after `/embed`: `/embed/counties/140429/`,
    /// `/en/elder/embed/departments/`; the goals widget is `/embed/goals/`.
    pub fn to_url(&self) -> String {
        let mut prefix = lang_prefix(self.lang).to_string();
        if self.mode != Mode::Standard {
            prefix.push('/');
            prefix.push_str(self.mode.key());
        }
        if self.embedded() {
            prefix.push('/');
            prefix.push_str(EMBED_SEGMENT);
        }
        let mut fragment = None;
        let mut params: Vec<(Param, String)> = vec![];
        let path = match &self.page {
            Page::Overview if self.embedded() => GOALS_SEGMENT.to_string() + "/",
            Page::Overview => String::new(),
            Page::Timeline(s) => match s.milestone {
                Some(m) => format!("timeline/{}/", m.key()),
                None => "timeline/".into(),
            },
            Page::Counties(s) => match s {
                CountiesState::Picker => "counties/".into(),
                CountiesState::Places => format!("counties/{PLACES_SEGMENT}/"),
                CountiesState::County(c) | CountiesState::City(c) => format!("counties/{c}/"),
            },
            Page::Departments(s) => {
                let path = match (s.unit, s.article) {
                    (Some(u), article) => {
                        params.extend(article.map(|a| (Param::Article, a.get().to_string())));
                        format!("departments/units/{u}/")
                    }
                    (None, Some(a)) => format!("departments/articles/{}/", a.get()),
                    (None, None) => "departments/".into(),
                };
                if s.sort != RowOrder::default() {
                    params.push((Param::Sort, s.sort.key().to_string()));
                }
                params.extend(s.kind.map(|k| (Param::Kind, k.key().to_string())));
                path
            }
            Page::Text(s) => {
                fragment = s.anchor.map(Anchor::id);
                if !s.query.is_empty() {
                    params.push((Param::Query, s.query.clone()));
                }
                "text/".into()
            }
            Page::NotFound { path } => return format!("{prefix}{}", encode_path(path)),
        };
        let mut url = format!("{prefix}/{path}");
        for (i, (param, value)) in params.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(param.key());
            url.push('=');
            url.push_str(&encode(value));
        }
        if let Some(id) = fragment {
            url.push('#');
            url.push_str(&id);
        }
        url
    }

    /// Where the prerendered file of this state lies in the build (`counties/140429/index.html`),
    /// if the state is a path alone (no query, no fragment).
    pub fn file(&self) -> Option<String> {
        let url = self.to_url();
        let path = url.strip_prefix('/')?;
        (!path.contains(['?', '#']) && (path.is_empty() || path.ends_with('/'))).then(|| format!("{path}index.html"))
    }

    /// Parses a path (relative to the site's root), a query string (with or without `?`) and a
    /// fragment (with or without `#`; it only matters on the full text, where it is an anchor).
    pub fn from_url(path: &str, query: &str, fragment: &str) -> Parsed {
        let mut problems = Vec::new();
        let path = decode(path.split(['?', '#']).next().unwrap_or_default());
        let (lang, rest) = match path.strip_prefix("/en") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => (Lang::En, rest.to_string()),
            _ => (Lang::Zh, path.clone()),
        };
        let mut segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
        // `/elder`, then `/embed`, each at most once and in this order.
        let mut mode = Mode::Standard;
        if segments.first() == Some(&Mode::Elder.key()) {
            segments.remove(0);
            mode = Mode::Elder;
        }
        let frame = if segments.first() == Some(&EMBED_SEGMENT) {
            segments.remove(0);
            Frame::Embed
        } else {
            Frame::Site
        };
        let p = policy();
        // A selection in the path reads as its query parameter would (the old, still valid form).
        let (section, path_params): (Option<Section>, Vec<(Param, &str)>) = match segments[..] {
            [] if frame != Frame::Site => (None, vec![]),
            [GOALS_SEGMENT] if frame != Frame::Site => (Some(Section::Overview), vec![]),
            [] => (Some(Section::Overview), vec![]),
            [segment] => (Section::from_segment(segment), vec![]),
            ["timeline", id] => (Some(Section::Timeline), vec![(Param::Milestone, id)]),
            ["counties", PLACES_SEGMENT] => (Some(Section::Counties), vec![]),
            ["counties", code] => {
                let param = if p.city_code(code).is_some() { Param::City } else { Param::County };
                (Some(Section::Counties), vec![(param, code)])
            }
            ["departments", "units", unit] => (Some(Section::Departments), vec![(Param::Unit, unit)]),
            ["departments", "articles", no] => (Some(Section::Departments), vec![(Param::Article, no)]),
            _ => (None, vec![]),
        };
        // A path the site does not have is the site's 404, in a frame or not, in either mode.
        let not_found = |rest: String| ViewState::new(lang, Page::NotFound { path: rest });
        let Some(section) = section else {
            return Parsed { state: not_found(rest), problems };
        };
        let mut page = Page::of(section);
        if segments[..] == ["counties", PLACES_SEGMENT] {
            page = Page::Counties(CountiesState::Places);
        }
        let path_params: Vec<(String, String)> = path_params.into_iter().map(|(k, v)| (k.key().to_string(), v.to_string())).collect();

        let pairs = query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        });
        for (key, value) in path_params.into_iter().chain(pairs) {
            let Some(param) = Param::from_key(&key) else {
                problems.push(UrlProblem::Unknown { key });
                continue;
            };
            let ok = match (&mut page, param) {
                (_, Param::Mode) => Mode::from_key(&value).map(|m| mode = m),
                (Page::Timeline(s), Param::Milestone) => MilestoneId::from_key(&value).map(|id| s.milestone = Some(id)),
                // A county wins over a city: a county page shows its city too.
                (Page::Counties(s), Param::County) => p.county_code(&value).map(|code| *s = CountiesState::County(code)),
                (Page::Counties(s), Param::City) => p.city_code(&value).map(|code| {
                    if s.county().is_none() {
                        *s = CountiesState::City(code)
                    }
                }),
                (Page::Departments(s), Param::Unit) => {
                    // By its key, or as the text writes it.
                    p.unit_by_key(&value).or_else(|| p.unit_by_name(&value)).map(|u| s.unit = Some(u.id))
                }
                (Page::Departments(s), Param::Article) => {
                    value.trim().parse().ok().and_then(|n| p.article_no(n)).map(|no| s.article = Some(no))
                }
                (Page::Departments(s), Param::Sort) => RowOrder::from_key(&value).map(|o| s.sort = o),
                (Page::Departments(s), Param::Kind) => UnitKind::from_key(&value).map(|k| s.kind = Some(k)),
                (Page::Text(s), Param::Query) => {
                    s.query = clean_query(&value);
                    Some(())
                }
                _ => {
                    problems.push(UrlProblem::Unknown { key });
                    continue;
                }
            };
            if ok.is_none() {
                problems.push(UrlProblem::BadValue { key: param.key(), value });
            }
        }
        if let Page::Text(s) = &mut page {
            // Any other fragment (`#main` from the skip link) is simply not an anchor.
            s.anchor = Anchor::from_id(fragment.trim_start_matches('#'));
        }
        let state = match frame {
            Frame::Site => ViewState { lang, mode, frame, page },
            // A widget is its page's embedded form; the site's refinements (order, filter, a
            // milestone) do not apply in it, and a page without one is not a widget.
            Frame::Embed => match ViewState::embed(lang, mode, &page) {
                Some(state) => {
                    if state.page != page {
                        problems.push(UrlProblem::NotInWidget);
                    }
                    state
                }
                None => not_found(rest),
            },
        };
        Parsed { state, problems }
    }
}

/// Every page that gets a file of its own at build time, in both languages and both modes: each
/// section, each milestone, county, city, unit and article.
pub fn prerendered_pages() -> Vec<ViewState> {
    let p = policy();
    let mut pages = Vec::new();
    for (lang, mode) in Lang::ALL.into_iter().flat_map(|l| Mode::ALL.map(|m| (l, m))) {
        let mut add = |page: Page| pages.push(ViewState::new(lang, page).with_mode(mode));
        for section in Section::ALL {
            add(Page::of(section));
        }
        MilestoneId::ALL.into_iter().for_each(|id| add(Page::milestone(id)));
        p.counties.iter().for_each(|c| add(Page::county(c.code)));
        p.cities.iter().for_each(|c| add(Page::city(c.code)));
        add(Page::Counties(CountiesState::Places));
        p.units.iter().for_each(|u| add(Page::unit(u.id)));
        let articles = p.articles().iter().map(|a| DepartmentsState { article: Some(a.id()), ..Default::default() });
        articles.for_each(|s| add(Page::Departments(s)));
    }
    pages
}

/// Every widget that gets a file of its own, in both languages and both modes.
pub fn prerendered_widgets() -> Vec<ViewState> {
    let mut seen = std::collections::HashSet::new();
    let mut widgets = Vec::new();
    for site in prerendered_pages() {
        if let Some(widget) = ViewState::embed(site.lang, site.mode, &site.page).filter(|w| seen.insert(w.clone())) {
            widgets.push(widget);
        }
    }
    widgets
}

/// A search query as the app keeps it: trimmed, control characters removed, at most 64 characters.
pub fn clean_query(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_control()).take(64).collect::<String>().trim().to_string()
}

/// Percent-encodes everything but the unreserved characters; hanzi become UTF-8 `%XX`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A path with each segment encoded and the slashes kept.
fn encode_path(path: &str) -> String {
    path.split('/').map(encode).collect::<Vec<_>>().join("/")
}

/// Decodes `%XX` and `+` (a space in form encoding); invalid escapes are kept as written, and
/// invalid UTF-8 becomes U+FFFD, so any input decodes to something.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit() => {
                let hex = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 3;
                continue;
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
