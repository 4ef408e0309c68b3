//! Reported since 2021: every row sourced and tied to the text; the pages show them, or say that
//! none was found in the sources checked.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::progress::parse;
use taihang_policy::model::{Code, ReportKind, policy};

fn code(c: u32) -> Code {
    Code::new(c).unwrap()
}

#[test]
fn every_report_is_sourced_and_quotes_its_article_item() {
    let p = policy();
    let reports = &p.progress().reports;
    assert!(reports.len() >= 5);
    for r in reports {
        assert!(!r.publisher.is_empty() && r.url.starts_with("http") && !r.quote.is_empty());
        let article = p.article(r.article).unwrap();
        assert!(r.item.is_empty() || article.prose().concat().contains(r.item), "{}", r.item);
        assert!(r.event.is_none_or(|e| e <= r.reported));
        // A plan stays a plan in both languages.
        if r.kind == ReportKind::Planned {
            assert!(r.statement_zh.contains("力争") || r.statement_en.contains("aim"), "{}", r.statement_en);
        }
    }
    // Oldest event first.
    let keys: Vec<_> = reports.iter().map(|r| r.event.unwrap_or(r.reported)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn a_row_without_its_source_or_with_a_wrong_item_is_refused() {
    let header =
        "# checked: 2026-11-29\narticle\titem\tplaces\tevent_date\treport_date\tkind\tstatement_zh\tstatement_en\tpublisher\turl\tquote\n";
    let file = |row: &str| -> &'static str { Box::leak(format!("{header}{row}\n").into_boxed_str()) };
    let p = policy();
    let ok = "4\t通用机场\t140431\t2021-11\t2022-07-14\tstarted\t开工。\tStarted.\t人民网\thttps://example.org/a\t开工建设";
    assert!(parse(file(ok), p).is_ok());
    for (bad, why) in [
        (ok.replace("人民网", ""), "no publisher"),
        (ok.replace("\t开工建设", "\t"), "no quote"),
        (ok.replace("https://example.org/a", "example.org"), "not a web address"),
        (ok.replace("通用机场", "民航机场"), "not verbatim"),
        (ok.replace("140431", "140100"), "none of the 35"),
        (ok.replace("2022-07-14", "2021-10-01"), "dates out of order"),
        (ok.replace("started", "done"), "unknown kind"),
        (ok.replace("4\t", "23\t"), "no such article"),
    ] {
        let error = parse(file(&bad), p).err().unwrap_or_default();
        assert!(error.contains(why), "{why}: {error}");
    }
    assert!(parse(Box::leak(ok.to_string().into_boxed_str()), p).is_err(), "a file without its checked date");
}

#[test]
fn counties_cities_and_articles_get_their_reports() {
    let p = policy();
    // 沁源县: its general airport; a city-level report on 长治 would also show.
    assert!(p.reports_for_county(code(140431)).iter().any(|r| r.item == "通用机场"));
    // 五台县 gets 忻州's high-speed railway report; 长治's counties do not.
    assert!(p.reports_for_county(code(140922)).iter().any(|r| r.item.contains("雄安新区—忻州")));
    assert!(!p.reports_for_county(code(140429)).iter().any(|r| r.item.contains("雄安新区—忻州")));
    // 长治市 sees its counties' reports.
    assert!(p.reports_for_city(code(140400)).len() >= 2);
    assert!(p.reports_on(13).iter().any(|r| r.kind == ReportKind::Completed));
    assert!(p.reports_on(3).is_empty());
}

#[test]
fn every_report_reaches_the_pages_it_concerns() {
    let p = policy();
    for r in &p.progress().reports {
        assert!(p.reports_on(r.article).contains(&r), "article {}", r.article);
        for place in &r.places {
            // A county, or every county of a city.
            let counties: Vec<Code> =
                if p.county(*place).is_some() { vec![*place] } else { p.counties_of(*place).map(|c| c.code).collect() };
            assert!(!counties.is_empty());
            for c in counties {
                assert!(p.reports_for_county(c).contains(&r), "{} on county {c}", r.statement_en);
            }
            assert!(p.reports_for_city(place.city()).contains(&r));
        }
    }
    // Per timeline year: each report lies between the policy and the day the sources were checked.
    let checked = p.progress().checked;
    let years: Vec<u16> = p.progress().reports.iter().map(|r| r.event.unwrap_or(r.reported).year).collect();
    assert!(years.iter().all(|y| (2021..=checked.year).contains(y)), "{years:?}");
    // 雄忻高铁 is a 忻州 report: it reaches 五台县 and 定襄县, not 长治's counties.
    let xiongxin = |c: u32| p.reports_for_county(code(c)).iter().any(|r| r.item.contains("雄安新区—忻州"));
    assert!(xiongxin(140922) && xiongxin(140921) && !xiongxin(140429));
}
