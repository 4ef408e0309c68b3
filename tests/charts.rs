//! The chart options handed to ECharts: the right data in the right shape, and nothing that needs
//! `eval` (a strict CSP forbids charming's JsFunction).
#![cfg(not(target_arch = "wasm32"))]

use taihang_policy::i18n::Lang;
use taihang_policy::model::matrix::{RowOrder, matrix};
use taihang_policy::views::departments::charts::{heatmap, role_bars};

fn json(chart: &charming::Chart) -> String {
    chart.to_string()
}

#[test]
fn heatmap_has_one_point_per_role_as_x_y_value() {
    let chart = heatmap(Lang::Zh);
    let s = json(&chart);
    let roles: usize = matrix().rows.iter().map(|r| r.total()).sum();
    // Each point is [column, row, value] with value 3 (lead), 2 (joint) or 1 (support).
    let points = s.matches("\n        [\n").count();
    assert_eq!(points, roles, "{}", &s[..s.len().min(600)]);
    assert!(s.contains("\"type\": \"heatmap\"") && s.contains("\"type\": \"piecewise\""));
    assert!(s.contains("\"省发展改革委\""));
    assert!(!s.contains("function"), "no JavaScript functions in options");
    // The first row is the most involved unit, and its first cell is a lead in (三).
    assert_eq!(matrix().rows_in(RowOrder::Involvement, None)[0].unit.id.as_str(), "drc");
}

#[test]
fn role_bars_stack_three_series_of_the_right_totals() {
    let s = json(&role_bars(Lang::En));
    assert_eq!(s.matches("\"stack\": \"roles\"").count(), 3);
    assert!(s.contains("Shanxi Development and Reform Commission"));
    assert!(!s.contains("function"));
}

#[test]
fn aria_decals_are_explicit() {
    // charming 0.6 writes `decals: []` unless patterns are given, and ECharts 5.6 then throws.
    let s = json(&heatmap(Lang::Zh));
    assert!(s.contains("\"decals\": [\n") && !s.contains("\"decals\": []"));
}
