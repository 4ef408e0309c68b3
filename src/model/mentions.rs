//! What the policy says for one place: the sentences that name a county (through the places of
//! the gazetteer) or a city (by its short name, a place placed only in that city, or its
//! government in a responsibility clause).

use std::collections::BTreeSet;

use super::{Code, Place, Policy};

/// A verbatim piece of an article that concerns a place.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub article: u8,
    /// A sentence of the prose, or the responsibility clause (see `in_clause`).
    pub text: &'static str,
    pub in_clause: bool,
    /// The gazetteer places the text names that lie in the county or city.
    pub places: Vec<&'static Place>,
}

/// Measures grouped by article, in order: one heading per article, however many of its
/// sentences name the place.
pub fn by_article(measures: Vec<Measure>) -> Vec<(u8, Vec<Measure>)> {
    let mut groups: Vec<(u8, Vec<Measure>)> = Vec::new();
    for m in measures {
        match groups.last_mut() {
            Some((no, list)) if *no == m.article => list.push(m),
            _ => groups.push((m.article, vec![m])),
        }
    }
    groups
}

/// How much of the policy names a place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles that name the county itself (through a place in it).
    pub county_articles: usize,
    /// Articles that name its city (and not already the county).
    pub city_articles: usize,
    /// Sentences naming the county.
    pub county_measures: usize,
    /// Sentences or clauses naming the city but not the county.
    pub city_measures: usize,
}

impl Policy {
    /// Gazetteer places named in an article.
    pub fn places_in(&self, article: u8) -> Vec<&Place> {
        self.places.iter().filter(|p| p.articles.contains(&article)).collect()
    }

    /// Sentences that name a place inside `county`, in text order.
    pub fn county_measures(&'static self, county: Code) -> Vec<Measure> {
        self.measures(|p| p.counties.contains(&county), None)
    }

    /// Sentences that name `city` by its short name or through a place placed in it, and clauses
    /// that name its government; leaving out what `county_measures(except)` already shows.
    pub fn city_measures(&'static self, city: Code, except: Option<Code>) -> Vec<Measure> {
        let Some(c) = self.city(city) else { return Vec::new() };
        let mut measures = self.measures(|p| p.cities.contains(&city), Some(c.short_name()));
        if let Some(county) = except {
            let own: Vec<&str> = self.county_measures(county).iter().map(|m| m.text).collect();
            measures.retain(|m| !own.contains(&m.text));
        }
        let government = c.name.to_string() + "人民政府";
        for a in self.articles() {
            if let Some(r) = a.responsibility.as_ref().filter(|r| r.assignments.iter().any(|x| x.unit == government)) {
                measures.push(Measure { article: a.no, text: r.clause, in_clause: true, places: Vec::new() });
            }
        }
        measures.sort_by_key(|m| (m.article, m.in_clause));
        measures
    }

    fn measures(&'static self, placed: impl Fn(&Place) -> bool, short_name: Option<&str>) -> Vec<Measure> {
        let places: Vec<&'static Place> = self.places.iter().filter(|p| placed(p)).collect();
        let mut out = Vec::new();
        for a in self.articles() {
            for sentence in a.sentences() {
                let named: Vec<&'static Place> =
                    places.iter().copied().filter(|p| p.articles.contains(&a.no) && sentence.contains(p.name)).collect();
                if !named.is_empty() || short_name.is_some_and(|n| sentence.contains(n)) {
                    out.push(Measure { article: a.no, text: sentence, in_clause: false, places: named });
                }
            }
        }
        out
    }

    /// How much of the policy names `county` and its city.
    pub fn counts(&'static self, county: Code) -> Counts {
        let own = self.county_measures(county);
        let city = self.city_measures(county.city(), Some(county));
        let own_articles: BTreeSet<u8> = own.iter().map(|m| m.article).collect();
        let city_articles: BTreeSet<u8> = city.iter().map(|m| m.article).filter(|a| !own_articles.contains(a)).collect();
        Counts {
            county_articles: own_articles.len(),
            city_articles: city_articles.len(),
            county_measures: own.len(),
            city_measures: city.len(),
        }
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
