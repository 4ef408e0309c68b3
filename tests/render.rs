//! Components rendered to HTML natively (leptos `ssr`), the way pages will be prerendered.
#![cfg(not(target_arch = "wasm32"))]
#![recursion_limit = "256"]

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use taihang_policy::App;

/// Server rendering runs no effects (they are the browser's part): an executor that drops them.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Renders the whole app at `url` and returns the HTML without hydration markers.
fn render(url: &str) -> String {
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
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
    for fact in
        ["关于新时代支持山西太行革命老区振兴发展的实施意见", "晋政发〔2021〕36号", "2021年11月8日", "2021年11月9日", "到2025年", "到2035年"]
    {
        assert!(t.contains(fact), "overview shows {fact}");
    }
    assert!(t.contains("居民收入增长幅度高于全国平均水平"), "2025 goal clause verbatim");
    assert_eq!(html.matches("href=\"/counties/14").count(), 35, "35 county links");
    assert!(html.contains("href=\"/counties/140502/\"") && html.contains("href=\"/counties/140302/\""));
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
        assert!(t.contains(zh), "{path} in Chinese");
        assert!(t.contains("本站是帮助公众阅读政策的非官方工具"), "{path} has the Chinese footer");
        let t = text(&render(&format!("/en{path}")));
        assert!(t.contains(en), "/en{path} in English");
        assert!(t.contains("An unofficial tool"), "/en{path} has the English footer");
    }
}

