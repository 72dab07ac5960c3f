/**
 * Planning a Supply import, the same way in both stores: a row for a specialty and state already in the
 * table replaces that row in place, a new one is appended, and two imported rows for the same specialty and
 * state become one (the later wins). Running the same import twice therefore adds nothing the second time.
 */
import type { ColumnMap } from "../core/offer/offers-table";
import type { RowCells } from "../core/sheets/row-cells";
import { type SupplyRow, supplyCells, supplyKey, supplyKeyOfRow } from "../core/sheets/supply-table";

/** What an import writes: rows replaced by data-row index (from 0), and rows appended. */
export interface SupplyPlan {
  replace: Map<number, RowCells>;
  append: RowCells[];
}

/** Plans writing `rows` into a Supply table whose data rows are `body` (empty when the table is not made yet). */
export function planSupplyImport(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  rows: readonly SupplyRow[],
): SupplyPlan {
  const existing = new Map<string, number>();
  body.forEach((row, i) => {
    const key = supplyKeyOfRow(columns, row);
    if (key !== undefined && !existing.has(key)) existing.set(key, i);
  });
  const replace = new Map<number, RowCells>();
  const append: RowCells[] = [];
  const appended = new Map<string, number>();
  for (const row of rows) {
    const key = supplyKey(row.specialty, row.state);
    const at = existing.get(key);
    if (at !== undefined) replace.set(at, supplyCells(row));
    else if (appended.has(key)) append[appended.get(key)!] = supplyCells(row);
    else appended.set(key, append.push(supplyCells(row)) - 1);
  }
  return { replace, append };
}
