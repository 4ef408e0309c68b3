//! What the policy says for one place. Every clause that names a place has a plain reading
//! (`readings.tsv`): the project's one-line wording, with the verbatim clause it reads. A county's
//! items are the readings of places in it; a city's are those of places in it and of clauses that
//! name the city itself. One item is one reading: the page, its summary and the chart count the same.

use std::collections::BTreeSet;

use super::table::Table;
use super::{Code, Place, Policy};

/// The plain reading of one clause, for one place it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub article: u8,
    /// A gazetteer name, or a city's short name (`长治`).
    pub place: &'static str,
    /// The verbatim span of the article's prose that this reads.
    pub clause: &'static str,
    /// The sentence (to its `。`) that holds the clause, verbatim.
    pub sentence: &'static str,
    /// A key phrase of the clause, verbatim.
    pub key: &'static str,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    pub plain_zh: &'static str,
    pub plain_en: &'static str,
    /// Where the item lies: the place's counties (none for a city's own clause) and cities.
    pub counties: Vec<Code>,
    pub cities: Vec<Code>,
}

/// Parses `readings.tsv` against the parsed text, the gazetteer and the cities, and checks that
/// every clause naming a place is read.
pub fn parse_readings(tsv: &'static str, policy: &Policy) -> Result<Vec<Reading>, String> {
    let readings = read_readings(tsv, policy)?;
    check_coverage(&readings, policy)?;
    Ok(readings)
}

/// `parse_readings` without the check that every clause naming a place is read (`Policy::check`).
pub(super) fn read_readings(tsv: &'static str, policy: &Policy) -> Result<Vec<Reading>, String> {
    let columns = ["article", "place", "clause", "key", "label_zh", "label_en", "plain_zh", "plain_en"];
    let table = Table::parse("readings.tsv", tsv, '\t', &columns)?;
    let mut out: Vec<Reading> = Vec::new();
    for r in table.records() {
        if let Some(empty) = columns.iter().find(|c| r.get(c).trim().is_empty()) {
            return Err(r.error(format!("empty {empty}")));
        }
        let article: u8 = r.parse("article")?;
        let a = policy.article(article).ok_or_else(|| r.error("no such article"))?;
        let (place, clause, key) = (r.get("place"), r.get("clause"), r.get("key"));
        let sentence = a
            .sentences()
            .into_iter()
            .find(|s| s.contains(clause))
            .ok_or_else(|| r.error("the clause is not inside one sentence of the prose"))?;
        if !clause.contains(place) || !clause.contains(key) {
            return Err(r.error("the clause must contain its place and its key phrase"));
        }
        let (counties, cities) = if let Some(p) = policy.places.iter().find(|p| p.name == place) {
            if !p.articles.contains(&article) || (p.counties.is_empty() && p.cities.is_empty()) {
                return Err(r.error(format!("{place} is not a placed place of article {article}")));
            }
            (p.counties.clone(), p.cities.clone())
        } else if let Some(city) = policy.cities.iter().find(|c| c.short_name() == place) {
            (Vec::new(), vec![city.code])
        } else {
            return Err(r.error(format!("{place} is neither in places.tsv nor a city")));
        };
        if out.iter().any(|o| o.article == article && o.place == place && o.clause == clause) {
            return Err(r.error("duplicate row"));
        }
        out.push(Reading {
            article,
            place,
            clause,
            sentence,
            key,
            label_zh: r.get("label_zh"),
            label_en: r.get("label_en"),
            plain_zh: r.get("plain_zh"),
            plain_en: r.get("plain_en"),
            counties,
            cities,
        });
    }
    Ok(out)
}

/// Every placed gazetteer place is read in each article that names it, and every mention of a
/// city by its short name (outside a longer place name) lies in a clause read for that city.
pub(super) fn check_coverage(readings: &[Reading], policy: &Policy) -> Result<(), String> {
    for place in policy.places.iter().filter(|p| !p.counties.is_empty() || !p.cities.is_empty()) {
        if let Some(no) = place.articles.iter().find(|no| !readings.iter().any(|r| r.place == place.name && r.article == **no)) {
            return Err(format!("readings.tsv: {} in article {no} has no plain reading", place.name));
        }
    }
    for a in policy.articles() {
        for prose in a.prose() {
            for city in &policy.cities {
                let name = city.short_name();
                for (at, _) in prose.match_indices(name) {
                    let in_longer_name = policy
                        .places
                        .iter()
                        .filter(|p| p.name != name && p.name.contains(name))
                        .any(|p| prose.match_indices(p.name).any(|(s, m)| s <= at && at + name.len() <= s + m.len()));
                    let read = readings
                        .iter()
                        .filter(|r| r.article == a.no && r.cities.contains(&city.code))
                        .any(|r| prose.match_indices(r.clause).any(|(s, m)| s <= at && at + name.len() <= s + m.len()));
                    if !in_longer_name && !read {
                        return Err(format!("readings.tsv: {name} in article {} (byte {at}) has no plain reading", a.no));
                    }
                }
            }
        }
    }
    Ok(())
}

/// How much of the policy names a county and its city, in items (readings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items naming the county (a place in it).
    pub county: usize,
    /// Items naming its city (the city itself or a place in it) and not the county.
    pub city: usize,
}

impl Policy {
    /// Gazetteer places named in an article.
    pub fn places_in(&self, article: u8) -> Vec<&Place> {
        self.places.iter().filter(|p| p.articles.contains(&article)).collect()
    }

    /// Items naming a place inside `county`, in text order.
    pub fn county_items(&self, county: Code) -> Vec<&Reading> {
        self.readings().iter().filter(|r| r.counties.contains(&county)).collect()
    }

    /// Items naming `city` (itself or a place in it), leaving out those of `except` (a county).
    pub fn city_items(&self, city: Code, except: Option<Code>) -> Vec<&Reading> {
        self.readings().iter().filter(|r| r.cities.contains(&city) && !except.is_some_and(|c| r.counties.contains(&c))).collect()
    }

    /// Articles whose responsibility clause names the city's government (`长治市人民政府`).
    pub fn city_government_articles(&self, city: Code) -> Vec<u8> {
        let Some(c) = self.city(city) else { return Vec::new() };
        let government = c.name.to_string() + "人民政府";
        self.articles()
            .iter()
            .filter(|a| a.responsibility.as_ref().is_some_and(|r| r.assignments.iter().any(|x| x.unit == government)))
            .map(|a| a.no)
            .collect()
    }

    /// How many items name `county`, and how many more name its city.
    pub fn counts(&self, county: Code) -> Counts {
        Counts { county: self.county_items(county).len(), city: self.city_items(county.city(), Some(county)).len() }
    }

    /// Counties an article names (through places), in annex order.
    pub fn counties_named_in(&self, article: u8) -> Vec<Code> {
        let named: BTreeSet<Code> = self.places_in(article).iter().flat_map(|p| p.counties.iter().copied()).collect();
        self.counties.iter().map(|c| c.code).filter(|c| named.contains(c)).collect()
    }

    /// Cities an article names (short name in the prose, a place in them, or their government in
    /// the clause), in annex order.
    pub fn cities_named_in(&self, article: u8) -> Vec<Code> {
        let Some(a) = self.article(article) else { return Vec::new() };
        self.cities
            .iter()
            .filter(|c| {
                a.prose().iter().any(|p| p.contains(c.short_name()))
                    || self.places_in(article).iter().any(|p| p.cities.contains(&c.code))
                    || a.responsibility.as_ref().is_some_and(|r| r.clause.contains(c.name))
            })
            .map(|c| c.code)
            .collect()
    }
}
