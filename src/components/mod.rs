//! Pieces shared by every page.

mod site_footer;
mod site_header;
mod skip_link;
mod url_notice;

pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use url_notice::UrlNotice;
