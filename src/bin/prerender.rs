//! Renders every page of the site to a real HTML file after Trunk has built the client, so a
//! reader sees the content before (and without) any JavaScript, and a plain static host needs no
//! rewrite rules. The browser then hydrates the page it finds (see `browser::mount`).
//!
//! Usage: `prerender <dist> <public-url>`, e.g. `prerender dist /` or `prerender dist /policy/`.
//! The shell is Trunk's `dist/index.html`: its `<head>` (styles, the loader) is kept, the app's
//! title and meta tags go at `<!--HEAD-->`, the page goes into `<body>`.
#![recursion_limit = "512"]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use taihang_policy::App;
use taihang_policy::i18n::Lang;
use taihang_policy::model::matrix::{CSV_FILE, JSON_FILE, matrix};
use taihang_policy::model::policy;
use taihang_policy::route::{Page, ViewState, prerendered_pages, prerendered_widgets};

/// The shell of a widget (`/embed/…`): Trunk's `<head>` without the app (a widget is a static
/// page, light on the host's page and alive where no WASM runs), links opening the site in a new
/// window (`<base target="_blank">`; the widget's own switches say `target="_self"`), and the
/// script that reports the widget's height to the host page (`public/embed-frame.js`).
fn widget_shell(shell: &str, base: &str) -> Result<String, String> {
    let mut out = shell.to_string();
    for (open, close) in [("<script type=\"module\"", "</script>"), ("<link rel=\"modulepreload\"", ">")] {
        while let Some(start) = out.find(open) {
            let end = out[start..].find(close).map(|e| start + e + close.len()).ok_or_else(|| format!("unclosed {open}"))?;
            out.replace_range(start..end, "");
        }
    }
    let charset = "<meta charset=\"utf-8\">";
    let at = out.find(charset).map(|i| i + charset.len()).ok_or("the shell has no <meta charset>")?;
    out.insert_str(at, &format!("\n  <base target=\"_blank\">\n  <script src=\"{base}/embed-frame.js\" defer></script>"));
    Ok(out)
}

/// One page: the whole document, ready to write.
fn render(shell: &str, base: &str, url: &str, marker: &str) -> Result<String, String> {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let full_url = format!("{base}{url}");
    let base = base.to_string();
    owner.with(|| {
        provide_context(RequestUrl::new(&full_url));
        let (meta, out) = ServerMetaContext::new();
        provide_context(meta);
        let app = view! { <App base/> }.into_view();
        let body: String = futures::executor::block_on(app.to_html_stream_in_order().collect::<Vec<_>>()).concat();
        let (head, tail) = shell.split_once("<body>").ok_or("the shell has no <body>")?;
        let tail = tail.split_once("</body>").map(|(_, rest)| rest).ok_or("the shell has no </body>")?;
        let doc = format!("{head}<body data-prerendered=\"{marker}\">{body}</body>{tail}");
        let page =
            futures::executor::block_on(async { out.inject_meta_context(futures::stream::iter([doc])).await.collect::<Vec<_>>().await });
        // Leptos marks hydration points with `<!>`, which HTML parses as an (abruptly closed)
        // empty comment; `<!---->` is the same empty comment, written validly.
        Ok(page.concat().replace("<!>", "<!---->"))
    })
}

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".into());
    let public_url = args.next().unwrap_or_else(|| "/".into());
    // The base path as the app keeps it: no trailing slash (`""` at a domain's root).
    let base = public_url.trim_end_matches('/').to_string();
    let dist = Path::new(&dist);
    let shell = fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    if !shell.contains("<!--HEAD-->") {
        return Err("index.html has no <!--HEAD--> marker: is it already a prerendered page?".into());
    }
    // The app parses its data without the checks that only check; every build runs them here.
    policy().check().map_err(|e| format!("policy data: {e}"))?;
    any_spawner::Executor::init_futures_executor().map_err(|e| format!("executor: {e:?}"))?;

    let write = |shell: &str, state: &ViewState| -> Result<(), String> {
        let file = state.file().ok_or_else(|| format!("{state:?} has no file"))?;
        let url = state.to_url();
        let html = render(shell, &base, &url, &format!("{base}{url}"))?;
        let path = dist.join(&file);
        fs::create_dir_all(path.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
        fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
    };
    let pages = prerendered_pages();
    pages.iter().try_for_each(|state| write(&shell, state))?;
    let widgets = prerendered_widgets();
    let shell_of_widgets = widget_shell(&shell, &base)?;
    widgets.iter().try_for_each(|state| write(&shell_of_widgets, state))?;
    // What a static host serves for a path it does not have.
    let missing = ViewState::new(Lang::Zh, Page::NotFound { path: "/404.html".into() });
    let html = render(&shell, &base, &missing.to_url(), "")?;
    fs::write(dist.join("404.html"), html).map_err(|e| e.to_string())?;
    // The data downloads, as real files.
    let m = matrix();
    fs::write(dist.join(CSV_FILE), m.to_csv()).map_err(|e| e.to_string())?;
    fs::write(dist.join(JSON_FILE), m.to_json()).map_err(|e| e.to_string())?;
    println!("[prerender] {} pages, {} widgets and 404.html under {} for {public_url}", pages.len(), widgets.len(), dist.display());
    Ok(())
}
