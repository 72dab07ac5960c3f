/**
 * Reading the data rows of the Search table, the same way in both stores (as offer-rows.ts does for
 * offers): each row through the Search codec, blank rows skipped, a row that repeats an earlier row's ID
 * reported rather than used, and the revision check that refuses a stale write.
 */
import { type ProcessRead, type StoredProcess, cellsToProcess, isBlankProcessRow } from "../core/campaign/search-table";
import { type ColumnMap, idOfCell } from "../core/offer/offers-table";
import type { UnreadableRow } from "./store";
import { processConflict, processMissing } from "./store-messages";

/** A process row of the table: its position among the data rows (from 0) and what it reads as. */
export interface ProcessRow {
  index: number;
  id: string;
  read: ProcessRead;
}

/** The processes in the table's data rows, and the rows that cannot be used, with why. */
export function readProcessRows(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): { processes: StoredProcess[]; unreadable: UnreadableRow[] } {
  const processes: StoredProcess[] = [];
  const unreadable: UnreadableRow[] = [];
  const first = new Map<string, number>();
  body.forEach((row, index) => {
    if (isBlankProcessRow(columns, row)) return;
    const read = cellsToProcess(columns, row);
    const id = read.ok ? read.stored.process.id : read.id;
    const label = read.ok ? read.stored.process.employer : read.label;
    const earlier = id === "" ? undefined : first.get(id);
    if (earlier !== undefined) {
      const problems = [
        `Row ${earlier + 1} has the same ID; Leverage uses that row. Give this row a new ID or delete it.`,
      ];
      unreadable.push({ row: index + 1, id, label, problems });
      return;
    }
    if (id !== "") first.set(id, index);
    if (read.ok) processes.push(read.stored);
    else unreadable.push({ row: index + 1, id, label, problems: read.problems });
  });
  return { processes, unreadable };
}

/** The first row with this ID (later rows with the same ID are reported unreadable and never written). */
export function findProcessRow(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  id: string,
): ProcessRow | undefined {
  const column = columns.get("ID");
  const index = body.findIndex((row) => idOfCell(column === undefined ? undefined : row[column]) === id);
  if (index < 0) return undefined;
  return { index, id, read: cellsToProcess(columns, body[index]) };
}

/** The row when it is still at the revision the pane read; otherwise why not (gone, or changed since). */
export function processAtRevision(row: ProcessRow | undefined, id: string, expectedRevision: number): ProcessRow {
  if (!row) throw processMissing(id);
  const revision = row.read.ok ? row.read.stored.revision : Number.NaN;
  if (revision !== expectedRevision)
    throw processConflict(row.read.ok ? row.read.stored.process.employer : row.read.label, expectedRevision, revision);
  return row;
}
