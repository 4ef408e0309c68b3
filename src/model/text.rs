//! The parser of the verbatim policy text.
//!
//! Every field is a slice of the source, so the model can give back exactly what the text says
//! (`Document::lines` reassembles the body line for line; a test checks it against the file).

use std::fmt;
use std::ops::RangeInclusive;

/// Lines of the web page the text was copied from that are not part of the document.
const PAGE_CHROME: [&str; 2] = ["老区政策", "Fullscreen Image"];
const PAGE_CHROME_PREFIX: &str = "红色山西网";

/// A calendar date as the policy writes it (`2021年11月8日`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// Parses `2021年11月8日`.
    pub fn parse_chinese(s: &str) -> Option<Date> {
        let (y, rest) = s.split_once('年')?;
        let (m, rest) = rest.split_once('月')?;
        let d = rest.strip_suffix('日')?;
        let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for distances on the timeline.
    pub fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// `2021年11月8日`, as the text writes dates.
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }
}

/// ISO 8601: `2021-11-08`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The digits one to nine (the empty string for zero, which a numeral leaves unwritten).
const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// Chinese numerals 1..=99 as the policy numbers its parts and articles (一, 十一, 二十二).
pub fn chinese_numeral(n: u8) -> String {
    match n {
        0 => "〇".into(),
        1..=9 => DIGITS[n as usize].into(),
        10..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        _ => format!("{}十{}", DIGITS[(n / 10) as usize % 10], DIGITS[(n % 10) as usize]),
    }
}

/// `(三)`: an article's number as the text writes it.
pub fn article_label(no: u8) -> String {
    format!("({})", chinese_numeral(no))
}

/// The number a numeral of `chinese_numeral`'s form (1 to 99) stands for. Read directly: the
/// parser tries every line that has a `、`, so formatting 99 candidates each time was most of the
/// text's parsing.
pub fn parse_chinese_numeral(s: &str) -> Option<u8> {
    let digit = |c: char| (1..=9u8).find(|&d| DIGITS[d as usize].starts_with(c));
    let mut chars = s.chars();
    match (chars.next()?, chars.next(), chars.next(), chars.next()) {
        ('十', None, ..) => Some(10),
        ('十', Some(ones), None, _) => Some(10 + digit(ones)?),
        (tens, Some('十'), ones, None) => {
            let tens = digit(tens).filter(|&t| t >= 2)?;
            Some(tens * 10 + ones.map_or(Some(0), digit)?)
        }
        (ones, None, ..) => digit(ones),
        _ => None,
    }
}

/// A role in a responsibility clause. The text has two phrases: 牵头 and 按职责分工负责. The
/// second reads differently after a lead (supporting) and where no unit leads (`Joint`: the
/// site's reading of a clause that names no lead; the text still says 按职责分工负责).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// 牵头: leads the work.
    Lead,
    /// 按职责分工负责 in a clause with no lead unit.
    Joint,
    /// 按职责分工负责 after a lead: supports within its remit.
    Support,
}

impl Role {
    /// In the order a clause lists them and the matrix counts them.
    pub const ALL: [Role; 3] = [Role::Lead, Role::Joint, Role::Support];

    /// The role's one key: in JSON, in URLs and in CSS classes (`role-lead`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Joint => "joint",
            Role::Support => "support",
        }
    }

    /// The words of the clause that give the role, verbatim.
    pub const fn text_words(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Joint | Role::Support => "按职责分工负责",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment<'a> {
    /// The unit as the text writes it (`省发展改革委`).
    pub unit: &'a str,
    pub role: Role,
}

/// The closing parenthesis of an article: `(省发展改革委牵头,省通信管理局、…按职责分工负责)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Responsibility<'a> {
    /// The clause inside the parentheses, verbatim.
    pub clause: &'a str,
    /// In text order: leads first, then the others.
    pub assignments: Vec<Assignment<'a>>,
}

