//! The policy as data: the verbatim text plus the project's annotations, parsed once and
//! cross-checked. Pure Rust with no web dependency, so all of it is tested natively.

pub mod matrix;
pub mod mentions;
pub mod places;
pub mod progress;
pub mod schematic;
pub mod search;
pub mod table;
pub mod text;
pub mod themes;
pub mod timeline;
pub mod units;

use std::collections::HashSet;
use std::sync::LazyLock;

pub use mentions::{Counts, Reading};
pub use places::{Basis, City, Code, Confidence, County, Place, Whereabouts};
pub use progress::{Report, ReportKind, SourceDate};
pub use table::Table;
pub use text::{Article, ArticleNo, Date, Document, Part, Responsibility, Role};
pub use themes::{Theme, ThemeItem};
pub use timeline::{Milestone, MilestoneId};
pub use units::{Unit, UnitId, UnitKind};

/// The verbatim web copy of 晋政发〔2021〕36号.
pub const SOURCE_TEXT: &str = include_str!("../data/jinzhengfa-2021-36.txt");
const UNITS_TSV: &str = include_str!("../data/units.tsv");
const ARTICLES_TSV: &str = include_str!("../data/articles.tsv");
const CITIES_CSV: &str = include_str!("../data/cities.csv");
const COUNTIES_CSV: &str = include_str!("../data/counties.csv");
const PLACES_TSV: &str = include_str!("../data/places.tsv");
const SUMMARIES_TSV: &str = include_str!("../data/summaries.tsv");
const READINGS_TSV: &str = include_str!("../data/readings.tsv");
const THEMES_TSV: &str = include_str!("../data/themes.tsv");
const PROGRESS_TSV: &str = include_str!("../data/progress.tsv");
const MILESTONES_TSV: &str = include_str!("../data/milestones.tsv");
const COMMITMENTS_TSV: &str = include_str!("../data/commitments.tsv");

/// The project's own labels for a part or an article (not policy text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    pub short_zh: &'static str,
    pub title_en: &'static str,
    pub short_en: &'static str,
}

/// The project's plain-language reading of an article (通俗解读), and the key phrases of the
/// text worth marking. Never policy text; checked to quote only what the article says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub zh: &'static str,
    pub en: &'static str,
    /// Key phrases: verbatim phrases of the article's prose.
    pub highlights: Vec<&'static str>,
}

/// A goal horizon of article (二): `到2025年,…。`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Goal {
    pub year: u16,
    /// The sentence, verbatim.
    pub text: &'static str,
}

pub struct Policy {
    pub doc: Document<'static>,
    pub units: Vec<Unit>,
    /// In annex order.
    pub cities: Vec<City>,
    /// In annex order (city by city).
    pub counties: Vec<County>,
    /// The gazetteer: every named place of the text and where it lies.
    pub places: Vec<Place>,
    part_labels: Vec<Labels>,
    article_labels: Vec<Labels>,
    summaries: Vec<Summary>,
    milestones: Vec<Milestone>,
    readings: Vec<mentions::Reading>,
    themes: Vec<themes::ThemeItem>,
    progress: progress::Progress,
}

/// The policy, parsed on first use. The sources are compiled in and the tests parse them, so a
/// failure here is a build defect, not something a visitor can cause. The checks that build
/// nothing (`Policy::check`) are left to the tests and the prerender step, which run them on
/// every build: they were about a third of the parsing (native timing), at every start.
pub fn policy() -> &'static Policy {
    static POLICY: LazyLock<Policy> = LazyLock::new(|| Policy::parse().unwrap_or_else(|e| panic!("embedded policy data: {e}")));
    &POLICY
}

impl Policy {
    /// Parses every source and checks them against each other.
    pub fn load() -> Result<Policy, String> {
        let policy = Policy::parse()?;
        policy.check()?;
        Ok(policy)
    }

    /// The checks that only check: every mention of a place is read (`readings.tsv`).
    pub fn check(&self) -> Result<(), String> {
        mentions::check_coverage(&self.readings, self)
    }

