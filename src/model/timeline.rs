//! The policy's course in time: national basis → issue → printing → transition period → 2025 →
//! 2035. Dates come from the text (issue, printing, goal years) or from the facts the project
//! was given (the national basis made public on 2021-02-20; the transition period 2021–2025);
//! every milestone quotes the clause it rests on.

use super::text::{Date, split_sentences};
use super::{Goal, Policy};

/// Every milestone's id, in time order (used in URLs: `?milestone=goals-2025`).
pub const MILESTONE_IDS: [&str; 6] = ["basis", "issued", "printed", "transition", "goals-2025", "goals-2035"];

/// The static id equal to `id`, if there is such a milestone.
pub fn milestone_id(id: &str) -> Option<&'static str> {
    MILESTONE_IDS.into_iter().find(|m| *m == id)
}

/// When something happens: a day, or a span of whole years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(Date),
    Year(u16),
    Years(u16, u16),
}

impl When {
    /// The first day it covers.
    pub fn start(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Year(y) | When::Years(y, _) => Date::new(y, 1, 1),
        }
    }

    /// The last day it covers.
    pub fn end(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Year(y) | When::Years(_, y) => Date::new(y, 12, 31),
        }
    }

    pub fn label_zh(self) -> String {
        match self {
            When::Day(d) => d.chinese(),
            When::Year(y) => format!("{y}年"),
            When::Years(a, b) => format!("{a}—{b}年"),
        }
    }

    pub fn label_en(self) -> String {
        match self {
            When::Day(d) => d.to_string(),
            When::Year(y) => y.to_string(),
            When::Years(a, b) => format!("{a}–{b}"),
        }
    }
}

/// The span the timeline draws: the start of 2021 to the end of 2035.
pub const AXIS_START: Date = Date::new(2021, 1, 1);
pub const AXIS_END: Date = Date::new(2036, 1, 1);

/// Where `date` falls on the axis, from 0.0 (start) to 1.0 (end), clamped.
pub fn axis_fraction(date: Date) -> f64 {
    let span = (AXIS_END.days() - AXIS_START.days()) as f64;
    ((date.days() - AXIS_START.days()) as f64 / span).clamp(0.0, 1.0)
}

/// Where a milestone stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Past,
    Current,
    Future,
}

impl When {
    pub fn relation(self, today: Date) -> Relation {
        if self.end() < today {
            Relation::Past
        } else if self.start() > today {
            Relation::Future
        } else {
            Relation::Current
        }
    }
}

/// Where in the document a milestone's words stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Preamble,
    Article(u8),
    Signature,
    PrintingLine,
}

/// One separate promise inside a goal sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    /// The clause, verbatim (a slice of the goal sentence).
    pub text: &'static str,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    /// The articles that carry it out (the project's reading; each exists in the text).
    pub articles: &'static [u8],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub id: &'static str,
    pub when: When,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// Verbatim from the source, one entry per line.
    pub quote: Vec<&'static str>,
    pub source: Source,
    /// Plain-language summary, the project's words; states nothing the quote does not.
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    /// Where a date is not in the policy text itself, where it comes from.
    pub date_note_zh: Option<&'static str>,
    pub date_note_en: Option<&'static str>,
    pub commitments: Vec<Commitment>,
    /// Articles the milestone links to (the union of its commitments' articles, or its source).
    pub articles: Vec<u8>,
}

/// A commitment's labels (Chinese, English) and the articles that carry it out.
type CommitmentLabels = (&'static str, &'static str, &'static [u8]);

/// The project's labels for the commitments of each goal year, in text order.
const COMMITMENTS: [(u16, &[CommitmentLabels]); 2] = [
    (
        2025,
        &[
            ("基础设施和公共服务", "Infrastructure and public services more complete", &[3, 4, 5, 6, 19]),
            ("特色优势产业", "A system of distinctive, competitive industries basically in place", &[7, 8, 9, 10]),
            ("红色文化", "Red culture’s influence markedly stronger", &[11, 12, 13]),
            ("太行山生态", "Taihang ecosystems of higher quality and stability", &[14, 15, 16]),
            ("脱贫成果同乡村振兴衔接", "Poverty-alleviation gains consolidated and linked with rural revitalisation", &[17]),
            ("居民收入", "Residents’ incomes growing faster than the national average", &[7, 17]),
        ],
    ),
    (
        2035,
        &[
            ("基本实现现代化", "Basic socialist modernisation, in step with the province and the country", &[18, 19, 20, 21, 22]),
            ("特色优势产业", "Distinctive, competitive industries keep growing", &[7, 8, 9, 10]),
            ("环京津冀生态屏障", "An ecological barrier around Beijing–Tianjin–Hebei built", &[14, 15, 16]),
            ("红色文化", "Red culture’s influence wider and deeper", &[11, 12, 13]),
            ("获得感、幸福感、安全感", "People’s sense of gain, happiness and security fuller", &[17, 18, 19]),
        ],
    ),
];

/// Splits a goal sentence `到2025年,A,B,…,F。` into its clauses A…F, verbatim.
pub fn goal_clauses(goal: &Goal) -> Vec<&'static str> {
    let body = goal.text.split_once(',').map_or(goal.text, |(_, rest)| rest);
    body.trim_end_matches('。').split(',').collect()
}

