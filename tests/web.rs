//! In the browser (wasm-bindgen-test, headless Chromium): the app mounts, routes and navigates.
#![cfg(target_arch = "wasm32")]
// Hydration's view types nest deeper than the compiler's default limit allows.
#![recursion_limit = "512"]

use std::time::Duration;

use leptos::prelude::*;
use taihang_policy::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets effects and the router settle.
async fn settle() {
    leptos::task::tick().await;
    gloo::timers::future::sleep(Duration::from_millis(50)).await;
    leptos::task::tick().await;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text_of(selector: &str) -> String {
    document().query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

fn click(selector: &str) {
    let el = document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

/// Mounts a fresh app at `path` in its own container.
async fn mount_at(path: &str) -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)).unwrap();
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let container = document().create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    container.set_id("app-under-test");
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), || view! { <App/> }).forget();
    settle().await;
    container
}

#[wasm_bindgen_test]
async fn mounts_the_overview() {
    mount_at("/").await;
    assert_eq!(text_of("#app-under-test main h1"), "关于新时代支持山西太行革命老区振兴发展的实施意见");
    assert_eq!(document().title(), "政策概览 · 太行老区政策");
    assert_eq!(document().query_selector_all("#app-under-test .scope .chip-list a").unwrap().length(), 35);
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
}

#[wasm_bindgen_test]
async fn routes_by_clicking_and_by_history() {
    mount_at("/").await;
    click("#app-under-test .site-nav a[href='/departments/']");
    settle().await;
    assert_eq!(web_sys::window().unwrap().location().pathname().unwrap(), "/departments/");
    assert_eq!(text_of("#app-under-test main h1"), "部门职责");
    click("#app-under-test .lang-switch");
    settle().await;
    assert_eq!(web_sys::window().unwrap().location().pathname().unwrap(), "/en/departments/");
    assert_eq!(text_of("#app-under-test main h1"), "Departments");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn a_deep_url_with_a_bad_parameter_explains_itself() {
    mount_at("/counties?county=140399").await;
    assert!(text_of("#app-under-test .notice").contains("county=140399"));
    assert_eq!(document().query_selector_all("#app-under-test .city-group").unwrap().length(), 6);
    mount_at("/counties?county=140302").await;
    assert!(text_of("#app-under-test .county-detail").contains("阳泉市"));
}

#[wasm_bindgen_test]
async fn corrupt_local_storage_is_ignored_and_removed() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("taihang-policy.county", "{{{not json").unwrap();
    mount_at("/counties").await;
    assert_eq!(document().query_selector("#app-under-test .county-detail").unwrap().map(|_| ()), None, "nothing restored");
    assert_eq!(storage.get_item("taihang-policy.county").unwrap(), None, "the bad value is removed");
    assert_eq!(web_sys::window().unwrap().location().pathname().unwrap(), "/counties");
    // A good value is restored.
    storage.set_item("taihang-policy.county", "\"140302\"").unwrap();
    mount_at("/counties").await;
    settle().await;
    assert!(text_of("#app-under-test #county-heading").contains("阳泉市城区"));
}

#[wasm_bindgen_test]
async fn a_chart_whose_library_cannot_load_says_so_and_keeps_its_table() {
    // The test page has no ECharts bundle next to it: loading it fails, as offline would.
    mount_at("/counties").await;
    let chart = document().get_element_by_id("county-counts").expect("chart container");
    chart.scroll_into_view();
    for _ in 0..40 {
        gloo::timers::future::sleep(Duration::from_millis(50)).await;
        if chart.get_attribute("data-state").as_deref() == Some("failed") {
            break;
        }
    }
    assert_eq!(chart.get_attribute("data-state").as_deref(), Some("failed"));
    assert!(text_of("#app-under-test .county-chart .chart-status").contains("未能加载"));
    assert_eq!(document().query_selector_all("#app-under-test .county-chart tbody tr").unwrap().length(), 35);
}

/// The element `selector` finds, to compare identities across an update.
fn element(selector: &str) -> web_sys::Element {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
async fn a_new_matrix_order_moves_the_rows_it_has() {
    mount_at("/departments/").await;
    let drc_row = element("#app-under-test #row-drc").closest("tr").unwrap().unwrap();
    let first_before = text_of("#app-under-test .matrix tbody tr th");
    let select = element("#app-under-test .matrix-controls select").dyn_into::<web_sys::HtmlSelectElement>().unwrap();
    select.set_value("name");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "?sort=name");
    assert_ne!(text_of("#app-under-test .matrix tbody tr th"), first_before, "the order changed");
    let drc_after = element("#app-under-test #row-drc").closest("tr").unwrap().unwrap();
    assert!(drc_row.is_same_node(Some(&drc_after)), "the row was moved, not built again");
    // Its links keep the new order, and its cells their ids.
    assert_eq!(element("#app-under-test #row-drc").get_attribute("href").as_deref(), Some("/departments/units/drc/?sort=name"));
    assert!(document().get_element_by_id("cell-drc-0").is_some());
}

#[wasm_bindgen_test]
async fn moving_between_counties_keeps_what_every_county_gets() {
    mount_at("/counties/140429/").await;
    let themes = element("#app-under-test .county-detail .themes");
    // A map tile (earlier tests' routers, still alive, would take a link's click).
    element("#app-under-test #tile-140431").dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    settle().await;
    let heading = text_of("#app-under-test #county-heading");
    let at = web_sys::window().unwrap().location().pathname().unwrap();
    assert!(heading.contains("沁源县"), "{heading} at {at}");
    assert!(text_of("#app-under-test .county-detail .facts").contains("140431"), "the facts follow the county");
    assert!(themes.is_same_node(Some(&element("#app-under-test .county-detail .themes"))), "the shared part stayed");
}
