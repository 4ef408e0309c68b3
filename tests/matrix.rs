//! The responsibility matrix against the parsed clauses, and its CSV and JSON exports.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use taihang_policy::model::matrix::*;
use taihang_policy::model::{Policy, Role, UnitKind, policy};

fn matrix() -> Matrix {
    policy().matrix()
}

fn names(units: &[(&'static taihang_policy::model::Unit, Role)], role: Role) -> Vec<&'static str> {
    units.iter().filter(|(_, r)| *r == role).map(|(u, _)| u.name).collect()
}

fn ids(rows: &[&Row]) -> Vec<&'static str> {
    rows.iter().map(|r| r.unit.id).collect()
}

/// A policy whose first unit has an awkward id and name, to push the writers' escaping through
/// a whole export. Leaked: a matrix needs a `'static` policy, and this is a test process.
fn awkward_policy(id: &'static str, name: &'static str) -> &'static Policy {
    let mut p = Policy::load().unwrap();
    let old = p.units[0].name;
    p.units[0].id = id;
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
    let registry: Vec<&str> = policy().units.iter().map(|u| u.id).collect();
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
        let from_matrix: Vec<(u8, Role)> =
            m.columns.iter().zip(&row.cells).filter_map(|(no, c)| Some((*no, (*c)?))).collect();
        assert_eq!(from_matrix, from_text, "{}", row.unit.name);
        for (no, role) in &from_text {
            assert_eq!(m.cell(row.unit.id, *no), Some(*role));
        }
        assert!(!from_text.is_empty(), "{} has a role somewhere", row.unit.name);
    }
    assert_eq!(m.cell("drc", 3), Some(Role::Lead));
    assert_eq!(m.cell("drc", 5), Some(Role::Support));
    assert_eq!(m.cell("drc", 1), None, "article (一) is no column");
    assert_eq!(m.cell("no-such-unit", 3), None);
    assert!(m.row("no-such-unit").is_none());
}

