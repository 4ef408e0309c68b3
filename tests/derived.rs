//! What the pages state that is derived from the data, computed in the model and pinned here:
//! matrix statistics behind the charts' sentences, where places lie, display names, the kinds of
//! unit the filter offers.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::i18n::{Lang, county_with_city, unit_short, whereabouts};
use taihang_policy::model::matrix::matrix;
use taihang_policy::model::{Code, UnitKind, Whereabouts, policy};

fn code(c: u32) -> Code {
    Code::new(c).unwrap()
}

#[test]
fn matrix_statistics_report_ties() {
    let m = matrix();
    let stats = m.stats();
    assert_eq!((stats.units, stats.articles), (37, 20));
    // The figures agree with the rows and columns they summarise.
    let max_total = m.rows.iter().map(|r| r.total()).max().unwrap();
    assert_eq!(stats.most_involved.1, max_total);
    let most: Vec<&str> = m.rows.iter().filter(|r| r.total() == max_total).map(|r| r.unit.name).collect();
    assert_eq!(stats.most_involved.0.iter().map(|u| u.name).collect::<Vec<_>>(), most);
    assert_eq!(most, ["省发展改革委"]);
    let totals = m.column_totals();
    let busiest = *totals.iter().max().unwrap();
    assert_eq!(stats.most_units, (vec![17u8], 13), "(十七) names the most units");
    assert_eq!(busiest, 13);
    // Leads: a tie is kept whole, in registry order.
    let max_leads = m.rows.iter().map(|r| r.leads).max().unwrap();
    let leaders: Vec<&str> = m.rows.iter().filter(|r| r.leads == max_leads).map(|r| r.unit.name).collect();
    assert_eq!(stats.most_leads.0.iter().map(|u| u.name).collect::<Vec<_>>(), leaders);
    assert!(leaders.len() > 1, "several units lead {max_leads} articles each: {leaders:?}");
    assert_eq!(stats.in_one_article, m.rows.iter().filter(|r| r.total() == 1).count());
}

#[test]
fn whereabouts_of_places() {
    let p = policy();
    let of = |name: &str| p.places.iter().find(|pl| pl.name == name).unwrap().whereabouts();
    assert_eq!(of("武乡太行"), Whereabouts::Counties(vec![code(140429)]));
    assert_eq!(of("长治王村机场"), Whereabouts::CityOnly(vec![code(140400)]));
    assert_eq!(of("京津冀"), Whereabouts::Outside);
    assert_eq!(of("晋东"), Whereabouts::Region);
    assert_eq!(of("太行山"), Whereabouts::Unplaced);
    assert_eq!(whereabouts(Lang::Zh, p.places.iter().find(|pl| pl.name == "武乡太行").unwrap()), "长治武乡县");
    assert_eq!(whereabouts(Lang::En, p.places.iter().find(|pl| pl.name == "长治王村机场").unwrap()), "Changzhi (city only)");
}

#[test]
fn county_display_names_are_unambiguous() {
    let p = policy();
    let names: Vec<String> = p.counties.iter().map(|c| county_with_city(Lang::Zh, c)).collect();
    let en: Vec<String> = p.counties.iter().map(|c| county_with_city(Lang::En, c)).collect();
    for list in [&names, &en] {
        let mut unique = list.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 35, "{list:?}");
    }
    assert_eq!(county_with_city(Lang::Zh, p.county(code(140502)).unwrap()), "晋城城区");
    assert_eq!(county_with_city(Lang::En, p.county(code(140302)).unwrap()), "Chengqu District, Yangquan");
}

#[test]
fn unit_names_and_kinds() {
    let p = policy();
    let drc = p.unit_by_key("drc").unwrap();
    assert_eq!(drc.short_name_en(), "Development and Reform Commission");
    assert_eq!(unit_short(Lang::Zh, drc), "省发展改革委");
    let pboc = p.unit_by_key("pboc-taiyuan").unwrap();
    assert_eq!(pboc.short_name_en(), pboc.name_en, "only a leading \"Shanxi \" is dropped");
    // The filter offers exactly the kinds the registry has, in the enum's order.
    let kinds = p.unit_kinds();
    assert_eq!(kinds, UnitKind::ALL, "every kind has a unit");
    for kind in UnitKind::ALL {
        assert_eq!(kinds.contains(&kind), p.units.iter().any(|u| u.kind == kind));
    }
}
