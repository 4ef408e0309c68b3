//! Full-text search over the articles: plain substring matching (the text is short, and Chinese
//! has no spaces to tokenise on), every term must match, hits marked by byte ranges.

use std::borrow::Cow;
use std::ops::Range;

use super::{Article, Policy};

/// At most this many terms are used; the rest of a query is ignored.
const MAX_TERMS: usize = 5;
/// At most this many snippets per article.
const MAX_SNIPPETS: usize = 3;

/// A piece of verbatim text with the byte ranges to highlight (sorted, disjoint, on char
/// boundaries).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub text: &'static str,
    pub marks: Vec<Range<usize>>,
}

impl Marked {
    /// The text cut at the marks: `(segment, is_marked)` in order; the segments concatenate to
    /// the text.
    pub fn segments(&self) -> Vec<(&'static str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for m in &self.marks {
            if m.start > at {
                out.push((&self.text[at..m.start], false));
            }
            out.push((&self.text[m.clone()], true));
            at = m.end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// Why an article matched, besides its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A responsible unit matched (its name as the text writes it).
    Unit(&'static str),
    /// The project's English reading of the article matched (its title, summary or a plain
    /// reading of one of its clauses), marked.
    English(Marked),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub article: u8,
    /// The title, with any marks.
    pub title: Marked,
    /// Sentences of the prose that contain a term, marked (at most `MAX_SNIPPETS`).
    pub snippets: Vec<Marked>,
    /// How many times the terms occur in the article's title and prose.
    pub count: usize,
    pub reasons: Vec<Reason>,
}

/// Splits a query into terms: whitespace-separated, full-width ASCII folded to half-width
/// (the text writes `(` and `,`), ASCII lower-cased, empty and duplicate terms dropped.
pub fn terms(query: &str) -> Vec<String> {
    let folded: String = query
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c).to_ascii_lowercase(),
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let mut terms: Vec<String> = Vec::new();
    for term in folded.split_whitespace() {
        if !terms.iter().any(|t| t == term) && terms.len() < MAX_TERMS {
            terms.push(term.to_string());
        }
    }
    terms
}

/// Marks every occurrence of every term in `text` (ASCII case-insensitive: text and terms are
/// both lower-cased, which keeps byte offsets).
pub fn mark<T: AsRef<str>>(text: &'static str, terms: &[T]) -> Marked {
    let terms: Vec<String> = terms.iter().map(|t| t.as_ref().to_ascii_lowercase()).filter(|t| !t.is_empty()).collect();
    // Only a term with Latin letters needs the text lower-cased (most queries are Chinese).
    let haystack: Cow<str> = if terms.iter().any(|t| has_letters(t)) { text.to_ascii_lowercase().into() } else { text.into() };
    let mut ranges: Vec<Range<usize>> =
        terms.iter().flat_map(|t| haystack.match_indices(t.as_str()).map(|(i, m)| i..i + m.len()).collect::<Vec<_>>()).collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut marks: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match marks.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => marks.push(r),
        }
    }
    Marked { text, marks }
}

fn has_letters(term: &str) -> bool {
    term.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether `text` contains the (lower-case) `term`, ASCII case-insensitively, without copying the
/// text: a search runs on every keystroke, over every article.
fn contains(text: &str, term: &str) -> bool {
    if has_letters(term) {
        // Bytes compared one by one: a valid UTF-8 term can only match at character boundaries.
        let term = term.as_bytes();
        term.is_empty() || text.as_bytes().windows(term.len()).any(|w| w.eq_ignore_ascii_case(term))
    } else {
        text.contains(term)
    }
}

impl Policy {
    /// Articles matching every term of `query`, in text order. A term matches an article if it
    /// occurs in its heading or prose, or names one of its responsible units (as written, by
    /// full name or in English).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms = terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        self.articles().iter().filter_map(|a| self.hit(a, &terms)).collect()
    }

    /// The project's English words about an article: its title, its summary, and the plain
    /// readings of its clauses and of what it gives every county.
    fn english_of(&self, no: u8) -> Vec<&'static str> {
        let title = self.article_labels(no).map(|l| l.title_en);
        let summary = self.summary(no).map(|s| s.en);
        let readings = self.readings().iter().filter(|r| r.article == no).map(|r| r.plain_en);
        let themes = self.theme_items().iter().filter(|t| t.article == no).map(|t| t.plain_en);
        title.into_iter().chain(summary).chain(readings).chain(themes).collect()
    }

    fn hit(&self, article: &Article<'static>, terms: &[String]) -> Option<Hit> {
        let prose = article.prose();
        let english = self.english_of(article.no);
        let mut english_shown: Vec<&'static str> = Vec::new();
        let units: Vec<&'static str> = article.responsibility.iter().flat_map(|r| r.assignments.iter().map(|a| a.unit)).collect();
        let mut reasons = Vec::new();
        for term in terms {
            let in_text = contains(article.title, term) || prose.iter().any(|p| contains(p, term));
            let unit = units.iter().copied().find(|name| {
                self.unit_by_name(name).is_some_and(|u| contains(u.name, term) || contains(u.full_name, term) || contains(u.name_en, term))
            });
            let in_english = english.iter().copied().find(|e| contains(e, term));
            match (in_text, unit, in_english) {
                (true, _, _) => {}
                (false, Some(name), _) => {
                    if !reasons.contains(&Reason::Unit(name)) {
                        reasons.push(Reason::Unit(name));
                    }
                }
                (false, None, Some(text)) => {
                    if !english_shown.contains(&text) {
                        english_shown.push(text);
                    }
                }
                (false, None, None) => return None,
            }
        }
        // Of a long English text, the sentences that match.
        let english_hits: Vec<Marked> = english_shown
            .into_iter()
            .flat_map(|text| text.split_inclusive(". "))
            .map(|sentence| mark(sentence.trim_end(), terms))
            .filter(|m| !m.marks.is_empty())
            .take(MAX_SNIPPETS)
            .collect();
        let english_count: usize = english_hits.iter().map(|m| m.marks.len()).sum();
        reasons.extend(english_hits.into_iter().map(Reason::English));
        let title = mark(article.title, terms);
        let mut count = title.marks.len();
        let mut snippets = Vec::new();
        for sentence in article.sentences() {
            let marked = mark(sentence, terms);
            count += marked.marks.len();
            if !marked.marks.is_empty() && snippets.len() < MAX_SNIPPETS {
                snippets.push(marked);
            }
        }
        Some(Hit { article: article.no, title, snippets, count: count + english_count, reasons })
    }
}

