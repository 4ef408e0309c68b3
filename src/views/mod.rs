//! One file per page.

mod counties;
mod departments;
mod full_text;
mod not_found;
mod overview;
mod timeline;

pub use counties::{CountiesPage, CountiesPageProps};
pub use departments::{DepartmentsPage, DepartmentsPageProps};
pub use full_text::{FullText, FullTextProps};
pub use not_found::{NotFound, NotFoundProps};
pub use overview::{Overview, OverviewProps};
pub use timeline::{TimelinePage, TimelinePageProps};

use crate::i18n::Lang;
use crate::model::Article;
use crate::model::timeline::Source;

/// The anchor id of an article in the full text (`a4`).
pub fn article_anchor(no: u8) -> String {
    format!("a{no}")
}

/// `/text#a4`, the article in the full text.
pub fn article_href(lang: Lang, no: u8) -> String {
    crate::site_url(&format!("{}/text#{}", lang.prefix(), article_anchor(no)))
}

/// `(四) 完善现代综合交通网络` or, in English, `(四) Improve the modern integrated transport network`.
pub fn article_title(lang: Lang, article: &Article<'static>) -> String {
    let title = match lang {
        Lang::Zh => article.title,
        Lang::En => crate::model::policy().article_labels(article.no).map_or(article.title, |l| l.title_en),
    };
    format!("{} {}", article.label(), title)
}

/// A part's title: the text's, or the project's English rendering.
pub fn part_title(lang: Lang, no: u8) -> &'static str {
    let p = crate::model::policy();
    let title = p.doc.part(no).map_or("", |part| part.title);
    match lang {
        Lang::Zh => title,
        Lang::En => p.part_labels(no).map_or(title, |l| l.title_en),
    }
}

/// A part's heading as the text numbers it: `一、总体要求` (or `一、General requirements`).
pub fn part_heading(lang: Lang, no: u8) -> String {
    format!("{}、{}", crate::model::text::chinese_numeral(no), part_title(lang, no))
}

/// Where a source clause stands in the full text.
pub fn source_href(lang: Lang, source: Source) -> String {
    let anchor = match source {
        Source::Article(no) => return article_href(lang, no),
        Source::Preamble => "preamble",
        Source::Signature => "signature",
        Source::PrintingLine => "printing",
    };
    crate::site_url(&format!("{}/text#{anchor}", lang.prefix()))
}

/// Text with its marked ranges in `<mark>`.
pub fn marked(m: &crate::model::search::Marked) -> impl leptos::prelude::IntoView + use<> {
    use leptos::prelude::*;
    m.segments()
        .into_iter()
        .map(|(text, is_mark)| if is_mark { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() })
        .collect_view()
}
