//! Interface strings. Chinese is the primary language; English is a full second language.
//!
//! `Lang` is the language; `zh.rs` and `en.rs` hold one `Ui` table each (the shape in `ui.rs`);
//! `labels.rs` is the one place that turns a model enum or item into words. Policy text itself is
//! never translated here: it is shown verbatim, with the project's English labels from
//! `src/data/` beside it.

mod en;
mod labels;
mod ui;
mod zh;

pub use en::EN;
pub use labels::*;
pub use ui::Ui;
pub use zh::ZH;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Picks the Chinese or the English of a pair.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Fills a template: each `{}` takes the next argument; `{one|other}` takes `one` when the last
/// argument filled was the number 1, else `other` (English plurals; Chinese needs none).
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut last = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inner = &rest[open + 1..close];
        match inner.split_once('|') {
            None if inner.is_empty() => {
                last = args.next().map(|a| a.to_string()).unwrap_or_default();
                out.push_str(&last);
            }
            Some((one, other)) => out.push_str(if last.trim() == "1" { one } else { other }),
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// How many `{}` placeholders a template has (plural selectors are not placeholders).
pub fn placeholders(template: &str) -> usize {
    template.matches("{}").count()
}
