//! Interface strings. Chinese is the primary language; English is a full second language.
//!
//! Every string a view shows lives in one `Ui` table per language, so a language is added by
//! data (one more `Ui` value), and the compiler refuses a table with a missing string. Policy
//! text itself is never translated here: it is shown verbatim, with the project's English labels
//! from `data/articles.tsv` beside it.

use crate::model::{Role, UnitKind};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The path prefix of this language (`""` for Chinese, `/en` for English).
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En => "/en",
        }
    }

    /// Picks the Chinese or the English of a pair.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// One language's interface strings.
pub struct Ui {
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_overview: &'static str,
    pub nav_timeline: &'static str,
    pub nav_counties: &'static str,
    pub nav_departments: &'static str,
    pub nav_text: &'static str,
    /// The name of the other language, in that language, for the switch.
    pub other_language: &'static str,
    pub other_language_label: &'static str,
    pub footer_disclaimer: &'static str,
    pub footer_source: &'static str,
    pub footer_as_of: &'static str,

    // Overview
    pub overview_title: &'static str,
    pub overview_description: &'static str,
    pub doc_issuer: &'static str,
    pub doc_number: &'static str,
    pub doc_issued: &'static str,
    pub doc_printed: &'static str,
    pub doc_basis: &'static str,
    pub doc_structure: &'static str,
    pub goals_heading: &'static str,
    pub goal_by: &'static str,
    pub goals_source: &'static str,
    pub scope_heading: &'static str,
    pub scope_summary: &'static str,
    pub structure_heading: &'static str,
    pub articles_count: &'static str,
    pub explore_heading: &'static str,
    pub explore_timeline: &'static str,
    pub explore_counties: &'static str,
    pub explore_departments: &'static str,
    pub explore_text: &'static str,

    // Timeline
    pub timeline_title: &'static str,
    pub timeline_description: &'static str,
    pub tl_axis_label: &'static str,
    pub tl_list_label: &'static str,
    pub tl_today: &'static str,
    pub tl_today_is: &'static str,
    pub tl_horizon_passed: &'static str,
    pub tl_horizon_ahead: &'static str,
    pub tl_no_claim: &'static str,
    pub tl_pick: &'static str,
    pub tl_keyboard_hint: &'static str,
    pub tl_past: &'static str,
    pub tl_current: &'static str,
    pub tl_future: &'static str,
    pub tl_source: &'static str,
    pub tl_summary: &'static str,
    pub tl_commitments: &'static str,
    pub tl_articles: &'static str,
    pub tl_transition_short: &'static str,
    pub src_preamble: &'static str,
    pub src_signature: &'static str,
    pub src_printing: &'static str,
    pub src_article: &'static str,

    // Counties
    pub counties_title: &'static str,
    pub counties_description: &'static str,
    pub county_code: &'static str,
    pub county_city: &'static str,
    pub county_pinyin: &'static str,
    pub county_pick: &'static str,
    pub county_unknown: &'static str,

    // Departments
    pub departments_title: &'static str,
    pub departments_description: &'static str,
    pub unit_name: &'static str,
    pub unit_full_name: &'static str,
    pub unit_kind: &'static str,
    pub unit_leads: &'static str,
    pub unit_supports: &'static str,
    pub unit_joint: &'static str,
    pub unit_articles: &'static str,
    pub unit_unknown: &'static str,

