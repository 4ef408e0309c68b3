//! What every county gets: measures that name no place, grouped by daily-life themes
//! (`themes.tsv`, the project's grouping and plain wording), each tied to a verbatim phrase.

use super::table::Table;
use super::text::Document;

/// A daily-life theme. Its key is the word in `themes.tsv` and in CSS classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Theme {
    School,
    Health,
    Elderly,
    Jobs,
    Roads,
    Culture,
    Support,
}

impl Theme {
    pub const ALL: [Theme; 7] = [Theme::School, Theme::Health, Theme::Elderly, Theme::Jobs, Theme::Roads, Theme::Culture, Theme::Support];

    pub fn key(self) -> &'static str {
        match self {
            Theme::School => "school",
            Theme::Health => "health",
            Theme::Elderly => "elderly",
            Theme::Jobs => "jobs",
            Theme::Roads => "roads",
            Theme::Culture => "culture",
            Theme::Support => "support",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// One measure for everyone, read plainly.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeItem {
    pub theme: Theme,
    pub article: u8,
    /// A verbatim phrase of the article's prose.
    pub key: &'static str,
    /// The sentence that holds the key phrase, verbatim.
    pub sentence: &'static str,
    pub plain_zh: &'static str,
    pub plain_en: &'static str,
}

pub(super) fn parse(tsv: &'static str, doc: &Document<'static>) -> Result<Vec<ThemeItem>, String> {
    let columns = ["theme", "article", "key", "plain_zh", "plain_en"];
    let table = Table::parse("themes.tsv", tsv, '\t', &columns)?;
    let mut out = Vec::new();
    for r in table.records() {
        if let Some(empty) = columns.iter().find(|c| r.get(c).trim().is_empty()) {
            return Err(r.error(format!("empty {empty}")));
        }
        let theme = Theme::from_key(r.get("theme")).ok_or_else(|| r.error("unknown theme"))?;
        let article: u8 = r.parse("article")?;
        let key = r.get("key");
        let a = doc.article(article).ok_or_else(|| r.error("no such article"))?;
        let sentence =
            a.sentences().into_iter().find(|s| s.contains(key)).ok_or_else(|| r.error(format!("{key:?} is not in the prose")))?;
        out.push(ThemeItem { theme, article, key, sentence, plain_zh: r.get("plain_zh"), plain_en: r.get("plain_en") });
    }
    if let Some(missing) = Theme::ALL.iter().find(|t| !out.iter().any(|i| i.theme == **t)) {
        return Err(format!("themes.tsv: theme {} has no item", missing.key()));
    }
    Ok(out)
}
