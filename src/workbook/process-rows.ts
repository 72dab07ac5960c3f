/**
 * The Search table's rows as kept-rows.ts reads them (as offer-rows.ts does for offers): through the
 * Search codec, known by ID and employer, refused with the process's own messages when missing or
 * changed since.
 */
import { type StoredProcess, cellsToProcess, isBlankProcessRow } from "../core/campaign/search-table";
import type { ColumnMap } from "../core/offer/offers-table";
import { type KeptRow, type KeptRowKind, findKeptRow, keptAtRevision, readKeptRows } from "./kept-rows";
import type { UnreadableRow } from "./store";
import { processConflict, processMissing } from "./store-messages";

/** A process row of the table: its position among the data rows (from 0) and what it reads as. */
export type ProcessRow = KeptRow<StoredProcess>;

const PROCESS_ROWS: KeptRowKind<StoredProcess> = {
  isBlank: isBlankProcessRow,
  read: cellsToProcess,
  idOf: (stored) => stored.process.id,
  labelOf: (stored) => stored.process.employer,
  missing: processMissing,
  conflict: processConflict,
};

/** The processes in the table's data rows, and the rows that cannot be used, with why. */
export function readProcessRows(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): { processes: StoredProcess[]; unreadable: UnreadableRow[] } {
  const { rows, unreadable } = readKeptRows(PROCESS_ROWS, columns, body);
  return { processes: rows, unreadable };
}

/** The first row with this ID (see findKeptRow). */
export function findProcessRow(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  id: string,
): ProcessRow | undefined {
  return findKeptRow(PROCESS_ROWS, columns, body, id);
}

/** The row when it is still at the revision the pane read; otherwise why not (gone, or changed since). */
export function processAtRevision(row: ProcessRow | undefined, id: string, expectedRevision: number): ProcessRow {
  return keptAtRevision(PROCESS_ROWS, row, id, expectedRevision);
}