    /// Parses every source, with the checks that parsing needs anyway.
    pub fn parse() -> Result<Policy, String> {
        let doc = text::parse(SOURCE_TEXT).map_err(|e| e.to_string())?;
        let units = units::parse_registry(UNITS_TSV).map_err(|e| e.to_string())?;
        let all_cities = places::parse_cities(CITIES_CSV)?;
        let all_counties = places::parse_counties(COUNTIES_CSV)?;

        // The annex decides which cities and counties are in scope, and their order.
        let mut cities = Vec::new();
        let mut counties = Vec::new();
        for line in &doc.annex {
            let city =
                all_cities.iter().find(|c| c.name == line.city).ok_or_else(|| format!("annex city {} not in cities.csv", line.city))?;
            if line.declared != line.counties.len() {
                return Err(format!("{} declares {} counties, lists {}", line.city, line.declared, line.counties.len()));
            }
            for name in &line.counties {
                let mut matches = all_counties.iter().filter(|c| c.city == city.code && c.name == *name);
                let county = matches.next().ok_or_else(|| format!("{}{name} not in counties.csv", line.city))?;
                if matches.next().is_some() {
                    return Err(format!("{}{name} is ambiguous in counties.csv", line.city));
                }
                if county.code.city() != city.code {
                    return Err(format!("{} ({}) is not under {}", name, county.code, city.code));
                }
                counties.push(county.clone());
            }
            cities.push(city.clone());
        }
        if counties.len() != all_counties.len() {
            return Err(format!("counties.csv has {} rows, the annex {}", all_counties.len(), counties.len()));
        }
        let codes: HashSet<Code> = counties.iter().map(|c| c.code).collect();
        if codes.len() != counties.len() {
            return Err("county codes are not unique".into());
        }

        // Every unit named in a clause has exactly one registry entry, and every entry is named.
        for field in [|u: &Unit| u.id.as_str(), |u: &Unit| u.name] {
            let distinct: HashSet<&str> = units.iter().map(field).collect();
            if distinct.len() != units.len() {
                return Err("unit ids or names are not unique".into());
            }
        }
        let named: HashSet<&str> =
            doc.articles.iter().flat_map(|a| a.responsibility.iter()).flat_map(|r| r.assignments.iter().map(|a| a.unit)).collect();
        if let Some(missing) = named.iter().find(|n| !units.iter().any(|u| u.name == **n)) {
            return Err(format!("unit {missing} is not in units.tsv"));
        }
        if let Some(unused) = units.iter().find(|u| !named.contains(u.name)) {
            return Err(format!("units.tsv lists {}, which no clause names", unused.name));
        }

        let places = places::parse_places(PLACES_TSV)?;
        for place in &places {
            for &no in &place.articles {
                let article = doc.article(no).ok_or_else(|| format!("{} names article {no}", place.name))?;
                if !article.prose().iter().any(|p| p.contains(place.name)) {
                    return Err(format!("{} is not in the prose of article {no}", place.name));
                }
            }
            for code in &place.counties {
                if !codes.contains(code) || !place.cities.contains(&code.city()) {
                    return Err(format!("{}: county {code} is not in scope or its city is not listed", place.name));
                }
            }
            if let Some(city) = place.cities.iter().find(|c| !cities.iter().any(|x| x.code == **c)) {
                return Err(format!("{}: city {city} is not in scope", place.name));
            }
        }
        let summaries = parse_summaries(&doc)?;
        let (part_labels, article_labels) = parse_labels(&doc)?;
        let goals = goals_of(&doc);
        let milestones = timeline::parse(&doc, &goals, MILESTONES_TSV, COMMITMENTS_TSV)?;
        let themes = themes::parse(THEMES_TSV, &doc)?;
        let mut policy = Policy {
            doc,
            units,
            cities,
            counties,
            places,
            part_labels,
            article_labels,
            summaries,
            milestones,
            readings: Vec::new(),
            themes,
            progress: progress::Progress { reports: Vec::new(), checked: Date::new(0, 1, 1) },
        };
        policy.readings = mentions::read_readings(READINGS_TSV, &policy)?;
        policy.progress = progress::parse(PROGRESS_TSV, &policy)?;
        Ok(policy)
    }

    pub fn articles(&self) -> &[Article<'static>] {
        &self.doc.articles
    }

