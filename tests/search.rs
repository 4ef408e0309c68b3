//! Search over the articles: hits, highlight boundaries, no match, long and odd queries.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::policy;
use taihang_policy::model::search::{Marked, Reason, mark, terms};

fn articles(query: &str) -> Vec<u8> {
    policy().search(query).iter().map(|h| h.article).collect()
}

#[test]
fn general_airports_are_in_article_four() {
    let hits = policy().search("通用机场");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article, 4);
    let snippet = &hits[0].snippets[0];
    let marked: Vec<&str> = snippet.segments().into_iter().filter(|s| s.1).map(|s| s.0).collect();
    assert_eq!(marked, ["通用机场"]);
    assert!(snippet.text.contains("武乡太行"));
}

#[test]
fn every_term_must_match() {
    assert_eq!(articles("机场"), [4]);
    assert!(articles("红色").len() > 3);
    assert_eq!(articles("红色 机场"), [4], "(四) also names 红色文化纪念地");
    assert_eq!(articles("光纤 水库"), Vec::<u8>::new(), "no article has both");
    assert_eq!(articles("武乡 机场"), [4]);
    assert_eq!(articles("武乡"), [4, 12, 17]);
}

#[test]
fn units_match_by_name_full_name_and_english() {
    let by_name = articles("省水利厅");
    assert_eq!(by_name, [5, 17]);
    let hit = &policy().search("省水利厅")[0];
    assert_eq!(hit.reasons, [Reason::Unit("省水利厅")], "found through the clause, not the prose");
    assert_eq!(articles("山西省水利厅"), [5, 17]);
    // In English the unit's name finds its articles (and the English readings may find more).
    let english = policy().search("water resources");
    for no in [5, 17] {
        let hit = english.iter().find(|h| h.article == no).expect("found by the unit's English name");
        assert!(hit.reasons.contains(&Reason::Unit("省水利厅")), "{:?}", hit.reasons);
    }
    // 省发展改革委 is also named in the prose of (二十).
    assert!(articles("省发展改革委").contains(&20));
}

#[test]
fn highlight_boundaries_are_exact_and_on_char_boundaries() {
    let m = mark("加快建设5G、光纤网络和5g应用", &terms("5G"));
    let marked: Vec<&str> = m.segments().into_iter().filter(|s| s.1).map(|s| s.0).collect();
    assert_eq!(marked, ["5G", "5g"], "ASCII case-insensitive");
    assert_eq!(m.segments().into_iter().map(|s| s.0).collect::<String>(), m.text, "segments rebuild the text");
    // Overlapping terms merge into one mark.
    let m = mark("通用机场建设", &terms("通用 用机"));
    assert_eq!(m.marks.len(), 1, "通用 and 用机 make one mark");
    assert_eq!(m.marks[0], 0..9, "over 通用机");
    for hit in policy().search("红色 文化") {
        for s in &hit.snippets {
            for r in &s.marks {
                assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end));
            }
        }
    }
}

#[test]
fn no_match_is_empty_and_odd_queries_do_not_break() {
    assert!(policy().search("量子计算机").is_empty());
    assert!(policy().search("").is_empty());
    assert!(policy().search("   \u{3000}  ").is_empty());
    assert!(policy().search(".*(").is_empty(), "no regular expressions");
    assert!(policy().search("🙂🙂").is_empty());
    let long = "太行".repeat(500);
    assert!(policy().search(&long).is_empty());
    // Full-width brackets and letters are folded to the half-width ones the text uses.
    assert_eq!(articles("（30户及以上）"), [4]);
    assert_eq!(articles("ＬＮＧ"), [6]);
    // At most five terms are used.
    assert_eq!(terms("a b c d e f g").len(), 5);
    assert_eq!(terms("机场 机场"), ["机场"]);
}

#[test]
fn mark_lowercases_its_terms_as_well_as_the_text() {
    // Terms straight from a data file or a caller need not be lower-cased first.
    let text: &'static str = "推动5G、物联网、人工智能";
    assert_eq!(mark(text, &["5g"]).marks, mark(text, &["5G"]).marks);
    assert_eq!(mark(text, &["5G"]).marks.len(), 1);
    assert!(mark(text, &[""]).marks.is_empty(), "an empty term marks nothing");
}

#[test]
fn english_words_find_articles_through_the_english_reading() {
    let p = policy();
    // "airport" is in no Chinese text, but in the English summary of (四) and its readings.
    let hits = p.search("airport");
    assert_eq!(hits.first().map(|h| h.article), Some(4), "{hits:?}");
    let english: Vec<&Marked> = hits[0].reasons.iter().filter_map(|r| if let Reason::English(m) = r { Some(m) } else { None }).collect();
    assert!(!english.is_empty() && english[0].segments().iter().any(|(t, m)| *m && t.eq_ignore_ascii_case("airport")));
    assert!(hits[0].count >= english.len(), "the count includes the English matches");
    // Place names in English reach their clauses; an English word matches case-blind.
    assert!(p.search("Qinyuan").iter().any(|h| h.article == 4));
    assert!(p.search("HOSPITAL").iter().any(|h| h.article == 19));
    // Every term must still match somewhere: nonsense narrows to nothing.
    assert!(p.search("airport zzzz").is_empty());
    // A Chinese query keeps its Chinese snippets and needs no English reason.
    let hits = p.search("机场");
    assert!(hits.iter().all(|h| h.reasons.is_empty() && !h.snippets.is_empty()));
}
