//! Plain readings: every clause that names a place is read, in both languages, in the text's
//! own modality, and each reading quotes only what its article says.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::{Theme, policy};

/// A modal verb that leads a clause, or a word anywhere in it, and what its plain readings must
/// keep, in Chinese and in English.
const MODALITY: [(&str, bool, &str, &str); 7] = [
    ("推进", true, "推进", "push forward"),
    ("推动", true, "推动", "promote"),
    ("支持", true, "支持", "support"),
    ("鼓励", true, "鼓励", "encourage"),
    ("加快", true, "加快", "speed up"),
    ("前期研究", false, "前期研究", "preliminary stud"),
    ("低空旅游项目试点", false, "试点", "pilot"),
];

#[test]
fn every_reading_quotes_its_clause_and_keeps_the_modality() {
    let p = policy();
    assert!(p.readings().len() >= 70, "{}", p.readings().len());
    for r in p.readings() {
        let article = p.article(r.article).unwrap();
        assert!(article.prose().concat().contains(r.clause), "{}: clause", r.place);
        assert!(article.sentences().contains(&r.sentence) && r.sentence.contains(r.clause));
        assert!(r.clause.contains(r.place) && r.clause.contains(r.key), "{}: place and key phrase in the clause", r.place);
        for text in [r.label_zh, r.label_en, r.plain_zh, r.plain_en] {
            assert!(!text.trim().is_empty());
        }
        let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert!(!cjk(r.plain_en) && !cjk(r.label_en), "English in English: {}", r.plain_en);
        for (verb, leads, zh, en) in MODALITY {
            if if leads { r.clause.starts_with(verb) } else { r.clause.contains(verb) } {
                assert!(r.plain_zh.contains(zh), "{}: {verb} kept in {}", r.place, r.plain_zh);
                assert!(r.plain_en.to_lowercase().contains(en), "{}: {verb} kept as {en:?} in {}", r.place, r.plain_en);
            }
        }
        assert!(!r.plain_zh.contains("将建成") && !r.plain_en.to_lowercase().contains("will "), "no future certainty: {}", r.plain_en);
    }
}

#[test]
fn every_placed_place_and_every_city_mention_is_read() {
    let p = policy();
    for place in p.places.iter().filter(|pl| !pl.counties.is_empty() || !pl.cities.is_empty()) {
        for no in &place.articles {
            assert!(p.readings().iter().any(|r| r.place == place.name && r.article == *no), "{} in {no}", place.name);
        }
    }
    // Unplaced places and regions get no item: they would land on no county.
    assert!(!p.readings().iter().any(|r| r.place == "太行山" || r.place == "黄河流域"));
    // A city named twice in one article is read twice (阳泉 in (十八)).
    assert_eq!(p.readings().iter().filter(|r| r.article == 18 && r.place == "阳泉").count(), 2);
}

#[test]
fn a_reading_that_misquotes_is_refused() {
    use taihang_policy::model::mentions::parse_readings;
    let header = "article\tplace\tclause\tkey\tlabel_zh\tlabel_en\tplain_zh\tplain_en\n";
    let row = |clause: &str, key: &str| -> &'static str {
        Box::leak(format!("{header}4\t沁源太岳\t{clause}\t{key}\t通用机场\tAirport\t新建。\tBuild.\n").into_boxed_str())
    };
    let p = policy();
    let errors = [
        parse_readings(row("新建沁源太岳通用机场", "通用机场"), p).unwrap_err(),
        parse_readings(row("新建晋城民用机场和武乡太行、繁峙滹源、灵丘平型关、沁源太岳等通用机场", "民航机场"), p).unwrap_err(),
    ];
    assert!(errors[0].contains("not inside one sentence"), "{}", errors[0]);
    assert!(errors[1].contains("key phrase"), "{}", errors[1]);
    // A file that reads one clause but leaves the others out fails the coverage check.
    let partial = row("新建晋城民用机场和武乡太行、繁峙滹源、灵丘平型关、沁源太岳等通用机场", "通用机场");
    assert!(parse_readings(partial, p).unwrap_err().contains("has no plain reading"));
}

#[test]
fn every_theme_has_items_quoting_their_article() {
    let p = policy();
    for theme in Theme::ALL {
        let items: Vec<_> = p.theme_items().iter().filter(|i| i.theme == theme).collect();
        assert!(items.len() >= 2, "{} has {}", theme.key(), items.len());
        for i in items {
            let a = p.article(i.article).unwrap();
            assert!(a.prose().concat().contains(i.key) && i.sentence.contains(i.key));
            assert!(!i.plain_zh.is_empty() && !i.plain_en.is_empty());
            // What every county gets names no place.
            assert!(!p.places.iter().any(|pl| i.key.contains(pl.name)), "{}", i.key);
        }
    }
}
