//! Every valid view state round-trips through its URL; anything else falls back to a default.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use taihang_policy::i18n::Lang;
use taihang_policy::model::timeline::MILESTONE_IDS;
use taihang_policy::model::{Code, UnitKind, policy};
use taihang_policy::model::matrix::RowOrder;
use taihang_policy::route::{Page, Param, Parsed, Section, UrlProblem, ViewState, clean_query, decode, encode};

fn parse(url: &str) -> Parsed {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    ViewState::from_url(path, query)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn page() -> impl Strategy<Value = Page> {
    let p = policy();
    let codes: Vec<Code> = p.counties.iter().map(|c| c.code).collect();
    let units: Vec<&'static str> = p.units.iter().map(|u| u.id).collect();
    let cities: Vec<Code> = p.cities.iter().map(|c| c.code).collect();
    prop_oneof![
        Just(Page::Overview),
        prop::option::of(prop::sample::select(MILESTONE_IDS.to_vec())).prop_map(|milestone| Page::Timeline { milestone }),
        (prop::option::of(prop::sample::select(codes)), prop::option::of(prop::sample::select(cities)))
            .prop_map(|(county, city)| Page::Counties { county, city }),
        (
            prop::option::of(prop::sample::select(units)),
            prop::option::of(1u8..=22),
            prop::sample::select(RowOrder::ALL.to_vec()),
            prop::option::of(prop::sample::select(UnitKind::ALL.to_vec())),
        )
            .prop_map(|(unit, article, sort, kind)| Page::Departments { unit, article, sort, kind }),
        // Any text a reader might type, as the app keeps it.
        any::<String>().prop_map(|q| Page::Text { query: clean_query(&q) }),
    ]
}

proptest! {
    #[test]
    fn every_valid_state_round_trips(lang in lang(), page in page()) {
        let state = ViewState::new(lang, page);
        let url = state.to_url();
        let parsed = parse(&url);
        prop_assert_eq!(&parsed.state, &state, "url {}", url);
        prop_assert!(parsed.problems.is_empty(), "url {} gave {:?}", url, parsed.problems);
        prop_assert!(url.is_ascii(), "urls are ASCII: {}", url);
    }

    #[test]
    fn any_url_parses_to_some_state(path in ".{0,40}", query in ".{0,80}") {
        let parsed = ViewState::from_url(&path, &query);
        // Whatever came in, what goes out is a valid URL of its own.
        if parsed.state.page.section().is_some() {
            let again = parse(&parsed.state.to_url());
            prop_assert_eq!(again.state, parsed.state);
        }
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
    assert_eq!(ViewState::new(Lang::Zh, Page::county(Code::new(140429).unwrap())).to_url(), "/counties?county=140429");
}

#[test]
fn aliases_and_tolerated_forms() {
    let county = |url: &str| match parse(url).state.page {
        Page::Counties { county, .. } => county.map(|c| c.get()),
        other => panic!("{url} → {other:?}"),
    };
    assert_eq!(county("/counties/140429"), Some(140429), "code as a path segment");
    assert_eq!(county("/counties/?county=140302"), Some(140302), "trailing slash");
    assert_eq!(county("/counties?county=%20140302"), Some(140302), "spaces around a code");
    assert_eq!(parse("/index.html").state.page, Page::Overview);
    assert_eq!(parse("/en").state, ViewState::new(Lang::En, Page::Overview));
    // A unit may be named as the text writes it.
    let unit = match parse("/departments?unit=%E7%9C%81%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94").state.page {
        Page::Departments { unit, .. } => unit,
        _ => None,
    };
    assert_eq!(unit, Some("drc"));
    let q = match parse("/text?q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA").state.page {
        Page::Text { query } => query,
        _ => String::new(),
    };
    assert_eq!(q, "通用机场");
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
        assert!(
            matches!(&parsed.problems[..], [UrlProblem::BadValue { key: k, .. }] if *k == key),
            "{url}: {:?}",
            parsed.problems
        );
    }
}

#[test]
fn unknown_parameters_are_ignored_and_reported() {
    let parsed = parse("/counties?county=140429&utm_source=wechat&from=singlemessage");
    assert_eq!(parsed.state.page, Page::county(Code::new(140429).unwrap()));
    assert_eq!(parsed.problems.len(), 2);
    // A parameter of another page is not silently applied here.
    let parsed = parse("/timeline?county=140429");
    assert_eq!(parsed.state.page, Page::Timeline { milestone: None });
    assert_eq!(parsed.problems, [UrlProblem::Unknown { key: Param::County.key().into() }]);
}

#[test]
fn unknown_paths_are_not_found() {
    for url in ["/nope", "/timeline/extra", "/en/nope", "/enx", "/counties/140429/more"] {
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