#[test]
fn row_and_column_totals() {
    let m = matrix();
    let drc = m.row("drc").unwrap();
    assert_eq!((drc.leads, drc.joint, drc.supports, drc.total()), (2, 1, 14, 17));
    assert_eq!(drc.count(Role::Lead), 2);
    for row in &m.rows {
        assert_eq!(row.cells.iter().flatten().count(), row.total(), "{}", row.unit.name);
        for role in ROLES {
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
}

#[test]
fn units_of_follows_the_clause() {
    let m = matrix();
    let four = m.units_of(4);
    assert_eq!(names(&four, Role::Lead), ["省发展改革委", "省交通厅"]);
    assert_eq!(four[0].0.id, "drc");
    assert_eq!(four[1].0.name, "省交通厅");

    let nineteen = m.units_of(19);
    assert_eq!(nineteen.len(), 6);
    assert!(nineteen.iter().all(|(_, r)| *r == Role::Joint), "(十九) has no lead");
    assert_eq!(nineteen.last().unwrap().0.id, "drc", "text order kept");

    for no in [20, 22] {
        let units = m.units_of(no);
        assert_eq!(names(&units, Role::Joint), ["省直有关部门", "相关市人民政府"], "article {no}");
        assert_eq!(units.len(), 2);
        assert!(units.iter().all(|(u, _)| u.kind == UnitKind::Collective));
    }

    let finance = m.units_of(21).iter().filter(|(u, _)| u.kind == UnitKind::Finance).count();
    assert_eq!(finance, 4);
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
        let text: Vec<&str> =
            policy().article(no).unwrap().responsibility.as_ref().unwrap().assignments.iter().map(|a| a.unit).collect();
        assert_eq!(m.units_of(no).iter().map(|(u, _)| u.name).collect::<Vec<_>>(), text, "article {no}");
    }
}

#[test]
fn row_orders_and_filters() {
    let m = matrix();
    let by_involvement = m.rows_in(RowOrder::Involvement, None);
    assert_eq!(by_involvement[0].unit.id, "drc");
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
    assert_eq!(finance_ids, ["cbirc-shanxi", "csrc-shanxi", "local-finance", "pboc-taiyuan"]);

    for kind in std::iter::once(None).chain(UnitKind::ALL.map(Some)) {
        let mut expected: Vec<&str> =
            m.rows.iter().filter(|r| kind.is_none_or(|k| r.unit.kind == k)).map(|r| r.unit.id).collect();
        expected.sort();
        for order in RowOrder::ALL {
            let mut got = ids(&m.rows_in(order, kind));
            got.sort();
            assert_eq!(got, expected, "{order:?} {kind:?}: each unit exactly once");
        }
    }
    // Ties keep registry order.
    let registry_pos = |id: &str| m.rows.iter().position(|r| r.unit.id == id).unwrap();
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

#[test]
fn csv_for_spreadsheets() {
    let m = matrix();
    let csv = m.to_csv();
    assert!(csv.starts_with("\u{feff}单位,全称(2021年),类别,(三)加强新型基础设施建设,"));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count(), "CRLF only");
    assert_eq!(csv.matches("\r\n").count(), 38, "header and 37 units");
    let records = csv_records(csv.strip_prefix('\u{feff}').unwrap()).unwrap();
    assert_eq!(records[0].len(), 3 + 20 + 4);
    assert_eq!(records[0][3 + 19], "(二十二)强化任务落实");
    assert_eq!(records[0][23..], ["牵头", "共同负责", "按职责分工负责", "合计"]);
    let drc = &records[1];
    assert_eq!(drc[..5], ["省发展改革委", "山西省发展和改革委员会", "government", "牵头", "牵头"]);
    assert_eq!(drc[23..], ["2", "1", "14", "17"]);
    assert!(records.iter().all(|r| r.len() == 27));

    let parsed = Matrix::parse_csv(&csv).unwrap();
    let expected: Vec<CsvRow> = m.rows.iter().map(|r| (r.unit.name.to_string(), r.cells.clone())).collect();
    assert_eq!(parsed, expected);
    // Without the BOM and with LF line ends, as an editor may save it.
    assert_eq!(Matrix::parse_csv(&csv[3..].replace("\r\n", "\n")).unwrap(), expected);
}

#[test]
fn malformed_csv_is_refused() {
    let csv = matrix().to_csv();
    let drc_row = csv.lines().nth(1).unwrap();
    let cases = [
        String::new(),
        "\u{feff}".to_string(),
        csv.replacen("单位", "部门", 1),
        csv.replacen(",合计", "", 1),
        csv.replacen(drc_row, &format!("{drc_row},extra"), 1),
        csv.replacen(drc_row, &drc_row.replacen("牵头", "主办", 1), 1),
        csv.replacen(drc_row, &drc_row.replacen(",2,1,14,17", ",3,1,14,17", 1), 1),
        csv.replacen(drc_row, &drc_row.replacen(",2,1,14,17", ",2,1,14,x", 1), 1),
        csv.replacen(drc_row, &drc_row.replacen("省发展改革委", "", 1), 1),
        csv.replacen("省发展改革委", "\"省发展改革委", 1),
        csv.replacen("省发展改革委", "省\"发展改革委", 1),
        csv.replacen("省发展改革委", "\"省发展\"改革委", 1),
    ];
    for case in &cases {
        assert!(Matrix::parse_csv(case).is_err(), "{:?}", case.chars().take(80).collect::<String>());
    }
}

#[test]
fn csv_quoting() {
    assert_eq!(csv_field("省发展改革委"), "省发展改革委");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\r\nlines"), "\"two\r\nlines\"");
    assert_eq!(csv_field(""), "");
    let line = ["a,b", "say \"hi\"", "two\r\nlines", "", "plain"].map(csv_field).join(",");
    assert_eq!(csv_records(&line).unwrap(), [["a,b", "say \"hi\"", "two\r\nlines", "", "plain"]]);
    assert_eq!(csv_records("").unwrap(), Vec::<Vec<String>>::new());
    assert_eq!(csv_records("a,\r\n\r\n").unwrap(), [vec!["a", ""], vec![""]]);
    assert!(csv_records("a\rb").is_err(), "a bare CR is no line end");
}