impl<'a> Responsibility<'a> {
    const LEAD: &'static str = Role::Lead.text_words();
    const BY_REMIT: &'static str = Role::Support.text_words();

    /// Parses the clause inside the parentheses.
    pub fn parse(clause: &'a str) -> Result<Self, String> {
        let rest = clause.strip_suffix(Self::BY_REMIT).ok_or_else(|| format!("clause does not end with {}: {clause}", Self::BY_REMIT))?;
        let mut assignments = Vec::new();
        let others = match rest.split_once(Self::LEAD) {
            Some((leads, others)) => {
                let others = others
                    .strip_prefix(',')
                    .or_else(|| others.strip_prefix(','))
                    .ok_or_else(|| format!("no comma after {}: {clause}", Self::LEAD))?;
                assignments.extend(split_units(leads)?.into_iter().map(|unit| Assignment { unit, role: Role::Lead }));
                others
            }
            None => rest,
        };
        let role = if assignments.is_empty() { Role::Joint } else { Role::Support };
        assignments.extend(split_units(others)?.into_iter().map(|unit| Assignment { unit, role }));
        Ok(Responsibility { clause, assignments })
    }

    pub fn units_with(&self, role: Role) -> impl Iterator<Item = &'a str> + '_ {
        self.assignments.iter().filter(move |a| a.role == role).map(|a| a.unit)
    }

    pub fn role_of(&self, unit: &str) -> Option<Role> {
        self.assignments.iter().find(|a| a.unit == unit).map(|a| a.role)
    }
}

/// Does `s` end like the name of an organisation? `和` joins two units only when both halves do:
/// `省发展改革委和相关市人民政府` splits, `省粮食和储备局` does not (`省粮食` is no unit).
fn looks_like_unit(s: &str) -> bool {
    const SUFFIXES: [&str; 8] = ["厅", "局", "委", "部", "政府", "公司", "支行", "部门"];
    s.chars().count() >= 3 && SUFFIXES.iter().any(|suffix| s.ends_with(suffix))
}

/// Splits `A、B、C和D` into units.
pub fn split_units(list: &str) -> Result<Vec<&str>, String> {
    let mut units = Vec::new();
    for piece in list.split('、') {
        let mut rest = piece;
        // Split at the first `和` whose both sides are units; repeat on the right-hand side.
        'outer: loop {
            for (i, _) in rest.match_indices('和') {
                let (left, right) = (&rest[..i], &rest[i + '和'.len_utf8()..]);
                if looks_like_unit(left) && looks_like_unit(right) {
                    units.push(left);
                    rest = right;
                    continue 'outer;
                }
            }
            break;
        }
        if !looks_like_unit(rest) {
            return Err(format!("not a unit name: {rest:?} in {list:?}"));
        }
        units.push(rest);
    }
    Ok(units)
}

#[derive(Clone, Debug)]
pub struct Part<'a> {
    /// 1..=7
    pub no: u8,
    /// `一、总体要求`
    pub heading: &'a str,
    /// `总体要求`
    pub title: &'a str,
    pub articles: RangeInclusive<u8>,
}

/// A checked article number (1..=22): only the parsed text makes them, so one always names an
/// article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleNo(u8);

impl ArticleNo {
    pub fn get(self) -> u8 {
        self.0
    }

    /// `(三)`
    pub fn label(self) -> String {
        article_label(self.0)
    }
}

#[derive(Clone, Debug)]
pub struct Article<'a> {
    /// 1..=22
    pub no: u8,
    /// The part (1..=7) it belongs to.
    pub part: u8,
    /// `(三)加强新型基础设施建设。`
    pub heading: &'a str,
    /// `加强新型基础设施建设`
    pub title: &'a str,
    /// Verbatim; the last one ends with the responsibility clause, if any.
    pub paragraphs: Vec<&'a str>,
    pub responsibility: Option<Responsibility<'a>>,
}

impl<'a> Article<'a> {
    pub fn id(&self) -> ArticleNo {
        ArticleNo(self.no)
    }

