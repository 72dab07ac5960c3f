/**
 * The Contract quotes table: for an offer filled from a contract, the contract's own sentence behind each
 * value the user confirmed, kept only when they ask for it (a box in entry) so a mentor can see where each
 * figure came from. One row per offer and field, keyed "OFFER-ID/field". The contract itself is never
 * written: only these sentences, each cut to a length a cell shows.
 *
 * This file is the table's layout and how it is read back, which every read of the workbook needs; the rows
 * written and the Mentor summary's words are in quote-rows.ts, loaded only when used.
 */
import { FIELD_KEYS, type FieldKey } from "../offer/fields";
import { type ColumnMap, idOfCell } from "../offer/offers-table";
import { type DerivedTableSpec, TEXT } from "./derived-table";

export const QUOTES_SHEET = "Contract quotes";
export const QUOTES_TABLE = "ContractQuotes";

/** The longest sentence kept, in characters: a clause is a sentence or two; a longer one is cut, ending "…". */
export const QUOTE_CELL_MAX = 600;

export const QUOTES_SPEC: DerivedTableSpec = {
  sheet: QUOTES_SHEET,
  table: QUOTES_TABLE,
  rows: "contract sentences",
  key: "Key",
  written: [
    { header: "Key", numberFormat: TEXT },
    { header: "Offer ID", numberFormat: TEXT },
    { header: "Employer", numberFormat: TEXT },
    { header: "Field", numberFormat: TEXT },
    { header: "Value saved", numberFormat: TEXT },
    { header: "Contract says", numberFormat: TEXT },
    { header: "Where", numberFormat: TEXT },
    { header: "Confidence", numberFormat: TEXT },
    { header: "Contract", numberFormat: TEXT },
  ],
  calculated: [],
  userColumns: [],
};

/** A row of the table as read back: the field, the value it backed in words, the sentence and where it stands. */
export interface SavedQuote {
  field: FieldKey;
  valueSaved: string;
  quote: string;
  where: string;
}

/** The text of a cell, "" for a blank one. */
function textOf(row: readonly unknown[], columns: ColumnMap, header: string): string {
  const i = columns.get(header);
  const cell = i === undefined ? undefined : row[i];
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * The table's rows by offer ID, each field once (the first row of a key, as the rebuild keeps it). A row
 * whose key names no field of an offer (typed by hand) is left out.
 */
export function readQuotes(columns: ColumnMap, body: readonly (readonly unknown[])[]): Record<string, SavedQuote[]> {
  const byOffer: Record<string, SavedQuote[]> = {};
  const seen = new Set<string>();
  const keyAt = columns.get("Key");
  if (keyAt === undefined) return byOffer;
  for (const row of body) {
    const key = idOfCell(row[keyAt]);
    const slash = key.lastIndexOf("/");
    const field = key.slice(slash + 1) as FieldKey;
    if (slash < 1 || !FIELD_KEYS.includes(field) || seen.has(key)) continue;
    seen.add(key);
    const quote = textOf(row, columns, "Contract says");
    if (quote === "") continue;
    (byOffer[key.slice(0, slash)] ??= []).push({
      field,
      valueSaved: textOf(row, columns, "Value saved"),
      quote,
      where: textOf(row, columns, "Where"),
    });
  }
  return byOffer;
}
