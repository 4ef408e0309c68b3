//! The policy model against the verbatim text: every fact the interface relies on, pinned.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::text::{self, Role, chinese_numeral, parse_chinese_numeral, split_units};
use taihang_policy::model::{Code, Date, Policy, SOURCE_TEXT, UnitKind, policy};

fn units(article: u8, role: Role) -> Vec<&'static str> {
    policy().article(article).unwrap().responsibility.as_ref().map_or(vec![], |r| r.units_with(role).collect())
}

#[test]
fn reassembles_the_source_exactly() {
    let doc = &policy().doc;
    let source_lines: Vec<&str> =
        SOURCE_TEXT.lines().map(|l| l.trim_matches(char::is_whitespace)).filter(|l| !l.is_empty() && !doc.dropped.contains(l)).collect();
    assert_eq!(doc.lines(), source_lines);
    // Only the web page's own chrome is dropped.
    assert_eq!(doc.dropped, ["老区政策", "老区政策", "红色山西网\u{a0}\u{a0}2024-07-07\u{a0}\u{a0}浏览:3401", "Fullscreen Image"]);
    // Every character outside blank lines is accounted for.
    let source_chars: usize = SOURCE_TEXT.lines().map(|l| l.trim_matches(char::is_whitespace).chars().count()).sum();
    let model_chars: usize = doc.lines().iter().chain(&doc.dropped).map(|l| l.chars().count()).sum();
    assert_eq!(source_chars, model_chars);
}

#[test]
fn every_article_is_heading_prose_and_clause() {
    for a in policy().articles() {
        let prose: String = a.prose().concat();
        let clause = a.responsibility.as_ref().map(|r| format!("({})", r.clause)).unwrap_or_default();
        assert_eq!(prose + &clause, a.paragraphs.concat(), "article {}", a.no);
        assert_eq!(a.sentences().concat(), a.prose().concat(), "article {}", a.no);
        assert_eq!(a.heading, format!("{}{}。", a.label(), a.title));
        for line in std::iter::once(a.heading).chain(a.paragraphs.iter().copied()) {
            assert!(SOURCE_TEXT.lines().any(|l| l.trim() == line), "article {} is verbatim", a.no);
        }
    }
}

#[test]
fn header_dates_and_numbers() {
    let doc = &policy().doc;
    assert_eq!(doc.title, "关于新时代支持山西太行革命老区振兴发展的实施意见");
    assert_eq!(doc.issuer, "山西省人民政府");
    assert_eq!(doc.number, "晋政发〔2021〕36号");
    assert_eq!(doc.issued, Date::new(2021, 11, 8));
    assert_eq!(doc.issued.to_string(), "2021-11-08");
    assert_eq!(doc.printed, Date::new(2021, 11, 9));
    assert_eq!(doc.printer, "山西省人民政府办公厅");
    assert_eq!(doc.signatory, "山西省人民政府");
    assert_eq!(doc.national_basis(), Some(("《国务院关于新时代支持革命老区振兴发展的意见》", "国发〔2021〕3号")));
}

#[test]
fn seven_parts_twenty_two_articles() {
    let doc = &policy().doc;
    assert_eq!(doc.parts.len(), 7);
    assert_eq!(doc.articles.len(), 22);
    let ranges: Vec<(u8, u8)> = doc.parts.iter().map(|p| (*p.articles.start(), *p.articles.end())).collect();
    assert_eq!(ranges, [(1, 2), (3, 6), (7, 10), (11, 13), (14, 16), (17, 19), (20, 22)]);
    assert_eq!(doc.part(4).unwrap().title, "大力传承红色基因,丰富太行精神时代内涵");
    assert_eq!(doc.article(4).unwrap().title, "完善现代综合交通网络");
    assert_eq!(doc.article(22).unwrap().label(), "(二十二)");
    for (i, a) in doc.articles.iter().enumerate() {
        assert_eq!(a.no as usize, i + 1);
        assert!(doc.part(a.part).unwrap().articles.contains(&a.no));
    }
}

#[test]
fn goals_for_2025_and_2035() {
    let goals = policy().goals();
    assert_eq!(goals.iter().map(|g| g.year).collect::<Vec<_>>(), [2025, 2035]);
    assert!(goals[0].text.starts_with("到2025年,太行革命老区基础设施和公共服务体系更加完善"));
    assert!(goals[0].text.ends_with("居民收入增长幅度高于全国平均水平。"));
    assert!(goals[1].text.starts_with("到2035年,太行革命老区与全省、全国同步基本实现社会主义现代化"));
    assert!(goals[1].text.ends_with("人民群众获得感、幸福感、安全感更加充实。"));
}

#[test]
fn annex_six_cities_thirty_five_counties() {
    let p = policy();
    assert_eq!(p.cities.len(), 6);
    assert_eq!(p.counties.len(), 35);
    let per_city: Vec<(&str, usize)> = p.cities.iter().map(|c| (c.name, p.counties_of(c.code).count())).collect();
    assert_eq!(per_city, [("长治市", 12), ("晋城市", 6), ("阳泉市", 5), ("晋中市", 5), ("忻州市", 4), ("大同市", 3)]);
    for line in &p.doc.annex {
        assert_eq!(line.declared, line.counties.len());
    }
    let mut codes: Vec<Code> = p.counties.iter().map(|c| c.code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 35, "codes are unique");
    for county in &p.counties {
        assert_eq!(county.code.city(), county.city, "{} lies in its city", county.name);
        assert!(p.city(county.city).is_some());
    }
}

