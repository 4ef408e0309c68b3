use leptos::prelude::*;

use crate::browser;
use crate::components::{Erase, attr};
use crate::i18n::{Lang, city_name, county_name, fill};
use crate::model::schematic::Tile;
use crate::model::{Code, County, policy};
use crate::nav::href;
use crate::route::Page;

// Whole user units: the numbers are written into the markup (integers format far faster than floats).
const CELL: i32 = 46;
const GAP: i32 = 4;

/// The county's short label for a tile: `武乡`, but `城区`, `沁县` (one character is too short);
/// in English the name without County/District/City (`Wuxiang`, `Chengqu`).
fn short_label(lang: Lang, county: &County) -> String {
    match lang {
        Lang::Zh => {
            let short = county.name.trim_end_matches(['县', '区', '市']);
            if short.chars().count() >= 2 { short } else { county.name }.to_string()
        }
        Lang::En => county.name_en().split(' ').next().unwrap_or_default().to_string(),
    }
}

/// Longer English labels are fitted to the tile (an attribute, so no inline style under the CSP).
const FIT_LABEL_CHARS: usize = 5;

/// The schematic map: one tile per county, coloured by city, labelled as a schematic. A mouse
/// clicks a tile; the keyboard reaches the map with one Tab stop and moves with the arrow keys.
#[component]
pub fn CountyMap(lang: Lang, selected: Memo<Option<Code>>, choose: Callback<Code>) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let tiles = StoredValue::new(p.tiles());
    let cols = tiles.with_value(|t| t.iter().map(|t| t.col).max().unwrap_or(0)) as i32 + 1;
    let rows = tiles.with_value(|t| t.iter().map(|t| t.row).max().unwrap_or(0)) as i32 + 1;
    // The tile that takes the Tab stop: the selected one, else the first.
    let focus = RwSignal::new(selected.get_untracked().unwrap_or(p.counties[0].code));
    Effect::new(move |_| {
        if let Some(code) = selected.get() {
            focus.set(code);
        }
    });
    let on_key = {
        move |ev: leptos::ev::KeyboardEvent| {
            let here = focus.get_untracked();
            let step = match ev.key().as_str() {
                "ArrowUp" => (0, -1),
                "ArrowDown" => (0, 1),
                "ArrowLeft" => (-1, 0),
                "ArrowRight" => (1, 0),
                "Enter" | " " => {
                    ev.prevent_default();
                    choose.run(here);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            if let Some(next) = tiles.with_value(|t| neighbour(t, here, step)) {
                focus.set(next);
                browser::focus(&format!("tile-{next}"));
            }
        }
    };

    let city_index = |code: Code| p.cities.iter().position(|c| c.code == code.city()).unwrap_or(0);
    let items = tiles
        .get_value()
        .into_iter()
        .map(|tile| {
            let Some(county) = p.county(tile.code) else { return ().erased() };
            let city = p.city(county.city).map_or("", |c| c.name);
            let (x, y) = (tile.col as i32 * CELL, tile.row as i32 * CELL);
            let code = tile.code;
            // Starts with the tile's visible text, so speech users can say what they see.
            let short = short_label(lang, county);
            let items = p.county_items(county.code).len();
            let reported = !p.reports_for_county(county.code).is_empty();
            let mut label = match lang {
                Lang::Zh => format!("{short} {city}{}", county.name),
                Lang::En => format!("{} ({}{})", county_name(lang, county), city, county.name),
            };
            // What the tile shows besides its name, in words.
            label.push_str(&fill(ui.county_map_tile_items, &[&items]));
            if reported {
                label.push_str(ui.county_map_tile_reports);
            }
            let fit = (short.chars().count() > FIT_LABEL_CHARS).then_some(CELL - GAP - 6);
            // Before the app runs, a tap on a tile loads this page, as a link would (build/start.js):
            // sooner than starting the app, and where it cannot start.
            let page = href(lang, Page::county(code));
            // SVG attributes through `attr`, which hydrates them as served (see there).
            view! {
                <g class=format!("tile city-{}", city_index(code)) class:selected=move || selected.get() == Some(code)
                    {..(
                        attr::id(format!("tile-{code}")),
                        attr::role("button"),
                        attr::data_href(page),
                        attr::aria_label(label),
                        attr::aria_pressed(move || if selected.get() == Some(code) { "true" } else { "false" }),
                        attr::tabindex(move || if focus.get() == code { "0" } else { "-1" }),
                    )}
                    on:click=move |_| { focus.set(code); choose.run(code) }
                    on:focus=move |_| focus.set(code)>
                    <rect {..(attr::x(x + GAP / 2), attr::y(y + GAP / 2), attr::width(CELL - GAP), attr::height(CELL - GAP), attr::rx(6))}/>
                    <text class=(lang == Lang::En).then_some("latin")
                        {..(attr::x(x + CELL / 2), attr::y(y + CELL / 2 + 1), attr::text_length(fit), attr::length_adjust(fit.map(|_| "spacingAndGlyphs")))}>
                        {short}
                    </text>
                </g>
                // Counts and report markers lie over the tile but outside its button, so the
                // button's visible text stays its name (the label says the rest in words).
                <g class="tile-marks" {..attr::aria_hidden("true")}>
                    {(items > 0).then(|| view! {
                        <text class="tile-count" {..(attr::x(x + CELL / 2), attr::y(y + CELL - 7))}>{items}</text>
                    })}
                    {reported.then(|| {
                        let (cx, cy) = (x + CELL - 9, y + 8);
                        let points = format!("{cx},{} {},{cy} {cx},{} {},{cy}", cy - 4, cx + 4, cy + 4, cx - 4);
                        view! { <polygon class="tile-report" {..(attr::points(points), attr::data_code(code.to_string()))}/> }
                    })}
                </g>
            }
            .erased()
        })
        .collect_view();
    let legend = p
        .cities
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <li><span class=format!("swatch city-{i}") aria-hidden="true"></span>{city_name(lang, c)}</li> })
        .collect_view();
    view! {
        <figure class="county-map">
            <svg {..(attr::view_box(format!("0 0 {} {}", cols * CELL, rows * CELL)), attr::role("group"), attr::aria_label(ui.county_map_label))}
                on:keydown=on_key>
                {items}
            </svg>
            <figcaption>
                <strong>{ui.county_map_heading}</strong> " " {ui.county_map_note}
                <ul class="legend">{legend}</ul>
                <ul class="legend">
                    <li><span class="legend-count" aria-hidden="true">"3"</span>{ui.county_map_legend_items}</li>
                    <li><span class="legend-report" aria-hidden="true">"◆"</span>{ui.county_map_legend_reports}</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// The nearest tile from `here` in direction `step` (within a 45° cone).
fn neighbour(tiles: &[Tile], here: Code, step: (i32, i32)) -> Option<Code> {
    let from = tiles.iter().find(|t| t.code == here)?;
    tiles
        .iter()
        .filter_map(|t| {
            let (dx, dy) = (t.col as i32 - from.col as i32, t.row as i32 - from.row as i32);
            let along = dx * step.0 + dy * step.1;
            let across = (dx * step.1 - dy * step.0).abs();
            (along > 0 && across <= along).then_some((along * along + 2 * across * across, t.code))
        })
        .min_by_key(|(d, code)| (*d, *code))
        .map(|(_, code)| code)
}
