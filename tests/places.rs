//! The gazetteer and what the policy says for a county.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::{Basis, Code, Confidence, Whereabouts, policy};

fn code(c: u32) -> Code {
    Code::new(c).unwrap()
}

#[test]
fn every_gazetteer_entry_resolves_to_real_codes() {
    let p = policy();
    assert!(p.places.len() > 50);
    for place in &p.places {
        for c in &place.counties {
            assert!(p.county(*c).is_some(), "{}: {c}", place.name);
            assert!(place.cities.contains(&c.city()), "{}: city of {c} listed", place.name);
        }
        for c in &place.cities {
            assert!(p.city(*c).is_some(), "{}: city {c}", place.name);
        }
        if place.basis == Basis::None {
            assert!(place.counties.is_empty(), "{} is unplaced but has counties", place.name);
        }
        if place.confidence == Confidence::Low {
            assert!(place.counties.is_empty() && place.cities.is_empty(), "{}: low confidence is never placed", place.name);
        }
        if place.whereabouts() == Whereabouts::Outside || place.whereabouts() == Whereabouts::Region {
            assert!(place.counties.is_empty() && place.cities.is_empty(), "{}", place.name);
        }
        for &no in &place.articles {
            assert!(p.article(no).unwrap().prose().concat().contains(place.name), "{} in article {no}", place.name);
        }
    }
}

