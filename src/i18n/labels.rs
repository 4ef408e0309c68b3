//! The one place where a model value becomes words: each enum's label, and the names and titles
//! of articles, parts, places and units in either language.

use super::{Lang, Ui, fill};
use crate::model::matrix::RowOrder;
use crate::model::timeline::{Horizon, Milestone, Relation, Source, When, horizons};
use crate::model::{
    Article, Basis, City, Confidence, County, Date, Place, ReportKind, Role, SourceDate, Theme, Unit, UnitKind, Whereabouts, policy,
};

impl Ui {
    /// A role in full.
    pub fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Lead => self.unit_leads,
            Role::Joint => self.unit_joint,
            Role::Support => self.unit_supports,
        }
    }

    /// A role in a matrix cell (shape and colour come from its class).
    pub fn role_cell(&self, role: Role) -> &'static str {
        match role {
            Role::Lead => self.dep_cell_lead,
            Role::Joint => self.dep_cell_joint,
            Role::Support => self.dep_cell_support,
        }
    }

    pub fn kind(&self, kind: UnitKind) -> &'static str {
        match kind {
            UnitKind::Party => self.kind_party,
            UnitKind::Government => self.kind_government,
            UnitKind::Central => self.kind_central,
            UnitKind::Finance => self.kind_finance,
            UnitKind::People => self.kind_people,
            UnitKind::Enterprise => self.kind_enterprise,
            UnitKind::City => self.kind_city,
            UnitKind::Collective => self.kind_collective,
        }
    }

    pub fn sort(&self, order: RowOrder) -> &'static str {
        match order {
            RowOrder::Involvement => self.dep_sort_involvement,
            RowOrder::Leads => self.dep_sort_leads,
            RowOrder::Name => self.dep_sort_name,
        }
    }

    pub fn relation(&self, relation: Relation) -> &'static str {
        match relation {
            Relation::Past => self.tl_past,
            Relation::Current => self.tl_current,
            Relation::Future => self.tl_future,
        }
    }

    /// Where a place stands when the text does not name its county, in plain words.
    pub fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::High => self.county_place_fact_high,
            Confidence::Medium => self.county_place_fact_medium,
            Confidence::Low => self.county_place_fact_low,
        }
    }

    pub fn report_kind(&self, kind: ReportKind) -> &'static str {
        match kind {
            ReportKind::Planned => self.report_planned,
            ReportKind::Started => self.report_started,
            ReportKind::Completed => self.report_completed,
            ReportKind::Figure => self.report_figure,
            ReportKind::National => self.report_national,
        }
    }

    pub fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::School => self.theme_school,
            Theme::Health => self.theme_health,
            Theme::Elderly => self.theme_elderly,
            Theme::Jobs => self.theme_jobs,
            Theme::Roads => self.theme_roads,
            Theme::Culture => self.theme_culture,
            Theme::Support => self.theme_support,
        }
    }

    /// Searches to suggest when one finds nothing.
    pub fn suggestions(&self) -> impl Iterator<Item = &'static str> {
        self.text_suggestions.split('|')
    }
}

/// An article's title alone: the text's, or the project's English rendering.
pub fn article_name(lang: Lang, article: &Article<'static>) -> &'static str {
    match lang {
        Lang::Zh => article.title,
        Lang::En => policy().article_labels(article.no).map_or(article.title, |l| l.title_en),
    }
}

/// `(四)`, or in English `Art. 4 (四)`: a number an English reader can read, beside the text's.
pub fn article_no(lang: Lang, no: u8) -> String {
    let label = crate::model::text::article_label(no);
    match lang {
        Lang::Zh => label,
        Lang::En => format!("Art. {no} {label}"),
    }
}

/// `(四) 完善现代综合交通网络` or, in English, `Art. 4 (四) Improve the modern integrated transport network`.
pub fn article_title(lang: Lang, article: &Article<'static>) -> String {
    format!("{} {}", article_no(lang, article.no), article_name(lang, article))
}

/// An article's short label for narrow places (matrix columns).
pub fn article_short(lang: Lang, article: &Article<'static>) -> &'static str {
    policy().article_labels(article.no).map_or(article.title, |l| lang.pick(l.short_zh, l.short_en))
}

/// A part's title: the text's, or the project's English rendering.
pub fn part_title(lang: Lang, no: u8) -> &'static str {
    let p = policy();
    let title = p.doc.part(no).map_or("", |part| part.title);
    match lang {
        Lang::Zh => title,
        Lang::En => p.part_labels(no).map_or(title, |l| l.title_en),
    }
}

/// A part's short label for narrow places (matrix column groups).
pub fn part_short(lang: Lang, no: u8) -> &'static str {
    let p = policy();
    let title = p.doc.part(no).map_or("", |part| part.title);
    p.part_labels(no).map_or(title, |l| lang.pick(l.short_zh, l.short_en))
}

/// A part's heading as the text numbers it: `一、总体要求` (or `一、General requirements`).
pub fn part_heading(lang: Lang, no: u8) -> String {
    format!("{}、{}", crate::model::text::chinese_numeral(no), part_title(lang, no))
}

/// `武乡县` / `Wuxiang County`.
pub fn county_name(lang: Lang, county: &County) -> String {
    lang.pick(county.name.to_string(), county.name_en())
}

