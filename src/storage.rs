//! What the site remembers between visits (local storage, through gloo): only the last county.
//! Whatever is stored may be corrupt or stale (a code from another version): it is checked and,
//! if it does not name a county in scope, ignored and removed.

use crate::model::{Code, policy};

const COUNTY_KEY: &str = "taihang-policy.county";

/// A stored value back to a county, if it still names one.
pub fn parse_county(stored: &str) -> Option<Code> {
    stored.trim().parse().ok().filter(|c| policy().county(*c).is_some())
}

#[cfg(target_arch = "wasm32")]
pub fn load_county() -> Option<Code> {
    use gloo::storage::{LocalStorage, Storage};
    let stored: Result<String, _> = LocalStorage::get(COUNTY_KEY);
    match stored.ok().as_deref().and_then(parse_county) {
        Some(code) => Some(code),
        None => {
            LocalStorage::delete(COUNTY_KEY);
            None
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub fn save_county(code: Code) {
    use gloo::storage::{LocalStorage, Storage};
    // Storage can be full or disabled (private browsing): then the site simply does not remember.
    let _ = LocalStorage::set(COUNTY_KEY, code.to_string());
}

#[cfg(not(target_arch = "wasm32"))]
pub fn load_county() -> Option<Code> {
    let _ = COUNTY_KEY;
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save_county(_: Code) {}
