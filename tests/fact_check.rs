//! The fact-check's corrections, each pinned so it cannot quietly come back. Every item says
//! what the check found; the data files name their sources (`src/data/README.md`).
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::i18n::{EN, Lang, ZH, county_name, fill};
use taihang_policy::model::{Code, MilestoneId, Place, UnitKind, Whereabouts, policy};

fn code(c: u32) -> Code {
    Code::new(c).unwrap()
}

fn place(name: &str) -> &'static Place {
    policy().places.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no gazetteer row {name}"))
}

#[test]
fn hutuo_river_flows_through_yu_county_too() {
    // 1. 滹沱河 reaches 盂县 (阳泉市): placed in 阳泉 and 忻州 (rivers at city level).
    let river = place("滹沱河");
    assert_eq!(river.cities, [code(140300), code(140900)]);
    assert!(river.counties.is_empty());
}

#[test]
fn pingxing_pass_lies_on_the_fanshi_lingqiu_border() {
    // 2. The pass and fort (繁峙) and the battle site and memorial (灵丘): both, medium.
    let pass = place("平型关");
    assert_eq!(pass.counties, [code(140924), code(140224)]);
    assert_eq!(pass.confidence, taihang_policy::model::Confidence::Medium);
}

#[test]
fn yangshe_railway_stops_in_pingding() {
    // 3. Stations 平定, 昔阳, 和顺, 左权.
    assert_eq!(place("阳涉铁路").counties, [code(140321), code(140724), code(140723), code(140722)]);
}

#[test]
fn shitai_railway_station_is_in_yu_county() {
    // 4. 阳泉北 station is in 盂县.
    assert!(place("石太高铁").counties.contains(&code(140322)));
}

#[test]
fn taihang_cadre_college_is_in_wuxiang() {
    // 5. 太行干部学院 is in 武乡县, medium confidence, with its basis in the note.
    let college = place("太行干部学院");
    assert_eq!(college.counties, [code(140429)]);
    assert_eq!(college.confidence, taihang_policy::model::Confidence::Medium);
    assert!(!college.note_zh.is_empty() && !college.note_en.is_empty());
}

#[test]
fn county_counts_say_what_is_true() {
    // 6. The policy as a whole covers the 35; some articles name this county, some its city,
    //    the rest do not name it. No claim that all 22 articles "apply" to each county.
    for ui in [&ZH, &EN] {
        for line in [ui.county_more, ui.county_answer_none, ui.county_themes_heading, ui.county_themes_note] {
            assert!(!line.contains("22"), "{line}");
        }
        assert!(!ui.county_all_heading.contains("35"), "the list of all articles is not 'measures for all 35'");
    }
    assert!(ZH.county_more.contains("政策整体适用于全部35个县"));
}

#[test]
fn goal_summaries_list_every_commitment() {
    // 7. The summary of (二) names all six 2025 goals and all five 2035 commitments.
    let summary = policy().summary(2).unwrap();
    for phrase in [
        "红色文化影响力显著增强",
        "太行山生态系统质量和稳定性进一步提升",
        "特色优势产业规模不断壮大",
        "建成环京津冀生态屏障",
        "红色文化影响力更加广泛深入",
        "获得感、幸福感、安全感",
    ] {
        assert!(summary.zh.contains(phrase), "Chinese summary of (二) lacks {phrase}");
    }
    for m in [MilestoneId::Goals2025, MilestoneId::Goals2035] {
        let m = policy().milestone(m);
        assert_eq!(m.commitments.len(), if m.id == MilestoneId::Goals2025 { 6 } else { 5 });
    }
}

#[test]
fn modernisation_is_basically_achieved_not_basic() {
    // 8. 同步基本实现社会主义现代化: "basically achieve socialist modernisation".
    let p = policy();
    let mut english: Vec<&str> = vec![p.summary(2).unwrap().en];
    for m in p.timeline() {
        english.push(m.summary_en);
        english.extend(m.commitments.iter().map(|c| c.label_en));
    }
    for text in english {
        assert!(!text.contains("asic socialist modernisation"), "{text}");
    }
    assert!(p.summary(2).unwrap().en.contains("basically achieve socialist modernisation"));
}

#[test]
fn summaries_keep_the_texts_modality() {
    // 9. Where the text says 推动/推进/支持/争取, a summary does not promise results.
    let p = policy();
    for a in p.articles() {
        let en = p.summary(a.no).unwrap().en;
        for promise in ["will be set up", "will be built", "will build", "electrifies", "will be"] {
            assert!(!en.contains(promise), "summary of {} says {promise:?}: {en}", a.label());
        }
    }
    let four = p.summary(4).unwrap().en;
    assert!(four.to_lowercase().contains("electrification"), "(四) pushes forward the electrification: {four}");
}

