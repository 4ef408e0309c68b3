//! Components rendered to HTML natively (leptos `ssr`), the way pages will be prerendered.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use taihang_policy::App;

/// Renders the whole app at `url` and returns the HTML without hydration markers.
fn render(url: &str) -> String {
    let owner = Owner::new();
    owner.set();
    provide_context(RequestUrl::new(url));
    let html = view! { <App/> }.to_html();
    html.replace("<!>", "")
}

/// The text content of the HTML, tags stripped, for asserting on what a reader sees.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn overview_renders_the_document_facts() {
    let html = render("/");
    let t = text(&html);
    for fact in ["关于新时代支持山西太行革命老区振兴发展的实施意见", "晋政发〔2021〕36号", "2021年11月8日", "2021年11月9日", "到2025年", "到2035年"] {
        assert!(t.contains(fact), "overview shows {fact}");
    }
    assert!(t.contains("居民收入增长幅度高于全国平均水平"), "2025 goal clause verbatim");
    assert_eq!(html.matches("href=\"/counties?county=").count(), 35, "35 county links");
    assert!(html.contains("href=\"/counties?county=140502\"") && html.contains("href=\"/counties?county=140302\""));
    assert!(!html.contains("style=\""), "no inline styles (strict CSP)");
}

#[test]
fn every_section_renders_in_chinese_and_english() {
    for (path, zh, en) in [
        ("/timeline", "时间线", "Timeline"),
        ("/counties", "县区", "Counties"),
        ("/departments", "部门职责", "Departments"),
        ("/text", "政策全文", "Full text"),
    ] {
        let t = text(&render(path));
        assert!(t.contains(&format!("{zh}")), "{path} in Chinese");
        assert!(t.contains("本站是帮助公众阅读政策的非官方工具"), "{path} has the Chinese footer");
        let t = text(&render(&format!("/en{path}")));
        assert!(t.contains(en), "/en{path} in English");
        assert!(t.contains("An unofficial tool"), "/en{path} has the English footer");
    }
}

#[test]
fn navigation_marks_the_current_section() {
    let html = render("/departments?unit=drc");
    assert!(html.contains(r#"<a href="/departments" aria-current="page">部门职责</a>"#), "{html:.2000}");
    assert!(!html.contains(r#"<a href="/" aria-current="page">"#));
    // The language switch keeps the page and its parameters.
    assert!(html.contains(r#"href="/en/departments?unit=drc""#));
}

#[test]
fn full_text_renders_every_article_with_an_anchor() {
    let html = render("/text");
    for no in 1..=22 {
        assert!(html.contains(&format!("id=\"a{no}\"")), "anchor a{no}");
    }
    let t = text(&html);
    assert!(t.contains("确保撤并保留的较大人口规模(30户及以上)自然村100%通硬化路"));
    assert!(t.contains("山西省人民政府办公厅2021年11月9日印发"));
}

#[test]
fn county_in_the_url_is_shown_and_bad_codes_explain_themselves() {
    let t = text(&render("/counties?county=140429"));
    assert!(t.contains("武乡县") && t.contains("Wǔxiāng Xiàn") && t.contains("长治市"));
    let t = text(&render("/counties?county=999999"));
    assert!(t.contains("链接中的“county=999999”无效"), "bad code is reported");
    assert!(t.contains("沁源县"), "the full list is still shown");
}

#[test]
fn unknown_path_renders_not_found() {
    let t = text(&render("/nonsense/path"));
    assert!(t.contains("页面不存在"));
    let t = text(&render("/en/nonsense"));
    assert!(t.contains("Page not found"));
}
