//! The policy's course in time: national basis → signing → printing → transition period →
//! 2025 → 2035. Dates come from the text (signing, printing, goal years) or from a public source
//! that `src/data/milestones.tsv` names (the national basis made public on 2021-02-20; the
//! transition period 2021–2025). Every milestone quotes the clause it rests on; its prose lives
//! in the data files, beside the other annotations.

use super::table::Table;
use super::text::{Date, split_sentences};
use super::{Document, Goal};

/// Every milestone, in time order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MilestoneId {
    Basis,
    Issued,
    Printed,
    Transition,
    Goals2025,
    Goals2035,
}

impl MilestoneId {
    pub const ALL: [MilestoneId; 6] = [
        MilestoneId::Basis,
        MilestoneId::Issued,
        MilestoneId::Printed,
        MilestoneId::Transition,
        MilestoneId::Goals2025,
        MilestoneId::Goals2035,
    ];

    /// The id's one key: in URLs (`?milestone=goals-2025`), element ids and the data file.
    pub fn key(self) -> &'static str {
        match self {
            MilestoneId::Basis => "basis",
            MilestoneId::Issued => "issued",
            MilestoneId::Printed => "printed",
            MilestoneId::Transition => "transition",
            MilestoneId::Goals2025 => "goals-2025",
            MilestoneId::Goals2035 => "goals-2035",
        }
    }

    pub fn from_key(key: &str) -> Option<MilestoneId> {
        MilestoneId::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The milestone of a goal year of article (二), if the site knows that year.
    pub fn of_goal(year: u16) -> Option<MilestoneId> {
        match year {
            2025 => Some(MilestoneId::Goals2025),
            2035 => Some(MilestoneId::Goals2035),
            _ => None,
        }
    }
}

/// When something happens: a day, or a span of whole years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(Date),
    Year(u16),
    Years(u16, u16),
}

impl When {
    /// The first day it covers.
    pub fn start(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Year(y) | When::Years(y, _) => Date::new(y, 1, 1),
        }
    }

    /// The last day it covers.
    pub fn end(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Year(y) | When::Years(_, y) => Date::new(y, 12, 31),
        }
    }
}

/// The span the timeline draws: the start of 2021 to the end of 2035.
pub const AXIS_START: Date = Date::new(2021, 1, 1);
pub const AXIS_END: Date = Date::new(2036, 1, 1);

/// Where `date` falls on the axis, from 0.0 (start) to 1.0 (end), clamped.
pub fn axis_fraction(date: Date) -> f64 {
    let span = (AXIS_END.days() - AXIS_START.days()) as f64;
    ((date.days() - AXIS_START.days()) as f64 / span).clamp(0.0, 1.0)
}

/// Where a milestone stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Past,
    Current,
    Future,
}

impl Relation {
    /// The relation's one key (CSS class `tl-past`).
    pub fn key(self) -> &'static str {
        match self {
            Relation::Past => "past",
            Relation::Current => "current",
            Relation::Future => "future",
        }
    }
}

impl When {
    pub fn relation(self, today: Date) -> Relation {
        if self.end() < today {
            Relation::Past
        } else if self.start() > today {
            Relation::Future
        } else {
            Relation::Current
        }
    }
}

/// Where in the document a milestone's words stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Preamble,
    Article(u8),
    Signature,
    PrintingLine,
}

/// One separate promise inside a goal sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    /// The clause, verbatim (a slice of the goal sentence).
    pub text: &'static str,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    /// The articles that carry it out: the project's reading, not the text's (each exists).
    pub articles: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub id: MilestoneId,
    pub when: When,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// Verbatim from the source, one entry per line.
    pub quote: Vec<&'static str>,
    pub source: Source,
    /// Plain-language summary, the project's words; states nothing the quote does not.
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    /// Where a date is not in the policy text itself: a note on it, and the public source.
    pub date_note_zh: Option<&'static str>,
    pub date_note_en: Option<&'static str>,
    pub date_source: Option<&'static str>,
    pub commitments: Vec<Commitment>,
    /// Articles the milestone links to (the union of its commitments' articles, or its source).
    pub articles: Vec<u8>,
}

/// Splits a goal sentence `到2025年,A,B,…,F。` into its clauses A…F, verbatim.
pub fn goal_clauses(goal: &Goal) -> Vec<&'static str> {
    let body = goal.text.split_once(',').map_or(goal.text, |(_, rest)| rest);
    body.trim_end_matches('。').split(',').collect()
}

/// `2021-02-20`.
fn parse_iso(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-');
    let (y, m, d) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Date::new(y, m, d))
}