    /// `(三)`, as the text numbers articles.
    pub fn label(&self) -> String {
        article_label(self.no)
    }

    /// The paragraphs without the responsibility clause in its parentheses.
    pub fn prose(&self) -> Vec<&'a str> {
        let mut prose = self.paragraphs.clone();
        if let (Some(r), Some(last)) = (&self.responsibility, prose.last_mut()) {
            let cut = last.len() - r.clause.len() - "()".len();
            *last = &last[..cut];
        }
        prose
    }

    /// The prose split into sentences, each ending with its `。` (or `;`), verbatim.
    pub fn sentences(&self) -> Vec<&'a str> {
        self.prose().into_iter().flat_map(split_sentences).collect()
    }

    /// The whole article (heading and paragraphs) joined by newlines.
    pub fn text(&self) -> String {
        std::iter::once(self.heading).chain(self.paragraphs.iter().copied()).collect::<Vec<_>>().join("\n")
    }
}

/// Splits after every `。`, keeping it; the pieces concatenate back to `s`.
pub fn split_sentences(s: &str) -> Vec<&str> {
    s.split_inclusive('。').filter(|p| !p.is_empty()).collect()
}

/// One line of the annex: `长治市(12):潞州区、潞城区、…`.
#[derive(Clone, Debug)]
pub struct AnnexCity<'a> {
    pub line: &'a str,
    pub city: &'a str,
    /// The count in parentheses.
    pub declared: usize,
    pub counties: Vec<&'a str>,
}

#[derive(Clone, Debug)]
pub struct Document<'a> {
    /// `山西省人民政府 关于…实施意见 晋政发〔2021〕36号`
    pub header: &'a str,
    pub issuer: &'a str,
    pub title: &'a str,
    pub number: &'a str,
    /// `各市、县人民政府,省人民政府各委、办、厅、局:`
    pub addressee: &'a str,
    pub preamble: &'a str,
    pub parts: Vec<Part<'a>>,
    pub articles: Vec<Article<'a>>,
    /// `附件:山西太行革命老区35个县(市、区)名单`
    pub annex_note: &'a str,
    /// `山西省人民政府`, the signature.
    pub signatory: &'a str,
    pub issued_line: &'a str,
    pub issued: Date,
    /// `(此件公开发布)`
    pub publication_note: &'a str,
    /// `附件`
    pub annex_label: &'a str,
    pub annex_title: &'a str,
    pub annex: Vec<AnnexCity<'a>>,
    /// `山西省人民政府办公厅2021年11月9日印发`
    pub printing_line: &'a str,
    pub printer: &'a str,
    pub printed: Date,
    /// Lines of the web page around the document that the parser dropped.
    pub dropped: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Non-blank lines, trimmed of spaces (including the no-break spaces of the web copy), with their
/// 1-based line numbers.
struct Lines<'a> {
    lines: Vec<(usize, &'a str)>,
    at: usize,
}

impl<'a> Lines<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.lines.get(self.at).map(|l| l.1)
    }

    fn line_no(&self) -> usize {
        self.lines.get(self.at).or(self.lines.last()).map_or(0, |l| l.0)
    }

    fn error(&self, message: impl Into<String>) -> ParseError {
        ParseError { line: self.line_no(), message: message.into() }
    }

    fn next(&mut self, what: &str) -> Result<&'a str, ParseError> {
        let line = self.peek().ok_or_else(|| self.error(format!("text ends before {what}")))?;
        self.at += 1;
        Ok(line)
    }

    /// The next line, which must start with `prefix`; returns the rest.
    fn expect_prefix(&mut self, prefix: &str, what: &str) -> Result<(&'a str, &'a str), ParseError> {
        let line = self.next(what)?;
        match line.strip_prefix(prefix) {
            Some(rest) => Ok((line, rest)),
            None => {
                self.at -= 1;
                Err(self.error(format!("expected {what} starting with {prefix:?}, found {line:?}")))
            }
        }
    }
}