    pub fn article(&self, no: u8) -> Option<&Article<'static>> {
        self.doc.article(no)
    }

    pub fn article_labels(&self, no: u8) -> Option<&Labels> {
        self.article_labels.get((no as usize).checked_sub(1)?)
    }

    /// The plain readings of every clause that names a place, in text order.
    pub fn readings(&self) -> &[mentions::Reading] {
        &self.readings
    }

    /// What public sources have reported since the policy was issued.
    pub fn progress(&self) -> &progress::Progress {
        &self.progress
    }

    /// What every county gets, by daily-life theme, in file order.
    pub fn theme_items(&self) -> &[themes::ThemeItem] {
        &self.themes
    }

    pub fn summary(&self, no: u8) -> Option<&Summary> {
        self.summaries.get((no as usize).checked_sub(1)?)
    }

    pub fn part_labels(&self, no: u8) -> Option<&Labels> {
        self.part_labels.get((no as usize).checked_sub(1)?)
    }

    pub fn unit_by_name(&self, name: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.name == name)
    }

    /// The unit with this URL key (`drc`).
    pub fn unit_by_key(&self, key: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id.as_str() == key)
    }

    /// The unit of an id (every `UnitId` comes from the registry, so there is one).
    pub fn unit(&self, id: UnitId) -> &Unit {
        self.units.iter().find(|u| u.id == id).unwrap_or_else(|| unreachable!("unit ids come from the registry"))
    }

    /// A checked article number.
    pub fn article_no(&self, no: u8) -> Option<ArticleNo> {
        self.doc.article(no).map(Article::id)
    }

    /// The article of a checked number.
    pub fn article_at(&self, no: ArticleNo) -> &Article<'static> {
        self.doc.article(no.get()).unwrap_or_else(|| unreachable!("article numbers come from the text"))
    }

    /// The kinds of unit the registry has, in `UnitKind::ALL` order (for the kind filter).
    pub fn unit_kinds(&self) -> Vec<UnitKind> {
        UnitKind::ALL.into_iter().filter(|k| self.units.iter().any(|u| u.kind == *k)).collect()
    }

    /// `长治武乡县`: a county with its city's short name, unambiguous (there are two 城区).
    pub fn county_with_city(&self, county: &County) -> String {
        let city = self.city(county.city).map_or("", |c| c.short_name());
        format!("{city}{}", county.name)
    }

    /// The milestones in time order.
    pub fn timeline(&self) -> &[Milestone] {
        &self.milestones
    }

    pub fn milestone(&self, id: MilestoneId) -> &Milestone {
        self.milestones.iter().find(|m| m.id == id).unwrap_or_else(|| unreachable!("the timeline has every milestone"))
    }

    /// Every article that assigns `unit` a role, with the role.
    pub fn roles_of<'s>(&'s self, unit: &'s Unit) -> impl Iterator<Item = (&'s Article<'static>, Role)> + 's {
        self.articles().iter().filter_map(move |a| Some((a, a.responsibility.as_ref()?.role_of(unit.name)?)))
    }

    pub fn city(&self, code: Code) -> Option<&City> {
        self.cities.iter().find(|c| c.code == code)
    }

    /// A county code as written in a URL or in storage (spaces around it allowed), if it names
    /// one of the 35.
    pub fn county_code(&self, written: &str) -> Option<Code> {
        written.trim().parse().ok().filter(|c| self.county(*c).is_some())
    }

    /// A city code as written, if it names one of the 6.
    pub fn city_code(&self, written: &str) -> Option<Code> {
        written.trim().parse().ok().filter(|c| self.city(*c).is_some())
    }

    pub fn county(&self, code: Code) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }

    pub fn counties_of(&self, city: Code) -> impl Iterator<Item = &County> {
        self.counties.iter().filter(move |c| c.city == city)
    }

    /// The goal horizons of article (二), each a verbatim sentence starting `到YYYY年`.
    pub fn goals(&self) -> Vec<Goal> {
        goals_of(&self.doc)
    }
}

fn goals_of(doc: &Document<'static>) -> Vec<Goal> {
    doc.article(2)
        .map(|a| a.sentences())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| {
            let year = s.strip_prefix('到')?.split_once('年')?.0.parse().ok()?;
            Some(Goal { year, text: s })
        })
        .collect()
}

fn parse_labels(doc: &Document<'static>) -> Result<(Vec<Labels>, Vec<Labels>), String> {
    let columns = ["kind", "no", "title_zh", "short_zh", "title_en", "short_en"];
    let table = Table::parse("articles.tsv", ARTICLES_TSV, '\t', &columns)?;
    let mut parts = Vec::new();
    let mut articles = Vec::new();
    for r in table.records() {
        let no: u8 = r.parse("no")?;
        let (list, title) = match r.get("kind") {
            "part" => (&mut parts, doc.part(no).map(|p| p.title)),
            "article" => (&mut articles, doc.article(no).map(|a| a.title)),
            other => return Err(r.error(format!("unknown kind {other:?}"))),
        };
        if title != Some(r.get("title_zh")) || list.len() + 1 != no as usize {
            return Err(r.error(format!("{no} is {title:?} in the text")));
        }
        list.push(Labels { short_zh: r.get("short_zh"), title_en: r.get("title_en"), short_en: r.get("short_en") });
    }
    if parts.len() != doc.parts.len() || articles.len() != doc.articles.len() {
        return Err("articles.tsv does not label every part and article".into());
    }
    Ok((parts, articles))
}

fn parse_summaries(doc: &Document<'static>) -> Result<Vec<Summary>, String> {
    let table = Table::parse("summaries.tsv", SUMMARIES_TSV, '\t', &["no", "summary_zh", "summary_en", "highlights"])?;
    let mut out = Vec::new();
    for r in table.records() {
        let no: u8 = r.parse("no")?;
        let article = doc.article(no).filter(|_| out.len() + 1 == no as usize).ok_or_else(|| r.error("out of order"))?;
        let highlights: Vec<&'static str> = r.get("highlights").split('|').filter(|h| !h.is_empty()).collect();
        if let Some(h) = highlights.iter().find(|h| !article.prose().iter().any(|p| p.contains(*h))) {
            return Err(r.error(format!("key phrase {h:?} is not in the prose of article {no}")));
        }
        out.push(Summary { zh: r.get("summary_zh"), en: r.get("summary_en"), highlights });
    }
    if out.len() != doc.articles.len() {
        return Err("summaries.tsv does not cover every article".into());
    }
    Ok(out)
}