#[test]
fn navigation_marks_the_current_section() {
    let html = render("/departments?unit=drc");
    assert!(html.contains(r#"<a href="/departments/" aria-current="page">部门职责</a>"#), "{html:.2000}");
    assert!(!html.contains(r#"<a href="/" aria-current="page">"#));
    // The language switch keeps the page and its parameters.
    assert!(html.contains(r#"href="/en/departments/units/drc/""#));
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

#[test]
fn timeline_renders_the_selected_milestone() {
    let html = render("/timeline?milestone=goals-2025");
    let t = text(&html);
    assert!(t.contains("分项目标") && t.contains("居民收入增长幅度高于全国平均水平"));
    assert!(html.contains(r#"id="ms-goals-2025" aria-current="true""#), "selected in the list");
    assert_eq!(html.matches(r#"class="tl-item"#).count(), 6, "six milestones (today is added in the browser)");
    let t = text(&render("/timeline"));
    assert!(t.contains("选择时间线上的一个节点"), "without a selection, a hint");
}

#[test]
fn reader_renders_summaries_highlights_units_and_places() {
    let html = render("/text");
    assert!(html.contains("通俗解读"));
    assert!(html.contains(r#"<mark class="key">行政村光纤宽带和4G网络基本全覆盖</mark>"#), "key target highlighted");
    assert!(html.contains(r#"href="/departments/units/drc/""#), "units link to the department view");
    assert!(html.contains(r#"href="/counties/140429/""#), "counties link to the county view");
    assert!(html.contains(r#"href="/counties/140400/""#), "cities link too");
}

#[test]
fn reader_search_results_and_empty_state() {
    let html = render("/text?q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA");
    let t = text(&html);
    assert!(t.contains("找到1条相关条目"), "{t:.300}");
    assert!(html.contains(r#"<mark class="hit">通用机场</mark>"#));
    let t = text(&render("/text?q=qqzzxx"));
    assert!(t.contains("没有找到与“qqzzxx”相关的条目") && t.contains("可以换个说法"));
}

#[test]
fn departments_unit_and_article_pages() {
    let html = render("/departments?unit=drc");
    let t = text(&html);
    assert!(t.contains("山西省发展和改革委员会") && t.contains("牵头2条；负责1条(无牵头单位，按职责分工负责)；配合14条；共涉及17条"));
    assert_eq!(html.matches(r#"class="unit-article""#).count(), 17, "every article 省发展改革委 appears in");
    let html = render("/departments?article=19");
    let t = text(&html);
    assert!(t.contains("本条没有牵头单位"));
    let panel = &html[html.find("article-panel").unwrap()..];
    let panel = &panel[..panel.find("</section>").unwrap()];
    assert_eq!(panel.matches("<li>").count(), 6, "six jointly responsible units");
    assert!(!panel.contains("role-lead"), "no lead in (十九)");
    // The whole grid: a cell per unit × article, one tab stop.
    let html = render("/departments");
    assert_eq!(html.matches(r#"class="cell""#).count(), 37 * 20);
    assert_eq!(html.matches(r#"tabindex="0""#).count(), 1 + 1, "one cell, plus the counts table's scroll region");
    assert!(
        html.contains(r#"href="/taihang-responsibility-matrix.csv" download="taihang-responsibility-matrix.csv""#),
        "downloads are files"
    );
}

#[test]
fn departments_order_and_filter_come_from_the_url() {
    let html = render("/departments?kind=finance&sort=name");
    let t = text(&html);
    assert!(t.contains("显示3个单位"));
    let rows: Vec<&str> = html.match_indices(r#"class="unit-link">"#).map(|(i, m)| &html[i + m.len()..i + m.len() + 30]).collect();
    assert_eq!(rows.len(), 3);
    // In name order (code points): 人行…, 山西证监局, 山西银保监局.
    let names: Vec<&str> = rows.iter().map(|r| r.split('<').next().unwrap()).collect();
    assert_eq!(names, ["人行太原中心支行", "山西证监局", "山西银保监局"]);
    assert!(html.contains(r#"<option value="name" selected"#), "the select shows the order");
}

#[test]
fn county_page_answers_first_in_plain_words() {
    let html = render("/counties/140431/");
    let t = text(&html);
    // The plain answer comes before any verbatim quote, the code and the pinyin.
    let answer = t.find("政策里直接提到沁源县的有2项：").expect("the answer");
    let items = &t[answer..];
    assert!(items.starts_with("政策里直接提到沁源县的有2项：平遥—沁源—安泽高速、通用机场（沁源太岳）。"), "{:.200}", items);
    for later in ["看原文", "行政区划代码", "Qìnyuán"] {
        assert!(t.find(later).unwrap() > answer, "{later} comes after the answer");
    }
    // Each item's original sentence is one tap away, its clause marked, this county's place highlighted.
    assert!(html.contains(r#"<span class="read-clause">"#));
    assert!(html.contains(r#"<mark class="place">平遥—沁源—安泽</mark>"#));
    // The city's items highlight no other county's places.
    let city = &html[html.find("长治市的其他").unwrap()..];
    assert!(!city[..city.find("class=\"themes\"").unwrap()].contains(r#"<mark class="place">武乡太行</mark>"#));
    // Location in plain words, never a bare confidence grade.
    assert!(!t.contains("可信度"));
    // What every county gets, open, by daily-life theme.
    assert!(t.contains("面向每个县区的措施(按日常生活分类)") && t.contains("上学") && t.contains("养老"));
    let themes = &html[html.find("class=\"themes\"").unwrap()..];
    assert!(!themes[..themes.find("</div>").unwrap()].contains("<details"), "themes are open");
    // One unit on the page and in the chart: the counts of the answer are the chart's.
    let p = taihang_policy::model::policy();
    let counts = p.counts(taihang_policy::model::Code::new(140431).unwrap());
    assert!(t.contains(&format!("另有{}项提到长治市", counts.city)));
    let row = &t[t.find("长治沁源县长治市").unwrap()..];
    assert!(row.starts_with(&format!("长治沁源县长治市{}{}", counts.county, counts.city)), "{:.40}", row);

    let t = text(&render("/en/counties/140429/"));
    assert!(t.contains("Wuxiang County, Changzhi"), "{t:.400}");
    assert!(t.contains("Wuxiang County is named directly in 5 items of the policy: "), "{t:.800}");
    assert!(t.contains("General-aviation airport named by county"), "the gazetteer note on demand, in English");
}

#[test]
fn chart_sentence_agrees_with_its_table_ties_included() {
    for (lang, path) in [("zh", "/counties/"), ("en", "/en/counties/")] {
        let html = render(path);
        let table = &html[html.find("county-chart").unwrap()..];
        let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
        let rows: Vec<(String, usize)> = body
            .split("<tr>")
            .skip(1)
            .map(|row| {
                let name = text(&row[..row.find("</th>").unwrap()]).trim().to_string();
                let cells: Vec<usize> =
                    row.split(r#"<td class="num">"#).skip(1).map(|c| c[..c.find('<').unwrap()].parse().unwrap()).collect();
                (name, cells[0])
            })
            .collect();
        assert_eq!(rows.len(), 35);
        let most = rows.iter().map(|r| r.1).max().unwrap();
        let top: Vec<&str> = rows.iter().filter(|r| r.1 == most).map(|r| r.0.as_str()).collect();
        let zero = rows.iter().filter(|r| r.1 == 0).count();
        let t = text(table);
        let expected = match (lang, top.len()) {
            ("zh", 1) => format!("直接提到县区本身最多的是{}({}项)；{}个县区", top[0], most, zero),
            ("zh", _) => format!("直接提到县区本身最多的是{}各{}项；{}个县区", top.join("、"), most, zero),
            (_, 1) => format!("Most often named: {} ({} items); {} ", top[0], most, zero),
            (_, _) => format!("Most often named: {} ({} items each); {} ", top.join(", "), most, zero),
        };
        assert!(
            t.contains(&expected),
            "{expected}\n{:.300}",
            &t[t.find(if lang == "zh" { "直接提到县区" } else { "Most often" }).unwrap()..]
        );
    }
}

#[test]
fn milestones_show_the_source_of_an_off_text_date() {
    let t = text(&render("/timeline?milestone=basis"));
    assert!(t.contains("日期来源") && t.contains("gov.cn"), "{t:.600}");
    let t = text(&render("/timeline?milestone=issued"));
    assert!(!t.contains("日期来源"), "the text dates its own signing");
    let t = text(&render("/timeline?milestone=goals-2035"));
    assert!(t.contains("相关条目(本站归纳)"));
}

/// Every page the build writes to a file renders natively with its own heading and the text it
/// is about: what a reader without JavaScript (or a link preview) gets.
#[test]
fn every_prerendered_page_renders_its_content() {
    use taihang_policy::i18n::{Lang, article_title, city_heading, county_heading, milestone_title};
    use taihang_policy::model::policy;
    use taihang_policy::route::{CountiesState, DepartmentsState, Page, TimelineState, prerendered_pages};
    let p = policy();
    let pages = prerendered_pages();
    // 112 pages in each language, each in the standard and the elderly-friendly mode.
    assert_eq!(pages.len(), 448);
    for state in pages {
        let url = state.to_url();
        let html = render(&url);
        let t = text(&html);
        assert!(html.contains("<h1"), "{url} has a heading");
        assert!(!html.contains("页面不存在") && !html.contains("Page not found"), "{url} is found");
        let expected: Vec<String> = match &state.page {
            Page::Timeline(TimelineState { milestone: Some(id) }) => {
                let m = p.milestone(*id);
                vec![milestone_title(state.lang, m).to_string(), m.quote[0].to_string()]
            }
            Page::Counties(CountiesState::County(code)) => vec![county_heading(state.lang, p.county(*code).unwrap())],
            Page::Counties(CountiesState::City(code)) => vec![city_heading(state.lang, p.city(*code).unwrap())],
            // Every place of the gazetteer, with its basis.
            Page::Counties(CountiesState::Places) => p.places.iter().map(|pl| pl.name.to_string()).collect(),
            Page::Departments(DepartmentsState { unit: Some(id), .. }) => vec![p.unit(*id).full_name.to_string()],
            Page::Departments(DepartmentsState { article: Some(no), .. }) => {
                let a = p.article_at(*no);
                let mut v = vec![article_title(state.lang, a)];
                v.extend(a.responsibility.as_ref().map(|r| r.clause.to_string()));
                v
            }
            Page::Text(_) => vec![p.doc.printing_line.to_string()],
            _ => vec![state.lang.pick("太行老区政策", "Taihang Policy Explainer").to_string()],
        };
        for e in expected {
            assert!(t.contains(&e), "{url} shows {e}");
        }
        if state.lang == Lang::En {
            assert!(html.contains("hreflang=\"zh-CN\""), "{url} links its Chinese page");
        }
    }
}

#[test]
fn overview_says_what_the_policy_is_before_its_metadata() {
    let html = render("/");
    let t = text(&html);
    let intro = t
        .find("这是山西省人民政府落实国务院支持革命老区振兴发展意见的实施意见(晋政发〔2021〕36号)，2021年11月9日印发。")
        .expect("what it is");
    assert!(t.contains("它面向太行革命老区的35个县(市、区)，分属6个市：长治市、晋城市、阳泉市、晋中市、忻州市、大同市。"));
    assert!(
        t.contains("政策从5个方面提出支持措施：基础设施、实体经济、红色传承、生态保护、乡村振兴；并定下两步目标：到2025年，到2035年。")
    );
    // The way in and the county search come before the goals and the document's metadata.
    let start = t.find("从这里开始").unwrap();
    let find = t.find("查我的县区").unwrap();
    assert!(intro < start && start < find && find < t.find("两个阶段目标").unwrap() && find < t.find("发文机关").unwrap());
    assert!(html.contains(r#"id="county-search""#));
    // Each part is one card, labelled plainly with its size.
    assert_eq!(html.matches(r#"class="part-card""#).count(), 7);
    assert!(t.contains("基础设施 · 4条"));
    let t = text(&render("/en/"));
    assert!(t.contains("It covers the 35 counties and districts of the Taihang old revolutionary base area, in 6 cities: Changzhi, "));
    assert!(t.contains("Infrastructure · 4 articles") && t.contains("Find my county"));
}

#[test]
fn department_chart_sentences_agree_with_their_table() {
    let html = render("/departments/");
    let charts = &html[html.find(r#"class="matrix-charts""#).unwrap()..];
    let body = &charts[charts.find("<tbody>").unwrap()..charts.find("</tbody>").unwrap()];
    // (unit, leads, joint, supports, total) per row of the bars' table.
    let rows: Vec<(String, Vec<usize>)> = body
        .split("<tr>")
        .skip(1)
        .map(|row| {
            let name = text(&row[..row.find("</th>").unwrap()]).trim().to_string();
            let cells = row.split(r#"<td class="num">"#).skip(1).map(|c| c[..c.find('<').unwrap()].parse().unwrap()).collect();
            (name, cells)
        })
        .collect();
    assert_eq!(rows.len(), 37);
    let top = |col: usize| {
        let most = rows.iter().map(|r| r.1[col]).max().unwrap();
        let names: Vec<&str> = rows.iter().filter(|r| r.1[col] == most).map(|r| r.0.as_str()).collect();
        if names.len() > 1 { format!("{}各{}条", names.join("、"), most) } else { format!("{}({}条)", names[0], most) }
    };
    let once = rows.iter().filter(|r| r.1[3] == 1).count();
    let t = text(charts);
    let bars = format!("牵头条目最多的是{}；{}个单位只在一条中出现。", top(0), once);
    assert!(t.contains(&bars), "{bars}\n{:.400}", t);
    let heat = format!("参与条目最多的是{}；", top(3));
    assert!(t.contains(&heat), "{heat}\n{:.400}", t);
}

#[test]
fn reports_since_2021_or_a_plain_none_on_county_and_article_pages() {
    let t = text(&render("/counties/140431/"));
    assert!(t.contains("2021年以后的公开报道") && t.contains("于2021年11月开工建设"), "沁源's airport report");
    assert!(t.contains("不是政策原文，也不是官方评估"));
    let t = text(&render("/counties/140321/"));
    assert!(t.contains("本站查阅的来源中(截至2026年11月29日)没有找到相关报道。没有找到，不等于没有做。"), "平定: none found, said plainly");
    let t = text(&render("/text/"));
    assert!(t.contains("全线贯通") && t.matches("没有找到相关报道").count() >= 15, "every article says what was found");
    let t = text(&render("/en/departments/articles/13/"));
    assert!(t.contains("Reported since 2021") && t.contains("Completed") && t.contains("fully connected"));
}

#[test]
fn the_timeline_shows_reports_in_their_own_style_and_the_goals_no_assessment() {
    let p = taihang_policy::model::policy();
    let html = render("/timeline/");
    let reports = p.progress().reports.len();
    let marks = html.matches(r#"class="tl-report""#).count();
    assert!(marks >= 1 && marks <= reports, "{marks} diamonds for {reports} reports (grouped when they crowd)");
    let t = text(&html);
    assert!(t.contains("2021年以后的公开报道") && t.contains("全线贯通"));
    // The 2025 goals list what was reported on their articles, and say the text assesses nothing.
    let t = text(&render("/timeline/goals-2025/"));
    let detail = &t[t.find("政策文本没有评估这些目标是否实现").expect("no assessment")..];
    let goal = p.milestone(taihang_policy::model::MilestoneId::Goals2025);
    for r in p.reports_on_any(&goal.articles) {
        assert!(detail.contains(r.statement_zh), "{}", r.statement_zh);
    }
}

#[test]
fn a_units_page_lists_the_reports_on_its_articles() {
    // 省交通厅 leads (四) and has a role in (十三): both have reports.
    let t = text(&render("/departments/units/transport/"));
    assert!(t.contains("2021年以后的公开报道") && t.contains("雄忻高铁") && t.contains("全线贯通"), "{:.300}", t);
    assert!(t.contains("本站整理的公开报道"));
}

#[test]
fn every_widget_renders_its_content_without_the_site_around_it() {
    use taihang_policy::i18n::{Lang, article_title, county_heading, unit_name, unit_short};
    use taihang_policy::model::policy;
    use taihang_policy::route::{CountiesState, DepartmentsState, Frame, Mode, Page, prerendered_widgets};
    let p = policy();
    let widgets = prerendered_widgets();
    // Goals, timeline, 35 counties, 6 cities, the matrix, each unit and article; 2 languages, 2 modes.
    let per_language = 2 + p.counties.len() + p.cities.len() + 1 + p.units.len() + p.articles().len();
    assert_eq!(widgets.len(), per_language * 4);
    for state in widgets {
        let url = state.to_url();
        assert!(url.contains("/embed/"), "{url}");
        let html = render(&url);
        let t = text(&html);
        assert!(!html.contains("site-header") && !html.contains("site-nav") && !html.contains("site-footer"), "{url}: no site frame");
        assert!(html.contains("widget-source"), "{url}: a source link");
        // The source link and the switches are explicit; every other link follows <base target>.
        let site = state.with_frame(Frame::Site).to_url();
        assert!(html.contains(&format!("href=\"{site}\" target=\"_blank\" rel=\"noopener\"")), "{url}: links to {site}");
        assert!(html.contains("target=\"_self\""), "{url}: switches stay in the frame");
        // (The <html> class and the meta tags are the prerender's: checked on the built files.)
        let size_link = state.with_mode(match state.mode {
            Mode::Elder => Mode::Standard,
            Mode::Standard => Mode::Elder,
        });
        assert!(html.contains(&format!("href=\"{}\" target=\"_self\"", size_link.to_url())), "{url}: the other size");
        let expected: Vec<String> = match &state.page {
            Page::Overview => vec![p.goals()[0].year.to_string()],
            Page::Timeline(_) => p.timeline().iter().map(|m| m.quote[0].to_string()).collect(),
            Page::Counties(CountiesState::County(code)) => vec![county_heading(state.lang, p.county(*code).unwrap())],
            Page::Departments(DepartmentsState { unit: Some(id), .. }) => vec![unit_name(state.lang, p.unit(*id)).to_string()],
            Page::Departments(DepartmentsState { article: Some(no), .. }) => {
                let a = p.article_at(*no);
                // Its text, its summary and its units.
                let mut v = vec![article_title(state.lang, a), a.prose()[0].to_string()];
                v.extend(p.summary(a.no).map(|s| state.lang.pick(s.zh, s.en).to_string()));
                v
            }
            Page::Departments(_) => vec![unit_short(state.lang, &p.units[0]).to_string()],
            _ => vec![],
        };
        for e in expected {
            assert!(t.contains(&e), "{url} shows {e}");
        }
        if state.lang == Lang::Zh {
            assert!(t.contains("来源：太行老区政策"), "{url}: {t:.200}");
        }
    }
}

#[test]
fn a_widget_link_with_the_sites_refinements_says_they_were_ignored() {
    let html = render("/embed/departments/?sort=leads");
    assert!(text(&html).contains("默认视图"), "{html:.300}");
    // A page that has no widget is the site's 404.
    assert!(text(&render("/embed/text/")).contains("页面不存在"));
}

/// The app starts on the reader's first use (build/start.js), so what it does on a press is in
/// the prerendered page already, for the styles to show where scripts run: share on every page,
/// embed where there is a widget, read aloud beside what it reads.
#[test]
fn prerendered_pages_carry_the_buttons_the_app_answers() {
    let county = render("/counties/140431/");
    for id in ["id=\"share-button\"", "id=\"embed-button\"", "class=\"read-aloud\""] {
        assert!(county.contains(id), "county page has {id}");
    }
    assert!(county.contains("id=\"read-county-own\" class=\"button\">朗读</button>"), "the read-aloud button itself");
    let text_page = render("/en/text/");
    assert!(
        text_page.contains("id=\"share-button\"") && !text_page.contains("id=\"embed-button\""),
        "the text page: share, no widget to embed"
    );
}

/// Before the app runs, a tile of the map leads to its county's page (build/start.js follows its
/// `data-href`), in the page's language.
#[test]
fn every_map_tile_names_its_countys_page() {
    let p = taihang_policy::model::policy();
    for (url, prefix) in [("/counties/", "/counties/"), ("/en/counties/140431/", "/en/counties/")] {
        let html = render(url);
        for county in &p.counties {
            let open = format!("id=\"tile-{}\"", county.code);
            let at = html.find(&open).unwrap_or_else(|| panic!("{url}: no tile for {}", county.code));
            let tag = &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
            assert!(tag.contains(&format!("data-href=\"{prefix}{}/\"", county.code)), "{url}: {tag}");
        }
    }
}

#[test]
fn the_gazetteer_is_a_page_of_its_own_that_every_counties_page_links() {
    let places = render("/counties/places/");
    let state = taihang_policy::route::ViewState::from_url("/counties/places/", "", "").state;
    assert_eq!(state.title(), "地名表：原文中的地点及其所在县区 · 县区 · 太行老区政策", "its title names it");
    assert!(places.contains(r#"<h2 id="places-heading" tabindex="-1">地名表"#), "its heading");
    assert!(places.contains(r#"<details open class="data-table-details gazetteer">"#), "the table is open");
    assert!(text(&places).contains("沁源太岳"), "a place of the text");
    for url in ["/counties/", "/counties/140431/", "/counties/140400/"] {
        let html = render(url);
        assert!(html.contains(r#"href="/counties/places/""#), "{url} links the gazetteer");
        assert!(!html.contains("data-table-details gazetteer"), "{url} leaves the table to its page");
    }
    assert!(render("/en/counties/140431/").contains(r#"href="/en/counties/places/""#), "in English too");
}
