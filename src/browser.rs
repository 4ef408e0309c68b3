//! All browser glue, in one place: everything that needs `window`, `document`, local storage,
//! observers or ECharts. Each function has a native twin that does nothing (or answers "none"),
//! so the rest of the crate has no `cfg` of its own and renders natively (tests, prerendering).

use leptos::prelude::*;

use crate::model::{Code, Date, policy};

/// The ECharts bundle `build/echarts.mjs` writes into the site; both read this one file.
pub const ECHARTS_FILE: &str = include_str!("../build/echarts-file.txt").trim_ascii();

/// Where a chart stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartPhase {
    /// Not yet near the screen: ECharts is not requested.
    Waiting,
    Loading,
    Shown,
    /// ECharts could not be loaded (offline, blocked): the table alternative stays.
    Failed,
}

impl ChartPhase {
    /// The phase's one key (`data-state` in the markup, for tests and styles).
    pub fn key(self) -> &'static str {
        match self {
            ChartPhase::Waiting => "waiting",
            ChartPhase::Loading => "loading",
            ChartPhase::Shown => "shown",
            ChartPhase::Failed => "failed",
        }
    }
}

/// Whether this build draws widgets (`/embed/…`). They are static files that run no WebAssembly,
/// so the app in the browser never needs to draw one: leaving them out keeps them out of the WASM.
/// Natively (prerendering, tests) they are drawn.
pub const DRAWS_WIDGETS: bool = cfg!(not(target_arch = "wasm32"));

/// What the site remembers between visits: the last county, and the elderly-friendly mode if the
/// reader switched it on.
const COUNTY_KEY: &str = "taihang-policy.county";
const MODE_KEY: &str = "taihang-policy.mode";
/// The extra-large cursor, on or off (`<html data-cursor="xl">`).
const CURSOR_KEY: &str = "taihang-policy.cursor";
const CURSOR_ON: &str = "xl";

/// What the device remembers, as the prerendered page names it for the loader (build/start.js):
/// an element with `data-remember-key` (and `data-remember-value`, the value as stored: JSON, as
/// gloo writes it) starts the app at once where that is stored, because the app then shows the
/// reader more than the file (their mode, their county, their cursor). A link with them (the mode
/// switch) stores the value as it is followed, by the app or, while the app sleeps, by the loader.
pub fn mode_memory(key: &str) -> (&'static str, String) {
    (MODE_KEY, as_stored(key))
}

/// The large cursor's memory (see `mode_memory`): stored as on.
pub fn cursor_memory() -> (&'static str, String) {
    (CURSOR_KEY, as_stored(CURSOR_ON))
}

/// A string value as gloo's local storage writes it: JSON.
fn as_stored(value: &str) -> String {
    serde_json::Value::from(value).to_string()
}

/// The county's memory key (see `mode_memory`): any county stored.
pub const fn county_memory_key() -> &'static str {
    COUNTY_KEY
}

/// A stored value back to a county, if it still names one (it may be corrupt, or stale: a code
/// from another version).
pub fn stored_county(stored: &str) -> Option<Code> {
    policy().county_code(stored)
}

