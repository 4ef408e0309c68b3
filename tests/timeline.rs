//! The timeline's data: dates, goal commitments, and links to existing articles.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::text::Date;
use taihang_policy::model::timeline::{MILESTONE_IDS, Relation, Source, When, axis_fraction, goal_clauses, milestone_id};
use taihang_policy::model::{SOURCE_TEXT, policy};

#[test]
fn milestones_in_time_order_with_their_dates() {
    let ms = policy().timeline();
    let ids: Vec<&str> = ms.iter().map(|m| m.id).collect();
    assert_eq!(ids, MILESTONE_IDS);
    let whens: Vec<When> = ms.iter().map(|m| m.when).collect();
    assert_eq!(
        whens,
        [
            When::Day(Date::new(2021, 2, 20)),
            When::Day(Date::new(2021, 11, 8)),
            When::Day(Date::new(2021, 11, 9)),
            When::Years(2021, 2025),
            When::Year(2025),
            When::Year(2035),
        ]
    );
    for pair in ms.windows(2) {
        assert!(pair[0].when.end() <= pair[1].when.end(), "{} ends before {}", pair[0].id, pair[1].id);
    }
}

#[test]
fn every_milestone_quotes_its_source_verbatim() {
    let p = policy();
    for m in p.timeline() {
        for line in &m.quote {
            assert!(!line.is_empty() && SOURCE_TEXT.contains(line), "{}: {line}", m.id);
        }
        match m.source {
            Source::Article(no) => {
                let prose = p.article(no).unwrap().prose().concat();
                assert!(m.quote.iter().all(|q| prose.contains(q)), "{} quotes article {no}", m.id);
            }
            Source::Preamble => assert!(m.quote.iter().all(|q| p.doc.preamble.contains(q))),
            Source::Signature => assert_eq!(m.quote, [p.doc.signatory, p.doc.issued_line]),
            Source::PrintingLine => assert_eq!(m.quote, [p.doc.printing_line]),
        }
        assert!(!m.summary_zh.is_empty() && !m.summary_en.is_empty());
    }
    let basis = p.milestone("basis").unwrap();
    assert!(basis.quote[0].contains("国发〔2021〕3号"));
    assert!(basis.date_note_zh.is_some(), "the basis date is not in the text, and says so");
    let transition = p.milestone("transition").unwrap();
    assert_eq!(transition.quote, ["保持5年脱贫攻坚过渡期内主要帮扶政策总体稳定"]);
    assert_eq!(transition.source, Source::Article(17));
}

#[test]
fn goals_split_into_separate_commitments() {
    let p = policy();
    let g2025 = p.milestone("goals-2025").unwrap();
    let texts: Vec<&str> = g2025.commitments.iter().map(|c| c.text).collect();
    assert_eq!(
        texts,
        [
            "太行革命老区基础设施和公共服务体系更加完善",
            "特色优势产业体系基本形成",
            "红色文化影响力显著增强",
            "太行山生态系统质量和稳定性进一步提升",
            "实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
            "居民收入增长幅度高于全国平均水平",
        ]
    );
    let g2035 = p.milestone("goals-2035").unwrap();
    let texts: Vec<&str> = g2035.commitments.iter().map(|c| c.text).collect();
    // The text lists five commitments for 2035 (not six).
    assert_eq!(
        texts,
        [
            "太行革命老区与全省、全国同步基本实现社会主义现代化",
            "特色优势产业规模不断壮大",
            "建成环京津冀生态屏障",
            "红色文化影响力更加广泛深入",
            "人民群众获得感、幸福感、安全感更加充实",
        ]
    );
    // Clauses are verbatim and make up the whole goal sentence.
    for goal in p.goals() {
        let rebuilt = format!("到{}年,{}。", goal.year, goal_clauses(&goal).join(","));
        assert_eq!(rebuilt, goal.text);
    }
}

#[test]
fn commitments_link_to_existing_articles_that_carry_them_out() {
    let p = policy();
    for m in p.timeline() {
        for c in &m.commitments {
            assert!(!c.articles.is_empty(), "{}", c.text);
            for &no in c.articles {
                assert!((3..=22).contains(&no) && p.article(no).is_some(), "{} → {no}", c.text);
            }
            assert!(!c.label_zh.is_empty() && !c.label_en.is_empty());
        }
    }
    let g2025 = p.milestone("goals-2025").unwrap();
    // The red-culture goal is carried out by part four, (十一)–(十三).
    assert_eq!(g2025.commitments[2].articles, [11, 12, 13]);
    assert!(p.milestone("goals-2035").unwrap().articles.contains(&14));
}

#[test]
fn axis_positions_and_relation_to_today() {
    assert_eq!(axis_fraction(Date::new(2021, 1, 1)), 0.0);
    assert_eq!(axis_fraction(Date::new(2036, 1, 1)), 1.0);
    assert_eq!(axis_fraction(Date::new(2040, 1, 1)), 1.0, "clamped");
    let mid = axis_fraction(Date::new(2028, 7, 2));
    assert!((mid - 0.5).abs() < 0.001, "{mid}");
    let today = Date::new(2026, 11, 29);
    assert_eq!(When::Year(2025).relation(today), Relation::Past);
    assert_eq!(When::Year(2035).relation(today), Relation::Future);
    assert_eq!(When::Years(2021, 2025).relation(Date::new(2024, 5, 1)), Relation::Current);
    assert_eq!(When::Day(today).relation(today), Relation::Current);
    assert_eq!(Date::new(1970, 1, 1).days(), 0);
    assert_eq!(Date::new(2021, 11, 9).days() - Date::new(2021, 11, 8).days(), 1);
    assert_eq!(Date::new(2024, 3, 1).days() - Date::new(2024, 2, 28).days(), 2, "2024 is a leap year");
}

#[test]
fn milestone_ids_are_validated() {
    assert_eq!(milestone_id("goals-2025"), Some("goals-2025"));
    assert_eq!(milestone_id("goals-2030"), None);
    assert_eq!(milestone_id(""), None);
}
