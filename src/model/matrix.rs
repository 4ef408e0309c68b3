//! The department-responsibility matrix: units × articles, each cell the role a clause gives.
//!
//! Built from the parsed clauses only, so the table, its filters and both exports (CSV for
//! spreadsheets, JSON for programs through serde) always show the same facts as the text.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::{Policy, Role, Unit, UnitId, UnitKind};

/// The downloads' file names, at the site's root (written at build time by the prerender step).
pub const CSV_FILE: &str = "taihang-responsibility-matrix.csv";
pub const JSON_FILE: &str = "taihang-responsibility-matrix.json";

/// The year the registry's full names are valid for: the year of issue. Later reorganisations
/// (e.g. of the financial regulators) are deliberately not applied, so exports say so.
pub const NAMES_AS_OF: u16 = 2021;

/// A role in the CSV: the clause's own words (牵头, 按职责分工负责), and for a clause that names
/// no lead, the site's reading in parentheses, so a spreadsheet keeps the two apart.
pub fn csv_role(role: Role) -> &'static str {
    match role {
        Role::Lead => "牵头",
        Role::Support => "按职责分工负责",
        Role::Joint => "按职责分工负责(本条无牵头单位)",
    }
}

/// Row order of the matrix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RowOrder {
    /// Most articles first: who carries the policy.
    #[default]
    Involvement,
    /// Most leads first: who answers for it.
    Leads,
    /// By name, to find a unit.
    Name,
}

impl RowOrder {
    pub const ALL: [RowOrder; 3] = [RowOrder::Involvement, RowOrder::Leads, RowOrder::Name];

    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            RowOrder::Involvement => "involvement",
            RowOrder::Leads => "leads",
            RowOrder::Name => "name",
        }
    }

    pub fn from_key(key: &str) -> Option<RowOrder> {
        RowOrder::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// One unit's line of the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub unit: &'static Unit,
    /// One per column, aligned with [`Matrix::columns`].
    pub cells: Vec<Option<Role>>,
    pub leads: usize,
    pub joint: usize,
    pub supports: usize,
}

impl Row {
    /// Articles the unit has any role in.
    pub fn total(&self) -> usize {
        self.leads + self.joint + self.supports
    }

    pub fn count(&self, role: Role) -> usize {
        match role {
            Role::Lead => self.leads,
            Role::Joint => self.joint,
            Role::Support => self.supports,
        }
    }
}

/// Units × articles. Cheap to build (37 × 20), so views build it rather than cache it.
#[derive(Clone)]
pub struct Matrix {
    /// Article numbers that assign any unit, in text order (3..=22).
    pub columns: Vec<u8>,
    /// One per unit, in registry order (units.tsv order).
    pub rows: Vec<Row>,
    /// For the articles' labels and titles and the clauses' order.
    policy: &'static Policy,
}

impl fmt::Debug for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Matrix").field("columns", &self.columns).field("rows", &self.rows).finish_non_exhaustive()
    }
}

impl Policy {
    /// The responsibility matrix. Needs `'static` because rows point into the registry; the
    /// policy from [`super::policy`] is.
    pub fn matrix(&'static self) -> Matrix {
        let articles: Vec<_> =
            self.articles().iter().filter(|a| a.responsibility.as_ref().is_some_and(|r| !r.assignments.is_empty())).collect();
        let rows = self
            .units
            .iter()
            .map(|unit| {
                let cells: Vec<Option<Role>> =
                    articles.iter().map(|a| a.responsibility.as_ref().and_then(|r| r.role_of(unit.name))).collect();
                let count = |role| cells.iter().filter(|c| **c == Some(role)).count();
                Row { unit, leads: count(Role::Lead), joint: count(Role::Joint), supports: count(Role::Support), cells }
            })
            .collect();
        Matrix { columns: articles.iter().map(|a| a.no).collect(), rows, policy: self }
    }
}

