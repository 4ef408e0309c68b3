//! Mounts the app in the browser. Everything else is in the library.
// Hydration's view types nest deeper than the compiler's default limit allows.
#![recursion_limit = "512"]

use leptos::prelude::*;
use taihang_policy::{App, browser};

fn main() {
    browser::mount(|base| view! { <App base/> });
}
