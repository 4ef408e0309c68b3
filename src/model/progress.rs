//! Reported since 2021 (`progress.tsv`): what public sources have reported about the policy's
//! commitments, each row with its publisher, address and a verbatim quote. A report is never
//! the text's own assessment, and "no report found" never means "not done".

use std::fmt;

use super::table::Table;
use super::text::Date;
use super::{Code, Policy};

/// What a report says happened. Its key is the word in `progress.tsv` and in CSS classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// A plan or a target ("力争2027年建成").
    Planned,
    Started,
    Completed,
    Figure,
    /// A related national document.
    National,
}

impl ReportKind {
    pub const ALL: [ReportKind; 5] =
        [ReportKind::Planned, ReportKind::Started, ReportKind::Completed, ReportKind::Figure, ReportKind::National];

    pub fn key(self) -> &'static str {
        match self {
            ReportKind::Planned => "planned",
            ReportKind::Started => "started",
            ReportKind::Completed => "completed",
            ReportKind::Figure => "figure",
            ReportKind::National => "national",
        }
    }

    pub fn from_key(key: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A date to the day or to the month, as the source gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl SourceDate {
    /// `2023-09-13` or `2021-11`.
    pub fn parse(s: &str) -> Option<SourceDate> {
        let mut parts = s.split('-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: Option<u8> = match parts.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        let valid = (2000..=2100).contains(&year) && (1..=12).contains(&month) && day.is_none_or(|d| (1..=31).contains(&d));
        (valid && parts.next().is_none()).then_some(SourceDate { year, month, day })
    }

    /// The first day it can mean, for ordering and for the timeline.
    #[must_use]
    pub fn start(self) -> Date {
        Date::new(self.year, self.month, self.day.unwrap_or(1))
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{d:02}", self.year, self.month),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// One reported event.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub article: u8,
    /// A phrase of the article's prose, verbatim (empty: the article as a whole).
    pub item: &'static str,
    /// Counties or cities the report concerns.
    pub places: Vec<Code>,
    pub event: Option<SourceDate>,
    pub reported: SourceDate,
    pub kind: ReportKind,
    pub statement_zh: &'static str,
    pub statement_en: &'static str,
    pub publisher: &'static str,
    pub url: &'static str,
    pub quote: &'static str,
}

/// The reports, newest report last, and the day the sources were last checked.
pub struct Progress {
    pub reports: Vec<Report>,
    pub checked: Date,
}

/// The policy was printed and issued on this day: reports are what came after.
const ISSUED: SourceDate = SourceDate { year: 2021, month: 11, day: Some(9) };

/// Parses `progress.tsv` against the parsed policy (articles, items, places).
pub fn parse(tsv: &'static str, policy: &Policy) -> Result<Progress, String> {
    let checked = tsv
        .lines()
        .find_map(|l| l.strip_prefix("# checked: "))
        .and_then(|d| SourceDate::parse(d.trim()))
        .filter(|d| d.day.is_some())
        .map(SourceDate::start)
        .ok_or("progress.tsv: no `# checked: YYYY-MM-DD` line")?;
    let columns =
        ["article", "item", "places", "event_date", "report_date", "kind", "statement_zh", "statement_en", "publisher", "url", "quote"];
    let table = Table::parse("progress.tsv", tsv, '\t', &columns)?;
    let mut reports = Vec::new();
    for r in table.records() {
        for required in ["report_date", "statement_zh", "statement_en", "publisher", "url", "quote"] {
            if r.get(required).trim().is_empty() {
                return Err(r.error(format!("no {required}")));
            }
        }
        let article: u8 = r.parse("article")?;
        let a = policy.article(article).ok_or_else(|| r.error("no such article"))?;
        let item = r.get("item");
        if !item.is_empty() && !a.prose().iter().any(|p| p.contains(item)) {
            return Err(r.error(format!("{item:?} is not verbatim in article {article}")));
        }
        let places: Vec<Code> = r.list("places")?;
        if let Some(bad) = places.iter().find(|c| policy.county(**c).is_none() && policy.city(**c).is_none()) {
            return Err(r.error(format!("place {bad} is none of the 35 counties or 6 cities")));
        }
        let date = |column: &str| SourceDate::parse(r.get(column)).ok_or_else(|| r.error(format!("bad {column}")));
        let reported = date("report_date")?;
        let event = if r.get("event_date").is_empty() { None } else { Some(date("event_date")?) };
        if reported < ISSUED || reported.start() > checked || event.is_some_and(|e| e > reported) {
            return Err(r.error("dates out of order (issue ≤ event ≤ report ≤ checked)"));
        }
        let url = r.get("url");
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(r.error("the address is not a web address"));
        }
        let kind = ReportKind::from_key(r.get("kind")).ok_or_else(|| r.error("unknown kind"))?;
        reports.push(Report {
            article,
            item,
            places,
            event,
            reported,
            kind,
            statement_zh: r.get("statement_zh"),
            statement_en: r.get("statement_en"),
            publisher: r.get("publisher"),
            url,
            quote: r.get("quote"),
        });
    }
    reports.sort_by_key(|r| (r.event.unwrap_or(r.reported), r.reported));
    Ok(Progress { reports, checked })
}

impl Policy {
    /// Reports on one article.
    pub fn reports_on(&self, article: u8) -> Vec<&Report> {
        self.progress().reports.iter().filter(|r| r.article == article).collect()
    }

    /// Reports on any of these articles (a goal's commitments), oldest first.
    pub fn reports_on_any(&self, articles: &[u8]) -> Vec<&Report> {
        self.progress().reports.iter().filter(|r| articles.contains(&r.article)).collect()
    }

    /// Reports that concern a county or its city (a city-level report concerns its counties).
    pub fn reports_for_county(&self, county: Code) -> Vec<&Report> {
        self.progress().reports.iter().filter(|r| r.places.contains(&county) || r.places.contains(&county.city())).collect()
    }

    /// Reports that concern a city or any of its counties.
    pub fn reports_for_city(&self, city: Code) -> Vec<&Report> {
        self.progress().reports.iter().filter(|r| r.places.iter().any(|p| *p == city || p.city() == city)).collect()
    }
}