impl Matrix {
    /// The index of `article` in [`Matrix::columns`].
    pub fn column(&self, article: u8) -> Option<usize> {
        self.columns.iter().position(|&no| no == article)
    }

    pub fn row(&self, unit: UnitId) -> Option<&Row> {
        self.rows.iter().find(|r| r.unit.id == unit)
    }

    pub fn cell(&self, unit: UnitId, article: u8) -> Option<Role> {
        self.row(unit)?.cells[self.column(article)?]
    }

    /// Rows of `kind` (all when `None`), in `order`. Ties keep registry order, so every order is
    /// deterministic. Names compare as plain strings (code points, not pinyin): locale-free, and
    /// it still groups the 省… departments together.
    pub fn rows_in(&self, order: RowOrder, kind: Option<UnitKind>) -> Vec<&Row> {
        let mut rows: Vec<&Row> = self.rows.iter().filter(|r| kind.is_none_or(|k| r.unit.kind == k)).collect();
        match order {
            RowOrder::Involvement => rows.sort_by_key(|r| (Reverse(r.total()), Reverse(r.leads))),
            RowOrder::Leads => rows.sort_by_key(|r| (Reverse(r.leads), Reverse(r.total()))),
            RowOrder::Name => rows.sort_by_key(|r| r.unit.name),
        }
        rows
    }

    /// Units with a role in `article`: leads first, then joint, then supporting, each in the
    /// clause's text order (the order the government chose to name them).
    pub fn units_of(&self, article: u8) -> Vec<(&'static Unit, Role)> {
        let Some(r) = self.column(article).and_then(|_| self.policy.article(article)?.responsibility.as_ref()) else {
            return Vec::new();
        };
        let mut units: Vec<(&'static Unit, Role)> =
            r.assignments.iter().filter_map(|a| Some((self.rows.iter().find(|row| row.unit.name == a.unit)?.unit, a.role))).collect();
        units.sort_by_key(|(_, role)| *role);
        units
    }

    /// How many units have a role in each column.
    pub fn column_totals(&self) -> Vec<usize> {
        (0..self.columns.len()).map(|i| self.rows.iter().filter(|r| r.cells[i].is_some()).count()).collect()
    }

    /// Label and title of each column: `("(三)", "加强新型基础设施建设")`.
    pub fn column_titles(&self) -> Vec<(String, &'static str)> {
        self.columns.iter().filter_map(|&no| self.policy.article(no)).map(|a| (a.label(), a.title)).collect()
    }
}

const CSV_HEAD: [&str; 3] = ["单位", "全称", "类别"];
const CSV_TAIL: [&str; 4] = ["牵头(条)", "按职责分工负责·本条无牵头单位(条)", "按职责分工负责(条)", "合计(条)"];

/// What the JSON's role keys mean (the `joint` reading is the site's, not the text's).
const ROLE_NOTE: &str = "lead = 牵头; support = 按职责分工负责 in an article with a lead unit; joint = 按职责分工负责 in an article that names no lead unit (this site's reading: the text says 按职责分工负责 in both cases)";

/// The JSON export, field order as written.
#[derive(Serialize)]
pub struct Export {
    pub document: &'static str,
    pub names_as_of: u16,
    pub roles: &'static str,
    pub articles: Vec<ExportArticle>,
    pub units: Vec<ExportUnit>,
}

#[derive(Serialize)]
pub struct ExportArticle {
    pub no: u8,
    pub label: String,
    pub title: &'static str,
}

#[derive(Serialize)]
pub struct ExportUnit {
    pub id: &'static str,
    pub name: &'static str,
    pub full_name: &'static str,
    pub kind: &'static str,
    /// Article number → role key, only the articles the unit has a role in.
    pub roles: BTreeMap<u8, &'static str>,
    pub leads: usize,
    pub joint: usize,
    pub supports: usize,
}

/// Figures the charts' sentences state. Every "most" is a list, so ties are reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    pub units: usize,
    pub articles: usize,
    /// The units with a role in the most articles, and that number.
    pub most_involved: (Vec<&'static Unit>, usize),
    /// The articles naming the most units, and that number.
    pub most_units: (Vec<u8>, usize),
    /// The units leading the most articles, and that number.
    pub most_leads: (Vec<&'static Unit>, usize),
    /// Units with a role in exactly one article.
    pub in_one_article: usize,
}

/// The items whose score is the highest, in order, and that score.
fn top<T: Copy>(items: impl Iterator<Item = (T, usize)>) -> (Vec<T>, usize) {
    let items: Vec<(T, usize)> = items.collect();
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0);
    (items.into_iter().filter(|(_, n)| *n == max).map(|(t, _)| t).collect(), max)
}

impl Matrix {
    pub fn stats(&self) -> Stats {
        let totals = self.column_totals();
        Stats {
            units: self.rows.len(),
            articles: self.columns.len(),
            most_involved: top(self.rows.iter().map(|r| (r.unit, r.total()))),
            most_units: top(self.columns.iter().copied().zip(totals)),
            most_leads: top(self.rows.iter().map(|r| (r.unit, r.leads))),
            in_one_article: self.rows.iter().filter(|r| r.total() == 1).count(),
        }
    }