#[test]
fn awkward_names_survive_both_exports() {
    let name = "省\"发展\",改革委\r\n\\第二行\u{1}";
    let p = awkward_policy("d\"r\\c\n\u{7}", name);
    let m = p.matrix();
    assert_eq!(m.rows[0].unit.name, name);
    assert_eq!(m.rows[0].total(), 17, "the renamed unit keeps its roles");

    let csv = m.to_csv();
    assert!(csv.contains("\"省\"\"发展\"\",改革委\r\n\\第二行\u{1}\""));
    let parsed = Matrix::parse_csv(&csv).unwrap();
    assert_eq!(parsed[0], (name.to_string(), m.rows[0].cells.clone()));
    assert_eq!(parsed.len(), 37);

    let json = m.to_json();
    assert!(json.contains(r#""name": "省\"发展\",改革委\r\n\\第二行\u0001","#));
    let units = Matrix::parse_json_roles(&json).unwrap();
    assert_eq!(units[0].0, "d\"r\\c\n\u{7}");
}

#[test]
fn json_escaping() {
    assert_eq!(json_string("a\"b\\c\nd\u{1}e\tf\u{1f}"), r#""a\"b\\c\nd\u0001e\tf\u001f""#);
    assert_eq!(json_string("晋政发〔2021〕36号"), "\"晋政发〔2021〕36号\"", "non-ASCII kept as UTF-8");
    assert_eq!(json_string("/\u{7f}\u{2028}"), "\"/\u{7f}\u{2028}\"", "only what JSON requires is escaped");
    assert_eq!(json_string(""), "\"\"");
}

#[test]
fn json_for_programs() {
    let m = matrix();
    let json = m.to_json();
    assert!(json.starts_with("{\n  \"document\": \"晋政发〔2021〕36号\",\n  \"names_as_of\": 2021,\n  \"articles\": [\n    {\n      \"no\": 3,\n"));
    assert!(json.contains("\"names_as_of\": 2021"));
    assert_eq!(NAMES_AS_OF, policy().doc.issued.year, "full names are as of the year of issue");
    assert!(json.contains("      \"label\": \"(三)\",\n      \"title\": \"加强新型基础设施建设\"\n"));
    let drc = "    {\n      \"id\": \"drc\",\n      \"name\": \"省发展改革委\",\n      \"full_name\": \"山西省发展和改革委员会\",\n      \"kind\": \"government\",\n      \"roles\": {\n        \"3\": \"lead\",\n        \"4\": \"lead\",\n        \"5\": \"support\",";
    assert!(json.contains(drc));
    assert!(json.contains("      \"leads\": 2,\n      \"joint\": 1,\n      \"supports\": 14\n    }"));
    assert!(json.ends_with("  ]\n}\n"));
    assert!(!json.contains('\t') && !json.contains('\r'));

    let units = Matrix::parse_json_roles(&json).unwrap();
    assert_eq!(units.len(), m.rows.len());
    for ((id, roles), row) in units.iter().zip(&m.rows) {
        assert_eq!(id, row.unit.id);
        let expected: Vec<(u8, Role)> =
            m.columns.iter().zip(&row.cells).filter_map(|(no, c)| Some((*no, (*c)?))).collect();
        assert_eq!(*roles, expected, "{id}");
        // parse_json_roles checks the counts against the roles; pin them here too.
        let count = |role| roles.iter().filter(|(_, r)| *r == role).count();
        assert_eq!((count(Role::Lead), count(Role::Joint), count(Role::Support)), (row.leads, row.joint, row.supports));
    }
    // Compact JSON with the same content reads the same.
    let compact: String = json.lines().map(str::trim).collect();
    assert_eq!(Matrix::parse_json_roles(&compact).unwrap(), units);
}

#[test]
fn malformed_json_is_refused() {
    let json = matrix().to_json();
    let cases = [
        String::new(),
        "[]".to_string(),
        format!("{json}x"),
        json.chars().take(json.chars().count() / 2).collect(),
        json.replacen("\"leads\": 2", "\"leads\": 3", 1),
        json.replacen("\"leads\": 2", "\"leads\": 2.5", 1),
        json.replacen("\"leads\": 2", "\"leads\": 02", 1),
        json.replacen("\"leads\": 2", "\"leads\": -2", 1),
        json.replacen("\"3\": \"lead\"", "\"3\": \"chief\"", 1),
        json.replacen("\"3\": \"lead\"", "\"1\": \"lead\"", 1),
        json.replacen("\"id\": \"drc\"", "\"id\": \"d\\qrc\"", 1),
        json.replacen("\"id\": \"drc\"", "\"id\": \"d\\ud800rc\"", 1),
        json.replacen("\"id\": \"drc\"", "\"id\": \"d\nrc\"", 1),
        json.replacen("\"id\": \"drc\",", "\"id\": \"drc\"", 1),
        json.replacen("\"units\"", "\"unit\"", 1),
        "[".repeat(100) + &"]".repeat(100),
    ];
    for case in &cases {
        assert!(Matrix::parse_json_roles(case).is_err(), "{:?}", case.chars().take(80).collect::<String>());
    }
    // Escapes a writer might choose instead read the same.
    let escaped = json.replacen("\"id\": \"drc\"", "\"id\": \"\\u0064r\\/c\"", 1);
    assert_eq!(Matrix::parse_json_roles(&escaped).unwrap()[0].0, "dr/c");
    let pair = json.replacen("\"id\": \"drc\"", "\"id\": \"\\ud83d\\ude00\"", 1);
    assert_eq!(Matrix::parse_json_roles(&pair).unwrap()[0].0, "😀");
}

proptest! {
    #[test]
    fn any_fields_round_trip_through_csv(records in prop::collection::vec(prop::collection::vec(".*", 1..5), 0..5)) {
        let mut csv = String::new();
        for record in &records {
            csv.push_str(&record.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
            csv.push_str("\r\n");
        }
        prop_assert_eq!(csv_records(&csv).unwrap(), records);
    }
}
