//! The timeline's data: dates, goal commitments, and links to existing articles.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::text::Date;
use taihang_policy::model::timeline::{Horizon, Relation, Source, When, axis_fraction, goal_clauses, horizons, parse};
use taihang_policy::model::{MilestoneId, SOURCE_TEXT, policy};

const MILESTONES_TSV: &str = include_str!("../src/data/milestones.tsv");
const COMMITMENTS_TSV: &str = include_str!("../src/data/commitments.tsv");

/// The timeline parsed from edited data files (leaked: the parser keeps `'static` slices).
fn parse_edited(milestones: String, commitments: String) -> Result<usize, String> {
    let p = policy();
    parse(&p.doc, &p.goals(), Box::leak(milestones.into_boxed_str()), Box::leak(commitments.into_boxed_str())).map(|m| m.len())
}

#[test]
fn milestones_in_time_order_with_their_dates() {
    let ms = policy().timeline();
    let ids: Vec<&str> = ms.iter().map(|m| m.id.key()).collect();
    assert_eq!(ids, ["basis", "issued", "printed", "transition", "goals-2025", "goals-2035"]);
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
        assert!(pair[0].when.end() <= pair[1].when.end(), "{} ends before {}", pair[0].id.key(), pair[1].id.key());
    }
}

#[test]
fn every_milestone_quotes_its_source_verbatim() {
    let p = policy();
    for m in p.timeline() {
        for line in &m.quote {
            assert!(!line.is_empty() && SOURCE_TEXT.contains(line), "{}: {line}", m.id.key());
        }
        match m.source {
            Source::Article(no) => {
                let prose = p.article(no).unwrap().prose().concat();
                assert!(m.quote.iter().all(|q| prose.contains(q)), "{} quotes article {no}", m.id.key());
            }
            Source::Preamble => assert!(m.quote.iter().all(|q| p.doc.preamble.contains(q))),
            Source::Signature => assert_eq!(m.quote, [p.doc.signatory, p.doc.issued_line]),
            Source::PrintingLine => assert_eq!(m.quote, [p.doc.printing_line]),
        }
        assert!(!m.summary_zh.is_empty() && !m.summary_en.is_empty());
    }
    let basis = p.milestone(MilestoneId::Basis);
    assert!(basis.quote[0].contains("国发〔2021〕3号"));
    assert!(basis.date_note_zh.is_some(), "the basis date is not in the text, and says so");
    // Every date the text does not give names its public source (with an address); the text's
    // own dates name none.
    for m in p.timeline() {
        let off_text = matches!(m.id, MilestoneId::Basis | MilestoneId::Transition);
        assert_eq!(m.date_source.is_some(), off_text, "{}", m.id.key());
        if let Some(source) = m.date_source {
            assert!(source.contains("http"), "{}: {source}", m.id.key());
        }
    }
    let transition = p.milestone(MilestoneId::Transition);
    assert_eq!(transition.quote, ["保持5年脱贫攻坚过渡期内主要帮扶政策总体稳定"]);
    assert_eq!(transition.source, Source::Article(17));
}

#[test]
fn goals_split_into_separate_commitments() {
    let p = policy();
    let g2025 = p.milestone(MilestoneId::Goals2025);
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
    let g2035 = p.milestone(MilestoneId::Goals2035);
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
            for &no in &c.articles {
                assert!((3..=22).contains(&no) && p.article(no).is_some(), "{} → {no}", c.text);
            }
            assert!(!c.label_zh.is_empty() && !c.label_en.is_empty());
        }
    }
    let g2025 = p.milestone(MilestoneId::Goals2025);
    // The red-culture goal is carried out by part four, (十一)–(十三).
    assert_eq!(g2025.commitments[2].articles, [11, 12, 13]);
    assert!(p.milestone(MilestoneId::Goals2035).articles.contains(&14));
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
    for id in MilestoneId::ALL {
        assert_eq!(MilestoneId::from_key(id.key()), Some(id));
    }
    assert_eq!(MilestoneId::from_key("goals-2030"), None);
    assert_eq!(MilestoneId::from_key(""), None);
    assert_eq!(MilestoneId::of_goal(2025), Some(MilestoneId::Goals2025));
    assert_eq!(MilestoneId::of_goal(2030), None);
}

#[test]
fn the_data_files_parse_and_edits_that_break_them_are_refused() {
    assert_eq!(parse_edited(MILESTONES_TSV.into(), COMMITMENTS_TSV.into()), Ok(6));
    // A goal year the text does not have.
    let bad_year = COMMITMENTS_TSV.replacen("\n2025\t", "\n2030\t", 1);
    assert!(parse_edited(MILESTONES_TSV.into(), bad_year).unwrap_err().contains("2030"));
    // One label fewer than the 2035 sentence has clauses.
    let last = COMMITMENTS_TSV.trim_end().rsplit_once('\n').unwrap().0.to_string() + "\n";
    assert!(parse_edited(MILESTONES_TSV.into(), last).unwrap_err().contains("labels"));
    // A label more.
    let extra = format!("{COMMITMENTS_TSV}2025\t多一项\tOne more\t3\n");
    assert!(parse_edited(MILESTONES_TSV.into(), extra).is_err());
    // An off-text date without its source.
    let basis = MILESTONES_TSV.lines().find(|l| l.starts_with("basis\t")).unwrap();
    let unsourced = basis.rsplit_once('\t').unwrap().0.to_string() + "\t";
    assert!(parse_edited(MILESTONES_TSV.replace(basis, &unsourced), COMMITMENTS_TSV.into()).unwrap_err().contains("source"));
    // A milestone missing, or an unknown one.
    let printed = MILESTONES_TSV.lines().find(|l| l.starts_with("printed\t")).unwrap();
    assert!(parse_edited(MILESTONES_TSV.replace(&format!("{printed}\n"), ""), COMMITMENTS_TSV.into()).is_err());
    assert!(parse_edited(MILESTONES_TSV.replace("printed\t", "reprinted\t"), COMMITMENTS_TSV.into()).is_err());
}

#[test]
fn horizons_count_the_years_to_go() {
    let goals = policy().goals();
    assert_eq!(horizons(&goals, Date::new(2026, 11, 29)), [Horizon::Passed { year: 2025 }, Horizon::Ahead { year: 2035, years: 9 }]);
    assert_eq!(
        horizons(&goals, Date::new(2025, 12, 31)),
        [Horizon::Ahead { year: 2025, years: 0 }, Horizon::Ahead { year: 2035, years: 10 }]
    );
    assert_eq!(horizons(&goals, Date::new(2036, 1, 1)), [Horizon::Passed { year: 2025 }, Horizon::Passed { year: 2035 }]);
}
