//! The responsibility matrix against the parsed clauses, and its CSV and JSON exports.
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::model::matrix::*;
use taihang_policy::model::{Policy, Role, UnitId, UnitKind, policy};

fn matrix() -> Matrix {
    policy().matrix()
}

fn names(units: &[(&'static taihang_policy::model::Unit, Role)], role: Role) -> Vec<&'static str> {
    units.iter().filter(|(_, r)| *r == role).map(|(u, _)| u.name).collect()
}

fn ids(rows: &[&Row]) -> Vec<&'static str> {
    rows.iter().map(|r| r.unit.id.as_str()).collect()
}

fn id(key: &str) -> UnitId {
    policy().unit_by_key(key).unwrap().id
}

/// A policy whose first unit has an awkward name, to push the writers' escaping through a whole
/// export. Leaked: a matrix needs a `'static` policy, and this is a test process.
fn awkward_policy(name: &'static str) -> &'static Policy {
    let mut p = Policy::load().unwrap();
    let old = p.units[0].name;
    p.units[0].name = name;
    for a in &mut p.doc.articles {
        for asg in a.responsibility.iter_mut().flat_map(|r| r.assignments.iter_mut()) {
            if asg.unit == old {
                asg.unit = name;
            }
        }
    }
    Box::leak(Box::new(p))
}

#[test]
fn one_cell_per_unit_and_assigning_article() {
    let m = matrix();
    assert_eq!(m.columns, (3..=22).collect::<Vec<u8>>());
    assert_eq!(m.rows.len(), 37);
    let registry: Vec<UnitId> = policy().units.iter().map(|u| u.id).collect();
    assert_eq!(m.rows.iter().map(|r| r.unit.id).collect::<Vec<_>>(), registry, "registry order");
    for row in &m.rows {
        assert_eq!(row.cells.len(), 20, "{}", row.unit.name);
    }
    assert_eq!(m.column(3), Some(0));
    assert_eq!(m.column(22), Some(19));
    assert_eq!(m.column(1), None);
    assert_eq!(m.column_titles()[0], ("(三)".to_string(), "加强新型基础设施建设"));
}

#[test]
fn cells_are_exactly_the_roles_of_each_unit() {
    let m = matrix();
    for row in &m.rows {
        let from_text: Vec<(u8, Role)> = policy().roles_of(row.unit).map(|(a, r)| (a.no, r)).collect();
        let from_matrix: Vec<(u8, Role)> = m.columns.iter().zip(&row.cells).filter_map(|(no, c)| Some((*no, (*c)?))).collect();
        assert_eq!(from_matrix, from_text, "{}", row.unit.name);
        for (no, role) in &from_text {
            assert_eq!(m.cell(row.unit.id, *no), Some(*role));
        }
        assert!(!from_text.is_empty(), "{} has a role somewhere", row.unit.name);
    }
    assert_eq!(m.cell(id("drc"), 3), Some(Role::Lead));
    assert_eq!(m.cell(id("drc"), 5), Some(Role::Support));
    assert_eq!(m.cell(id("drc"), 1), None, "article (一) is no column");
    assert!(policy().unit_by_key("no-such-unit").is_none(), "no id for what the registry lacks");
}

#[test]
fn row_and_column_totals() {
    let m = matrix();
    let drc = m.row(id("drc")).unwrap();
    assert_eq!((drc.leads, drc.joint, drc.supports, drc.total()), (2, 1, 14, 17));
    assert_eq!(drc.count(Role::Lead), 2);
    for row in &m.rows {
        assert_eq!(row.cells.iter().flatten().count(), row.total(), "{}", row.unit.name);
        for role in Role::ALL {
            assert_eq!(row.cells.iter().filter(|c| **c == Some(role)).count(), row.count(role));
        }
    }
    let totals = m.column_totals();
    assert_eq!(totals.len(), m.columns.len());
    assert_eq!(totals.iter().sum::<usize>(), m.rows.iter().map(Row::total).sum::<usize>());
    for (no, total) in m.columns.iter().zip(&totals) {
        let named = policy().article(*no).unwrap().responsibility.as_ref().unwrap().assignments.len();
        assert_eq!(*total, named, "article {no}");
        assert_eq!(m.units_of(*no).len(), named);
    }
    assert_eq!(totals[m.column(3).unwrap()], 4);
    // The totals themselves, article by article (3..=22), as the clauses give them.
    assert_eq!(totals, [4, 4, 4, 3, 5, 5, 5, 3, 8, 5, 5, 5, 5, 6, 13, 5, 6, 2, 6, 2]);
    assert_eq!(m.rows.iter().map(Row::total).sum::<usize>(), 101);
}

#[test]
fn units_of_follows_the_clause() {
    let m = matrix();
    let four = m.units_of(4);
    assert_eq!(names(&four, Role::Lead), ["省发展改革委", "省交通厅"]);
    assert_eq!(four[0].0.id, id("drc"));
    assert_eq!(four[1].0.name, "省交通厅");

    let nineteen = m.units_of(19);
    assert_eq!(nineteen.len(), 6);
    assert!(nineteen.iter().all(|(_, r)| *r == Role::Joint), "(十九) has no lead");
    assert_eq!(nineteen.last().unwrap().0.id, id("drc"), "text order kept");

    for no in [20, 22] {
        let units = m.units_of(no);
        assert_eq!(names(&units, Role::Joint), ["省直有关部门", "相关市人民政府"], "article {no}");
        assert_eq!(units.len(), 2);
        assert!(units.iter().all(|(u, _)| u.kind == UnitKind::Collective));
    }

    // (二十一) names the central bank's branch and two regulators' Shanxi offices, and the
    // provincial government's own financial supervision bureau.
    let finance = m.units_of(21).iter().filter(|(u, _)| u.kind == UnitKind::Finance).count();
    assert_eq!(finance, 3);
    assert!(m.units_of(21).iter().any(|(u, _)| u.name == "省地方金融监管局" && u.kind == UnitKind::Government));
    assert!(m.units_of(7).iter().any(|(u, r)| u.name == "省粮食和储备局" && *r == Role::Support));
    let changzhi = m.units_of(11).into_iter().find(|(u, _)| u.name == "长治市人民政府").unwrap();
    assert_eq!(changzhi.0.kind, UnitKind::City);
    let seventeen = m.units_of(17);
    assert!(seventeen.iter().any(|(u, _)| u.name == "国网山西省电力公司" && u.kind == UnitKind::Enterprise));
    assert_eq!(names(&seventeen, Role::Support).len(), 12);

    assert!(m.units_of(1).is_empty() && m.units_of(2).is_empty() && m.units_of(23).is_empty());
    for &no in &m.columns {
        let roles: Vec<Role> = m.units_of(no).iter().map(|(_, r)| *r).collect();
        assert!(roles.is_sorted(), "leads, then joint, then supporting in article {no}");
        let text: Vec<&str> = policy().article(no).unwrap().responsibility.as_ref().unwrap().assignments.iter().map(|a| a.unit).collect();
        assert_eq!(m.units_of(no).iter().map(|(u, _)| u.name).collect::<Vec<_>>(), text, "article {no}");
    }
}

#[test]
fn row_orders_and_filters() {
    let m = matrix();
    let by_involvement = m.rows_in(RowOrder::Involvement, None);
    assert_eq!(by_involvement[0].unit.id, id("drc"));
    assert!(by_involvement.windows(2).all(|w| (w[0].total(), w[0].leads) >= (w[1].total(), w[1].leads)));
    let by_leads = m.rows_in(RowOrder::Leads, None);
    assert!(by_leads.windows(2).all(|w| w[0].leads >= w[1].leads));
    assert!(by_leads.windows(2).all(|w| w[0].leads > w[1].leads || w[0].total() >= w[1].total()));
    let by_name = m.rows_in(RowOrder::Name, None);
    assert!(by_name.windows(2).all(|w| w[0].unit.name < w[1].unit.name));

    assert_eq!(ids(&m.rows_in(RowOrder::Name, Some(UnitKind::Collective))), ["cities", "provincial-depts"]);
    let finance = m.rows_in(RowOrder::Involvement, Some(UnitKind::Finance));
    let mut finance_ids = ids(&finance);
    finance_ids.sort();
    assert_eq!(finance_ids, ["cbirc-shanxi", "csrc-shanxi", "pboc-taiyuan"]);
    assert_eq!(ids(&m.rows_in(RowOrder::Name, Some(UnitKind::Central))), ["comms"]);

    for kind in std::iter::once(None).chain(UnitKind::ALL.map(Some)) {
        let mut expected: Vec<&str> = m.rows.iter().filter(|r| kind.is_none_or(|k| r.unit.kind == k)).map(|r| r.unit.id.as_str()).collect();
        expected.sort();
        for order in RowOrder::ALL {
            let mut got = ids(&m.rows_in(order, kind));
            got.sort();
            assert_eq!(got, expected, "{order:?} {kind:?}: each unit exactly once");
        }
    }
    // Ties keep registry order.
    let registry_pos = |id: UnitId| m.rows.iter().position(|r| r.unit.id == id).unwrap();
    for w in by_involvement.windows(2) {
        if (w[0].total(), w[0].leads) == (w[1].total(), w[1].leads) {
            assert!(registry_pos(w[0].unit.id) < registry_pos(w[1].unit.id));
        }
    }
}

#[test]
fn row_order_keys() {
    assert_eq!(RowOrder::default(), RowOrder::Involvement);
    for order in RowOrder::ALL {
        assert_eq!(RowOrder::from_key(order.key()), Some(order));
    }
    assert_eq!(RowOrder::ALL.map(RowOrder::key), ["involvement", "leads", "name"]);
    assert_eq!(RowOrder::from_key("Name"), None);
}

/// The CSV read back with the `csv` crate, as a spreadsheet program would.
fn read_csv(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a BOM first");
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect()
}

#[test]
fn csv_for_spreadsheets() {
    let m = matrix();
    let csv = m.to_csv();
    assert!(csv.starts_with("\u{feff}单位,全称(2021年),类别,(三)加强新型基础设施建设,"));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count(), "CRLF only");
    assert_eq!(csv.matches("\r\n").count(), 38, "header and 37 units");
    let records = read_csv(&csv);
    assert_eq!(records.len(), 38);
    assert!(records.iter().all(|r| r.len() == 3 + 20 + 4));
    assert_eq!(records[0][3 + 19], "(二十二)强化任务落实");
    assert_eq!(records[0][23..], ["牵头(条)", "按职责分工负责·本条无牵头单位(条)", "按职责分工负责(条)", "合计(条)"]);
    let drc = &records[1];
    assert_eq!(drc[..5], ["省发展改革委", "山西省发展和改革委员会", "government", "牵头", "牵头"]);
    assert_eq!(drc[23..], ["2", "1", "14", "17"]);
    // Every cell is the clause's own words; a clause without a lead says so in parentheses.
    for (record, row) in records[1..].iter().zip(&m.rows) {
        assert_eq!(record[0], row.unit.name);
        for (field, cell) in record[3..23].iter().zip(&row.cells) {
            let expected = match cell {
                None => "",
                Some(Role::Lead) => "牵头",
                Some(Role::Support) => "按职责分工负责",
                Some(Role::Joint) => "按职责分工负责(本条无牵头单位)",
            };
            assert_eq!(field, expected, "{}", row.unit.name);
        }
        let counts = [row.leads, row.joint, row.supports, row.total()].map(|n| n.to_string());
        assert_eq!(record[23..], counts, "{}", row.unit.name);
    }
}

#[test]
fn csv_quoting() {
    assert_eq!(csv_field("省发展改革委"), "省发展改革委");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\r\nlines"), "\"two\r\nlines\"");
    assert_eq!(csv_field(""), "");
}

#[test]
fn awkward_names_survive_both_exports() {
    let name = "省\"发展\",改革委\r\n\\第二行\u{1}";
    let m = awkward_policy(name).matrix();
    assert_eq!(m.rows[0].unit.name, name);
    assert_eq!(m.rows[0].total(), 17, "the renamed unit keeps its roles");

    let csv = m.to_csv();
    assert!(csv.contains("\"省\"\"发展\"\",改革委\r\n\\第二行\u{1}\""));
    let records = read_csv(&csv);
    assert_eq!(records.len(), 38);
    assert_eq!(records[1][0], name);

    let json: serde_json::Value = serde_json::from_str(&m.to_json()).unwrap();
    assert_eq!(json["units"][0]["name"], name);
}

#[test]
fn json_for_programs() {
    let m = matrix();
    let text = m.to_json();
    assert!(text.starts_with("{\n  \"document\": \"晋政发〔2021〕36号\",\n  \"names_as_of\": 2021,\n"), "{text:.200}");
    assert!(text.ends_with("}\n"));
    assert_eq!(NAMES_AS_OF, policy().doc.issued.year, "full names are as of the year of issue");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(json["roles"].as_str().unwrap().contains("this site's reading"), "the joint role is labelled as the site's reading");
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 20);
    assert_eq!(articles[0], serde_json::json!({ "no": 3, "label": "(三)", "title": "加强新型基础设施建设" }));
    let units = json["units"].as_array().unwrap();
    assert_eq!(units.len(), m.rows.len());
    for (unit, row) in units.iter().zip(&m.rows) {
        assert_eq!(unit["id"], row.unit.id.as_str());
        assert_eq!(unit["kind"], row.unit.kind.key());
        let roles = unit["roles"].as_object().unwrap();
        let expected: Vec<(u8, &str)> = m.columns.iter().zip(&row.cells).filter_map(|(no, c)| Some((*no, (*c)?.key()))).collect();
        let mut got: Vec<(u8, &str)> = roles.iter().map(|(k, v)| (k.parse().unwrap(), v.as_str().unwrap())).collect();
        got.sort();
        assert_eq!(got, expected, "{}", row.unit.name);
        assert_eq!(
            (unit["leads"].as_u64(), unit["joint"].as_u64(), unit["supports"].as_u64()),
            (Some(row.leads as u64), Some(row.joint as u64), Some(row.supports as u64))
        );
    }
    assert_eq!(units[0]["roles"]["3"], "lead");
    assert_eq!(units[0]["roles"]["19"], "joint");
}
