//! Pieces that two or more pages use, one file each. A part of one page lives in that page's
//! folder under `views/`.

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
