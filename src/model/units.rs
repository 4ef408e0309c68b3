//! The registry of responsible units: every unit the clauses name, with its full name as of 2021.

use std::fmt;

use super::table::Table;

/// What kind of body a unit is (definitions in `src/data/README.md`). Drives filters and
/// labels, never the parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitKind {
    /// A Party organ (省委宣传部).
    Party,
    /// A department or body of the provincial government (省发展改革委, 省地方金融监管局).
    Government,
    /// A central-government body in Shanxi, led mainly from Beijing (省通信管理局).
    Central,
    /// A Shanxi office of a central financial regulator, or the central bank's branch.
    Finance,
    /// A people's organisation (团省委).
    People,
    /// An enterprise (国网山西省电力公司).
    Enterprise,
    /// A city government (长治市人民政府).
    City,
    /// A collective the text names without listing its members (省直有关部门).
    Collective,
}

impl UnitKind {
    pub const ALL: [UnitKind; 8] = [
        UnitKind::Party,
        UnitKind::Government,
        UnitKind::Central,
        UnitKind::Finance,
        UnitKind::People,
        UnitKind::Enterprise,
        UnitKind::City,
        UnitKind::Collective,
    ];

    /// The kind's one key: in `units.tsv`, URLs, JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            UnitKind::Party => "party",
            UnitKind::Government => "government",
            UnitKind::Central => "central",
            UnitKind::Finance => "finance",
            UnitKind::People => "people",
            UnitKind::Enterprise => "enterprise",
            UnitKind::City => "city",
            UnitKind::Collective => "collective",
        }
    }

    pub fn from_key(key: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A unit's ASCII id, for URLs (`drc`). Only the registry makes them, so a `UnitId` always
/// names a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitId(&'static str);

impl UnitId {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for UnitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    /// As the text writes it (`省发展改革委`).
    pub name: &'static str,
    /// Official full name as of 2021 (`山西省发展和改革委员会`).
    pub full_name: &'static str,
    pub kind: UnitKind,
    pub name_en: &'static str,
}

impl Unit {
    /// The English name without the leading "Shanxi " every provincial body shares, for narrow
    /// places (matrix rows).
    pub fn short_name_en(&self) -> &'static str {
        self.name_en.strip_prefix("Shanxi ").unwrap_or(self.name_en)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct RegistryError(pub String);

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses `units.tsv`. Ids are ASCII letters, digits and `-`, so they need no escaping in a URL.
pub fn parse_registry(tsv: &'static str) -> Result<Vec<Unit>, RegistryError> {
    let table = Table::parse("units.tsv", tsv, '\t', &["id", "name", "full_name", "kind", "name_en"]).map_err(RegistryError)?;
    table
        .records()
        .map(|r| {
            let id = r.get("id");
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                return Err(RegistryError(r.error(format!("bad id {id:?}"))));
            }
            let kind = UnitKind::from_key(r.get("kind")).ok_or_else(|| RegistryError(r.error("unknown kind")))?;
            Ok(Unit { id: UnitId(id), name: r.get("name"), full_name: r.get("full_name"), kind, name_en: r.get("name_en") })
        })
        .collect()
}