#[test]
fn the_two_chengqu_are_two_districts() {
    let p = policy();
    let chengqu: Vec<(Code, &str)> =
        p.counties.iter().filter(|c| c.name == "城区").map(|c| (c.code, p.city(c.city).unwrap().name)).collect();
    assert_eq!(chengqu, [(Code::new(140502).unwrap(), "晋城市"), (Code::new(140302).unwrap(), "阳泉市")]);
    assert_eq!(p.county("140429".parse().unwrap()).unwrap().name, "武乡县");
}

#[test]
fn county_reference_data() {
    let p = policy();
    let by_code = |c: u32| p.county(Code::new(c).unwrap()).unwrap();
    assert_eq!(by_code(140924).pinyin, "Fánshì Xiàn");
    assert_eq!(by_code(140924).pinyin_initials, "fsx", "繁峙 is shì (corrected from the reference's fzx)");
    assert_eq!(by_code(140428).pinyin, "Zhǎngzǐ Xiàn");
    assert_eq!(by_code(140322).pinyin_search, "yuxian");
    assert!(!by_code(140403).is_seat, "潞州区 has an area centroid");
    assert_eq!(p.city(Code::new(140400).unwrap()).unwrap().name_en(), "Changzhi");
    for c in &p.counties {
        // Initials are the first letters of the syllables: the first matches, all appear in order.
        let mut rest = c.pinyin_search.chars();
        assert_eq!(c.pinyin_search.chars().next(), c.pinyin_initials.chars().next(), "{}", c.name);
        assert!(c.pinyin_initials.chars().all(|i| rest.any(|ch| ch == i)), "{}", c.name);
        assert_eq!(text::chinese_numeral(1), "一");
        // Shanxi lies between 34.5–40.8°N and 110–114.6°E.
        assert!((34.5..40.8).contains(&c.lat) && (110.0..114.6).contains(&c.lon), "{}", c.name);
    }
}

#[test]
fn code_parsing_is_strict() {
    assert_eq!("140302".parse::<Code>().unwrap().to_string(), "140302");
    for bad in ["", "14030", "1403020", "14o302", "-14030", " 140302", "٣٤٥٦٧٨"] {
        assert!(bad.parse::<Code>().is_err(), "{bad:?}");
    }
}

#[test]
fn responsibility_article_three() {
    assert_eq!(units(3, Role::Lead), ["省发展改革委"]);
    assert_eq!(units(3, Role::Support), ["省通信管理局", "省工信厅", "省科技厅"]);
    assert!(units(3, Role::Joint).is_empty());
}

#[test]
fn article_four_has_two_leads() {
    assert_eq!(units(4, Role::Lead), ["省发展改革委", "省交通厅"]);
    assert_eq!(units(4, Role::Support), ["省文旅厅", "省自然资源厅"]);
}

#[test]
fn articles_one_and_two_assign_no_one() {
    assert!(policy().article(1).unwrap().responsibility.is_none());
    assert!(policy().article(2).unwrap().responsibility.is_none());
    for no in 3..=22 {
        assert!(policy().article(no).unwrap().responsibility.is_some(), "article {no}");
    }
}

#[test]
fn nineteen_and_twenty_one_have_no_lead() {
    assert!(units(19, Role::Lead).is_empty());
    assert_eq!(units(19, Role::Joint), ["省民政厅", "省教育厅", "省人社厅", "省医保局", "省卫健委", "省发展改革委"]);
    assert!(units(21, Role::Lead).is_empty());
    assert_eq!(units(21, Role::Joint), ["省财政厅", "人行太原中心支行", "省地方金融监管局", "山西银保监局", "山西证监局", "省自然资源厅"]);
    let kinds: Vec<UnitKind> = units(21, Role::Joint).iter().map(|n| policy().unit_by_name(n).unwrap().kind).collect();
    // Fact-check: 省地方金融监管局 is a provincial government body; the other three are the
    // central bank's branch and the Shanxi offices of two central regulators.
    assert_eq!(
        kinds,
        [UnitKind::Government, UnitKind::Finance, UnitKind::Government, UnitKind::Finance, UnitKind::Finance, UnitKind::Government]
    );
}

#[test]
fn collectives_in_twenty_and_twenty_two() {
    for no in [20, 22] {
        assert!(units(no, Role::Lead).is_empty());
        assert_eq!(units(no, Role::Joint), ["省直有关部门", "相关市人民政府"], "article {no}");
        for name in units(no, Role::Joint) {
            assert_eq!(policy().unit_by_name(name).unwrap().kind, UnitKind::Collective);
        }
    }
}

