/**
 * Planning the rebuild of a table whose rows the add-in derives from the offers (Compare, Negotiation,
 * Mentor summary), the same way in both stores. Each row is named by the text in its key column. Rows
 * still wanted are rewritten in place (only the add-in's columns), new ones are appended, and rows no
 * longer wanted are deleted — unless the user wrote something in the row's user columns (a mentor's note,
 * the status of an ask), which is never lost. Rows with a blank key, such as a row the user added by hand
 * or a new table's placeholder, are never touched.
 */
import { isEmptyCell } from "../cells";
import { type ColumnMap, idOfCell } from "../offer/offers-table";
import type { SheetRow } from "./derived-table";
import type { TableLayout } from "./table-layouts";
import { type RowCells, blankCells } from "./row-cells";

/** Which rows a rebuild may touch. */
export interface RebuildOptions {
  /** Which existing rows the rebuild may change, by key (e.g. one offer's asks); default all. */
  inScope?: (key: string) => boolean;
}

/** What a rebuild writes: rows replaced in place (by data-row index from 0), rows appended, rows deleted. */
export interface KeyedPlan {
  replace: Map<number, RowCells>;
  append: RowCells[];
  /** Data-row indexes to delete, highest first, so each index is still right when its turn comes. */
  remove: number[];
  /** Rows that would have been deleted but hold the user's writing, kept as they are. */
  kept: number;
}

/** The key of a row as read, "" when the table has no key column. */
function keyOfRow(layout: TableLayout, columns: ColumnMap, row: readonly unknown[]): string {
  const i = layout.key === undefined ? undefined : columns.get(layout.key);
  return i === undefined ? "" : idOfCell(row[i]);
}

/** True when the user wrote something in one of the layout's user columns of this row. */
function hasUserWriting(layout: TableLayout, columns: ColumnMap, row: readonly unknown[]): boolean {
  return layout.userColumns.some((header) => {
    const i = columns.get(header);
    return i !== undefined && !isEmptyCell(row[i]);
  });
}

/** Plans rewriting a keyed table so that its rows in scope are exactly `wanted`, in the order given for new rows. */
export function planKeyedRows(
  layout: TableLayout,
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  wanted: readonly SheetRow[],
  scope: RebuildOptions = {},
): KeyedPlan {
  const inScope = scope.inScope ?? (() => true);
  const existing = new Map<string, number>();
  const remove: number[] = [];
  let kept = 0;
  const wantedKeys = new Set(wanted.map((row) => row.key));
  body.forEach((row, index) => {
    const key = keyOfRow(layout, columns, row);
    if (key === "" || !inScope(key)) return;
    const repeat = existing.has(key);
    if (!repeat && wantedKeys.has(key)) {
      existing.set(key, index);
      return;
    }
    if (hasUserWriting(layout, columns, row)) kept++;
    else remove.push(index);
  });
  const replace = new Map<number, RowCells>();
  const append: RowCells[] = [];
  for (const row of wanted) {
    const at = existing.get(row.key);
    if (at !== undefined) replace.set(at, row.cells);
    else append.push(row.cells);
  }
  // A table keeps at least one data row: if every row would go, the first stays, emptied of the add-in's cells.
  if (append.length === 0 && replace.size === 0 && remove.length > 0 && remove.length === body.length) {
    const first = Math.min(...remove);
    remove.splice(remove.indexOf(first), 1);
    replace.set(first, blankCells(layout));
  }
  return { replace, append, remove: remove.sort((a, b) => b - a), kept };
}

/** What the rows hold in one user column, by key (non-empty only; the first row of a repeated key wins). */
export function userTextByKey(
  layout: TableLayout,
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  header: string,
): Record<string, string> {
  const i = columns.get(header);
  const text: Record<string, string> = {};
  if (i === undefined) return text;
  for (const row of body) {
    const key = keyOfRow(layout, columns, row);
    const cell = row[i];
    if (key === "" || key in text || isEmptyCell(cell)) continue;
    text[key] = String(cell).trim();
  }
  return text;
}

/** True when some row of the table has a key (e.g. the Offers table holds at least one offer). */
export function hasKeyedRows(layout: TableLayout, columns: ColumnMap, body: readonly (readonly unknown[])[]): boolean {
  return body.some((row) => keyOfRow(layout, columns, row) !== "");
}
