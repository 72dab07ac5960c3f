/**
 * Reading back one row of a table Leverage keeps by ID and revision (the Offers table, the Search table):
 * the cells under their headers, the row's ID and a label to name it by, the record checked, and the
 * revision the add-in counts saves in. A row that fails is reported with every problem, each named by its
 * column, so the pane can list it for the user to fix in the grid.
 */
import type { ColumnMap } from "./offer/offers-table";

/** A row read back: what it stores, or what is wrong with it. */
export type StoredRead<T> = { ok: true; stored: T } | { ok: false; id: string; label: string; problems: string[] };

/** How one table's rows are read. */
export interface StoredRowSpec<V, T> {
  /** The columns the add-in writes, by record key and header. */
  columns: readonly { key: string; header: string }[];
  /** The record checked: its value, or a message per key. */
  check: (
    input: Record<string, unknown>,
  ) => { ok: true; value: V } | { ok: false; errors: Record<string, string | undefined> };
  /** The header to name a key's problem by; undefined for a problem said whole (the ID's). */
  headerOf: (key: string) => string | undefined;
  /** The stored form of a checked record, with its revision and when it was updated. */
  stored: (value: V, revision: number, updated: string) => T;
}

/** The ID in an ID cell, as text (a hand-typed number is read as its digits). */
export function idOfCell(cell: unknown): string {
  return typeof cell === "string" ? cell.trim() : String(cell ?? "");
}

/** Reads one row by header names. */
export function readStoredRow<V, T>(
  columns: ColumnMap,
  row: readonly unknown[],
  spec: StoredRowSpec<V, T>,
): StoredRead<T> {
  const input: Record<string, unknown> = {};
  for (const c of spec.columns) {
    const i = columns.get(c.header);
    input[c.key] = i === undefined ? null : row[i];
  }
  const id = idOfCell(input.id);
  const label =
    typeof input.employer === "string" && input.employer.trim() !== "" ? input.employer.trim() : "(no employer)";
  const checked = spec.check(input);
  const revision =
    typeof input.revision === "number" && Number.isInteger(input.revision) && input.revision >= 0
      ? input.revision
      : undefined;
  const problems: string[] = [];
  if (!checked.ok)
    for (const [key, message] of Object.entries(checked.errors)) {
      const header = spec.headerOf(key);
      problems.push(header ? `${header}: ${message}` : message!);
    }
  if (revision === undefined) problems.push("Revision must be a whole number (Leverage counts saves there).");
  if (!checked.ok || revision === undefined) return { ok: false, id, label, problems };
  return {
    ok: true,
    stored: spec.stored(checked.value, revision, typeof input.updated === "string" ? input.updated : ""),
  };
}
