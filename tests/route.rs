//! Every valid view state round-trips through its URL; anything else falls back to a default.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use taihang_policy::i18n::Lang;
use taihang_policy::model::matrix::RowOrder;
use taihang_policy::model::{ArticleNo, Code, MilestoneId, UnitId, UnitKind, policy};
use taihang_policy::route::*;

fn parse(url: &str) -> Parsed {
    let (url, fragment) = url.split_once('#').unwrap_or((url, ""));
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    ViewState::from_url(path, query, fragment)
}

fn code(c: u32) -> Code {
    Code::new(c).unwrap()
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn anchor() -> impl Strategy<Value = Anchor> {
    let p = policy();
    let articles: Vec<ArticleNo> = p.articles().iter().map(|a| a.id()).collect();
    prop_oneof![
        Just(Anchor::Preamble),
        Just(Anchor::Signature),
        Just(Anchor::Printing),
        prop::sample::select(articles).prop_map(Anchor::Article),
    ]
}

fn page() -> impl Strategy<Value = Page> {
    let p = policy();
    let codes: Vec<Code> = p.counties.iter().map(|c| c.code).collect();
    let units: Vec<UnitId> = p.units.iter().map(|u| u.id).collect();
    let cities: Vec<Code> = p.cities.iter().map(|c| c.code).collect();
    let articles: Vec<ArticleNo> = p.articles().iter().map(|a| a.id()).collect();
    prop_oneof![
        Just(Page::Overview),
        prop::option::of(prop::sample::select(MilestoneId::ALL.to_vec())).prop_map(|milestone| Page::Timeline(TimelineState { milestone })),
        prop_oneof![
            Just(CountiesState::Picker),
            Just(CountiesState::Places),
            prop::sample::select(codes).prop_map(CountiesState::County),
            prop::sample::select(cities).prop_map(CountiesState::City),
        ]
        .prop_map(Page::Counties),
        (
            prop::option::of(prop::sample::select(units)),
            prop::option::of(prop::sample::select(articles)),
            prop::sample::select(RowOrder::ALL.to_vec()),
            prop::option::of(prop::sample::select(UnitKind::ALL.to_vec())),
        )
            .prop_map(|(unit, article, sort, kind)| Page::Departments(DepartmentsState { unit, article, sort, kind })),
        // Any text a reader might type (unicode, injection-like, overlong), as the app keeps it.
        (any::<String>(), prop::option::of(anchor())).prop_map(|(q, anchor)| Page::Text(TextState { query: clean_query(&q), anchor })),
        "(<script>|';--|%00|\\.\\./|[a-z/]|\u{4e00}-\u{9fff}){0,12}".prop_map(|q| Page::search(&q)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn every_valid_state_round_trips(lang in lang(), page in page(), elder in any::<bool>()) {
        let state = ViewState::new(lang, page).with_mode(if elder { Mode::Elder } else { Mode::Standard });
        let url = state.to_url();
        let parsed = parse(&url);
        prop_assert_eq!(&parsed.state, &state, "url {}", url);
        prop_assert!(parsed.problems.is_empty(), "url {} gave {:?}", url, parsed.problems);
        prop_assert!(url.is_ascii(), "urls are ASCII: {}", url);
    }

    #[test]
    fn every_widget_round_trips(lang in lang(), page in page(), elder in any::<bool>()) {
        let mode = if elder { Mode::Elder } else { Mode::Standard };
        if let Some(state) = ViewState::embed(lang, mode, &page) {
            let url = state.to_url();
            let parsed = parse(&url);
            prop_assert_eq!(&parsed.state, &state, "url {}", url);
            prop_assert!(parsed.problems.is_empty(), "url {} gave {:?}", url, parsed.problems);
            // Its site page is the page it was made from, less what a widget leaves out.
            prop_assert_eq!(state.with_frame(Frame::Site).page.embedded(), Some(state.page.clone()));
        }
    }

    #[test]
    fn any_url_parses_to_some_state(path in "(/en)?(/[a-z0-9%]{0,12}){0,3}|.{0,60}", query in ".{0,120}", fragment in ".{0,20}") {
        let parsed = ViewState::from_url(&path, &query, &fragment);
        // Whatever came in, what goes out is a valid URL of its own, read back the same.
        let again = parse(&parsed.state.to_url());
        prop_assert_eq!(again.state, parsed.state);
    }

    #[test]
    fn encoding_round_trips(s in any::<String>()) {
        prop_assert_eq!(decode(&encode(&s)), s);
    }
}

#[test]
fn every_section_has_a_path() {
    for section in Section::ALL {
        let url = ViewState::new(Lang::Zh, Page::of(section)).to_url();
        assert_eq!(parse(&url).state.page.section(), Some(section), "{url}");
    }
    assert_eq!(ViewState::new(Lang::Zh, Page::Overview).to_url(), "/");
    assert_eq!(ViewState::new(Lang::En, Page::Overview).to_url(), "/en/");
    let url = |page: Page| ViewState::new(Lang::Zh, page).to_url();
    let widget = |lang, mode, page: Page| ViewState::embed(lang, mode, &page).map(|s| s.to_url());
    assert_eq!(widget(Lang::Zh, Mode::Standard, Page::county(code(140429))).as_deref(), Some("/embed/counties/140429/"));
    assert_eq!(widget(Lang::En, Mode::Elder, Page::Overview).as_deref(), Some("/en/elder/embed/goals/"));
    assert_eq!(widget(Lang::Zh, Mode::Standard, Page::milestone(MilestoneId::Goals2025)).as_deref(), Some("/embed/timeline/"));
    assert_eq!(widget(Lang::Zh, Mode::Standard, Page::of(Section::Text)), None);
    assert_eq!(widget(Lang::Zh, Mode::Standard, Page::of(Section::Counties)), None);
    assert_eq!(parse("/embed/").state.page, Page::NotFound { path: "/embed/".into() });
    assert_eq!(parse("/elder/embed/text/").state.frame, Frame::Site, "no widget: the site's 404");
    assert_eq!(
        parse("/en/elder/embed/counties/140400/").state,
        ViewState::embed(Lang::En, Mode::Elder, &Page::city(code(140400))).unwrap()
    );
    // The elderly-friendly mode: a path prefix on every page; `?mode=elder` (a link's way of asking) reads the same.
    let elder = ViewState::new(Lang::Zh, Page::county(code(140431))).with_mode(Mode::Elder);
    assert_eq!(elder.to_url(), "/elder/counties/140431/");
    assert_eq!(parse("/counties/140431/?mode=elder").state, elder);
    assert_eq!(parse("/en/elder/").state, ViewState::new(Lang::En, Page::Overview).with_mode(Mode::Elder));
    let bad = parse("/counties/140431/?mode=huge");
    assert_eq!(bad.state.mode, Mode::Standard);
    assert_eq!(bad.problems, vec![UrlProblem::BadValue { key: "mode", value: "huge".into() }]);
    assert_eq!(url(Page::of(Section::Timeline)), "/timeline/");
    assert_eq!(url(Page::county(code(140429))), "/counties/140429/");
    assert_eq!(url(Page::city(code(140400))), "/counties/140400/");
    assert_eq!(url(Page::milestone(MilestoneId::Goals2025)), "/timeline/goals-2025/");
    let four = policy().article_no(4).unwrap();
    assert_eq!(ViewState::new(Lang::En, Page::article_text(four)).to_url(), "/en/text/#a4");
    let drc = policy().unit_by_key("drc").unwrap().id;
    assert_eq!(url(Page::unit(drc)), "/departments/units/drc/");
    let nineteen = DepartmentsState::default().with_article(policy().article_no(19));
    assert_eq!(url(Page::Departments(nineteen)), "/departments/articles/19/");
    let state = nineteen.with_unit(Some(drc)).with_order(RowOrder::Leads, Some(UnitKind::Finance));
    assert_eq!(url(Page::Departments(state)), "/departments/units/drc/?article=19&sort=leads&kind=finance");
    assert_eq!(url(Page::search("机场")), "/text/?q=%E6%9C%BA%E5%9C%BA");
}

#[test]
fn anchors_round_trip_and_refuse_other_spellings() {
    for no in 1..=22 {
        let anchor = Anchor::Article(policy().article_no(no).unwrap());
        assert_eq!(Anchor::from_id(&anchor.id()), Some(anchor));
    }
    for id in ["preamble", "signature", "printing"] {
        assert_eq!(Anchor::from_id(id).map(Anchor::id).as_deref(), Some(id));
    }
    for junk in ["", "a", "a0", "a04", "a23", "a+4", "A4", "main", "picker", "a４"] {
        assert_eq!(Anchor::from_id(junk), None, "{junk:?}");
    }
    // A fragment only means something on the full text.
    assert_eq!(parse("/text#a4").state.page, Page::article_text(policy().article_no(4).unwrap()));
    assert_eq!(parse("/text#main").state.page, Page::of(Section::Text));
    assert_eq!(parse("/counties#picker").state.page, Page::of(Section::Counties));
}

#[test]
fn aliases_and_tolerated_forms() {
    let county = |url: &str| match parse(url).state.page {
        Page::Counties(s) => s.county().map(|c| c.get()),
        other => panic!("{url} → {other:?}"),
    };
    assert_eq!(county("/counties/140429"), Some(140429), "code as a path segment");
    assert_eq!(county("/counties/?county=140302"), Some(140302), "trailing slash");
    assert_eq!(county("/counties?county=%20140302"), Some(140302), "spaces around a code");
    assert_eq!(county("/counties?county=140429&city=140500"), Some(140429), "a county wins over a city");
    assert_eq!(county("/counties?city=140500&county=140429"), Some(140429), "in either order");
    assert_eq!(parse("/index.html").state.page, Page::Overview);
    assert_eq!(parse("/en").state, ViewState::new(Lang::En, Page::Overview));
    // A unit may be named as the text writes it.
    let unit = match parse("/departments?unit=%E7%9C%81%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94").state.page {
        Page::Departments(s) => s.unit,
        _ => None,
    };
    assert_eq!(unit.map(UnitId::as_str), Some("drc"));
    assert_eq!(parse("/text?q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA").state.page, Page::search("通用机场"));
}

#[test]
fn bad_values_fall_back_and_are_reported() {
    for (url, key) in [
        ("/counties?county=999999", "county"),
        ("/counties?county=140100", "county"),
        ("/counties?county=abc", "county"),
        ("/counties?city=140100", "city"),
        ("/counties/wuxiang", "county"),
        ("/departments?unit=nobody", "unit"),
        ("/departments?article=23", "article"),
        ("/departments?article=0", "article"),
        ("/departments?sort=random", "sort"),
        ("/departments?kind=alien", "kind"),
        ("/timeline?milestone=2099", "milestone"),
    ] {
        let parsed = parse(url);
        let section = parsed.state.page.section().unwrap();
        assert_eq!(parsed.state.page, Page::of(section), "{url} falls back to the default");
        assert!(matches!(&parsed.problems[..], [UrlProblem::BadValue { key: k, .. }] if *k == key), "{url}: {:?}", parsed.problems);
    }
}

#[test]
fn bad_values_are_shown_back_decoded() {
    let parsed = parse("/counties/%E6%AD%A6%E4%B9%A1");
    assert_eq!(parsed.problems, [UrlProblem::BadValue { key: "county", value: "武乡".into() }]);
    let parsed = parse("/nope/%3Cscript%3E");
    assert_eq!(parsed.state.page, Page::NotFound { path: "/nope/<script>".into() });
}

#[test]
fn unknown_parameters_are_ignored_and_reported() {
    let parsed = parse("/counties?county=140429&utm_source=wechat&from=singlemessage");
    assert_eq!(parsed.state.page, Page::county(code(140429)));
    assert_eq!(parsed.problems.len(), 2);
    // A parameter of another page is not silently applied here.
    let parsed = parse("/timeline?county=140429");
    assert_eq!(parsed.state.page, Page::of(Section::Timeline));
    assert_eq!(parsed.problems, [UrlProblem::Unknown { key: Param::County.key().into() }]);
}

#[test]
fn unknown_paths_are_not_found() {
    for url in
        ["/nope", "/timeline/extra/more", "/en/nope", "/enx", "/counties/140429/more", "/departments/units", "/departments/people/drc"]
    {
        assert!(matches!(parse(url).state.page, Page::NotFound { .. }), "{url}");
    }
}

#[test]
fn queries_are_cleaned() {
    assert_eq!(clean_query("  通用机场 \n"), "通用机场");
    assert_eq!(clean_query(&"长".repeat(200)).chars().count(), 64);
    assert_eq!(decode("%E0%A4%A"), "\u{fffd}%A", "broken escapes decode to something");
    assert_eq!(decode("a+b%2Bc"), "a b+c");
}

#[test]
fn the_old_query_forms_land_on_the_same_pages() {
    let drc = policy().unit_by_key("drc").unwrap().id;
    for (old, new) in [
        ("/counties?county=140429", "/counties/140429/"),
        ("/counties/140429", "/counties/140429/"),
        ("/counties?city=140400", "/counties/140400/"),
        ("/timeline?milestone=goals-2035", "/timeline/goals-2035/"),
        ("/departments?unit=drc", "/departments/units/drc/"),
        ("/departments?article=19", "/departments/articles/19/"),
        ("/departments?unit=drc&article=4&sort=name", "/departments/units/drc/?article=4&sort=name"),
        ("/en/text?q=5G#a3", "/en/text/?q=5G#a3"),
        ("/text#a4", "/text/#a4"),
    ] {
        let parsed = parse(old);
        assert!(parsed.problems.is_empty(), "{old}: {:?}", parsed.problems);
        assert_eq!(parsed.state.to_url(), new, "{old}");
        assert_eq!(parse(new).state, parsed.state, "{new}");
    }
    assert_eq!(parse("/departments/units/drc/").state.page, Page::unit(drc));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Every state, written in the old query form, reads the same as its new path.
    #[test]
    fn old_query_forms_map_to_the_new_paths(lang in lang(), page in page()) {
        let state = ViewState::new(lang, page.clone());
        let prefix = if lang == Lang::En { "/en" } else { "" };
        let old = match &page {
            Page::Timeline(TimelineState { milestone: Some(m) }) => format!("{prefix}/timeline?milestone={}", m.key()),
            Page::Counties(CountiesState::County(c)) => format!("{prefix}/counties?county={c}"),
            Page::Counties(CountiesState::City(c)) => format!("{prefix}/counties?city={c}"),
            Page::Departments(s) => {
                let mut q = vec![];
                q.extend(s.unit.map(|u| format!("unit={u}")));
                q.extend(s.article.map(|a| format!("article={}", a.get())));
                q.push(format!("sort={}", s.sort.key()));
                q.extend(s.kind.map(|k| format!("kind={}", k.key())));
                format!("{prefix}/departments?{}", q.join("&"))
            }
            _ => state.to_url(),
        };
        let parsed = parse(&old);
        prop_assert_eq!(&parsed.state, &state, "{}", old);
        prop_assert!(parsed.problems.is_empty());
    }
}

#[test]
fn every_prerendered_page_has_one_file() {
    let pages = prerendered_pages();
    let p = policy();
    // The sections, the milestones, the counties, the cities, the gazetteer, the units, the articles.
    let per_lang = 5 + 6 + p.counties.len() + p.cities.len() + 1 + p.units.len() + p.articles().len();
    assert_eq!(per_lang, 5 + 6 + 35 + 6 + 1 + 37 + 22);
    // Both languages, both modes.
    assert_eq!(pages.len(), 2 * 2 * per_lang);
    let mut files: Vec<String> = pages.iter().map(|s| s.file().expect("a path alone")).collect();
    for file in [
        "index.html",
        "en/counties/140429/index.html",
        "counties/places/index.html",
        "elder/index.html",
        "en/elder/departments/units/drc/index.html",
    ] {
        assert!(files.contains(&file.to_string()), "{file}");
    }
    files.sort();
    files.dedup();
    assert_eq!(files.len(), pages.len(), "no two pages share a file");
    for page in &pages {
        assert_eq!(&parse(&page.to_url()).state, page);
    }
    assert_eq!(ViewState::new(Lang::Zh, Page::search("x")).file(), None, "a query is no file");
}
