//! The registry of responsible units: every unit the clauses name, with its full name as of 2021.

use std::fmt;

/// What kind of body a unit is. Drives filters and labels, never the parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitKind {
    /// A Party organ (省委宣传部).
    Party,
    /// A department of the provincial government (省发展改革委).
    Government,
    /// A people's organisation (团省委).
    People,
    /// An enterprise (国网山西省电力公司).
    Enterprise,
    /// A financial regulator or central-bank branch (人行太原中心支行).
    Finance,
    /// A city government (长治市人民政府).
    City,
    /// A collective the text names without listing its members (省直有关部门).
    Collective,
}

impl UnitKind {
    pub const ALL: [UnitKind; 7] = [
        UnitKind::Party,
        UnitKind::Government,
        UnitKind::People,
        UnitKind::Enterprise,
        UnitKind::Finance,
        UnitKind::City,
        UnitKind::Collective,
    ];

    /// The key used in `units.tsv` and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            UnitKind::Party => "party",
            UnitKind::Government => "government",
            UnitKind::People => "people",
            UnitKind::Enterprise => "enterprise",
            UnitKind::Finance => "finance",
            UnitKind::City => "city",
            UnitKind::Collective => "collective",
        }
    }

    pub fn from_key(key: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// ASCII, for URLs (`drc`).
    pub id: &'static str,
    /// As the text writes it (`省发展改革委`).
    pub name: &'static str,
    /// Official full name as of 2021 (`山西省发展和改革委员会`).
    pub full_name: &'static str,
    pub kind: UnitKind,
    pub name_en: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct RegistryError(pub String);

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses `units.tsv` (header row, `#` comments).
pub fn parse_registry(tsv: &'static str) -> Result<Vec<Unit>, RegistryError> {
    let mut rows = tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header = rows.next().ok_or_else(|| RegistryError("empty registry".into()))?;
    if header != "id\tname\tfull_name\tkind\tname_en" {
        return Err(RegistryError(format!("unexpected header {header:?}")));
    }
    rows.map(|row| {
        let cols: Vec<&'static str> = row.split('\t').collect();
        let [id, name, full_name, kind, name_en] = cols[..] else {
            return Err(RegistryError(format!("expected 5 columns: {row:?}")));
        };
        let kind = UnitKind::from_key(kind).ok_or_else(|| RegistryError(format!("unknown kind {kind:?}")))?;
        Ok(Unit { id, name, full_name, kind, name_en })
    })
    .collect()
}
