/**
 * The US as a tile grid: one equal square per state and DC, placed roughly where the state lies (Alaska top
 * left, Hawaii bottom left, Maine top right, Florida bottom right). Squares rather than a geographic map so
 * Rhode Island is as readable as Texas, and so the same layout works as a grid of Excel cells (the Heatmap
 * sheet) without Excel's map chart, which sends region names to an online service.
 */

/** A square's place: row 0 is the top, column 0 the left. */
export interface TilePlace {
  row: number;
  col: number;
}

export const TILE_GRID_ROWS = 8;
export const TILE_GRID_COLS = 12;

/** Each row of the grid, west to east; "" is an empty square. */
const ROWS: readonly (readonly string[])[] = [
  ["AK", "", "", "", "", "", "", "", "", "", "", "ME"],
  ["", "", "", "", "", "", "WI", "", "", "", "VT", "NH"],
  ["", "WA", "ID", "MT", "ND", "MN", "IL", "MI", "", "NY", "MA", ""],
  ["", "OR", "NV", "WY", "SD", "IA", "IN", "OH", "PA", "NJ", "CT", "RI"],
  ["", "CA", "UT", "CO", "NE", "MO", "KY", "WV", "VA", "MD", "DE", ""],
  ["", "", "AZ", "NM", "KS", "AR", "TN", "NC", "SC", "DC", "", ""],
  ["", "", "", "", "OK", "LA", "MS", "AL", "GA", "", "", ""],
  ["HI", "", "", "", "TX", "", "", "", "", "FL", "", ""],
];

/** State postal code → its square. */
export const TILE_GRID: Readonly<Record<string, TilePlace>> = Object.fromEntries(
  ROWS.flatMap((cells, row) => cells.flatMap((code, col) => (code === "" ? [] : [[code, { row, col }]]))),
);
