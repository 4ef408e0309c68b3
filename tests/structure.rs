//! The shape of the code: imports run one way (`app → views → components → nav → route →
//! browser → i18n → model`), pages do not import each other, browser glue stays in
//! `browser.rs`, and every CSS class the stylesheet defines is used.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A file may import only from its own layer or lower ones.
const LAYERS: [&str; 8] = ["model", "i18n", "browser", "route", "nav", "components", "views", "app"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module of a file under `src/` (`src/views/counties/map.rs` → `views`).
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix("src").unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// Every `crate::x` a file names (in `use` lines and paths alike), with the line it is on.
fn crate_refs(source: &str) -> Vec<(usize, String)> {
    let mut refs = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                refs.push((i + 1, name));
            }
        }
    }
    refs
}

fn files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    files
}

/// The violations of the layering in `files` (with `source` read per file).
fn upward_imports(files: &[(PathBuf, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, source) in files {
        let module = module_of(path);
        let Some(rank) = LAYERS.iter().position(|l| *l == module) else { continue };
        for (line, target) in crate_refs(source) {
            match LAYERS.iter().position(|l| *l == target) {
                Some(to) if to > rank => problems.push(format!("{}:{line}: {module} imports {target}", path.display())),
                Some(_) => {}
                None => problems.push(format!("{}:{line}: crate::{target} is no known layer", path.display())),
            }
        }
        // A page folder imports no other page.
        let rel = path.strip_prefix("src").unwrap();
        if module == "views" && rel.components().count() > 2 {
            let page = rel.components().nth(1).unwrap().as_os_str().to_string_lossy().to_string();
            for (at, _) in source.match_indices("crate::views::") {
                let other: String = source[at + 14..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if other != page {
                    problems.push(format!("{}: page {page} imports page {other}", path.display()));
                }
            }
        }
    }
    problems
}

#[test]
fn imports_run_one_way() {
    let sources: Vec<(PathBuf, String)> = files().into_iter().map(|p| (p.clone(), fs::read_to_string(&p).unwrap())).collect();
    // Every file belongs to a layer (or is the crate root or the binary).
    for (path, _) in &sources {
        let module = module_of(path);
        // The crate root, the browser binary and the build-time binaries sit above every layer.
        assert!(
            LAYERS.contains(&module.as_str()) || ["lib", "main", "bin"].contains(&module.as_str()),
            "{} is in no layer",
            path.display()
        );
    }
    let problems = upward_imports(&sources);
    assert!(problems.is_empty(), "upward imports:\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_an_upward_import() {
    // The same check on a made-up file: a model file that reaches for a view must fail.
    let bad = vec![(PathBuf::from("src/model/bad.rs"), "use crate::views::Overview;\nuse crate::model::policy;\n".to_string())];
    assert_eq!(upward_imports(&bad).len(), 1);
    let sideways = vec![(PathBuf::from("src/views/counties/bad.rs"), "use crate::views::departments::charts::heatmap;\n".to_string())];
    assert_eq!(upward_imports(&sideways).len(), 1, "a page importing another page");
    let fine = vec![(PathBuf::from("src/views/counties/ok.rs"), "use crate::components::Chart;\nuse crate::nav::href;\n".to_string())];
    assert!(upward_imports(&fine).is_empty());
}

#[test]
fn browser_glue_lives_in_one_module() {
    for path in files() {
        let source = fs::read_to_string(&path).unwrap();
        if path.ends_with("browser.rs") {
            continue;
        }
        assert!(!source.contains("target_arch"), "{} has a cfg of its own: browser glue goes in src/browser.rs", path.display());
        assert!(!source.contains("web_sys"), "{} uses web_sys", path.display());
        assert!(!source.contains("js_sys"), "{} uses js_sys", path.display());
    }
    let model = files().into_iter().filter(|p| module_of(p) == "model");
    for path in model {
        let source = fs::read_to_string(&path).unwrap();
        assert!(!source.contains("leptos"), "{}: the model has no web dependency", path.display());
    }
}

#[test]
fn views_are_erased_without_their_asynchronous_hydration() {
    // `into_any()`, `Children`, `ChildrenFn` and `<Show>` erase a view into an `AnyView` that
    // compiles its asynchronous hydration, a quarter of the WASM (src/components/erased.rs).
    for path in files() {
        if path.ends_with("erased.rs") {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        for (i, line) in source.lines().enumerate() {
            for erasing in [".into_any()", ": Children", "ChildrenFn", "<Show"] {
                assert!(!line.contains(erasing), "{}:{}: {erasing}; use `.erased()` or typed children", path.display(), i + 1);
            }
        }
    }
}

#[test]
fn no_debug_formatting_reaches_the_markup() {
    for path in files() {
        let source = fs::read_to_string(&path).unwrap();
        for (i, line) in source.lines().enumerate() {
            assert!(!line.contains(":?}\").to_lowercase()"), "{}:{}: Debug formatting as a key", path.display(), i + 1);
        }
    }
}

/// Class names the stylesheet defines (`.name` in selectors).
fn css_classes(css: &str) -> Vec<String> {
    let mut classes = Vec::new();
    let mut in_comment = false;
    for line in css.lines() {
        let mut rest = line;
        // Selectors only: drop declarations and comments.
        if in_comment {
            match rest.find("*/") {
                Some(end) => {
                    rest = &rest[end + 2..];
                    in_comment = false;
                }
                None => continue,
            }
        }
        if let Some(start) = rest.find("/*") {
            in_comment = !rest[start..].contains("*/");
            rest = &rest[..start];
        }
        let selector = rest.split('{').next().unwrap_or_default();
        if rest.trim_start().starts_with('@') || !rest.contains('{') && !rest.trim_end().ends_with(',') {
            continue;
        }
        for (at, _) in selector.match_indices('.') {
            let name: String = selector[at + 1..].chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_').collect();
            if name.chars().next().is_some_and(|c| c.is_alphabetic()) && !classes.contains(&name) {
                classes.push(name);
            }
        }
    }
    classes
}

/// A class in maud's shorthand: `li.item-foot {`, `p.why lang="en"`, `span.a.b`.
fn maud_class(sources: &str, class: &str) -> bool {
    sources.match_indices(&format!(".{class}")).any(|(at, found)| {
        let before = sources[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
        let after = sources[at + found.len()..].chars().next().is_some_and(|c| matches!(c, ' ' | '{' | '.' | '#'));
        before && after
    })
}

#[test]
fn every_css_class_is_used() {
    let css = fs::read_to_string("style/main.css").unwrap();
    let mut sources: String = files().into_iter().map(|p| fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n");
    sources.push_str(&fs::read_to_string("index.html").unwrap());
    // Classes built from a key: the prefix is written in the code, the key comes from an enum.
    let mut generated: Vec<String> =
        ["role-lead", "role-joint", "role-support", "tl-past", "tl-current", "tl-future", "city-", "chart-h"].map(String::from).to_vec();
    generated.extend(taihang_policy::model::ReportKind::ALL.map(|k| format!("report-{}", k.key())));
    let unused: Vec<String> = css_classes(&css)
        .into_iter()
        .filter(|c| !generated.iter().any(|g| c.starts_with(g.as_str())))
        .filter(|c| {
            let quoted = [format!("\"{c}\""), format!("\"{c} "), format!(" {c}\""), format!(" {c} "), format!("class:{c}=")];
            !quoted.iter().any(|q| sources.contains(q.as_str())) && !maud_class(&sources, c)
        })
        .collect();
    assert!(unused.is_empty(), "classes in style/main.css that no code writes: {unused:?}");
}