    // Full text
    pub text_title: &'static str,
    pub text_description: &'static str,
    pub text_contents: &'static str,
    pub text_annex: &'static str,
    pub text_verbatim_note: &'static str,
    pub text_search_label: &'static str,
    pub text_search_placeholder: &'static str,
    pub text_results: &'static str,
    pub text_no_results: &'static str,
    pub text_try: &'static str,
    pub text_suggestions: [&'static str; 5],
    pub text_summary: &'static str,
    pub text_places: &'static str,
    pub text_you_are_here: &'static str,
    pub text_page_url: &'static str,
    pub text_matched_unit: &'static str,
    pub text_clear: &'static str,
    pub text_highlight_note: &'static str,
    pub responsibility: &'static str,
    pub no_responsibility: &'static str,

    // Not found and bad input
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_to_overview: &'static str,
    pub bad_param: &'static str,
    pub unknown_param: &'static str,
    pub dismiss: &'static str,
}

impl Ui {
    pub fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Lead => self.unit_leads,
            Role::Joint => self.unit_joint,
            Role::Support => self.unit_supports,
        }
    }

    pub fn kind(&self, kind: UnitKind) -> &'static str {
        let zh = std::ptr::eq(self, &ZH);
        match kind {
            UnitKind::Party => if zh { "党委部门" } else { "Party organ" },
            UnitKind::Government => if zh { "政府部门" } else { "Government department" },
            UnitKind::People => if zh { "人民团体" } else { "People’s organisation" },
            UnitKind::Enterprise => if zh { "企业" } else { "Enterprise" },
            UnitKind::Finance => if zh { "金融管理机构" } else { "Financial regulator or central-bank branch" },
            UnitKind::City => if zh { "市级人民政府" } else { "City government" },
            UnitKind::Collective => if zh { "统称" } else { "Collective" },
        }
    }
}

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut pieces = template.split("{}");
    if let Some(first) = pieces.next() {
        out.push_str(first);
    }
    for piece in pieces {
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        out.push_str(piece);
    }
    out
}

