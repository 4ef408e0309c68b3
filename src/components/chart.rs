use leptos::prelude::*;

use super::{Erase, ScriptNote, attr};
use crate::browser::{self, ChartPhase};
use crate::i18n::Lang;
use crate::route::Mode;

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
    let phase = RwSignal::new(ChartPhase::Waiting);
    browser::draw_chart_when_near(id, height, move || make(lang), phase);
    let message = move || match phase.get() {
        ChartPhase::Loading => Some(ui.chart_loading),
        ChartPhase::Failed => Some(ui.chart_failed),
        ChartPhase::Waiting | ChartPhase::Shown => None,
    };
    let frame = view! {
        <div class="chart-frame" class:failed=move || phase.get() == ChartPhase::Failed>
            <div class=format!("chart chart-h{height}") id=id aria-hidden="true" {..attr::data_state(move || phase.get().key())}></div>
            <p class="chart-status" role="status">{message}</p>
            <ScriptNote text=ui.script_chart/>
        </div>
    };
    // In the elderly-friendly mode the table comes first and the chart is one tap away (a closed
    // chart is not near the screen, so it is not drawn until opened).
    if use_context::<Mode>() == Some(Mode::Elder) {
        view! { <details class="chart-more"><summary>{ui.chart_show}</summary>{frame}</details> }.erased()
    } else {
        frame.erased()
    }
}