/// `长治武乡县` / `Wuxiang County`: unambiguous in a list of all 35 (there are two 城区; their
/// English names differ by city only in the Chinese beside them, so the English adds the city).
pub fn county_with_city(lang: Lang, county: &County) -> String {
    let p = policy();
    match lang {
        Lang::Zh => p.county_with_city(county),
        Lang::En => match p.city(county.city) {
            Some(city) if county.name.chars().count() <= 2 => format!("{}, {}", county.name_en(), city.name_en()),
            _ => county.name_en(),
        },
    }
}

/// The heading of a county page: `长治市武乡县` / `Wuxiang County, Changzhi (长治市武乡县)`.
pub fn county_heading(lang: Lang, county: &County) -> String {
    let city = policy().city(county.city);
    let zh = format!("{}{}", city.map_or("", |c| c.name), county.name);
    match lang {
        Lang::Zh => zh,
        Lang::En => format!("{}, {} ({zh})", county.name_en(), city.map(City::name_en).unwrap_or_default()),
    }
}

/// `长治市` / `Changzhi`.
pub fn city_name(lang: Lang, city: &City) -> String {
    lang.pick(city.name.to_string(), city.name_en())
}

/// `长治市` / `Changzhi (长治市)`: where an English reader may need the characters.
pub fn city_heading(lang: Lang, city: &City) -> String {
    lang.pick(city.name.to_string(), format!("{} ({})", city.name_en(), city.name))
}

/// A unit as the text writes it, or its English name.
pub fn unit_name(lang: Lang, unit: &Unit) -> &'static str {
    lang.pick(unit.name, unit.name_en)
}

/// A unit in narrow places: the text's name, or the English without "Shanxi ".
pub fn unit_short(lang: Lang, unit: &Unit) -> &'static str {
    lang.pick(unit.name, unit.short_name_en())
}

/// A source's date to the day or the month: `2023年9月13日`, `2021年11月` / `2023-09-13`, `2021-11`.
pub fn source_date(lang: Lang, d: SourceDate) -> String {
    match (lang, d.day) {
        (Lang::Zh, Some(day)) => format!("{}年{}月{day}日", d.year, d.month),
        (Lang::Zh, None) => format!("{}年{}月", d.year, d.month),
        (Lang::En, _) => d.to_string(),
    }
}

/// `2021年11月8日` / `2021-11-08`.
pub fn date(lang: Lang, date: Date) -> String {
    lang.pick(date.chinese(), date.to_string())
}

/// `2021—2025年` / `2021–2025`.
pub fn when(lang: Lang, when: When) -> String {
    match when {
        When::Day(d) => date(lang, d),
        When::Year(y) => lang.pick(format!("{y}年"), y.to_string()),
        When::Years(a, b) => lang.pick(format!("{a}—{b}年"), format!("{a}–{b}")),
    }
}

pub fn milestone_title(lang: Lang, m: &Milestone) -> &'static str {
    lang.pick(m.title_zh, m.title_en)
}

/// Where a milestone's words stand: `第(十七)条 推动巩固…`.
pub fn source_label(lang: Lang, source: Source) -> String {
    let ui = lang.ui();
    match source {
        Source::Preamble => ui.src_preamble.to_string(),
        Source::Signature => ui.src_signature.to_string(),
        Source::PrintingLine => ui.src_printing.to_string(),
        Source::Article(no) => match policy().article(no) {
            Some(a) => format!("{} {}", fill(ui.src_article, &[&article_no(lang, a.no)]), article_name(lang, a)),
            None => String::new(),
        },
    }
}

/// How a place's location is known, in words.
pub fn place_basis(lang: Lang, place: &Place) -> String {
    let ui = lang.ui();
    match place.basis {
        Basis::Text => ui.county_place_text.to_string(),
        Basis::Fact => ui.confidence(place.confidence).to_string(),
        Basis::None => ui.gazetteer_unplaced.to_string(),
    }
}

/// The gazetteer's note on a place, in the reader's language.
pub fn place_note(lang: Lang, place: &Place) -> &'static str {
    lang.pick(place.note_zh, place.note_en)
}

/// Where a place lies, in words: its counties, its city only, a region, outside, or unplaced.
pub fn whereabouts(lang: Lang, place: &Place) -> String {
    let ui = lang.ui();
    let p = policy();
    let sep = lang.pick("、", ", ");
    match place.whereabouts() {
        Whereabouts::Outside => ui.gazetteer_outside.to_string(),
        Whereabouts::Region => ui.gazetteer_region.to_string(),
        Whereabouts::Counties(codes) => {
            codes.iter().filter_map(|c| p.county(*c)).map(|c| county_with_city(lang, c)).collect::<Vec<_>>().join(sep)
        }
        Whereabouts::CityOnly(codes) => {
            let cities: Vec<String> = codes.iter().filter_map(|c| p.city(*c)).map(|c| city_name(lang, c)).collect();
            format!("{} ({})", cities.join(sep), ui.gazetteer_city_only)
        }
        Whereabouts::Unplaced => ui.gazetteer_unplaced.to_string(),
    }
}

/// "Today is …; the 2025 horizon has passed; 2035 is 9 years away. The text does not say…"
pub fn today_sentence(lang: Lang, today: Date) -> String {
    let ui = lang.ui();
    let mut parts = vec![fill(ui.tl_today_is, &[&date(lang, today)])];
    for horizon in horizons(&policy().goals(), today) {
        parts.push(match horizon {
            Horizon::Passed { year } => fill(ui.tl_horizon_passed, &[&year]),
            Horizon::Ahead { year, years } => fill(ui.tl_horizon_ahead, &[&year, &years]),
        });
    }
    parts.push(ui.tl_no_claim.to_string());
    parts.join(lang.pick("", " "))
}
