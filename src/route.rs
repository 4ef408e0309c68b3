//! Every route and URL parameter, in one place: a typed view state that parses from a URL and
//! renders back to one. Parsing never fails: unknown or malformed values fall back to a default
//! and are reported, so the page can say what it ignored.

use crate::i18n::Lang;
use crate::model::matrix::RowOrder;
use crate::model::{Code, UnitKind, policy, timeline};

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
    pub const ALL: [Section; 5] =
        [Section::Overview, Section::Timeline, Section::Counties, Section::Departments, Section::Text];

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
}

impl Param {
    pub const ALL: [Param; 8] = [
        Param::Milestone,
        Param::County,
        Param::City,
        Param::Unit,
        Param::Article,
        Param::Sort,
        Param::Kind,
        Param::Query,
    ];

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
        }
    }

    fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// What a page shows, beyond its section.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Timeline { milestone: Option<&'static str> },
    /// A county, or else a city, or else nothing chosen.
    Counties { county: Option<Code>, city: Option<Code> },
    Departments { unit: Option<&'static str>, article: Option<u8>, sort: RowOrder, kind: Option<UnitKind> },
    Text { query: String },
    /// A path the site does not have (kept to show it back).
    NotFound { path: String },
}

impl Page {
    /// The department page of a unit (by id).
    pub fn unit(id: &'static str) -> Page {
        Page::Departments { unit: Some(id), article: None, sort: RowOrder::default(), kind: None }
    }

    /// The county page of `code`.
    pub fn county(code: Code) -> Page {
        Page::Counties { county: Some(code), city: None }
    }

    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Page::Overview => Section::Overview,
            Page::Timeline { .. } => Section::Timeline,
            Page::Counties { .. } => Section::Counties,
            Page::Departments { .. } => Section::Departments,
            Page::Text { .. } => Section::Text,
            Page::NotFound { .. } => return None,
        })
    }

    /// The section's page with every parameter at its default.
    pub fn of(section: Section) -> Page {
        match section {
            Section::Overview => Page::Overview,
            Section::Timeline => Page::Timeline { milestone: None },
            Section::Counties => Page::Counties { county: None, city: None },
            Section::Departments => Page::Departments { unit: None, article: None, sort: RowOrder::default(), kind: None },
            Section::Text => Page::Text { query: String::new() },
        }
    }
}

/// The whole state a URL carries.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub lang: Lang,
    pub page: Page,
}

/// Something in a URL that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// A known parameter with a value that means nothing (`county=999999`).
    BadValue { key: &'static str, value: String },
    /// A parameter this page does not know.
    Unknown { key: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub state: ViewState,
    pub problems: Vec<UrlProblem>,
}

impl ViewState {
    pub fn new(lang: Lang, page: Page) -> Self {
        ViewState { lang, page }
    }

    /// The same page in another language.
    pub fn with_lang(&self, lang: Lang) -> ViewState {
        ViewState { lang, page: self.page.clone() }
    }

    /// The URL (path and query, relative to the site's root) of this state.
    pub fn to_url(&self) -> String {
        let prefix = self.lang.prefix();
        let (segment, params): (&str, Vec<(Param, String)>) = match &self.page {
            Page::Overview => ("", vec![]),
            Page::Timeline { milestone } => {
                ("timeline", milestone.iter().map(|m| (Param::Milestone, m.to_string())).collect())
            }
            Page::Counties { county, city } => {
                let params = county.map(|c| (Param::County, c.to_string())).into_iter();
                ("counties", params.chain(city.map(|c| (Param::City, c.to_string()))).collect())
            }
            Page::Departments { unit, article, sort, kind } => {
                let mut params = vec![];
                params.extend(unit.map(|u| (Param::Unit, u.to_string())));
                params.extend(article.map(|a| (Param::Article, a.to_string())));
                if *sort != RowOrder::default() {
                    params.push((Param::Sort, sort.key().to_string()));
                }
                params.extend(kind.map(|k| (Param::Kind, k.key().to_string())));
                ("departments", params)
            }
            Page::Text { query } => {
                ("text", if query.is_empty() { vec![] } else { vec![(Param::Query, query.clone())] })
            }
            Page::NotFound { path } => return format!("{prefix}{path}"),
        };
        let mut url = format!("{prefix}/{segment}");
        for (i, (param, value)) in params.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(param.key());
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }

    /// Parses a path (relative to the site's root) and a query string (with or without `?`).
    pub fn from_url(path: &str, query: &str) -> Parsed {
        let mut problems = Vec::new();
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let (lang, rest) = match path.strip_prefix("/en") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => (Lang::En, rest),
            _ => (Lang::Zh, path),
        };
        let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
        let section = match segments[..] {
            [] => Some(Section::Overview),
            [segment] | [segment, _] => Section::from_segment(segment).filter(|s| segments.len() == 1 || *s == Section::Counties),
            _ => None,
        };
        let Some(section) = section else {
            return Parsed { state: ViewState::new(lang, Page::NotFound { path: rest.to_string() }), problems };
        };
        let mut page = Page::of(section);
        // `/counties/140429` is the same as `/counties?county=140429`.
        let path_county = segments.get(1).map(|code| (Param::County.key().to_string(), code.to_string()));

        let pairs = query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        });
        for (key, value) in path_county.into_iter().chain(pairs) {
            let Some(param) = Param::from_key(&key) else {
                problems.push(UrlProblem::Unknown { key });
                continue;
            };
            let bad = |problems: &mut Vec<UrlProblem>| {
                problems.push(UrlProblem::BadValue { key: param.key(), value: value.clone() })
            };
            match (&mut page, param) {
                (Page::Timeline { milestone }, Param::Milestone) => match timeline::milestone_id(&value) {
                    Some(id) => *milestone = Some(id),
                    None => bad(&mut problems),
                },
                (Page::Counties { county, .. }, Param::County) => {
                    match value.trim().parse().ok().filter(|c| policy().county(*c).is_some()) {
                        Some(code) => *county = Some(code),
                        None => bad(&mut problems),
                    }
                }
                (Page::Counties { city, .. }, Param::City) => {
                    match value.trim().parse().ok().filter(|c| policy().city(*c).is_some()) {
                        Some(code) => *city = Some(code),
                        None => bad(&mut problems),
                    }
                }
                (Page::Departments { unit, .. }, Param::Unit) => {
                    let p = policy();
                    match p.unit_by_id(&value).or_else(|| p.unit_by_name(&value)) {
                        Some(u) => *unit = Some(u.id),
                        None => bad(&mut problems),
                    }
                }
                (Page::Departments { article, .. }, Param::Article) => {
                    match value.trim().parse().ok().filter(|n| policy().article(*n).is_some()) {
                        Some(n) => *article = Some(n),
                        None => bad(&mut problems),
                    }
                }
                (Page::Departments { sort, .. }, Param::Sort) => match RowOrder::from_key(&value) {
                    Some(s) => *sort = s,
                    None => bad(&mut problems),
                },
                (Page::Departments { kind, .. }, Param::Kind) => match UnitKind::from_key(&value) {
                    Some(k) => *kind = Some(k),
                    None => bad(&mut problems),
                },
                (Page::Text { query }, Param::Query) => *query = clean_query(&value),
                _ => problems.push(UrlProblem::Unknown { key }),
            }
        }
        Parsed { state: ViewState::new(lang, page), problems }
    }
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