impl Policy {
    /// The milestones in time order.
    pub fn timeline(&self) -> Vec<Milestone> {
        let doc = &self.doc;
        let basis_sentence = split_sentences(doc.preamble).into_iter().next().unwrap_or(doc.preamble);
        let transition_quote = self
            .article(17)
            .and_then(|a| a.sentences().into_iter().next())
            .and_then(|s| s.split(',').next())
            .unwrap_or_default();
        let mut milestones = vec![
            Milestone {
                id: "basis",
                when: When::Day(Date::new(2021, 2, 20)),
                title_zh: "国家政策依据公布",
                title_en: "The national basis is made public",
                quote: vec![basis_sentence],
                source: Source::Preamble,
                summary_zh: "国务院《关于新时代支持革命老区振兴发展的意见》(国发〔2021〕3号)公布。山西的这份实施意见，就是为贯彻落实它而制定的。",
                summary_en: "The State Council’s Opinions on Supporting the Revitalisation of Old Revolutionary Base Areas in the New Era (Guo Fa [2021] No. 3) are made public. Shanxi’s implementation opinions were written to carry them out.",
                date_note_zh: Some("日期为国发〔2021〕3号的公开发布日期，本政策原文未载明。"),
                date_note_en: Some("The date is when Guo Fa [2021] No. 3 was made public; the Shanxi text does not state it."),
                commitments: vec![],
                articles: vec![],
            },
            Milestone {
                id: "issued",
                when: When::Day(doc.issued),
                title_zh: "山西省人民政府成文",
                title_en: "Shanxi Provincial People’s Government issues the policy",
                quote: vec![doc.signatory, doc.issued_line],
                source: Source::Signature,
                summary_zh: "山西省人民政府签发本实施意见(晋政发〔2021〕36号)，对象是列入太行革命老区的35个县(市、区)。",
                summary_en: "The Shanxi Provincial People’s Government signs these implementation opinions (Jin Zheng Fa [2021] No. 36) for the 35 counties and districts in the Taihang old revolutionary base area.",
                date_note_zh: None,
                date_note_en: None,
                commitments: vec![],
                articles: vec![],
            },
            Milestone {
                id: "printed",
                when: When::Day(doc.printed),
                title_zh: "省政府办公厅印发",
                title_en: "The General Office prints and distributes it",
                quote: vec![doc.printing_line],
                source: Source::PrintingLine,
                summary_zh: "山西省人民政府办公厅印发本文件。",
                summary_en: "The General Office of the Shanxi Provincial People’s Government prints and distributes the document.",
                date_note_zh: None,
                date_note_en: None,
                commitments: vec![],
                articles: vec![],
            },
            Milestone {
                id: "transition",
                when: When::Years(2021, 2025),
                title_zh: "5年脱贫攻坚过渡期",
                title_en: "The five-year transition period after poverty alleviation",
                quote: vec![transition_quote],
                source: Source::Article(17),
                summary_zh: "第(十七)条要求：在5年过渡期内，主要帮扶政策保持总体稳定。",
                summary_en: "Article (十七) requires that the main assistance policies stay broadly stable during the five-year transition period.",
                date_note_zh: Some("过渡期为2021—2025年；年份不在本政策原文中。"),
                date_note_en: Some("The transition period runs 2021–2025; the years are not in the policy text."),
                commitments: vec![],
                articles: vec![17],
            },
        ];
        for goal in self.goals() {
            let labels = COMMITMENTS.iter().find(|(year, _)| *year == goal.year).map_or(&[][..], |(_, l)| l);
            let commitments: Vec<Commitment> = goal_clauses(&goal)
                .into_iter()
                .zip(labels.iter())
                .map(|(text, (label_zh, label_en, articles))| Commitment { text, label_zh, label_en, articles })
                .collect();
            let mut articles: Vec<u8> = commitments.iter().flat_map(|c| c.articles.iter().copied()).collect();
            articles.sort_unstable();
            articles.dedup();
            let (id, title_zh, title_en, summary_zh, summary_en) = match goal.year {
                2025 => (
                    "goals-2025",
                    "2025年目标",
                    "Goals for 2025",
                    "到2025年要实现的六项目标：基础设施和公共服务、特色产业、红色文化、生态、脱贫成果同乡村振兴衔接、居民收入增长高于全国平均水平。",
                    "Six goals for 2025: infrastructure and public services, distinctive industries, red culture, ecology, poverty-alleviation gains linked with rural revitalisation, and incomes growing faster than the national average.",
                ),
                _ => (
                    "goals-2035",
                    "2035年目标",
                    "Goals for 2035",
                    "到2035年的远景：与全省、全国同步基本实现社会主义现代化，产业壮大，建成环京津冀生态屏障，红色文化影响更广更深，群众获得感、幸福感、安全感更加充实。",
                    "The 2035 horizon: basic socialist modernisation in step with the province and the country, larger industries, an ecological barrier around Beijing–Tianjin–Hebei, wider red-culture influence, and a fuller sense of gain, happiness and security.",
                ),
            };
            milestones.push(Milestone {
                id,
                when: When::Year(goal.year),
                title_zh,
                title_en,
                quote: vec![goal.text],
                source: Source::Article(2),
                summary_zh,
                summary_en,
                date_note_zh: None,
                date_note_en: None,
                commitments,
                articles,
            });
        }
        milestones
    }

    pub fn milestone(&self, id: &str) -> Option<Milestone> {
        self.timeline().into_iter().find(|m| m.id == id)
    }
}
