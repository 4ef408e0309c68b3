use leptos::prelude::*;

use crate::i18n::Lang;

/// The ECharts bundle `build/echarts.mjs` writes into the site (same version as package.json).
pub const ECHARTS_FILE: &str = "echarts-5.6.0-charts.js";

/// ECharts' accessibility options: generated description, and decal patterns so that colour is
/// not the only cue. The patterns are given explicitly: charming 0.6 serialises an empty
/// `decals: []` otherwise, which makes ECharts 5.6 throw.
pub fn aria() -> charming::component::Aria {
    use charming::component::{Aria, Decal, DecalItem};
    use charming::element::{Color, Symbol};
    let dots = DecalItem::new().symbol(Symbol::Circle).symbol_size(0.35).color(Color::from("rgba(255,255,255,0.55)"));
    let stripes = DecalItem::new().symbol(Symbol::Rect).symbol_size(0.5).rotation(0.785).color(Color::from("rgba(0,0,0,0.3)"));
    Aria::new().enabled(true).decal(Decal::new().show(true).decals(vec![dots, stripes]))
}

/// Where a chart stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum ChartState {
    /// Not yet near the screen: ECharts is not requested.
    Waiting,
    Loading,
    Shown,
    /// ECharts could not be loaded (offline, blocked): the table alternative stays.
    Failed,
}

/// A charming chart, drawn by ECharts loaded from this site only when the chart is about to
/// be scrolled into view. It is a picture of data that the page also gives as a table and a text
/// summary, so the drawing is hidden from assistive technology and its failure loses nothing.
#[component]
pub fn Chart(
    /// A unique element id.
    id: &'static str,
    lang: Lang,
    /// Height in CSS pixels; the width follows the container.
    height: u32,
    /// Builds the chart; called only when the chart is drawn, so a page that is never scrolled
    /// to its charts never builds them.
    make: fn(Lang) -> charming::Chart,
) -> impl IntoView {
    let ui = lang.ui();
    let state = RwSignal::new(ChartState::Waiting);
    #[cfg(target_arch = "wasm32")]
    browser::attach(id, height, move || make(lang), state);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = make;
    let message = move || match state.get() {
        ChartState::Loading => Some(ui.chart_loading),
        ChartState::Failed => Some(ui.chart_failed),
        ChartState::Waiting | ChartState::Shown => None,
    };
    view! {
        <div class="chart-frame" class:failed=move || state.get() == ChartState::Failed>
            <div class=format!("chart chart-h{height}") id=id aria-hidden="true" data-state=move || format!("{:?}", state.get()).to_lowercase()></div>
            <p class="chart-status" role="status">{message}</p>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{ChartState, ECHARTS_FILE};
    use charming::renderer::wasm_renderer::{Echarts, WasmRenderer};
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use std::cell::RefCell;

    /// Calls a method charming does not bind (`resize()` to the container, `dispose()`).
    fn call(chart: &Echarts, method: &str) {
        let this: &JsValue = chart.as_ref();
        if let Ok(f) = js_sys::Reflect::get(this, &JsValue::from_str(method)).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(JsValue::from)) {
            let _ = f.call0(this);
        }
    }

    thread_local! {
        /// One load of the bundle per page, shared by every chart.
        static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    }

    fn echarts_present() -> bool {
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts")).is_ok_and(|v| v.is_object())
    }

    /// Loads the bundle once: a `<script src>` from this site (allowed by a strict CSP).
    async fn load_echarts() -> Result<(), JsValue> {
        if echarts_present() {
            return Ok(());
        }
        let promise = LOADING.with(|cell| {
            cell.borrow_mut()
                .get_or_insert_with(|| {
                    js_sys::Promise::new(&mut |resolve, reject| {
                        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                            let _ = reject.call0(&JsValue::NULL);
                            return;
                        };
                        let base = crate::browser_base();
                        let Ok(script) = document.create_element("script") else { return };
                        let script: web_sys::HtmlScriptElement = script.unchecked_into();
                        script.set_src(&format!("{base}/{ECHARTS_FILE}"));
                        script.set_onload(Some(&resolve));
                        script.set_onerror(Some(&reject));
                        if let Some(head) = document.head() {
                            let _ = head.append_child(&script);
                        }
                    })
                })
                .clone()
        });
        let result = wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ());
        if result.is_err() {
            // Let a later chart (after coming back online) try again.
            LOADING.with(|cell| cell.borrow_mut().take());
        }
        result.and_then(|_| if echarts_present() { Ok(()) } else { Err(JsValue::NULL) })
    }

    pub fn attach(id: &'static str, height: u32, build: impl Fn() -> charming::Chart + Copy + 'static, state: RwSignal<ChartState>) {
        let handle = StoredValue::new_local(None::<Echarts>);
        // Start loading when the chart comes within a screen of the viewport.
        Effect::new(move |_| {
            let Some(el) = document().get_element_by_id(id) else { return };
            let start = move || {
                if state.get_untracked() != ChartState::Waiting {
                    return;
                }
                state.set(ChartState::Loading);
                leptos::task::spawn_local(async move {
                    match load_echarts().await {
                        Ok(()) => match WasmRenderer::new_opt(None, Some(height)).render(id, &build()) {
                            Ok(echarts) => {
                                handle.set_value(Some(echarts));
                                state.set(ChartState::Shown);
                            }
                            Err(_) => state.set(ChartState::Failed),
                        },
                        Err(_) => state.set(ChartState::Failed),
                    }
                });
            };
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting()) {
                    start();
                }
            });
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin("300px 0px");
            if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
                observer.observe(&el);
                let kept = StoredValue::new_local((observer, callback));
                on_cleanup(move || kept.with_value(|(o, _)| o.disconnect()));
            }
        });
        // Follow the container's width.
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            handle.with_value(|h| {
                if let Some(h) = h {
                    call(h, "resize");
                }
            })
        });
        on_cleanup(move || {
            resize.remove();
            handle.with_value(|h| {
                if let Some(h) = h {
                    call(h, "dispose");
                }
            });
        });
    }
}
