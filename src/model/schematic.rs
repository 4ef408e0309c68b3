//! The schematic map: each county a tile on a grid, placed as near as the grid allows to its
//! seat (or centroid). A schematic draws no boundaries, so it needs no approved map number.

use super::{Code, Policy};

/// Grid cell size in degrees (longitude scaled by cos 37.5°, so cells are square on the ground).
const CELL: f64 = 0.22;
const MID_LATITUDE: f64 = 37.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    pub code: Code,
    pub col: u8,
    pub row: u8,
}

impl Policy {
    /// One tile per county, no two on the same cell, row 0 to the north. Deterministic: counties
    /// are placed in code order, each on the free cell nearest its point.
    pub fn tiles(&self) -> Vec<Tile> {
        let scale = MID_LATITUDE.to_radians().cos();
        let x_min = self.counties.iter().map(|c| c.lon * scale).fold(f64::INFINITY, f64::min);
        let y_max = self.counties.iter().map(|c| c.lat).fold(f64::NEG_INFINITY, f64::max);
        let mut order: Vec<_> = self.counties.iter().collect();
        order.sort_by_key(|c| c.code);
        let mut taken: Vec<(i32, i32)> = Vec::new();
        let mut tiles = Vec::new();
        for county in order {
            let (fx, fy) = ((county.lon * scale - x_min) / CELL, (y_max - county.lat) / CELL);
            let (cx, cy) = (fx.round() as i32, fy.round() as i32);
            let mut best: Option<(f64, i32, i32)> = None;
            for radius in 0..8 {
                for dy in -radius..=radius {
                    for dx in -radius..=radius {
                        let cell = (cx + dx, cy + dy);
                        if dx.abs().max(dy.abs()) != radius || cell.0 < 0 || cell.1 < 0 || taken.contains(&cell) {
                            continue;
                        }
                        let d = (cell.0 as f64 - fx).powi(2) + (cell.1 as f64 - fy).powi(2);
                        if best.is_none_or(|b| d < b.0) {
                            best = Some((d, cell.0, cell.1));
                        }
                    }
                }
                if best.is_some() {
                    break;
                }
            }
            let (_, col, row) = best.expect("a free cell within 8 rings");
            taken.push((col, row));
            tiles.push(Tile { code: county.code, col: col as u8, row: row as u8 });
        }
        // In annex order, like every other list of counties.
        tiles.sort_by_key(|t| self.counties.iter().position(|c| c.code == t.code));
        tiles
    }
}