/// A county search key: lower-case, tone marks removed, spaces and apostrophes dropped.
pub fn county_key(query: &str) -> String {
    super::places::strip_tones(query)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '-' | '·'))
        .map(|c| if c == 'ü' { 'v' } else { c.to_ascii_lowercase() })
        .collect()
}

/// Toneless pinyin without the trailing 县/区/市 syllable (`wuxiangxian` → `wuxiang`).
fn without_suffix(key: &str) -> &str {
    ["xian", "qu", "shi"].iter().find_map(|s| key.strip_suffix(s).filter(|rest| !rest.is_empty())).unwrap_or(key)
}

impl Policy {
    /// Counties matching a query in hanzi (`武乡`, `阳泉`), full pinyin (`wuxiang`, `Wǔxiāng`,
    /// `wu xiang`) or initials (`wx`); a city's name or pinyin matches all its counties. Best
    /// matches first: the county's own name, then pinyin, then initials, then its city.
    pub fn find_counties(&self, query: &str) -> Vec<super::Code> {
        let key = county_key(query);
        if key.is_empty() {
            return Vec::new();
        }
        let ascii = key.is_ascii();
        let mut ranked: Vec<(u8, usize, super::Code)> = Vec::new();
        for (i, county) in self.counties.iter().enumerate() {
            let city = self.city(county.city);
            let city_key = city.map(|c| county_key(c.pinyin)).unwrap_or_default();
            let rank = if ascii {
                if county.pinyin_search == key || without_suffix(county.pinyin_search) == key {
                    Some(0)
                } else if county.pinyin_search.starts_with(&key) {
                    Some(1)
                } else if county.pinyin_initials.starts_with(&key) {
                    Some(2)
                } else if city_key.starts_with(&key) || without_suffix(&city_key) == key {
                    Some(3)
                } else {
                    None
                }
            } else {
                let full = city.map_or(String::new(), |c| c.name.to_string()) + county.name;
                let short = city.map_or(String::new(), |c| c.short_name().to_string()) + county.name;
                if county.name == key || county.name.trim_end_matches(['县', '区', '市']) == key {
                    Some(0)
                } else if county.name.starts_with(&key) {
                    Some(1)
                } else if full.contains(&key) || short.contains(&key) {
                    Some(2)
                } else if city.is_some_and(|c| c.name.starts_with(&key)) {
                    Some(3)
                } else {
                    None
                }
            };
            if let Some(rank) = rank {
                ranked.push((rank, i, county.code));
            }
        }
        ranked.sort();
        ranked.into_iter().map(|(_, _, code)| code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copy-free `contains` agrees with lower-casing the text first, on every paragraph.
    #[test]
    fn contains_is_ascii_case_blind_without_copying() {
        let p = crate::model::policy();
        let texts: Vec<&str> = p.articles().iter().flat_map(|a| a.prose()).chain(p.units.iter().map(|u| u.name_en)).collect();
        for term in ["5g", "通用机场", "ai", "water resources", "(四)", "Ｇ", "", "é"] {
            for text in &texts {
                assert_eq!(contains(text, term), text.to_ascii_lowercase().contains(term), "{term:?} in {text:?}");
            }
        }
        assert!(contains("Provincial Department of Water Resources", "water resources"));
    }
}