/// Reads `milestones.tsv` and `commitments.tsv` against the parsed text. Refuses (rather than
/// falls back on) a goal year the site has no milestone for, a goal whose clauses and labels
/// differ in number, an off-text date without its source, and a missing or extra milestone.
pub fn parse(
    doc: &Document<'static>,
    goals: &[Goal],
    milestones_tsv: &'static str,
    commitments_tsv: &'static str,
) -> Result<Vec<Milestone>, String> {
    let columns = ["year", "label_zh", "label_en", "articles"];
    let commitments = Table::parse("commitments.tsv", commitments_tsv, '\t', &columns)?;
    for r in commitments.records() {
        let year: u16 = r.parse("year")?;
        if !goals.iter().any(|g| g.year == year) {
            return Err(r.error(format!("{year} is not a goal year of the text")));
        }
        if let Some(no) = r.list::<u8>("articles")?.into_iter().find(|n| doc.article(*n).is_none()) {
            return Err(r.error(format!("no article {no}")));
        }
    }

    let basis_sentence = split_sentences(doc.preamble).into_iter().next().unwrap_or(doc.preamble);
    let article = |no: u8| doc.article(no).ok_or(format!("the text has no article {no}"));
    let transition_quote = article(17)?
        .sentences()
        .first()
        .and_then(|s| s.split(',').next())
        .filter(|s| s.contains("过渡期"))
        .ok_or("article (十七) no longer opens with the transition period")?;

    let columns = ["id", "when", "title_zh", "title_en", "summary_zh", "summary_en", "date_note_zh", "date_note_en", "source"];
    let table = Table::parse("milestones.tsv", milestones_tsv, '\t', &columns)?;
    let mut out = Vec::new();
    for r in table.records() {
        let id = MilestoneId::from_key(r.get("id")).ok_or_else(|| r.error("unknown milestone id"))?;
        if MilestoneId::ALL.get(out.len()) != Some(&id) {
            return Err(r.error("milestones out of order"));
        }
        let goal = goals.iter().find(|g| MilestoneId::of_goal(g.year) == Some(id));
        // What the text dates, and which clause the milestone quotes.
        let (text_when, quote, source) = match id {
            MilestoneId::Basis => (None, vec![basis_sentence], Source::Preamble),
            MilestoneId::Issued => (Some(When::Day(doc.issued)), vec![doc.signatory, doc.issued_line], Source::Signature),
            MilestoneId::Printed => (Some(When::Day(doc.printed)), vec![doc.printing_line], Source::PrintingLine),
            MilestoneId::Transition => (None, vec![transition_quote], Source::Article(17)),
            MilestoneId::Goals2025 | MilestoneId::Goals2035 => {
                let goal = goal.ok_or_else(|| r.error("the text has no such goal year"))?;
                (Some(When::Year(goal.year)), vec![goal.text], Source::Article(2))
            }
        };
        let date_source = r.optional("source");
        let when = match (r.get("when"), text_when) {
            ("text", Some(when)) => when,
            ("text", None) => return Err(r.error("the text gives no date for this milestone")),
            (_, Some(_)) => return Err(r.error("the text dates this milestone: write `text`")),
            (_, None) if date_source.is_none() => return Err(r.error("a date not in the text needs its source")),
            (day, None) => match day.split_once("..") {
                Some((a, b)) => When::Years(r.parse_str(a)?, r.parse_str(b)?),
                None => When::Day(parse_iso(day).ok_or_else(|| r.error(format!("bad date {day:?}")))?),
            },
        };
        let commitments: Vec<Commitment> = match goal {
            None => Vec::new(),
            Some(goal) => {
                let labels: Vec<_> = commitments.records().filter(|c| c.parse::<u16>("year").ok() == Some(goal.year)).collect();
                let clauses = goal_clauses(goal);
                if labels.len() != clauses.len() {
                    return Err(format!(
                        "commitments.tsv: {} labels for {}, the text has {} clauses",
                        labels.len(),
                        goal.year,
                        clauses.len()
                    ));
                }
                clauses
                    .into_iter()
                    .zip(labels)
                    .map(|(text, c)| {
                        Ok(Commitment { text, label_zh: c.get("label_zh"), label_en: c.get("label_en"), articles: c.list("articles")? })
                    })
                    .collect::<Result<_, String>>()?
            }
        };
        let mut articles: Vec<u8> = commitments.iter().flat_map(|c| c.articles.iter().copied()).collect();
        if let (true, Source::Article(no)) = (commitments.is_empty(), source) {
            articles.push(no);
        }
        articles.sort_unstable();
        articles.dedup();
        out.push(Milestone {
            id,
            when,
            title_zh: r.get("title_zh"),
            title_en: r.get("title_en"),
            quote,
            source,
            summary_zh: r.get("summary_zh"),
            summary_en: r.get("summary_en"),
            date_note_zh: r.optional("date_note_zh"),
            date_note_en: r.optional("date_note_en"),
            date_source,
            commitments,
            articles,
        });
    }
    if out.len() != MilestoneId::ALL.len() {
        return Err(format!("milestones.tsv has {} milestones, the site {}", out.len(), MilestoneId::ALL.len()));
    }
    Ok(out)
}

/// Where a goal year stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Horizon {
    /// The year has ended.
    Passed { year: u16 },
    /// `years` calendar years from today's year.
    Ahead { year: u16, years: u16 },
}

/// Each goal year of the text relative to `today`.
pub fn horizons(goals: &[Goal], today: Date) -> Vec<Horizon> {
    goals
        .iter()
        .map(|g| {
            if today > Date::new(g.year, 12, 31) {
                Horizon::Passed { year: g.year }
            } else {
                Horizon::Ahead { year: g.year, years: g.year.saturating_sub(today.year) }
            }
        })
        .collect()
}