    /// The matrix for spreadsheets: UTF-8 with a BOM (without it Excel reads Chinese as a legacy
    /// code page), CRLF line ends and RFC 4180 quoting. One row per unit, in registry order.
    pub fn to_csv(&self) -> String {
        let full_name = format!("{}({NAMES_AS_OF}年)", CSV_HEAD[1]);
        let header = [CSV_HEAD[0].to_string(), full_name, CSV_HEAD[2].to_string()]
            .into_iter()
            .chain(self.column_titles().into_iter().map(|(label, title)| label + title))
            .chain(CSV_TAIL.map(String::from));
        let mut out = String::from('\u{feff}');
        push_csv_record(&mut out, header);
        for row in &self.rows {
            let fields = [row.unit.name, row.unit.full_name, row.unit.kind.key()]
                .into_iter()
                .map(String::from)
                .chain(row.cells.iter().map(|c| c.map_or("", csv_role).to_string()))
                .chain([row.leads, row.joint, row.supports, row.total()].map(|n| n.to_string()));
            push_csv_record(&mut out, fields);
        }
        out
    }

    /// The JSON export's data.
    pub fn export(&self) -> Export {
        let articles =
            self.columns.iter().zip(self.column_titles()).map(|(&no, (label, title))| ExportArticle { no, label, title }).collect();
        let units = self
            .rows
            .iter()
            .map(|row| ExportUnit {
                id: row.unit.id.as_str(),
                name: row.unit.name,
                full_name: row.unit.full_name,
                kind: row.unit.kind.key(),
                roles: self.columns.iter().zip(&row.cells).filter_map(|(no, cell)| Some((*no, (*cell)?.key()))).collect(),
                leads: row.leads,
                joint: row.joint,
                supports: row.supports,
            })
            .collect();
        Export { document: self.policy.doc.number, names_as_of: NAMES_AS_OF, roles: ROLE_NOTE, articles, units }
    }

    /// The matrix for programs: pretty-printed JSON, keys in a fixed order so exports diff
    /// cleanly.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(&self.export()).unwrap_or_else(|e| unreachable!("plain data serialises: {e}"));
        json.push('\n');
        json
    }
}

/// `s` as one CSV field: quoted when it holds a comma, quote, CR or LF, inner quotes doubled
/// (RFC 4180); as is otherwise, so the common case stays readable.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn push_csv_record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let fields: Vec<String> = fields.into_iter().map(|f| csv_field(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// The matrix of the policy, built once.
pub fn matrix() -> &'static Matrix {
    static MATRIX: std::sync::LazyLock<Matrix> = std::sync::LazyLock::new(|| super::policy().matrix());
    &MATRIX
}