pub static ZH: Ui = Ui {
    site_name: "太行老区政策",
    site_tagline: "新时代支持山西太行革命老区振兴发展 · 政策图解",
    skip_to_content: "跳到正文",
    nav_label: "主要栏目",
    nav_overview: "概览",
    nav_timeline: "时间线",
    nav_counties: "县区",
    nav_departments: "部门职责",
    nav_text: "全文",
    other_language: "English",
    other_language_label: "Switch to English",
    footer_disclaimer: "本站是帮助公众阅读政策的非官方工具，不是政府网站；一切以政策原文为准。",
    footer_source: "原文来源：山西省人民政府《关于新时代支持山西太行革命老区振兴发展的实施意见》(晋政发〔2021〕36号)，转载自红色山西网。",
    footer_as_of: "单位名称均为2021年发文时的名称。",

    overview_title: "政策概览",
    overview_description: "晋政发〔2021〕36号：支持山西太行革命老区35个县(市、区)振兴发展的实施意见，一页看懂目标、范围和责任分工。",
    doc_issuer: "发文机关",
    doc_number: "文号",
    doc_issued: "成文日期",
    doc_printed: "印发日期",
    doc_basis: "政策依据",
    doc_structure: "结构",
    goals_heading: "两个阶段目标",
    goal_by: "到{}年",
    goals_source: "原文见第(二)条“主要目标”",
    scope_heading: "适用范围：35个县(市、区)",
    scope_summary: "附件列出6个市的35个县(市、区)。选一个县区，看政策对它说了什么。",
    structure_heading: "七个部分、二十二条",
    articles_count: "{}—{}",
    explore_heading: "从这里开始",
    explore_timeline: "政策的来龙去脉：依据、发文、2025年与2035年目标",
    explore_counties: "选择县区，查看与本地有关的措施",
    explore_departments: "谁牵头、谁配合：各部门的责任分工",
    explore_text: "逐条阅读政策原文",

    timeline_title: "时间线",
    timeline_description: "从国家政策依据到2025年、2035年目标：太行革命老区振兴政策的时间线。",
    tl_axis_label: "政策时间轴：2021年至2035年",
    tl_list_label: "时间线节点",
    tl_today: "今天",
    tl_today_is: "今天是{}。",
    tl_horizon_passed: "{}年这一目标期限已经过去。",
    tl_horizon_ahead: "距{}年还有{}年。",
    tl_no_claim: "政策文本没有说明目标是否已经实现，本站也不作判断。",
    tl_pick: "选择时间线上的一个节点，查看原文和通俗解读。",
    tl_keyboard_hint: "提示：可用方向键在节点之间移动。",
    tl_past: "已过去",
    tl_current: "进行中",
    tl_future: "未到",
    tl_source: "原文出处",
    tl_summary: "通俗解读",
    tl_commitments: "分项目标",
    tl_articles: "落实条目",
    tl_transition_short: "过渡期",
    src_preamble: "序言",
    src_signature: "文末落款",
    src_printing: "印发说明",
    src_article: "第{}条",

    counties_title: "县区",
    counties_description: "山西太行革命老区35个县(市、区)：选择您的县区，看政策怎么说。",
    county_code: "行政区划代码",
    county_city: "所属市",
    county_pinyin: "拼音",
    county_pick: "请选择一个县区",
    county_unknown: "没有找到代码为“{}”的县区。下面是全部35个县(市、区)，请从中选择。",

    departments_title: "部门职责",
    departments_description: "哪个部门牵头、哪些部门按职责分工负责：二十二条的责任分工一览。",
    unit_name: "单位(原文写法)",
    unit_full_name: "全称(2021年)",
    unit_kind: "类别",
    unit_leads: "牵头",
    unit_supports: "按职责分工负责",
    unit_joint: "共同负责",
    unit_articles: "涉及条目",
    unit_unknown: "没有找到单位“{}”。下面是全部单位。",

    text_title: "政策全文",
    text_description: "《关于新时代支持山西太行革命老区振兴发展的实施意见》全文，按部分和条目排列。",
    text_contents: "目录",
    text_annex: "附件",
    text_verbatim_note: "以下为原文，逐字照录。",
    text_search_label: "搜索政策全文",
    text_search_placeholder: "输入关键词，如：通用机场",
    text_results: "找到{}条相关条目，关键词共出现{}处。",
    text_no_results: "没有找到与“{}”相关的条目。",
    text_try: "可以换个说法，或者试试：",
    text_suggestions: ["通用机场", "红色文化", "省水利厅", "武乡", "5G"],
    text_summary: "通俗解读",
    text_places: "涉及地方",
    text_you_are_here: "当前位置",
    text_page_url: "本页网址：",
    text_matched_unit: "责任单位：{}",
    text_clear: "清除",
    text_highlight_note: "原文中标出的是主要的具体目标。",
    responsibility: "责任分工",
    no_responsibility: "本条未指定责任单位。",

    not_found_title: "页面不存在",
    not_found_body: "没有这个页面。可能是链接不完整或已过时。",
    back_to_overview: "返回概览",
    bad_param: "链接中的“{}={}”无效，已显示默认内容。",
    unknown_param: "链接中的参数“{}”无法识别，已忽略。",
    dismiss: "知道了",
};

