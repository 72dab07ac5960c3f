/**
 * The Search table's codec: one row per process, a stable ID first, a readable column per field, the
 * row's revision and last-saved time, as the Offers table does. Both workbook stores write and read rows
 * through it, so the preview shows exactly the cells Excel would get. Columns are found by header name, so
 * users may reorder them or add their own (the user's columns are never written). Every column is text
 * ("@"): a date is written as ISO text, which sorts and never turns into a serial number; a date a person
 * types in the grid is read as Excel stores it (see dates.ts).
 */
import { isEmptyCell } from "../cells";
import { type Cell, type ColumnMap } from "../offer/offers-table";
import { type StoredRead, readStoredRow } from "../stored-row";
import {
  SEARCH_FIELDS,
  type SearchFieldKey,
  type SearchProcess,
  connectionLabel,
  parseProcess,
  stageLabel,
} from "./search-row";

export const SEARCH_SHEET = "Search";
export const SEARCH_TABLE = "Search";

/** A process as stored: its revision counts saves, so a stale pane cannot overwrite a newer row. */
export interface StoredProcess {
  process: SearchProcess;
  revision: number;
  /** When the row was last saved by the add-in, ISO 8601. */
  updated: string;
}

/** A column the add-in writes. */
export interface SearchColumn {
  header: string;
  key: SearchFieldKey | "id" | "revision" | "updated";
  numberFormat: string;
}

/** The columns the add-in writes, in order: ID, every field, Revision, Updated. */
export const SEARCH_COLUMNS: readonly SearchColumn[] = [
  { header: "ID", key: "id", numberFormat: "@" },
  ...SEARCH_FIELDS.map((f) => ({ header: f.header, key: f.key, numberFormat: "@" })),
  { header: "Revision", key: "revision", numberFormat: "0" },
  { header: "Updated", key: "updated", numberFormat: "@" },
];

/** A column made for the candidate's own notes on the process: created with the table, never written. */
export const SEARCH_NOTES = "Notes";

export const SEARCH_HEADER: readonly string[] = [...SEARCH_COLUMNS.map((c) => c.header), SEARCH_NOTES];

const YES = "Yes";
const NO = "No";

/** The cell of one field: labels for choices, "Yes"/"No" for answers, blank for unknown. */
function fieldCell(process: SearchProcess, key: SearchFieldKey): Cell {
  switch (key) {
    case "stage":
      return stageLabel(process.stage);
    case "connection":
      return connectionLabel(process.connection);
    case "championWillCall":
    case "theyReachedOut":
      return process[key] ? YES : NO;
    default:
      return process[key] ?? "";
  }
}

/** The written cells of a stored process, by header. */
export function processCells(stored: StoredProcess): ReadonlyMap<string, Cell> {
  return new Map(
    SEARCH_COLUMNS.map(({ header, key }): [string, Cell] => {
      if (key === "id") return [header, stored.process.id];
      if (key === "revision") return [header, stored.revision];
      if (key === "updated") return [header, stored.updated];
      return [header, fieldCell(stored.process, key)];
    }),
  );
}

/** A Search row read back: the stored process, or what is wrong with the row. */
export type ProcessRead = StoredRead<StoredProcess>;

/** True when none of the columns the add-in writes has anything in this row (a placeholder, a spacer). */
export function isBlankProcessRow(columns: ColumnMap, row: readonly unknown[]): boolean {
  return SEARCH_COLUMNS.every(({ header }) => {
    const i = columns.get(header);
    return i === undefined || isEmptyCell(row[i]);
  });
}

/** Reads one row of the Search table by header names. */
export function cellsToProcess(columns: ColumnMap, row: readonly unknown[]): ProcessRead {
  return readStoredRow(columns, row, {
    columns: SEARCH_COLUMNS,
    check: (input) => {
      const parsed = parseProcess(input);
      return parsed.ok ? { ok: true, value: parsed.process } : { ok: false, errors: parsed.errors };
    },
    headerOf: (key) => SEARCH_FIELDS.find((f) => f.key === key)?.header,
    stored: (process, revision, updated) => ({ process, revision, updated }),
  });
}
