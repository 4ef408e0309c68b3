use leptos::prelude::*;
use maud::html;

use super::Erase;
use crate::i18n::{Lang, date, fill, source_date};
use crate::model::{Report, policy};

/// "Reported since 2021": what public sources reported on a county, a city or an article, each
/// with its kind, date, plain statement, and the source's quote and address one tap away; or a
/// plain "no report found in the sources checked", which never means "not done".
#[component]
pub fn ReportedSince(
    lang: Lang,
    reports: Vec<&'static Report>,
    /// The heading's level on its page (2 on the timeline, 3 under a county, 4 under an article).
    level: u8,
) -> impl IntoView {
    let ui = lang.ui();
    let heading = ui.reported_heading;
    let heading = match level {
        ..=2 => view! { <h2>{heading}</h2> }.erased(),
        3 => view! { <h3>{heading}</h3> }.erased(),
        _ => view! { <h4>{heading}</h4> }.erased(),
    };
    let checked = date(lang, policy().progress().checked);
    if reports.is_empty() {
        return view! {
            <section class="reported">
                {heading}
                <p class="empty-note">{fill(ui.reported_none, &[&checked])}</p>
            </section>
        }
        .erased();
    }
    // Nothing live in the reports (a link opens the source): markup, one parse (see mod.rs).
    let items = html! {
        @for r in reports {
            @let when = r.event.unwrap_or(r.reported);
            li class={ "report report-" (r.kind.key()) } {
                p.report-meta {
                    span.report-kind { (ui.report_kind(r.kind)) }
                    " "
                    time datetime=(when.to_string()) { (source_date(lang, when)) }
                }
                p.report-statement { (lang.pick(r.statement_zh, r.statement_en)) }
                details.report-source {
                    summary { (ui.report_source) ": " span lang="zh-CN" { (r.publisher) } " · " (source_date(lang, r.reported)) }
                    blockquote lang="zh-CN" { (r.quote) }
                    p { a href=(r.url) rel="noopener noreferrer" target="_blank" { (ui.report_open) } }
                }
            }
        }
    };
    view! {
        <section class="reported">
            {heading}
            <p class="source-note">{fill(ui.reported_note, &[&checked])}</p>
            <ol class="reports" inner_html=items.into_string()></ol>
        </section>
    }
    .erased()
}