#[test]
fn he_joins_units_but_not_inside_a_name() {
    assert_eq!(units(7, Role::Support), ["省发展改革委", "省市场监管局", "省商务厅", "省粮食和储备局"]);
    assert_eq!(units(10, Role::Lead), ["省商务厅"]);
    assert_eq!(units(10, Role::Support), ["省发展改革委", "相关市人民政府"]);
    assert_eq!(split_units("省发展改革委和相关市人民政府").unwrap(), ["省发展改革委", "相关市人民政府"]);
    assert_eq!(split_units("省粮食和储备局").unwrap(), ["省粮食和储备局"]);
    assert!(split_units("省发展改革委、和平").is_err());
}

#[test]
fn city_government_and_enterprise() {
    assert!(units(11, Role::Support).contains(&"长治市人民政府"));
    assert_eq!(policy().unit_by_name("长治市人民政府").unwrap().kind, UnitKind::City);
    assert_eq!(units(11, Role::Lead), ["省委宣传部"]);
    assert_eq!(policy().unit_by_name("省委宣传部").unwrap().kind, UnitKind::Party);
    assert_eq!(policy().unit_by_name("团省委").unwrap().kind, UnitKind::People);
    assert!(units(17, Role::Support).contains(&"国网山西省电力公司"));
    assert_eq!(policy().unit_by_name("国网山西省电力公司").unwrap().kind, UnitKind::Enterprise);
    assert_eq!(units(17, Role::Support).len(), 12);
}

/// The app parses without the checks that only check (`policy()` in the browser): here, and in
/// the prerender step, they run on every build, and they pass.
#[test]
fn the_sources_pass_every_check() {
    policy().check().unwrap();
    assert_eq!(Policy::load().unwrap().readings(), policy().readings(), "the checks change nothing");
}

#[test]
fn unit_registry_is_complete() {
    let p = policy();
    assert_eq!(p.unit_by_name("省发展改革委").unwrap().full_name, "山西省发展和改革委员会");
    assert_eq!(p.unit_by_key("drc").unwrap().name, "省发展改革委");
    // Every unit named anywhere has an entry (Policy::load also refuses unused entries).
    for a in p.articles() {
        for asg in a.responsibility.iter().flat_map(|r| &r.assignments) {
            let unit = p.unit_by_name(asg.unit).unwrap_or_else(|| panic!("{} has no entry", asg.unit));
            assert!(unit.id.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", unit.id);
        }
    }
    let drc = p.unit_by_key("drc").unwrap();
    let leads: Vec<u8> = p.roles_of(drc).filter(|(_, r)| *r == Role::Lead).map(|(a, _)| a.no).collect();
    assert_eq!(leads, [3, 4]);
    assert_eq!(p.roles_of(drc).count(), 17);
}

#[test]
fn responsibility_parser_rejects_malformed_clauses() {
    use text::Responsibility;
    assert!(Responsibility::parse("省发展改革委牵头").is_err());
    assert!(Responsibility::parse("省发展改革委牵头省工信厅按职责分工负责").is_err());
    let r = Responsibility::parse("省水利厅牵头,省农业农村厅按职责分工负责").unwrap();
    assert_eq!(r.role_of("省水利厅"), Some(Role::Lead));
    assert_eq!(r.role_of("省农业农村厅"), Some(Role::Support));
    assert_eq!(r.role_of("省财政厅"), None);
}

#[test]
fn parser_reports_broken_text_instead_of_panicking() {
    let cases = [
        "",
        "只有一行",
        "山西省人民政府 标题 晋政发〔2021〕36号\n各位:\n前言\n(一)无部分。\n正文",
        "山西省人民政府 标题 晋政发〔2021〕36号\n各位:\n前言\n一、部分\n(二)错序。\n正文",
        &SOURCE_TEXT.replace("2021年11月8日", "2021年13月8日"),
        &SOURCE_TEXT.replace("按职责分工负责)", "按职责分工)"),
        &SOURCE_TEXT.replace("山西省人民政府办公厅2021年11月9日印发", "印刷"),
    ];
    for case in cases {
        assert!(text::parse(case).is_err(), "{:?}", case.chars().take(60).collect::<String>());
    }
}

#[test]
fn chinese_numerals_round_trip() {
    for n in 1..=99 {
        assert_eq!(parse_chinese_numeral(&chinese_numeral(n)), Some(n));
    }
    assert_eq!(chinese_numeral(10), "十");
    assert_eq!(chinese_numeral(21), "二十一");
    assert_eq!(parse_chinese_numeral("二一"), None);
    // Only the form chinese_numeral writes: no 一十, no 〇, nothing around it.
    for not in ["", "一十", "一十一", "十十", "二十二十", "〇", "十一、", "二十一二", "百", "(三)"] {
        assert_eq!(parse_chinese_numeral(not), None, "{not}");
    }
}

#[test]
fn labels_cover_every_part_and_article() {
    let p = policy();
    for no in 1..=22 {
        assert!(!p.article_labels(no).unwrap().title_en.is_empty());
    }
    for no in 1..=7 {
        assert!(!p.part_labels(no).unwrap().short_zh.is_empty());
    }
    assert!(p.article_labels(23).is_none() && p.article_labels(0).is_none());
}