/// Every occurrence in the prose of a county's name, or of its name without 县/区/市 (two
/// characters or more), lies inside some gazetteer place that names it.
#[test]
fn every_county_named_in_the_text_is_in_the_gazetteer() {
    let p = policy();
    let mut checked = 0;
    for county in &p.counties {
        let short = county.name.trim_end_matches(['县', '区', '市']);
        let forms: Vec<&str> = if short.chars().count() >= 2 { vec![county.name, short] } else { vec![county.name] };
        for article in p.articles() {
            let prose = article.prose().concat();
            for form in &forms {
                for (at, _) in prose.match_indices(form) {
                    // 城区/郊区/矿区 are also ordinary words; only their full names count.
                    if form.chars().count() < 2 {
                        continue;
                    }
                    let covered = p.places_in(article.no).iter().any(|place| {
                        prose.match_indices(place.name).any(|(s, m)| s <= at && at + form.len() <= s + m.len())
                            && (place.counties.contains(&county.code) || place.cities.contains(&county.city))
                    });
                    // `城区` inside `潞城区` is a different county.
                    let inside_other = p
                        .counties
                        .iter()
                        .filter(|o| o.code != county.code && o.name.len() > form.len())
                        .any(|o| prose.match_indices(o.name).any(|(s, m)| s <= at && at + form.len() <= s + m.len()));
                    assert!(covered || inside_other, "{form} in article {} at byte {at} is not covered", article.no);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 25, "{checked} occurrences checked");
}

#[test]
fn wuxiang_gets_its_own_items() {
    let p = policy();
    let items = p.county_items(code(140429));
    let has = |article: u8, phrase: &str| items.iter().any(|m| m.article == article && m.clause.contains(phrase));
    assert!(has(12, "武乡县八路军总部王家峪片区"));
    assert!(has(12, "八路军太行纪念馆"));
    assert!(has(4, "武乡太行"));
    assert!(has(17, "乡村振兴示范区"));
    assert!(has(11, "太行干部学院"), "the cadre college is in 武乡 (fact-check)");
    // Every item reads a verbatim clause of one sentence of its article.
    for m in &items {
        assert!(p.article(m.article).unwrap().sentences().contains(&m.sentence) && m.sentence.contains(m.clause));
    }
    let articles: std::collections::BTreeSet<u8> = items.iter().map(|m| m.article).collect();
    assert_eq!(articles.into_iter().collect::<Vec<_>>(), [4, 11, 12, 17]);
    let counts = p.counts(code(140429));
    assert_eq!(counts.county, items.len());
    assert!(counts.city >= 15, "长治 is named in many more: {counts:?}");
}

#[test]
fn changzhi_is_named_at_city_level() {
    let p = policy();
    let items = p.city_items(code(140400), Some(code(140429)));
    for article in [10, 18, 8, 9, 14, 16, 19] {
        assert!(items.iter().any(|m| m.article == article), "长治 in article {article}");
    }
    assert!(p.city_government_articles(code(140400)).contains(&11), "长治市人民政府 in (十一)'s clause");
    // An item already shown as the county's own is not repeated at city level; another county's is.
    assert!(!items.iter().any(|m| m.place == "武乡太行"));
    assert!(items.iter().any(|m| m.place == "沁源太岳"));
}

#[test]
fn the_two_chengqu_are_not_mixed_up() {
    let p = policy();
    // Nothing in the text names either 城区 by itself; each gets its own city's measures.
    assert!(p.county_items(code(140502)).is_empty());
    assert!(p.county_items(code(140302)).is_empty());
    let jincheng = p.city_items(code(140500), Some(code(140502)));
    let yangquan = p.city_items(code(140300), Some(code(140302)));
    assert!(jincheng.iter().any(|m| m.place == "晋城民用机场"));
    assert!(yangquan.iter().any(|m| m.clause.contains("中共创建第一城")));
    // Each city's items are its own: the airports clause names both 阳泉 and 晋城, but 阳泉's
    // page gets only the cargo airport.
    assert!(yangquan.iter().all(|m| m.cities.contains(&code(140300))));
    assert!(!yangquan.iter().any(|m| m.place == "晋城民用机场"));
    assert!(jincheng.iter().all(|m| m.cities.contains(&code(140500))));
}

#[test]
fn articles_name_their_counties_and_cities() {
    let p = policy();
    let names = |codes: Vec<Code>| codes.iter().map(|c| p.county(*c).map_or("?", |x| x.name)).collect::<Vec<_>>();
    assert_eq!(names(p.counties_named_in(12)), ["潞城区", "武乡县", "左权县", "定襄县"]);
    assert!(p.counties_named_in(4).contains(&code(140429)));
    assert!(p.cities_named_in(11).contains(&code(140400)), "长治市人民政府 in the clause");
    assert!(p.cities_named_in(1).is_empty());
}

#[test]
fn summaries_cover_every_article_and_quote_only_the_text() {
    let p = policy();
    for a in p.articles() {
        let s = p.summary(a.no).unwrap();
        assert!(s.zh.chars().count() >= 30 && !s.en.is_empty(), "article {}", a.no);
        for h in &s.highlights {
            assert!(a.prose().concat().contains(h), "highlight {h} in {}", a.no);
        }
    }
    assert!(p.summary(3).unwrap().highlights.contains(&"行政村光纤宽带和4G网络基本全覆盖"));
    // Articles (一) and (二) assign no one, and their summaries say so rather than invent a unit.
    assert!(p.summary(1).unwrap().zh.contains("没有指定责任单位"));
    assert!(p.summary(2).unwrap().zh.contains("没有指定责任单位"));
}

fn found(query: &str) -> Vec<&'static str> {
    let p = policy();
    p.find_counties(query).iter().map(|c| p.county(*c).unwrap().name).collect()
}

#[test]
fn county_search_by_hanzi_pinyin_and_initials() {
    assert_eq!(found("武乡"), ["武乡县"]);
    assert_eq!(found("wuxiang"), ["武乡县"]);
    assert_eq!(found("Wǔxiāng"), ["武乡县"], "tones are ignored");
    assert_eq!(found("wu xiang"), ["武乡县"], "spaces are ignored");
    assert_eq!(found("WX"), ["武乡县"], "initials, any case");
    let yangquan = found("yangquan");
    assert_eq!(yangquan.len(), 5, "{yangquan:?}");
    assert!(yangquan.contains(&"城区") && yangquan.contains(&"盂县"));
    assert_eq!(found("阳泉").len(), 5);
    assert!(found("").is_empty() && found("   ").is_empty());
    assert!(found("xyzxyz").is_empty());
}

#[test]
fn county_search_knows_the_tricky_readings() {
    // 长治 is Cháng, 长子 is Zhǎng.
    assert_eq!(found("changzhi").len(), 12);
    assert!(!found("zhangzhi").iter().any(|n| n.contains("长治")));
    assert_eq!(found("zhangzi"), ["长子县"]);
    assert!(found("changzi").is_empty());
    // 繁峙 is Fánshì; 盂县 is Yú.
    assert_eq!(found("fanshi"), ["繁峙县"]);
    assert!(found("fanzhi").is_empty());
    assert_eq!(found("fsx"), ["繁峙县"]);
    assert_eq!(found("yuxian"), ["盂县"]);
    assert!(found("yu").contains(&"盂县") && found("yu").contains(&"榆社县"));
    assert_eq!(found("qinxian"), ["沁县"]);
}

#[test]
fn county_search_keeps_the_two_chengqu_apart() {
    let p = policy();
    let codes = p.find_counties("chengqu");
    assert_eq!(codes, [code(140502), code(140302)]);
    assert_eq!(p.find_counties("阳泉城区"), [code(140302)]);
    assert_eq!(p.find_counties("晋城市城区"), [code(140502)]);
}

#[test]
fn schematic_tiles_are_distinct_and_keep_north_up() {
    let p = policy();
    let tiles = p.tiles();
    assert_eq!(tiles.len(), 35);
    let mut cells: Vec<(u8, u8)> = tiles.iter().map(|t| (t.col, t.row)).collect();
    cells.sort();
    cells.dedup();
    assert_eq!(cells.len(), 35, "no two counties share a tile");
    let tile = |c: u32| *tiles.iter().find(|t| t.code == code(c)).unwrap();
    // 大同 (north) above 长治 (south); 广灵 east of 浑源; the two 城区 far apart.
    assert!(tile(140223).row < tile(140429).row);
    assert!(tile(140223).col > tile(140225).col);
    let (a, b) = (tile(140502), tile(140302));
    assert!((a.row as i32 - b.row as i32).abs() > 5);
    // Each tile stays near its county's point: within two cells of where it would go alone.
    assert!(tiles.iter().all(|t| t.row < 25 && t.col < 12));
}

#[test]
fn stored_county_is_validated() {
    use taihang_policy::browser::stored_county as parse_county;
    assert_eq!(parse_county("140429"), Some(code(140429)));
    assert_eq!(parse_county(" 140302 "), Some(code(140302)));
    for junk in ["", "null", "{\"county\":140429}", "140100", "999999", "武乡县", "\u{0}"] {
        assert_eq!(parse_county(junk), None, "{junk:?}");
    }
}
