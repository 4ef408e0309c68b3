//! 太行老区政策 · interactive explainer of 晋政发〔2021〕36号.
//!
//! Imports run one way (a test checks it): `app` (the shell) → `views` (one folder per page
//! with parts of its own) → `components` (what two or more pages share) → `nav` (links) →
//! `route` (the typed URL state) → `browser` (all browser glue) → `i18n` (words) → `model` (the
//! policy as pure data, no web dependency). Components render natively under leptos `ssr` too.
// Hydration's view types nest deeper than the compiler's default limit allows.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod model;
pub mod nav;
pub mod route;
pub mod views;

pub use app::App;
