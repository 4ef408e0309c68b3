use leptos::prelude::*;
use leptos_router::components::A;

use super::article_href;
use crate::href;
use crate::i18n::Lang;
use crate::model::policy;
use crate::route::Page;
use crate::use_view;

/// The policy's course in time.
#[component]
pub fn TimelinePage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let view = use_view();
    let selected = Memo::new(move |_| match view.with(|v| v.page.clone()) {
        Page::Timeline { milestone } => milestone,
        _ => None,
    });
    let items = policy()
        .timeline()
        .into_iter()
        .map(|m| {
            let id = m.id;
            let is_selected = move || selected.get() == Some(id);
            let when = lang.pick(m.when.label_zh(), m.when.label_en());
            let title = lang.pick(m.title_zh, m.title_en);
            let summary = lang.pick(m.summary_zh, m.summary_en);
            let links = m
                .articles
                .iter()
                .map(|&no| {
                    view! { <li><A href=article_href(lang, no)>{format!("({})", crate::model::text::chinese_numeral(no))}</A></li> }
                })
                .collect_view();
            view! {
                <li class="milestone" class:selected=is_selected>
                    <A href=href(lang, Page::Timeline { milestone: Some(id) })>
                        <time class="milestone-when" datetime=m.when.start().to_string()>{when}</time>
                        <span class="milestone-title">{title}</span>
                    </A>
                    <blockquote lang="zh-CN">{m.quote}</blockquote>
                    <p>{summary}</p>
                    <ul class="chip-list">{links}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page timeline">
            <h1>{ui.timeline_title}</h1>
            <p class="lede">{ui.timeline_description}</p>
            <ol class="milestones">{items}</ol>
        </div>
    }
}
