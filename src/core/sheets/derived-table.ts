/**
 * The tables Leverage builds from the offers on request (Compare, Negotiation, Mentor summary): one row per
 * thing compared or asked, named by a key, rebuilt in place each time. Columns the add-in writes carry a
 * number format ("@" keeps text as text, so a script starting with "=" is never a formula); calculated
 * columns carry a live formula; user columns are made for people to write in and are never written.
 */
import type { Cell } from "../offer/offers-table";

/** A column the add-in writes. */
export interface WrittenColumn {
  header: string;
  numberFormat: string;
}

/** A column Excel computes. */
export interface FormulaColumn {
  header: string;
  formula: string;
}

export interface DerivedTableSpec {
  sheet: string;
  table: string;
  /** What the rows are, for messages ("offers compared", "asks"). */
  rows: string;
  /** The column naming each row; always the first written column. */
  key: string;
  written: readonly WrittenColumn[];
  calculated: readonly FormulaColumn[];
  /** Made for people to write in (a mentor's notes, what the employer answered): never written by the add-in. */
  userColumns: readonly string[];
}

/** A row the add-in wants in a derived table: its key and its written cells by header. */
export interface SheetRow {
  key: string;
  cells: ReadonlyMap<string, Cell>;
}

/** The header of a derived table: written columns, then calculated, then the user's. */
export function headerOf(spec: DerivedTableSpec): string[] {
  return [...spec.written.map((c) => c.header), ...spec.calculated.map((c) => c.header), ...spec.userColumns];
}

/** A written column's cells from a record; a missing or null value is a blank cell. */
export function rowOf(
  spec: DerivedTableSpec,
  key: string,
  values: Readonly<Record<string, Cell | null | undefined>>,
): SheetRow {
  return {
    key,
    cells: new Map(spec.written.map((c) => [c.header, c.header === spec.key ? key : (values[c.header] ?? "")])),
  };
}

/**
 * The key of one of an offer's rows in a table with several per offer (its asks, its contract sentences):
 * the offer ID, "/", and the row's own stable name.
 */
export function partKey(offerId: string, part: string): string {
  return `${offerId}/${part}`;
}

/** True for the keys of one offer's rows: a rebuild for that offer touches no other offer's rows. */
export function isPartOf(offerId: string): (key: string) => boolean {
  return (key) => key.startsWith(`${offerId}/`);
}

/** Formats for text and money columns. */
export const TEXT = "@";
export const MONEY = "$#,##0";
export const WHOLE = "#,##0";