#[test]
fn joint_responsibility_is_labelled_as_the_sites_reading() {
    // 10. No clause says 共同负责; every no-lead clause says 按职责分工负责.
    assert!(!policy().doc.articles.iter().any(|a| a.responsibility.as_ref().is_some_and(|r| r.clause.contains("共同负责"))));
    // The role has one short name (负责); wherever counts or a key explain it, the text's words stand beside it.
    assert!(!ZH.unit_joint.contains("共同负责"));
    for text in [ZH.dep_unit_counts, ZH.dep_no_lead, ZH.dep_legend_joint] {
        assert!(!text.contains("共同负责"), "{text}");
        assert!(text.contains("按职责分工负责"), "{text}");
    }
    assert!(ZH.dep_legend_joint.contains("本站"), "the legend says the grouping is the site's");
    let csv = taihang_policy::model::matrix::matrix().to_csv();
    assert!(!csv.contains("共同负责"));
}

#[test]
fn highlights_are_called_key_phrases() {
    // 11. Not "targets": 大力弘扬太行精神 is no target.
    assert!(ZH.text_highlight_note.contains("关键词句") && !ZH.text_highlight_note.contains("目标"));
    assert!(EN.text_highlight_note.contains("Key phrases") && !EN.text_highlight_note.contains("target"));
}

#[test]
fn goal_links_are_labelled_as_our_reading() {
    // 12.
    assert!(ZH.tl_articles.contains("本站归纳"));
    assert!(EN.tl_articles.contains("our reading"));
}

#[test]
fn off_text_dates_show_their_source() {
    // 13. The 2021-02-20 date and the transition years name their public source.
    for id in [MilestoneId::Basis, MilestoneId::Transition] {
        let source = policy().milestone(id).date_source.unwrap();
        assert!(source.contains("gov.cn"), "{source}");
    }
}

#[test]
fn english_wording() {
    // 14. Signed, not issued; (十七) Anti-poverty gains; (一) Guiding principles; county names
    //     as official portals write them; "Chinese characters", not "hanzi".
    let p = policy();
    assert_eq!(EN.doc_issued, "Signed");
    assert!(p.milestone(MilestoneId::Issued).title_en.contains("signs"));
    assert_eq!(p.article_labels(17).unwrap().short_en, "Anti-poverty gains");
    assert_eq!(p.article_labels(1).unwrap().title_en, "Guiding principles");
    let name = |c: u32| county_name(Lang::En, p.county(code(c)).unwrap());
    assert_eq!(name(140429), "Wuxiang County");
    assert_eq!(name(140502), "Chengqu District");
    assert_eq!(name(140581), "Gaoping City");
    assert_eq!(name(140430), "Qinxian County");
    assert_eq!(name(140322), "Yuxian County");
    for (key, text) in EN.entries() {
        assert!(!text.contains("hanzi"), "{key}: {text}");
    }
    for unit in &p.units {
        assert!(!unit.name_en.contains('('), "no gloss in {}", unit.name_en);
    }
    // Part 7 (强化组织实施) and part 4 keep every word.
    assert!(p.part_labels(7).unwrap().title_en.starts_with("Strengthen"));
    assert!(p.part_labels(4).unwrap().title_en.contains("Taihang Spirit"));
}

#[test]
fn unit_kinds() {
    // 15. 省通信管理局 is led mainly by the ministry; 省地方金融监管局 is a provincial body.
    let kind = |name: &str| policy().unit_by_name(name).unwrap().kind;
    assert_eq!(kind("省通信管理局"), UnitKind::Central);
    assert_eq!(kind("省地方金融监管局"), UnitKind::Government);
    assert_eq!(kind("人行太原中心支行"), UnitKind::Finance);
}

#[test]
fn a_county_page_lists_each_item_once_with_its_article() {
    // 16. 阳城县 is named twice in (四) (晋阳高速, 皇城相府): two items, not one sentence repeated.
    let items = policy().county_items(code(140522));
    let in_four: Vec<&str> = items.iter().filter(|r| r.article == 4).map(|r| r.place).collect();
    assert!(in_four.contains(&"晋阳高速") && in_four.contains(&"皇城相府"), "{in_four:?}");
    let mut keys: Vec<(&str, &str)> = items.iter().map(|r| (r.place, r.clause)).collect();
    keys.dedup();
    assert_eq!(keys.len(), items.len(), "no item twice");
}

#[test]
fn gazetteer_notes_in_both_languages_and_regions_have_rows() {
    // 17.
    for place in &policy().places {
        assert!(!place.note_zh.is_empty() && !place.note_en.is_empty(), "{}", place.name);
        assert!(place.note_zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "Chinese note for {}", place.name);
    }
    for name in ["中部地区", "长三角", "粤港澳大湾区", "中原城市群", "黄河流域", "晋冀交界", "晋东"] {
        assert!(matches!(place(name).whereabouts(), Whereabouts::Outside | Whereabouts::Region), "{name}");
    }
}

#[test]
fn english_plurals() {
    assert_eq!(fill(EN.county_search_found, &[&1]), "1 county found.");
    assert_eq!(fill(EN.county_search_found, &[&2]), "2 counties found.");
    assert_eq!(fill(EN.tl_horizon_ahead, &[&2035, &1]), "2035 is 1 year away.");
    assert_eq!(fill(EN.tl_horizon_ahead, &[&2035, &9]), "2035 is 9 years away.");
    assert_eq!(fill(EN.dep_shown, &[&1]), "1 unit shown.");
    assert_eq!(fill(ZH.county_search_found, &[&1]), "找到1个县区。");
}
