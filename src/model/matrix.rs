//! The department-responsibility matrix: units × articles, each cell the role a clause gives.
//!
//! Built from the parsed clauses only, so the table, its filters and both exports (CSV for
//! spreadsheets, JSON for programs) always show the same facts as the text. The writers are
//! hand-rolled because the crate carries no serialisation dependency beyond serde's derive.

use std::cmp::Reverse;
use std::fmt;

use super::{Policy, Role, Unit, UnitKind};

/// The year the registry's full names are valid for: the year of issue. Later reorganisations
/// (e.g. of the financial regulators) are deliberately not applied, so exports say so.
pub const NAMES_AS_OF: u16 = 2021;

/// Every role, in the order a clause lists them and the matrix counts them.
pub const ROLES: [Role; 3] = [Role::Lead, Role::Joint, Role::Support];

/// The role's key in JSON and URLs: `lead` | `joint` | `support`.
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Lead => "lead",
        Role::Joint => "joint",
        Role::Support => "support",
    }
}

/// The role in the text's own words, for the CSV. A joint role is written 按职责分工负责 in the
/// clause too; 共同负责 keeps it apart from supporting in a spreadsheet.
pub fn role_zh(role: Role) -> &'static str {
    match role {
        Role::Lead => "牵头",
        Role::Joint => "共同负责",
        Role::Support => "按职责分工负责",
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
        let articles: Vec<_> = self
            .articles()
            .iter()
            .filter(|a| a.responsibility.as_ref().is_some_and(|r| !r.assignments.is_empty()))
            .collect();
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

/// A unit's line as read back from the CSV: its name and one cell per article column.
pub type CsvRow = (String, Vec<Option<Role>>);

/// A unit as read back from the JSON: its id and (article, role) pairs in column order.
pub type UnitRoles = (String, Vec<(u8, Role)>);

const CSV_HEAD: [&str; 3] = ["单位", "全称", "类别"];
const CSV_TAIL: [&str; 4] = ["牵头", "共同负责", "按职责分工负责", "合计"];

impl Matrix {
    /// The index of `article` in [`Matrix::columns`].
    pub fn column(&self, article: u8) -> Option<usize> {
        self.columns.iter().position(|&no| no == article)
    }

    pub fn row(&self, unit_id: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.unit.id == unit_id)
    }

    pub fn cell(&self, unit_id: &str, article: u8) -> Option<Role> {
        self.row(unit_id)?.cells[self.column(article)?]
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
        let mut units: Vec<(&'static Unit, Role)> = r
            .assignments
            .iter()
            .filter_map(|a| Some((self.rows.iter().find(|row| row.unit.name == a.unit)?.unit, a.role)))
            .collect();
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
                .chain(row.cells.iter().map(|c| c.map_or("", role_zh).to_string()))
                .chain([row.leads, row.joint, row.supports, row.total()].map(|n| n.to_string()));
            push_csv_record(&mut out, fields);
        }
        out
    }

    /// Reads what [`Matrix::to_csv`] wrote (BOM optional) back into (unit name, cells) rows, for
    /// re-importing an edited sheet. Checks the fixed columns, the role texts and the counts, so
    /// a sheet that no longer adds up is refused rather than half-read.
    pub fn parse_csv(csv: &str) -> Result<Vec<CsvRow>, String> {
        let mut records = csv_records(csv.strip_prefix('\u{feff}').unwrap_or(csv))?.into_iter();
        let header = records.next().ok_or("empty CSV")?;
        let width = header.len();
        let head_ok = width >= CSV_HEAD.len() + CSV_TAIL.len()
            && header[0] == CSV_HEAD[0]
            && header[1].starts_with(CSV_HEAD[1])
            && header[2] == CSV_HEAD[2]
            && header[width - CSV_TAIL.len()..] == CSV_TAIL;
        if !head_ok {
            return Err(format!("unexpected header {header:?}"));
        }
        let articles = CSV_HEAD.len()..width - CSV_TAIL.len();
        records
            .enumerate()
            .map(|(i, record)| {
                let line = i + 2;
                if record.len() != width {
                    return Err(format!("row {line}: {} fields, the header has {width}", record.len()));
                }
                if record[0].is_empty() {
                    return Err(format!("row {line}: no unit name"));
                }
                let cells = record[articles.clone()]
                    .iter()
                    .map(|text| match text.as_str() {
                        "" => Ok(None),
                        text => ROLES
                            .into_iter()
                            .find(|r| role_zh(*r) == text)
                            .map(Some)
                            .ok_or_else(|| format!("row {line}: unknown role {text:?}")),
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let counted = ROLES.map(|role| cells.iter().filter(|c| **c == Some(role)).count());
                let expected = [counted[0], counted[1], counted[2], counted.iter().sum()];
                for (field, n) in record[articles.end..].iter().zip(expected) {
                    if field.parse::<usize>().ok() != Some(n) {
                        return Err(format!("row {line}: count {field:?} does not match the cells ({n})"));
                    }
                }
                Ok((record[0].clone(), cells))
            })
            .collect()
    }

    /// The matrix for programs, pretty-printed with 2-space indentation and keys in a fixed
    /// order, so exports diff cleanly. `roles` lists only the articles a unit has a role in.
    pub fn to_json(&self) -> String {
        let text = |s: &str| Json::String(s.to_string());
        let num = |n: usize| Json::Number(n as f64);
        let articles = self
            .columns
            .iter()
            .zip(self.column_titles())
            .map(|(&no, (label, title))| {
                Json::Object(vec![
                    ("no".into(), num(no.into())),
                    ("label".into(), Json::String(label)),
                    ("title".into(), text(title)),
                ])
            })
            .collect();
        let units = self
            .rows
            .iter()
            .map(|row| {
                let roles = self
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .filter_map(|(no, cell)| Some((no.to_string(), text(role_key((*cell)?)))))
                    .collect();
                Json::Object(vec![
                    ("id".into(), text(row.unit.id)),
                    ("name".into(), text(row.unit.name)),
                    ("full_name".into(), text(row.unit.full_name)),
                    ("kind".into(), text(row.unit.kind.key())),
                    ("roles".into(), Json::Object(roles)),
                    ("leads".into(), num(row.leads)),
                    ("joint".into(), num(row.joint)),
                    ("supports".into(), num(row.supports)),
                ])
            })
            .collect();
        let root = Json::Object(vec![
            ("document".into(), text(self.policy.doc.number)),
            ("names_as_of".into(), num(NAMES_AS_OF.into())),
            ("articles".into(), Json::Array(articles)),
            ("units".into(), Json::Array(units)),
        ]);
        let mut out = String::new();
        root.write(&mut out, 0);
        out.push('\n');
        out
    }

    /// Reads what [`Matrix::to_json`] wrote back into (unit id, roles by article) pairs. Checks
    /// that every role names a listed article and that the counts agree with the roles.
    pub fn parse_json_roles(json: &str) -> Result<Vec<UnitRoles>, String> {
        let root = Json::parse(json)?;
        let articles: Vec<u8> = root
            .get("articles")?
            .array()?
            .iter()
            .map(|a| a.get("no")?.number().and_then(|n| to_int(n, "article number")))
            .collect::<Result<_, _>>()?;
        root.get("units")?
            .array()?
            .iter()
            .map(|unit| {
                let id = unit.get("id")?.string()?.to_string();
                let roles = unit
                    .get("roles")?
                    .object()?
                    .iter()
                    .map(|(no, role)| {
                        let no: u8 = no
                            .parse()
                            .ok()
                            .filter(|n| articles.contains(n))
                            .ok_or_else(|| format!("{id}: unknown article {no:?}"))?;
                        let role = role.string()?;
                        let role = ROLES
                            .into_iter()
                            .find(|r| role_key(*r) == role)
                            .ok_or_else(|| format!("{id}: unknown role {role:?}"))?;
                        Ok((no, role))
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                for (key, role) in [("leads", Role::Lead), ("joint", Role::Joint), ("supports", Role::Support)] {
                    let n: usize = to_int(unit.get(key)?.number()?, key)?;
                    if n != roles.iter().filter(|(_, r)| *r == role).count() {
                        return Err(format!("{id}: {key} is {n}, the roles say otherwise"));
                    }
                }
                Ok((id, roles))
            })
            .collect()
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

/// Splits RFC 4180 text into records of fields. Accepts LF as well as CRLF line ends (editors
/// convert them); a trailing line end does not start an empty record.
pub fn csv_records(csv: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = csv.chars().peekable();
    while chars.peek().is_some() || !record.is_empty() {
        let line = records.len() + 1;
        let mut field = String::new();
        if chars.next_if_eq(&'"').is_some() {
            loop {
                match chars.next() {
                    None => return Err(format!("record {line}: unterminated quoted field")),
                    Some('"') if chars.next_if_eq(&'"').is_some() => field.push('"'),
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !matches!(c, ',' | '\r' | '\n')) {
                if c == '"' {
                    return Err(format!("record {line}: quote inside an unquoted field"));
                }
                field.push(c);
            }
        }
        record.push(field);
        match chars.next() {
            Some(',') => {}
            Some('\n') | None => records.push(std::mem::take(&mut record)),
            Some('\r') if chars.next_if_eq(&'\n').is_some() => records.push(std::mem::take(&mut record)),
            Some(c) => return Err(format!("record {line}: unexpected {c:?} after a field")),
        }
    }
    Ok(records)
}

/// `s` as a JSON string literal, quotes included: `"` and `\` escaped, control characters as
/// `\n`, `\r`, `\t` or `\uXXXX`, everything else (Chinese included) kept as UTF-8.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn to_int<T: TryFrom<u64>>(n: f64, what: &str) -> Result<T, String> {
    let whole = (n >= 0.0 && n.fract() == 0.0 && n <= u64::MAX as f64).then_some(n as u64);
    whole.and_then(|n| T::try_from(n).ok()).ok_or_else(|| format!("{what}: {n} is not a whole number in range"))
}

/// A JSON value: enough to write the export and read it back. Objects keep their key order.
#[derive(Clone, Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deeper nesting is refused rather than risking the stack on hostile input.
const MAX_DEPTH: usize = 64;

impl Json {
    fn write(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) if n.is_finite() => out.push_str(&n.to_string()),
            Json::Number(_) => out.push_str("null"),
            Json::String(s) => out.push_str(&json_string(s)),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(items) if items.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    pad(out, indent + 2);
                    item.write(out, indent + 2);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push(']');
            }
            Json::Object(items) => {
                out.push_str("{\n");
                for (i, (key, value)) in items.iter().enumerate() {
                    pad(out, indent + 2);
                    out.push_str(&json_string(key));
                    out.push_str(": ");
                    value.write(out, indent + 2);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push('}');
            }
        }
    }

    fn parse(s: &str) -> Result<Json, String> {
        let mut reader = JsonReader { s, at: 0 };
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.at != s.len() {
            return Err(reader.error("text after the value"));
        }
        Ok(value)
    }

    fn get(&self, key: &str) -> Result<&Json, String> {
        self.object()?.iter().find(|(k, _)| k == key).map(|(_, v)| v).ok_or_else(|| format!("no {key:?}"))
    }

    fn object(&self) -> Result<&[(String, Json)], String> {
        if let Json::Object(items) = self { Ok(items) } else { Err(format!("expected an object, found {self:?}")) }
    }

    fn array(&self) -> Result<&[Json], String> {
        if let Json::Array(items) = self { Ok(items) } else { Err(format!("expected an array, found {self:?}")) }
    }

    fn string(&self) -> Result<&str, String> {
        if let Json::String(s) = self { Ok(s) } else { Err(format!("expected a string, found {self:?}")) }
    }

    fn number(&self) -> Result<f64, String> {
        if let Json::Number(n) = self { Ok(*n) } else { Err(format!("expected a number, found {self:?}")) }
    }
}

/// A recursive-descent reader of RFC 8259 JSON.
struct JsonReader<'a> {
    s: &'a str,
    /// Byte offset.
    at: usize,
}

impl JsonReader<'_> {
    fn error(&self, message: &str) -> String {
        format!("JSON at byte {}: {message}", self.at)
    }

    fn rest(&self) -> &str {
        &self.s[self.at..]
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    /// Skips space, then consumes `token` if it comes next.
    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        for (word, value) in [("null", Json::Null), ("true", Json::Bool(true)), ("false", Json::Bool(false))] {
            if self.eat(word) {
                return Ok(value);
            }
        }
        match self.rest().chars().next() {
            Some('"') => self.string().map(Json::String),
            Some('[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat("]") {
                            break;
                        }
                        if !self.eat(",") {
                            return Err(self.error("expected , or ]"));
                        }
                    }
                }
                Ok(Json::Array(items))
            }
            Some('{') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat("}") {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        if !self.eat(":") {
                            return Err(self.error("expected :"));
                        }
                        items.push((key, self.value(depth + 1)?));
                        if self.eat("}") {
                            break;
                        }
                        if !self.eat(",") {
                            return Err(self.error("expected , or }"));
                        }
                    }
                }
                Ok(Json::Object(items))
            }
            Some('-' | '0'..='9') => self.number(),
            _ => Err(self.error("expected a value")),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let rest = r.rest();
            let n = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            r.at += n;
            n
        };
        self.eat("-");
        let int_start = self.at;
        let int = digits(self);
        let fraction_ok = !self.rest().starts_with('.') || {
            self.at += 1;
            digits(self) > 0
        };
        let exponent_ok = !self.rest().starts_with(['e', 'E']) || {
            self.at += 1;
            if self.rest().starts_with(['+', '-']) {
                self.at += 1;
            }
            digits(self) > 0
        };
        let leading_zero = int > 1 && self.s[int_start..].starts_with('0');
        if int == 0 || leading_zero || !fraction_ok || !exponent_ok {
            return Err(self.error("malformed number"));
        }
        self.s[start..self.at].parse().map(Json::Number).map_err(|_| self.error("malformed number"))
    }

    /// A string literal starting at the current byte.
    fn string(&mut self) -> Result<String, String> {
        if !self.rest().starts_with('"') {
            return Err(self.error("expected a string"));
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let c = self.rest().chars().next().ok_or_else(|| self.error("unterminated string"))?;
            self.at += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let e = self.rest().chars().next().ok_or_else(|| self.error("unterminated escape"))?;
                    self.at += e.len_utf8();
                    out.push(match e {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => self.unicode_escape()?,
                        _ => return Err(self.error("unknown escape")),
                    });
                }
                c if c < ' ' => return Err(self.error("control character in a string")),
                c => out.push(c),
            }
        }
    }

    /// The character of `\uXXXX` (the `\u` consumed), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.rest().starts_with("\\u") {
                return Err(self.error("lone surrogate"));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("lone surrogate"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self.rest().get(..4).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        let code = hex.and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or_else(|| self.error("bad \\u escape"))?;
        self.at += 4;
        Ok(code)
    }
}

/// The matrix of the policy, built once.
pub fn matrix() -> &'static Matrix {
    static MATRIX: std::sync::LazyLock<Matrix> = std::sync::LazyLock::new(|| super::policy().matrix());
    &MATRIX
}
