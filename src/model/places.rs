//! Cities and counties of the annex, keyed by their administrative division code (GB/T 2260).

use std::fmt;
use std::str::FromStr;

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
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            Code::new(s.parse().map_err(|_| ())?).ok_or(())
        } else {
            Err(())
        }
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
    /// `Wuxiang Xian`, for English text.
    pub fn name_en(&self) -> String {
        strip_tones(self.pinyin)
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

fn csv_rows(csv: &'static str, header: &str) -> Result<Vec<Vec<&'static str>>, String> {
    let mut rows = csv.lines().filter(|l| !l.trim().is_empty());
    match rows.next() {
        Some(h) if h == header => Ok(rows.map(|r| r.split(',').collect()).collect()),
        other => Err(format!("unexpected header {other:?}")),
    }
}

fn number<T: FromStr>(s: &str, what: &str) -> Result<T, String> {
    s.parse().map_err(|_| format!("bad {what}: {s:?}"))
}

/// Parses `cities.csv`: the prefecture cities (the province row is skipped).
pub fn parse_cities(csv: &'static str) -> Result<Vec<City>, String> {
    csv_rows(csv, "level,name,code,pinyin,lat,lon")?
        .into_iter()
        .filter(|r| r.first() == Some(&"prefecture city"))
        .map(|r| match r[..] {
            [_, name, code, pinyin, lat, lon] => Ok(City {
                code: code.parse().map_err(|_| format!("bad code {code:?}"))?,
                name,
                pinyin,
                lat: number(lat, "lat")?,
                lon: number(lon, "lon")?,
            }),
            _ => Err(format!("expected 6 columns: {r:?}")),
        })
        .collect()
}

/// Parses `counties.csv`.
pub fn parse_counties(csv: &'static str) -> Result<Vec<County>, String> {
    csv_rows(csv, "city,city_code,county,code,pinyin,pinyin_search,pinyin_initials,lat,lon,coord_kind,area_km2")?
        .into_iter()
        .map(|r| match r[..] {
            [_, city, name, code, pinyin, pinyin_search, pinyin_initials, lat, lon, kind, area] => Ok(County {
                code: code.parse().map_err(|_| format!("bad code {code:?}"))?,
                city: city.parse().map_err(|_| format!("bad city code {city:?}"))?,
                name,
                pinyin,
                pinyin_search,
                pinyin_initials,
                lat: number(lat, "lat")?,
                lon: number(lon, "lon")?,
                is_seat: match kind {
                    "seat" => true,
                    "area centroid" => false,
                    _ => return Err(format!("unknown coord_kind {kind:?}")),
                },
                area_km2: number(area, "area")?,
            }),
            _ => Err(format!("expected 11 columns: {r:?}")),
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// A named place of the text (landmark, project, airport, route, …) and where it lies.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Verbatim, as the text writes it.
    pub name: &'static str,
    pub articles: Vec<u8>,
    pub kind: &'static str,
    /// The counties it lies in; empty when only its city is certain, or nothing is.
    pub counties: Vec<Code>,
    pub cities: Vec<Code>,
    pub basis: Basis,
    pub confidence: Confidence,
    pub note: &'static str,
}

impl Place {
    /// Outside the 35 counties altogether.
    pub fn is_outside(&self) -> bool {
        self.kind == "outside"
    }
}

fn codes(list: &str) -> Result<Vec<Code>, String> {
    list.split(',').filter(|s| !s.is_empty()).map(|c| c.parse().map_err(|_| format!("bad code {c:?}"))).collect()
}

/// Parses `places.tsv`, the gazetteer.
pub fn parse_places(tsv: &'static str) -> Result<Vec<Place>, String> {
    let mut rows = tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    if rows.next() != Some("name\tarticles\tkind\tcounties\tcities\tbasis\tconfidence\tnote") {
        return Err("places.tsv: unexpected header".into());
    }
    rows.map(|row| {
        let cols: Vec<&'static str> = row.split('\t').collect();
        let [name, articles, kind, counties, cities, basis, confidence, note] = cols[..] else {
            return Err(format!("places.tsv: expected 8 columns: {row:?}"));
        };
        Ok(Place {
            name,
            articles: articles.split(',').map(|n| n.parse().map_err(|_| format!("bad article {n:?}"))).collect::<Result<_, _>>()?,
            kind,
            counties: codes(counties)?,
            cities: codes(cities)?,
            basis: match basis {
                "text" => Basis::Text,
                "fact" => Basis::Fact,
                "none" => Basis::None,
                _ => return Err(format!("bad basis {basis:?}")),
            },
            confidence: match confidence {
                "high" => Confidence::High,
                "medium" => Confidence::Medium,
                "low" => Confidence::Low,
                _ => return Err(format!("bad confidence {confidence:?}")),
            },
            note,
        })
    })
    .collect()
}
