//! Cities and counties of the annex, keyed by their administrative division code (GB/T 2260).

use std::fmt;
use std::str::FromStr;

use super::table::Table;

/// A 6-digit administrative division code. Counties are keyed by code, never by name: there are
/// two districts called 城区 (晋城 140502 and 阳泉 140302).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(u32);

impl Code {
    pub const fn new(code: u32) -> Option<Code> {
        if code >= 100_000 && code <= 999_999 { Some(Code(code)) } else { None }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// The prefecture-level city a county code belongs to (`140429` → `140400`).
    pub fn city(self) -> Code {
        Code(self.0 / 100 * 100)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:06}", self.0)
    }
}

impl FromStr for Code {
    type Err = ();

    /// Exactly six ASCII digits.
    fn from_str(s: &str) -> Result<Code, ()> {
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) { Code::new(s.parse().map_err(|_| ())?).ok_or(()) } else { Err(()) }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct City {
    pub code: Code,
    /// `长治市`
    pub name: &'static str,
    /// `Chángzhì Shì`
    pub pinyin: &'static str,
    pub lat: f64,
    pub lon: f64,
}

impl City {
    /// `长治` without the 市.
    pub fn short_name(&self) -> &'static str {
        self.name.strip_suffix('市').unwrap_or(self.name)
    }

    /// `Changzhi`, the pinyin without tones and the 市 syllable, for English text.
    pub fn name_en(&self) -> String {
        strip_tones(self.pinyin.strip_suffix(" Shì").unwrap_or(self.pinyin))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct County {
    pub code: Code,
    pub city: Code,
    /// As the annex writes it (`城区`, `武乡县`).
    pub name: &'static str,
    /// `Wǔxiāng Xiàn`
    pub pinyin: &'static str,
    /// `wuxiangxian`: toneless, for search.
    pub pinyin_search: &'static str,
    /// `wxx`
    pub pinyin_initials: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// True where the point is a county seat; false for an area centroid.
    pub is_seat: bool,
    pub area_km2: u32,
}

impl County {
    /// The name as official English-language portals write it: the pinyin without tones, then
    /// County, District or City (`Wuxiang County`, `Gaoping City`). A one-character name keeps
    /// its generic syllable (`城区` → `Chengqu District`, `沁县` → `Qinxian County`).
    pub fn name_en(&self) -> String {
        let generic = match self.name.chars().last() {
            Some('县') => "County",
            Some('区') => "District",
            Some('市') => "City",
            _ => return strip_tones(self.pinyin),
        };
        let syllables: Vec<&str> = self.pinyin.split(' ').collect();
        let base = if self.name.chars().count() <= 2 {
            let joined: String = syllables.concat();
            let mut chars = joined.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
        } else {
            syllables[..syllables.len().saturating_sub(1)].concat()
        };
        format!("{} {generic}", strip_tones(&base))
    }
}

/// `Wǔxiāng` → `Wuxiang`.
pub fn strip_tones(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ā' | 'á' | 'ǎ' | 'à' => 'a',
            'ē' | 'é' | 'ě' | 'è' => 'e',
            'ī' | 'í' | 'ǐ' | 'ì' => 'i',
            'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
            'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
            'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'ü',
            'Ā' | 'Á' | 'Ǎ' | 'À' => 'A',
            'Ē' | 'É' | 'Ě' | 'È' => 'E',
            'Ō' | 'Ó' | 'Ǒ' | 'Ò' => 'O',
            other => other,
        })
        .collect()
}

/// Parses `cities.csv`: the prefecture cities (the province row is skipped).
pub fn parse_cities(csv: &'static str) -> Result<Vec<City>, String> {
    let table = Table::parse("cities.csv", csv, ',', &["level", "name", "code", "pinyin", "lat", "lon"])?;
    table
        .records()
        .filter(|r| r.get("level") == "prefecture city")
        .map(|r| {
            Ok(City { code: r.parse("code")?, name: r.get("name"), pinyin: r.get("pinyin"), lat: r.parse("lat")?, lon: r.parse("lon")? })
        })
        .collect()
}

