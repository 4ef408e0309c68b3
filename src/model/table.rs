//! The one reader for the annotation files (`src/data/*.tsv`, `*.csv`): a header row naming the
//! columns, one record per line, `#` comment lines and blank lines skipped. Fields are read by
//! column name, so a file states what each value is and columns can be added without breaking
//! the readers. Fields are slices of the embedded file (`'static`), never copies.

use std::str::FromStr;

/// A parsed annotation file.
pub struct Table {
    file: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<(usize, Vec<&'static str>)>,
}

/// One record, with the file and line it came from for error messages.
pub struct Record<'t> {
    table: &'t Table,
    line: usize,
    fields: &'t [&'static str],
}

impl Table {
    /// Parses `text` (the contents of `file`), split at `separator`, and checks that the header
    /// names exactly `columns`, in that order.
    pub fn parse(file: &'static str, text: &'static str, separator: char, columns: &[&str]) -> Result<Table, String> {
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        let (_, header) = lines.next().ok_or_else(|| format!("{file}: empty"))?;
        let found: Vec<&'static str> = header.split(separator).collect();
        if found != columns {
            return Err(format!("{file}: header {found:?}, expected {columns:?}"));
        }
        let mut rows = Vec::new();
        for (line, text) in lines {
            let fields: Vec<&'static str> = text.split(separator).collect();
            if fields.len() != found.len() {
                return Err(format!("{file}:{line}: {} fields, the header has {}", fields.len(), found.len()));
            }
            rows.push((line, fields));
        }
        Ok(Table { file, columns: found, rows })
    }

    pub fn records(&self) -> impl Iterator<Item = Record<'_>> {
        self.rows.iter().map(|(line, fields)| Record { table: self, line: *line, fields })
    }
}

impl Record<'_> {
    /// The field of `column` (which the header was checked to have).
    pub fn get(&self, column: &str) -> &'static str {
        let i = self.table.columns.iter().position(|c| *c == column);
        i.map_or_else(|| panic!("{}: no column {column:?}", self.table.file), |i| self.fields[i])
    }

    /// An error message naming the file and line.
    pub fn error(&self, message: impl std::fmt::Display) -> String {
        format!("{}:{}: {message}", self.table.file, self.line)
    }

    /// The field of `column`, parsed.
    pub fn parse<T: FromStr>(&self, column: &str) -> Result<T, String> {
        let value = self.get(column);
        value.trim().parse().map_err(|_| self.error(format!("bad {column} {value:?}")))
    }

    /// A piece of a field, parsed.
    pub fn parse_str<T: FromStr>(&self, value: &str) -> Result<T, String> {
        value.trim().parse().map_err(|_| self.error(format!("bad value {value:?}")))
    }

    /// A comma-separated list in one field (empty field: empty list).
    pub fn list<T: FromStr>(&self, column: &str) -> Result<Vec<T>, String> {
        let value = self.get(column);
        value
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().parse().map_err(|_| self.error(format!("bad {column} item {s:?}"))))
            .collect()
    }

    /// The field, or `None` when it is empty.
    pub fn optional(&self, column: &str) -> Option<&'static str> {
        Some(self.get(column)).filter(|v| !v.is_empty())
    }
}