/// Sentences of a text, with their byte ranges: cut after 。！？；.!?; (a quote's end goes with it).
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';') || (c == '.' && chars.peek().is_none_or(|(_, n)| n.is_whitespace()))
        {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek().filter(|(_, q)| matches!(q, '”' | '’' | '」' | ')' | '）' | '"')) {
                end = j + q.len_utf8();
                chars.next();
            }
            if !text[start..end].trim().is_empty() {
                out.push((start, end));
            }
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use leptos::wasm_bindgen::{JsCast, JsValue, closure::Closure};

    /// Starts the app at the base path the page was served from. A page prerendered for this very
    /// address (`<body data-prerendered>`) is brought to life as it is (hydrated); any other (a
    /// query the build could not know, an old link, the 404 page, the dev server's empty shell)
    /// is cleared and drawn afresh.
    pub fn mount<V: IntoView + 'static>(app: impl FnOnce(String) -> V + 'static) {
        console_error_panic_hook::set_once();
        let base = base_path();
        let Some(body) = document().body() else { return };
        let location = window().location();
        let here = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let prerendered_here = body.get_attribute("data-prerendered").is_some_and(|rendered| !rendered.is_empty() && rendered == here);
        if prerendered_here {
            leptos::mount::hydrate_body(move || app(base));
        } else {
            body.set_inner_html("");
            leptos::mount::mount_to_body(move || app(base));
        }
        // For tests and styles: the page is now the app's, brought to life in place or drawn anew.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-app", if prerendered_here { "hydrated" } else { "mounted" });
        }
    }

    /// The base path: the folder the app's own script was loaded from (Trunk writes it into a
    /// `modulepreload` link with its public URL), so the same build works at `/` or under a
    /// sub-path without a `<base>` element (which would break `#fragment` links).
    pub fn base_path() -> String {
        let script = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("link[rel=modulepreload]").ok().flatten())
            .and_then(|link| link.get_attribute("href"));
        let path = script
            .and_then(|href| web_sys::Url::new_with_base(&href, &web_sys::window()?.location().href().ok()?).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        path.rsplit_once('/').map(|(dir, _)| dir.to_string()).unwrap_or_default()
    }

    /// Moves keyboard focus to the element with this id (HTML or SVG).
    pub fn focus(id: &str) {
        if let Some(el) = document().get_element_by_id(id) {
            // `focus` exists on SVG elements too; web-sys calls it by name.
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }

    /// Puts the element with this id in the Tab order (0) or takes it out (-1), where it exists.
    pub fn set_tab_index(id: &str, index: i32) {
        if let Some(el) = document().get_element_by_id(id) {
            el.unchecked_into::<web_sys::HtmlElement>().set_tab_index(index);
        }
    }

    /// Today from the browser's clock.
    pub fn today() -> Option<Date> {
        let now = js_sys::Date::new_0();
        Some(Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8))
    }

    pub fn remembered_county() -> Option<Code> {
        use gloo::storage::{LocalStorage, Storage};
        let stored: Result<String, _> = LocalStorage::get(COUNTY_KEY);
        let county = stored.ok().as_deref().and_then(stored_county);
        if county.is_none() {
            LocalStorage::delete(COUNTY_KEY);
        }
        county
    }

    /// The key of the mode the reader last chose with the switch (`route::Mode::key`), as stored:
    /// the caller reads it, and a value it does not know counts as none.
    pub fn remembered_mode() -> Option<String> {
        use gloo::storage::{LocalStorage, Storage};
        LocalStorage::get(MODE_KEY).ok()
    }

    pub fn remember_mode(key: &str) {
        use gloo::storage::{LocalStorage, Storage};
        let _ = LocalStorage::set(MODE_KEY, key);
    }

    /// Whether the reader turned the extra-large cursor on (on this device).
    pub fn large_cursor() -> bool {
        use gloo::storage::{LocalStorage, Storage};
        LocalStorage::get::<String>(CURSOR_KEY).is_ok_and(|v| v == CURSOR_ON)
    }

    /// Remembers the extra-large cursor on or off.
    pub fn set_large_cursor(on: bool) {
        use gloo::storage::{LocalStorage, Storage};
        if on {
            let _ = LocalStorage::set(CURSOR_KEY, CURSOR_ON);
        } else {
            LocalStorage::delete(CURSOR_KEY);
        }
    }

    /// Shows the extra-large cursor, or the ordinary one.
    pub fn show_large_cursor(on: bool) {
        if let Some(root) = document().document_element() {
            let _ = if on { root.set_attribute("data-cursor", "xl") } else { root.remove_attribute("data-cursor") };
        }
    }

    pub fn remember_county(code: Code) {
        use gloo::storage::{LocalStorage, Storage};
        // Storage can be full or disabled (private browsing): then the site simply does not remember.
        let _ = LocalStorage::set(COUNTY_KEY, code.to_string());
    }

    /// The id of the element an event was sent to (the focused one, for a key).
    pub fn target_id(ev: &leptos::ev::Event) -> Option<String> {
        ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.id()).filter(|id| !id.is_empty())
    }

    /// Brings an element into view when it is not: its top near the top of the screen.
    pub fn reveal(id: &str) {
        let (Some(el), Some(window)) = (document().get_element_by_id(id), web_sys::window()) else { return };
        let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let top = el.get_bounding_client_rect().top();
        if top < 0.0 || top > height * 0.6 {
            el.scroll_into_view();
        }
    }

    /// In the middle of an input-method composition (typing pinyin for Chinese).
    pub fn is_composing(ev: &leptos::ev::Event) -> bool {
        ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.is_composing())
    }

    /// The site's origin (`https://example.gov.cn`): addresses to share and embed are absolute.
    pub fn origin() -> String {
        web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
    }

    /// Copies `text` to the clipboard, then tells `done` whether it worked. Where the Clipboard API
    /// is missing or refused (an older in-app browser, no secure context), the element
    /// `fallback_id` (a field holding the same text) is selected and copied the old way.
    pub fn copy_text(text: String, fallback_id: &'static str, done: impl FnOnce(bool) + 'static) {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        leptos::task::spawn_local(async move {
            let copied = match clipboard {
                Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&text)).await.is_ok(),
                None => false,
            };
            done(copied || copy_selected(fallback_id));
        });
    }

    fn copy_selected(id: &str) -> bool {
        let Some(field) = document().get_element_by_id(id) else { return false };
        if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
        document().dyn_into::<web_sys::HtmlDocument>().ok().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
    }

    /// Whether the browser can hand a link to another app (the Web Share API).
    pub fn can_share() -> bool {
        web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
    }

    /// Offers the page to the system's share sheet; a cancelled share is no error.
    pub fn share(title: &str, url: &str) {
        let Some(window) = web_sys::window() else { return };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        let promise = window.navigator().share_with_data(&data);
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }

    thread_local! {
        /// What the reading under way needs kept: its utterances' handlers, and what to call when
        /// it ends or another starts.
        static READING: std::cell::RefCell<Option<Reading>> = const { std::cell::RefCell::new(None) };
    }

    struct Reading {
        _handlers: Vec<Closure<dyn FnMut()>>,
        on_end: Box<dyn FnOnce()>,
        block: Option<web_sys::Element>,
    }

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// The text blocks of an element in reading order: leaf headings, paragraphs, list items,
    /// terms and quotes that are shown (closed `<details>` and the reading controls left out).
    fn blocks(root: &web_sys::Element) -> Vec<web_sys::Element> {
        const BLOCK: &str = "h1, h2, h3, h4, p, li, dt, dd, blockquote, figcaption";
        let Ok(nodes) = root.query_selector_all(BLOCK) else { return Vec::new() };
        (0..nodes.length())
            .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|el| el.query_selector(BLOCK).ok().flatten().is_none())
            .filter(|el| el.get_client_rects().length() > 0)
            .filter(|el| el.closest(".read-aloud, .needs-script, details:not([open]) > :not(summary)").ok().flatten().is_none())
            .filter(|el| !el.text_content().unwrap_or_default().trim().is_empty())
            .collect()
    }

    /// Marks the sentence being read: a range over the block's text (the CSS Custom Highlight
    /// API, `::highlight(read-aloud)`), or where that is missing, the whole block (`.reading`).
    fn highlight(block: &web_sys::Element, start: usize, end: usize) {
        clear_highlight();
        let text = block.text_content().unwrap_or_default();
        // Offsets in UTF-16 units, as the DOM counts them.
        let utf16 = |byte: usize| text[..byte].encode_utf16().count() as u32;
        let (from, to) = (utf16(start), utf16(end));
        let registry = highlights();
        let constructor = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("Highlight")).ok())
            .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
        let range = text_range(block, from, to);
        match (registry, constructor, range) {
            (Some(registry), Some(constructor), Some(range)) => {
                let Ok(highlight) = js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&range)) else { return };
                if let Ok(set) = js_sys::Reflect::get(&registry, &JsValue::from_str("set")).and_then(|f| f.dyn_into::<js_sys::Function>()) {
                    let _ = set.call2(&registry, &JsValue::from_str("read-aloud"), &highlight);
                }
            }
            _ => {
                let _ = block.class_list().add_1("reading");
            }
        }
        READING.with_borrow_mut(|r| {
            if let Some(r) = r.as_mut() {
                r.block = Some(block.clone());
            }
        });
    }

    fn text_range(block: &web_sys::Element, from: u32, to: u32) -> Option<web_sys::Range> {
        let walker = document().create_tree_walker_with_what_to_show(block, 4).ok()?;
        let range = document().create_range().ok()?;
        let (mut seen, mut started) = (0u32, false);
        while let Some(node) = walker.next_node().ok().flatten() {
            let len = node.text_content().unwrap_or_default().encode_utf16().count() as u32;
            if !started && from <= seen + len {
                range.set_start(&node, from - seen).ok()?;
                started = true;
            }
            if started && to <= seen + len {
                range.set_end(&node, to - seen).ok()?;
                return Some(range);
            }
            seen += len;
        }
        None
    }

    /// The page's registry of custom highlights (`CSS.highlights`), where the browser has one.
    fn highlights() -> Option<JsValue> {
        let window: JsValue = web_sys::window()?.into();
        let css = js_sys::Reflect::get(&window, &JsValue::from_str("CSS")).ok()?;
        js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok().filter(|h| !h.is_undefined())
    }

    fn clear_highlight() {
        if let Some(registry) = highlights()
            && let Ok(delete) = js_sys::Reflect::get(&registry, &JsValue::from_str("delete")).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = delete.call1(&registry, &JsValue::from_str("read-aloud"));
        }
        READING.with_borrow(|r| {
            if let Some(block) = r.as_ref().and_then(|r| r.block.as_ref()) {
                let _ = block.class_list().remove_1("reading");
            }
        });
    }

    /// Reads aloud the element `id`, sentence by sentence, each in the language it is written in
    /// (the nearest `lang`: Chinese quotes on an English page in a Chinese voice), marking the
    /// sentence being read; `on_end` is called when the reading ends, is stopped, or another starts.
    pub fn speak(id: &str, on_end: impl FnOnce() + 'static) {
        stop_speech();
        let (Some(synth), Some(root)) = (synth(), document().get_element_by_id(id)) else {
            on_end();
            return;
        };
        let mut queue = Vec::new();
        for block in blocks(&root) {
            let text = block.text_content().unwrap_or_default();
            let lang = block.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).unwrap_or_else(|| "zh-CN".into());
            for (start, end) in sentences(&text) {
                queue.push((block.clone(), text[start..end].trim().to_string(), lang.clone(), start, end));
            }
        }
        let last = queue.len();
        let mut handlers = Vec::new();
        for (i, (block, sentence, lang, start, end)) in queue.into_iter().enumerate() {
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&sentence) else { continue };
            utterance.set_lang(&lang);
            let on_start = Closure::<dyn FnMut()>::new(move || highlight(&block, start, end));
            utterance.set_onstart(Some(on_start.as_ref().unchecked_ref()));
            handlers.push(on_start);
            if i + 1 == last {
                let finished = Closure::<dyn FnMut()>::new(|| {
                    // Later, not inside the handler that the reading's state owns.
                    leptos::task::spawn_local(async { stop_speech() });
                });
                utterance.set_onend(Some(finished.as_ref().unchecked_ref()));
                handlers.push(finished);
            }
            synth.speak(&utterance);
        }
        if last == 0 {
            on_end();
            return;
        }
        READING.with_borrow_mut(|r| *r = Some(Reading { _handlers: handlers, on_end: Box::new(on_end), block: None }));
    }

    pub fn pause_speech() {
        if let Some(s) = synth() {
            s.pause();
        }
    }

    pub fn resume_speech() {
        if let Some(s) = synth() {
            s.resume();
        }
    }

    /// Stops the reading under way (if any): silence, no mark, its `on_end` called.
    pub fn stop_speech() {
        clear_highlight();
        let Some(reading) = READING.with_borrow_mut(|r| r.take()) else { return };
        if let Some(s) = synth() {
            s.cancel();
        }
        (reading.on_end)();
    }

    /// Draws `content` into a `<dialog>` of its own at the end of the body and opens it as modal
    /// (the rest of the page inert, Escape closes it). The dialog is outside the hydrated page:
    /// built in the browser only, never hydrated, which keeps its code out of the hydration
    /// machinery's many generic copies (a third of the dialogs' weight). When it closes, its
    /// content is unmounted, the dialog removed, and `on_close` called.
    pub fn show_modal<V: IntoView + 'static>(
        id: &'static str,
        labelled_by: &'static str,
        class: &'static str,
        content: impl FnOnce() -> V + 'static,
        on_close: impl FnOnce() + 'static,
    ) {
        let doc = document();
        let (None, Some(body)) = (doc.get_element_by_id(id), doc.body()) else { return };
        let Ok(dialog) = doc.create_element("dialog") else { return };
        dialog.set_id(id);
        let _ = dialog.set_attribute("class", class);
        let _ = dialog.set_attribute("aria-labelledby", labelled_by);
        let _ = body.append_child(&dialog);
        let dialog: web_sys::HtmlDialogElement = dialog.unchecked_into();
        let handle = leptos::mount::mount_to(dialog.clone().unchecked_into(), content);
        let closing = dialog.clone();
        let on_closed = Closure::once_into_js(move || {
            drop(handle);
            closing.remove();
            on_close();
        });
        let _ = dialog.add_event_listener_with_callback("close", on_closed.unchecked_ref());
        let _ = dialog.show_modal();
    }

    thread_local! {
        static DETACHED: std::cell::RefCell<std::collections::HashMap<&'static str, Box<dyn std::any::Any>>> = Default::default();
    }

    /// Draws `content` into an element of its own at the end of the body (created the first time),
    /// replacing what was drawn there before; outside the hydrated page, like `show_modal`.
    pub fn replace_detached<V: IntoView + 'static>(id: &'static str, class: &'static str, content: impl FnOnce() -> V + 'static) {
        DETACHED.with_borrow_mut(|drawn| drawn.remove(id));
        let doc = document();
        let existing = doc.get_element_by_id(id);
        let Some(el) = existing.or_else(|| {
            let el = doc.create_element("div").ok()?;
            el.set_id(id);
            let _ = el.set_attribute("class", class);
            doc.body()?.append_child(&el).ok()?;
            Some(el)
        }) else {
            return;
        };
        let handle = leptos::mount::mount_to(el.unchecked_into(), content);
        DETACHED.with_borrow_mut(|drawn| drawn.insert(id, Box::new(handle)));
    }

    pub fn close_dialog(id: &str) {
        if let Some(dialog) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
            dialog.close();
        }
    }

    /// On first load the browser looks for `#a4` before the app has drawn it: look again.
    pub fn scroll_to_hash() {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        if let Some(el) = hash.strip_prefix('#').filter(|h| !h.is_empty()).and_then(|id| document().get_element_by_id(id)) {
            el.scroll_into_view();
        }
    }

    /// Calls `draw` as the page is about to be printed (`beforeprint`, and the print media query
    /// turning on, which is how print previews and emulation announce it), so that what only
    /// print shows is made then, not after every move; stops when the component is cleaned up.
    pub fn on_print(draw: impl Fn() + 'static) {
        let draw = std::rc::Rc::new(draw);
        let before = {
            let draw = draw.clone();
            Closure::<dyn Fn()>::new(move || draw())
        };
        let media = window().match_media("print").ok().flatten();
        let change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |event: web_sys::MediaQueryListEvent| {
            if event.matches() {
                draw();
            }
        });
        let _ = window().add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        if let Some(media) = &media {
            let _ = media.add_event_listener_with_callback("change", change.as_ref().unchecked_ref());
        }
        let kept = StoredValue::new_local((media, before, change));
        on_cleanup(move || {
            kept.with_value(|(media, before, change)| {
                let _ = window().remove_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
                if let Some(media) = media {
                    let _ = media.remove_event_listener_with_callback("change", change.as_ref().unchecked_ref());
                }
            })
        });
    }

    /// Calls `on_enter` with the id of each element matching `selector` as it crosses the band
    /// given by `root_margin`; stops when the calling component is cleaned up.
    pub fn observe(selector: &str, root_margin: &str, on_enter: impl Fn(String) + 'static) {
        use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if entry.is_intersecting() {
                    on_enter(entry.target().id());
                }
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(root_margin);
        let Ok(observer) = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) else {
            return;
        };
        if let Ok(nodes) = document().query_selector_all(selector) {
            for i in 0..nodes.length() {
                if let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    observer.observe(&el);
                }
            }
        }
        let kept = StoredValue::new_local((observer, callback));
        on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
    }

    /// Registers the service worker (`sw.js` at the base path, written by `build/sw.mjs`) where
    /// browsers have them, and reports: `ready` once the site is cached for offline reading,
    /// `update` when a newer build is installed and waiting. No service worker (iOS WeChat, private
    /// modes, the dev server): nothing happens and the site works online as before.
    pub fn watch_service_worker(ready: RwSignal<bool>, update: RwSignal<bool>) {
        let navigator = window().navigator();
        if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
            return;
        }
        let container = navigator.service_worker();
        let base = base_path();
        let options = web_sys::RegistrationOptions::new();
        options.set_scope(&format!("{base}/"));
        let registered = container.register_with_options(&format!("{base}/sw.js"), &options);
        leptos::task::spawn_local(async move {
            // Some embedders stub the API out and resolve with nothing: then there is no worker.
            let registration = wasm_bindgen_futures::JsFuture::from(registered).await.ok();
            let Some(registration) = registration.and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok()) else { return };
            let controlled = || window().navigator().service_worker().controller().is_some();
            if registration.waiting().is_some() && controlled() {
                update.set(true);
            }
            // A worker that finishes installing is either the first (offline from now on) or a
            // new build (offer to switch).
            let found = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                let Some(worker) = found.installing() else { return };
                let watched = worker.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    if watched.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                        update.set(true);
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
            if wasm_bindgen_futures::JsFuture::from(
                window().navigator().service_worker().ready().unwrap_or_else(|_| js_sys::Promise::reject(&JsValue::NULL)),
            )
            .await
            .is_ok()
            {
                ready.set(true);
            }
        });
    }

    /// Lets the waiting build take over, then reloads into it.
    pub fn apply_update() {
        let container = window().navigator().service_worker();
        let reload = Closure::<dyn FnMut()>::new(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        leptos::task::spawn_local(async move {
            let registration = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await.ok();
            let Some(registration) = registration.and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok()) else { return };
            if let Some(waiting) = registration.waiting() {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str("SKIP_WAITING"));
                let _ = waiting.post_message(&message);
            }
        });
    }

    use charming::renderer::wasm_renderer::{Echarts, WasmRenderer};
    use std::cell::RefCell;

    /// Calls a method charming does not bind (`resize()` to the container, `dispose()`).
    fn call(chart: &Echarts, method: &str) {
        let this: &JsValue = chart.as_ref();
        if let Ok(f) = js_sys::Reflect::get(this, &JsValue::from_str(method)).and_then(|f| f.dyn_into::<js_sys::Function>()) {
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
                        let Ok(script) = document.create_element("script") else { return };
                        let script: web_sys::HtmlScriptElement = script.unchecked_into();
                        script.set_src(&format!("{}/{ECHARTS_FILE}", base_path()));
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

    /// Draws the chart into the element `id` once it comes within 300 px of the screen, loading
    /// ECharts first; follows the window's width; disposes of it on cleanup.
    pub fn draw_chart_when_near(
        id: &'static str,
        height: u32,
        build: impl Fn() -> charming::Chart + Copy + 'static,
        phase: RwSignal<ChartPhase>,
    ) {
        let handle = StoredValue::new_local(None::<Echarts>);
        Effect::new(move |_| {
            let Some(el) = document().get_element_by_id(id) else { return };
            let start = move || {
                if phase.get_untracked() != ChartPhase::Waiting {
                    return;
                }
                phase.set(ChartPhase::Loading);
                leptos::task::spawn_local(async move {
                    let drawn = match load_echarts().await {
                        Ok(()) => WasmRenderer::new_opt(None, Some(height)).render(id, &build()).ok(),
                        Err(_) => None,
                    };
                    match drawn {
                        Some(echarts) => {
                            handle.set_value(Some(echarts));
                            phase.set(ChartPhase::Shown);
                        }
                        None => phase.set(ChartPhase::Failed),
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

/// Outside a browser (native tests, prerendering): nothing to mount, focus, remember or draw.
#[cfg(not(target_arch = "wasm32"))]
mod web {
    use super::*;

    pub fn mount<V: IntoView + 'static>(_: impl FnOnce(String) -> V + 'static) {
        eprintln!("This is a web app: build it with `trunk build` or run `make serve`.");
    }
    pub fn base_path() -> String {
        String::new()
    }
    pub fn focus(_: &str) {}
    pub fn set_tab_index(_: &str, _: i32) {}
    pub fn today() -> Option<Date> {
        None
    }
    pub fn remembered_county() -> Option<Code> {
        let _ = COUNTY_KEY;
        None
    }
    pub fn remember_county(_: Code) {}
    pub fn large_cursor() -> bool {
        let _ = CURSOR_KEY;
        false
    }
    pub fn set_large_cursor(_: bool) {}
    pub fn show_large_cursor(_: bool) {}
    pub fn remembered_mode() -> Option<String> {
        let _ = MODE_KEY;
        None
    }
    pub fn remember_mode(_: &str) {}
    pub fn target_id(_: &leptos::ev::Event) -> Option<String> {
        None
    }
    pub fn reveal(_: &str) {}
    pub fn is_composing(_: &leptos::ev::Event) -> bool {
        false
    }
    pub fn origin() -> String {
        String::new()
    }
    pub fn copy_text(_: String, _: &'static str, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn can_share() -> bool {
        false
    }
    pub fn share(_: &str, _: &str) {}
    pub fn show_modal<V: IntoView + 'static>(
        _: &'static str,
        _: &'static str,
        _: &'static str,
        _: impl FnOnce() -> V + 'static,
        _: impl FnOnce() + 'static,
    ) {
    }
    pub fn replace_detached<V: IntoView + 'static>(_: &'static str, _: &'static str, _: impl FnOnce() -> V + 'static) {}
    pub fn close_dialog(_: &str) {}
    pub fn speak(_: &str, on_end: impl FnOnce() + 'static) {
        on_end()
    }
    pub fn pause_speech() {}
    pub fn resume_speech() {}
    pub fn stop_speech() {}
    pub fn scroll_to_hash() {}
    pub fn watch_service_worker(_: RwSignal<bool>, _: RwSignal<bool>) {}
    pub fn apply_update() {}
    pub fn on_print(_: impl Fn() + 'static) {}
    pub fn observe(_: &str, _: &str, _: impl Fn(String) + 'static) {}
    pub fn draw_chart_when_near(_: &'static str, _: u32, _: impl Fn() -> charming::Chart + Copy + 'static, _: RwSignal<ChartPhase>) {}
}

pub use web::*;