/// Parses `counties.csv`.
pub fn parse_counties(csv: &'static str) -> Result<Vec<County>, String> {
    let columns =
        ["city", "city_code", "county", "code", "pinyin", "pinyin_search", "pinyin_initials", "lat", "lon", "coord_kind", "area_km2"];
    let table = Table::parse("counties.csv", csv, ',', &columns)?;
    table
        .records()
        .map(|r| {
            Ok(County {
                code: r.parse("code")?,
                city: r.parse("city_code")?,
                name: r.get("county"),
                pinyin: r.get("pinyin"),
                pinyin_search: r.get("pinyin_search"),
                pinyin_initials: r.get("pinyin_initials"),
                lat: r.parse("lat")?,
                lon: r.parse("lon")?,
                is_seat: match r.get("coord_kind") {
                    "seat" => true,
                    "area centroid" => false,
                    other => return Err(r.error(format!("unknown coord_kind {other:?}"))),
                },
                area_km2: r.parse("area_km2")?,
            })
        })
        .collect()
}

/// How a place's location is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The text names the county or city in or next to the place name.
    Text,
    /// Well-established public knowledge (see the note).
    Fact,
    /// Not placed (or outside the area).
    None,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Text, Basis::Fact, Basis::None];

    /// The key in `places.tsv`.
    pub fn key(self) -> &'static str {
        match self {
            Basis::Text => "text",
            Basis::Fact => "fact",
            Basis::None => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    /// The key in `places.tsv`.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl FromStr for Basis {
    type Err = ();
    fn from_str(s: &str) -> Result<Basis, ()> {
        Basis::ALL.into_iter().find(|b| b.key() == s).ok_or(())
    }
}

impl FromStr for Confidence {
    type Err = ();
    fn from_str(s: &str) -> Result<Confidence, ()> {
        Confidence::ALL.into_iter().find(|c| c.key() == s).ok_or(())
    }
}

/// A named place of the text (landmark, project, airport, route, region, …) and where it lies.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Verbatim, as the text writes it.
    pub name: &'static str,
    pub articles: Vec<u8>,
    /// One of the kinds listed in `places.tsv`'s header (`airport`, `outside`, `region`, …).
    pub kind: &'static str,
    /// The counties it lies in; empty when only its city is certain, or nothing is.
    pub counties: Vec<Code>,
    pub cities: Vec<Code>,
    pub basis: Basis,
    pub confidence: Confidence,
    pub note_zh: &'static str,
    pub note_en: &'static str,
}

/// Where a place lies, as far as the gazetteer knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whereabouts {
    /// Outside the 35 counties altogether (another province, a national region).
    Outside,
    /// A region the text names whose extent it does not define (晋东).
    Region,
    /// In these counties (in gazetteer order).
    Counties(Vec<Code>),
    /// Only its city (or cities) is certain.
    CityOnly(Vec<Code>),
    /// Not placed.
    Unplaced,
}

impl Place {
    pub fn whereabouts(&self) -> Whereabouts {
        match self.kind {
            "outside" => Whereabouts::Outside,
            "region" if self.counties.is_empty() && self.cities.is_empty() => Whereabouts::Region,
            _ if !self.counties.is_empty() => Whereabouts::Counties(self.counties.clone()),
            _ if !self.cities.is_empty() => Whereabouts::CityOnly(self.cities.clone()),
            _ => Whereabouts::Unplaced,
        }
    }
}

/// Parses `places.tsv`, the gazetteer.
pub fn parse_places(tsv: &'static str) -> Result<Vec<Place>, String> {
    let columns = ["name", "articles", "kind", "counties", "cities", "basis", "confidence", "note_zh", "note_en"];
    let table = Table::parse("places.tsv", tsv, '\t', &columns)?;
    table
        .records()
        .map(|r| {
            let articles: Vec<u8> = r.list("articles")?;
            if articles.is_empty() {
                return Err(r.error("no article"));
            }
            Ok(Place {
                name: r.get("name"),
                articles,
                kind: r.get("kind"),
                counties: r.list("counties")?,
                cities: r.list("cities")?,
                basis: r.parse("basis")?,
                confidence: r.parse("confidence")?,
                note_zh: r.get("note_zh"),
                note_en: r.get("note_en"),
            })
        })
        .collect()
}
