/**
 * Reading the data rows of the Offers table, the same way in both stores: each row through the Offers
 * table codec, blank rows (a new table's placeholder, a spacer) skipped, and a row that repeats an earlier
 * row's ID reported rather than used, so an ID always names one row.
 */
import { isEmptyCell } from "../core/cells";
import {
  type ColumnMap,
  DATA_COLUMNS,
  type RowRead,
  type StoredOffer,
  cellsToStored,
  idOfCell,
} from "../core/offer/offers-table";
import type { UnreadableRow } from "./store";
import { conflict, missing } from "./store-messages";

/** An offer row of the table: its position among the data rows (from 0) and what it reads as. */
export interface OfferRow {
  index: number;
  id: string;
  read: RowRead;
}

/** True when none of the columns the add-in writes has anything in this row. */
function isBlankRow(columns: ColumnMap, row: readonly unknown[]): boolean {
  return DATA_COLUMNS.every(({ header }) => {
    const i = columns.get(header);
    return i === undefined || isEmptyCell(row[i]);
  });
}

/** The offers in the table's data rows, and the rows that cannot be used, with why. */
export function readOfferRows(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): { offers: StoredOffer[]; unreadable: UnreadableRow[] } {
  const offers: StoredOffer[] = [];
  const unreadable: UnreadableRow[] = [];
  const first = new Map<string, number>();
  body.forEach((row, index) => {
    if (isBlankRow(columns, row)) return;
    const read = cellsToStored(columns, row);
    const id = read.ok ? read.stored.offer.id : read.id;
    const earlier = id === "" ? undefined : first.get(id);
    if (earlier !== undefined) {
      const label = read.ok ? read.stored.offer.employer : read.label;
      unreadable.push({
        row: index + 1,
        id,
        label,
        problems: [`Row ${earlier + 1} has the same ID; Leverage uses that row. Give this row a new ID or delete it.`],
      });
      return;
    }
    if (id !== "") first.set(id, index);
    if (read.ok) offers.push(read.stored);
    else unreadable.push({ row: index + 1, id: read.id, label: read.label, problems: read.problems });
  });
  return { offers, unreadable };
}

/**
 * The first row with this ID (later rows with the same ID are reported unreadable and never written).
 * Only the ID column is scanned and only the row found is parsed, so an action costs little per row.
 */
export function findOfferRow(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  id: string,
): OfferRow | undefined {
  const column = columns.get("ID");
  const index = body.findIndex((row) => idOfCell(column === undefined ? undefined : row[column]) === id);
  if (index < 0) return undefined;
  return { index, id, read: cellsToStored(columns, body[index]) };
}

/** The row when it is still at the revision the pane read; otherwise why not (gone, or changed since). */
export function atRevision(row: OfferRow | undefined, id: string, expectedRevision: number): OfferRow {
  if (!row) throw missing(id);
  const revision = row.read.ok ? row.read.stored.revision : Number.NaN;
  if (revision !== expectedRevision)
    throw conflict(row.read.ok ? row.read.stored.offer.employer : row.read.label, expectedRevision, revision);
  return row;
}
