/**
 * Reading the data rows of a table whose rows are kept by ID and revision (Offers, Search), the same way
 * in both stores: each row through its table's codec, blank rows (a new table's placeholder, a spacer)
 * skipped, a row that repeats an earlier row's ID reported rather than used (so an ID always names one
 * row), and the revision check that refuses a stale write.
 */
import { type ColumnMap, idOfCell } from "../core/offer/offers-table";
import type { StoredRead } from "../core/stored-row";
import type { StoreError, UnreadableRow } from "./store";

/** How one table's rows are read, and what a stale or missing row is called. */
export interface KeptRowKind<T extends { revision: number }> {
  isBlank(columns: ColumnMap, row: readonly unknown[]): boolean;
  read(columns: ColumnMap, row: readonly unknown[]): StoredRead<T>;
  idOf(stored: T): string;
  /** What the user knows the row by (the employer). */
  labelOf(stored: T): string;
  missing(id: string): StoreError;
  conflict(label: string, expected: number, found: number): StoreError;
}

/** A row of the table: its position among the data rows (from 0) and what it reads as. */
export interface KeptRow<T> {
  index: number;
  id: string;
  read: StoredRead<T>;
}

/** The rows that read, and the rows that cannot be used, with why. */
export function readKeptRows<T extends { revision: number }>(
  kind: KeptRowKind<T>,
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): { rows: T[]; unreadable: UnreadableRow[] } {
  const rows: T[] = [];
  const unreadable: UnreadableRow[] = [];
  const first = new Map<string, number>();
  body.forEach((row, index) => {
    if (kind.isBlank(columns, row)) return;
    const read = kind.read(columns, row);
    const id = read.ok ? kind.idOf(read.stored) : read.id;
    const label = read.ok ? kind.labelOf(read.stored) : read.label;
    const earlier = id === "" ? undefined : first.get(id);
    if (earlier !== undefined) {
      const problems = [
        `Row ${earlier + 1} has the same ID; Leverage uses that row. Give this row a new ID or delete it.`,
      ];
      unreadable.push({ row: index + 1, id, label, problems });
      return;
    }
    if (id !== "") first.set(id, index);
    if (read.ok) rows.push(read.stored);
    else unreadable.push({ row: index + 1, id, label, problems: read.problems });
  });
  return { rows, unreadable };
}

/**
 * The first row with this ID (later rows with the same ID are reported unreadable and never written).
 * Only the ID column is scanned and only the row found is parsed, so an action costs little per row.
 */
export function findKeptRow<T extends { revision: number }>(
  kind: KeptRowKind<T>,
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  id: string,
): KeptRow<T> | undefined {
  const column = columns.get("ID");
  const index = body.findIndex((row) => idOfCell(column === undefined ? undefined : row[column]) === id);
  if (index < 0) return undefined;
  return { index, id, read: kind.read(columns, body[index]) };
}

/** The row when it is still at the revision the pane read; otherwise why not (gone, or changed since). */
export function keptAtRevision<T extends { revision: number }>(
  kind: KeptRowKind<T>,
  row: KeptRow<T> | undefined,
  id: string,
  expectedRevision: number,
): KeptRow<T> {
  if (!row) throw kind.missing(id);
  const revision = row.read.ok ? row.read.stored.revision : Number.NaN;
  if (revision !== expectedRevision)
    throw kind.conflict(row.read.ok ? kind.labelOf(row.read.stored) : row.read.label, expectedRevision, revision);
  return row;
}
