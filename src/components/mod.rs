//! Pieces that two or more pages use, one file each. A part of one page lives in that page's
//! folder under `views/`.
//!
//! Lists with nothing live in them (a place's items, the search's hits, a unit's articles, the
//! reports) are written as maud markup and set as their list's `innerHTML`: links in them are
//! followed by the router's one listener, the browser parses the list in one step where building
//! it node by node costs a call into the DOM each, and hydration skips it. `marked_markup` and
//! `role_tag_markup` are the markup forms of `Marked` and `RoleTag` for such lists.

pub mod attr;
mod chart;
mod county_search;
mod data_table;
mod erased;
mod marked;
mod read_aloud;
mod reported;
mod role_tag;
mod script_note;
mod share;

pub use chart::{Chart, aria};
pub use county_search::CountySearch;
pub use data_table::DataTable;
pub use erased::{Erase, HydrateNow};
pub use marked::{Marked, marked_markup};
pub use read_aloud::ReadAloud;
pub use reported::ReportedSince;
pub use role_tag::{RoleTag, role_tag_markup};
pub use script_note::ScriptNote;
pub use share::{PageTools, qr_svg};
