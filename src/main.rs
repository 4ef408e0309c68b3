//! Mounts the app in the browser. Everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    console_error_panic_hook::set_once();
    let base = taihang_policy::browser_base();
    leptos::mount::mount_to_body(move || view! { <taihang_policy::App base/> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build` or run `make serve`.");
}