/// `一、总体要求` → (1, `总体要求`)
fn part_heading(line: &str) -> Option<(u8, &str)> {
    let (numeral, title) = line.split_once('、')?;
    Some((parse_chinese_numeral(numeral)?, title))
}

/// `(三)加强新型基础设施建设。` → (3, `加强新型基础设施建设`)
fn article_heading(line: &str) -> Option<(u8, &str)> {
    let rest = line.strip_prefix('(').or_else(|| line.strip_prefix('('))?;
    let (numeral, title) = rest.split_once(')').or_else(|| rest.split_once(')'))?;
    Some((parse_chinese_numeral(numeral)?, title.strip_suffix('。')?))
}

/// The closing parenthesis of an article's last paragraph, if it has one. The policy ends no
/// article with any other parenthesis, so whatever is there must parse as a clause.
fn trailing_clause(paragraph: &str) -> Option<&str> {
    let inner = paragraph.strip_suffix(')')?;
    Some(&inner[inner.rfind('(')? + 1..])
}

/// `长治市(12):潞州区、…` → city, declared count, counties.
fn annex_line(line: &str) -> Option<AnnexCity<'_>> {
    let (city, rest) = line.split_once('(')?;
    let (count, rest) = rest.split_once(')')?;
    let list = rest.strip_prefix(':').or_else(|| rest.strip_prefix(':'))?;
    Some(AnnexCity { line, city, declared: count.parse().ok()?, counties: list.split('、').collect() })
}

/// Parses the policy document from its web copy.
pub fn parse(source: &str) -> Result<Document<'_>, ParseError> {
    let mut dropped = Vec::new();
    let mut kept = Vec::new();
    for (i, raw) in source.lines().enumerate() {
        let line = raw.trim_matches(|c: char| c.is_whitespace());
        if line.is_empty() {
            continue;
        }
        if PAGE_CHROME.contains(&line) || line.starts_with(PAGE_CHROME_PREFIX) {
            dropped.push(line);
        } else {
            kept.push((i + 1, line));
        }
    }
    let mut lines = Lines { lines: kept, at: 0 };

    let header = lines.next("the title line")?;
    let mut fields = header.split(' ').filter(|s| !s.is_empty());
    let (issuer, title, number) = match (fields.next(), fields.next(), fields.next(), fields.next()) {
        (Some(a), Some(b), Some(c), None) if c.ends_with('号') => (a, b, c),
        _ => return Err(ParseError { line: 1, message: format!("title line is not `issuer title number`: {header:?}") }),
    };
    let addressee = lines.next("the addressee")?;
    if !addressee.ends_with(':') && !addressee.ends_with(':') {
        return Err(lines.error("the addressee line does not end with a colon"));
    }
    let preamble = lines.next("the preamble")?;

    let mut parts: Vec<Part> = Vec::new();
    let mut articles: Vec<Article> = Vec::new();
    while let Some(line) = lines.peek() {
        if line.starts_with("附件") {
            break;
        }
        if let Some((no, title)) = part_heading(line) {
            lines.at += 1;
            if no as usize != parts.len() + 1 {
                return Err(lines.error(format!("part {no} out of order")));
            }
            let first = articles.len() as u8 + 1;
            // Empty until its first article arrives.
            parts.push(Part { no, heading: line, title, articles: first..=first - 1 });
        } else if let Some((no, title)) = article_heading(line) {
            lines.at += 1;
            let part = parts.last_mut().ok_or_else(|| lines.error("article before the first part"))?;
            if no as usize != articles.len() + 1 {
                return Err(lines.error(format!("article {no} out of order")));
            }
            part.articles = *part.articles.start()..=no;
            let mut paragraphs = Vec::new();
            while let Some(p) = lines.peek() {
                if p.starts_with("附件") || part_heading(p).is_some() || article_heading(p).is_some() {
                    break;
                }
                paragraphs.push(p);
                lines.at += 1;
            }
            if paragraphs.is_empty() {
                return Err(lines.error(format!("article {no} has no text")));
            }
            let responsibility = match paragraphs.last().and_then(|p| trailing_clause(p)) {
                Some(clause) => Some(Responsibility::parse(clause).map_err(|m| lines.error(m))?),
                None => None,
            };
            articles.push(Article { no, part: part.no, heading: line, title, paragraphs, responsibility });
        } else {
            return Err(lines.error(format!("expected a part or an article heading, found {line:?}")));
        }
    }
    if let Some(part) = parts.iter().find(|p| p.articles.is_empty()) {
        return Err(ParseError { line: 0, message: format!("part {} has no articles", part.no) });
    }

    let (annex_note, _) = lines.expect_prefix("附件", "the annex note")?;
    let signatory = lines.next("the signature")?;
    let issued_line = lines.next("the date of issue")?;
    let issued = Date::parse_chinese(issued_line).ok_or_else(|| lines.error(format!("not a date: {issued_line:?}")))?;
    let publication_note = lines.next("the publication note")?;
    let (annex_label, _) = lines.expect_prefix("附件", "the annex")?;
    let annex_title = lines.next("the annex title")?;
    let mut annex = Vec::new();
    while let Some(city) = lines.peek().and_then(annex_line) {
        annex.push(city);
        lines.at += 1;
    }
    let printing_line = lines.next("the printing line")?;
    let printing = printing_line.strip_suffix("印发").ok_or_else(|| lines.error("the printing line does not end with 印发"))?;
    let year_at = printing.find(|c: char| c.is_ascii_digit()).ok_or_else(|| lines.error("no date in the printing line"))?;
    let (printer, printed) = printing.split_at(year_at);
    let printed = Date::parse_chinese(printed).ok_or_else(|| lines.error(format!("not a date: {printed:?}")))?;
    if let Some(extra) = lines.peek() {
        return Err(lines.error(format!("unexpected text after the printing line: {extra:?}")));
    }

    Ok(Document {
        header,
        issuer,
        title,
        number,
        addressee,
        preamble,
        parts,
        articles,
        annex_note,
        signatory,
        issued_line,
        issued,
        publication_note,
        annex_label,
        annex_title,
        annex,
        printing_line,
        printer,
        printed,
        dropped,
    })
}

