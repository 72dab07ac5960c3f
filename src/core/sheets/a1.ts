/** A1 addresses for ranges the Excel store computes from a table's position (all indexes from 0). */

/** The letters of a column: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The address of a block of cells, e.g. rangeAddress(1, 0, 2, 3) → "A2:C3". */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  return `${columnName(column)}${row + 1}:${columnName(column + columns - 1)}${row + rows}`;
}
