//! Mounts the app in the browser. Everything else is in the library.

use leptos::prelude::*;
use taihang_policy::{App, browser};

fn main() {
    browser::mount(|base| view! { <App base/> });
}