impl<'a> Document<'a> {
    /// The document reassembled from the model, one entry per source line (trimmed, blank lines
    /// and page chrome left out). Equal to the source's lines: nothing is lost or invented.
    pub fn lines(&self) -> Vec<&'a str> {
        let mut out = vec![self.header, self.addressee, self.preamble];
        for part in &self.parts {
            out.push(part.heading);
            for article in self.articles.iter().filter(|a| a.part == part.no) {
                out.push(article.heading);
                out.extend(&article.paragraphs);
            }
        }
        out.extend([self.annex_note, self.signatory, self.issued_line, self.publication_note]);
        out.extend([self.annex_label, self.annex_title]);
        out.extend(self.annex.iter().map(|c| c.line));
        out.push(self.printing_line);
        out
    }

    pub fn article(&self, no: u8) -> Option<&Article<'a>> {
        self.articles.get((no as usize).checked_sub(1)?)
    }

    pub fn part(&self, no: u8) -> Option<&Part<'a>> {
        self.parts.get((no as usize).checked_sub(1)?)
    }

    /// The national policy this one implements: (`《…》`, `国发〔2021〕3号`), from the preamble.
    pub fn national_basis(&self) -> Option<(&'a str, &'a str)> {
        let start = self.preamble.find('《')?;
        let end = self.preamble[start..].find('》')? + start + '》'.len_utf8();
        let after = &self.preamble[end..];
        let number = after.strip_prefix('(').or_else(|| after.strip_prefix('('))?;
        let number_end = number.find(')').or_else(|| number.find(')'))?;
        Some((&self.preamble[start..end], &number[..number_end]))
    }
}