pub static EN: Ui = Ui {
    site_name: "Taihang Policy Explainer",
    site_tagline: "Supporting the revitalisation of Shanxi’s Taihang old revolutionary base area",
    skip_to_content: "Skip to content",
    nav_label: "Main sections",
    nav_overview: "Overview",
    nav_timeline: "Timeline",
    nav_counties: "Counties",
    nav_departments: "Departments",
    nav_text: "Full text",
    other_language: "中文",
    other_language_label: "切换到中文",
    footer_disclaimer: "An unofficial tool to help the public read the policy, not a government website. The Chinese original prevails; English renderings are unofficial.",
    footer_source: "Source: Shanxi Provincial People’s Government, Implementation Opinions on Supporting the Revitalisation of the Taihang Old Revolutionary Base Area in Shanxi in the New Era (Jin Zheng Fa [2021] No. 36), as republished by 红色山西网.",
    footer_as_of: "Unit names are as of 2021, when the policy was issued.",

    overview_title: "Overview",
    overview_description: "Jin Zheng Fa [2021] No. 36: Shanxi’s plan for 35 counties of the Taihang old revolutionary base area — goals, scope and who is responsible, on one page.",
    doc_issuer: "Issued by",
    doc_number: "Document number",
    doc_issued: "Dated",
    doc_printed: "Printed",
    doc_basis: "Implements",
    doc_structure: "Structure",
    goals_heading: "Goals for two horizons",
    goal_by: "By {}",
    goals_source: "Verbatim from article (二) “Main goals”",
    scope_heading: "Scope: 35 counties and districts",
    scope_summary: "The annex lists 35 counties and districts in 6 cities. Pick one to see what the policy says about it.",
    structure_heading: "Seven parts, twenty-two articles",
    articles_count: "Articles {}–{}",
    explore_heading: "Start here",
    explore_timeline: "How the policy unfolds: its basis, its issue, the 2025 and 2035 goals",
    explore_counties: "Pick a county and see the measures for it",
    explore_departments: "Who leads and who supports: each unit’s responsibilities",
    explore_text: "Read the full text, article by article",

    timeline_title: "Timeline",
    timeline_description: "From the national basis to the 2025 and 2035 goals: the timeline of the Taihang revitalisation policy.",
    tl_axis_label: "Policy timeline, 2021 to 2035",
    tl_list_label: "Timeline milestones",
    tl_today: "Today",
    tl_today_is: "Today is {}.",
    tl_horizon_passed: "The {} horizon has passed.",
    tl_horizon_ahead: "{} is {} years away.",
    tl_no_claim: "The policy text does not say whether its goals were met, and this site does not judge.",
    tl_pick: "Pick a milestone on the timeline to see its text and a plain-language summary.",
    tl_keyboard_hint: "Tip: the arrow keys move between milestones.",
    tl_past: "past",
    tl_current: "under way",
    tl_future: "ahead",
    tl_source: "Source",
    tl_summary: "In plain words",
    tl_commitments: "Separate commitments",
    tl_articles: "Articles that carry it out",
    tl_transition_short: "Transition",
    src_preamble: "Preamble",
    src_signature: "Signature and date",
    src_printing: "Printing note",
    src_article: "Article {}",

    counties_title: "Counties",
    counties_description: "The 35 counties and districts of the Taihang old revolutionary base area in Shanxi: pick yours and see what the policy says.",
    county_code: "Division code",
    county_city: "City",
    county_pinyin: "Pinyin",
    county_pick: "Pick a county or district",
    county_unknown: "No county has the code “{}”. Here are all 35; please pick one.",

    departments_title: "Departments",
    departments_description: "Which unit leads and which support each of the 22 articles.",
    unit_name: "Unit (as written)",
    unit_full_name: "Full name (2021)",
    unit_kind: "Kind",
    unit_leads: "Leads",
    unit_supports: "Supports",
    unit_joint: "Jointly responsible",
    unit_articles: "Articles",
    unit_unknown: "No unit is called “{}”. Here are all units.",

    text_title: "Full text",
    text_description: "The full Chinese text of the policy, by part and article, with English headings.",
    text_contents: "Contents",
    text_annex: "Annex",
    text_verbatim_note: "The policy text below is the Chinese original, verbatim; headings in English are unofficial.",
    text_search_label: "Search the full text",
    text_search_placeholder: "Chinese words, e.g. 通用机场",
    text_results: "{} articles match; the terms occur {} times.",
    text_no_results: "No article matches “{}”.",
    text_try: "Try other words (the text is in Chinese), for example:",
    text_suggestions: ["通用机场", "红色文化", "省水利厅", "武乡", "5G"],
    text_summary: "In plain words",
    text_places: "Places named",
    text_you_are_here: "You are here",
    text_page_url: "Page address: ",
    text_matched_unit: "Responsible unit: {}",
    text_clear: "Clear",
    text_highlight_note: "Key concrete targets are highlighted in the text.",
    responsibility: "Responsibility",
    no_responsibility: "This article assigns no unit.",

    not_found_title: "Page not found",
    not_found_body: "There is no such page. The link may be incomplete or out of date.",
    back_to_overview: "Back to the overview",
    bad_param: "The link’s “{}={}” is not valid; showing the default instead.",
    unknown_param: "The link’s parameter “{}” is not known and was ignored.",
    dismiss: "OK",
};
