/**
 * The Offers table's rows as kept-rows.ts reads them: through the Offers table codec, known by ID and
 * employer, refused with the offer's own messages when missing or changed since.
 */
import { isEmptyCell } from "../core/cells";
import { type ColumnMap, DATA_COLUMNS, type StoredOffer, cellsToStored } from "../core/offer/offers-table";
import { type KeptRow, type KeptRowKind, findKeptRow, keptAtRevision, readKeptRows } from "./kept-rows";
import type { UnreadableRow } from "./store";
import { conflict, missing } from "./store-messages";

/** An offer row of the table: its position among the data rows (from 0) and what it reads as. */
export type OfferRow = KeptRow<StoredOffer>;

/** True when none of the columns the add-in writes has anything in this row. */
function isBlankRow(columns: ColumnMap, row: readonly unknown[]): boolean {
  return DATA_COLUMNS.every(({ header }) => {
    const i = columns.get(header);
    return i === undefined || isEmptyCell(row[i]);
  });
}

const OFFER_ROWS: KeptRowKind<StoredOffer> = {
  isBlank: isBlankRow,
  read: cellsToStored,
  idOf: (stored) => stored.offer.id,
  labelOf: (stored) => stored.offer.employer,
  missing,
  conflict,
};

/** The offers in the table's data rows, and the rows that cannot be used, with why. */
export function readOfferRows(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): { offers: StoredOffer[]; unreadable: UnreadableRow[] } {
  const { rows, unreadable } = readKeptRows(OFFER_ROWS, columns, body);
  return { offers: rows, unreadable };
}

/** The first row with this ID (see findKeptRow). */
export function findOfferRow(
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
  id: string,
): OfferRow | undefined {
  return findKeptRow(OFFER_ROWS, columns, body, id);
}

/** The row when it is still at the revision the pane read; otherwise why not (gone, or changed since). */
export function atRevision(row: OfferRow | undefined, id: string, expectedRevision: number): OfferRow {
  return keptAtRevision(OFFER_ROWS, row, id, expectedRevision);
}
