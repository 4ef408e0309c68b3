//! Pieces shared by pages, one file each.

mod chart;
mod county_chart;
mod county_detail;
mod county_map;
mod county_search;
mod data_table;
mod gazetteer_table;
mod matrix_charts;
mod matrix_table;
mod responsibility_panels;
mod site_footer;
mod site_header;
mod skip_link;
mod url_notice;

pub use chart::{Chart, ECHARTS_FILE, aria};
pub use county_chart::CountyCountsChart;
pub use county_detail::{CityDetail, CountyDetail};
pub use county_map::{CountyMap, short_label};
pub use county_search::CountySearch;
pub use data_table::DataTable;
pub use gazetteer_table::GazetteerTable;
pub use matrix_charts::{MatrixCharts, heatmap, role_bars};
pub use matrix_table::{MatrixList, MatrixTable};
pub use responsibility_panels::{ArticlePanel, UnitPanel};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use url_notice::UrlNotice;
