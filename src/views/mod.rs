//! One page each: a file, or a folder when the page has parts of its own. Pages import nothing
//! from each other; what two of them share is in `components`.

pub mod counties;
pub mod departments;
mod not_found;
mod overview;
mod text;
mod timeline;

pub use counties::{CountiesPage, CountiesWidget};
pub use departments::{DepartmentsPage, DepartmentsWidget};
pub use not_found::NotFound;
pub use overview::{GoalsWidget, Overview};
pub use text::TextPage;
pub use timeline::{TimelinePage, TimelineWidget};
