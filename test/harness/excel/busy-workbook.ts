/**
 * A workbook the user has worked in: the Offers table moved to B2, a column of their own inside it, two of
 * its columns swapped, and their cells left of it, right of it, above it and directly below it. Tests check
 * that the store's writes leave every one of those cells as it was.
 */
import {
  CALCULATED_COLUMNS,
  DATA_COLUMNS,
  OFFERS_HEADER,
  type StoredOffer,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import { ADDED_IN_VERSION_2, seededWorkbook } from "./workbooks";
import { FakeExcel, rangeAt } from "./fake-excel";
import type { CellValue } from "./fake-excel-grid";

/** The Offers header as the user left it: "My notes" after Employer, City and Specialty swapped. */
export const BUSY_HEADER: readonly string[] = (() => {
  const header = [...OFFERS_HEADER];
  header.splice(header.indexOf("Employer") + 1, 0, "My notes");
  const [city, specialty] = [header.indexOf("City"), header.indexOf("Specialty")];
  [header[city], header[specialty]] = [header[specialty], header[city]];
  return header;
})();

const TOP = 1;
const LEFT = 1;
/** The user's column right of the table, after a gap of `gap` empty columns (1 unless a test asks for more). */
export function besideAt(header: readonly string[], gap = 1): number {
  return LEFT + header.length + gap;
}

/** A note the user typed for an offer. */
export function noteFor(id: string): string {
  return `call back ${id}`;
}

/** The row of an offer in the user's column order. */
function rowOf(stored: StoredOffer, header: readonly string[]): CellValue[] {
  const cells = offerToCells(stored);
  return header.map((h) => {
    const data = DATA_COLUMNS.findIndex((c) => c.header === h);
    if (data >= 0) return cells[data];
    return h === "My notes" ? noteFor(stored.offer.id) : "";
  });
}

/** The busy header as version 1 laid out the Offers table: without the columns version 2 added. */
export const BUSY_HEADER_V1: readonly string[] = BUSY_HEADER.filter((h) => !ADDED_IN_VERSION_2.includes(h));

export interface BusyOptions {
  /** false: the cells under the table are left empty. */
  below?: boolean;
  /** The table's header (BUSY_HEADER unless given, e.g. BUSY_HEADER_V1). */
  header?: readonly string[];
  /** Empty columns between the table and the user's column right of it (1 unless given). */
  gap?: number;
  /** The layout version on the sheets (this version's unless given). */
  schema?: string;
}

/** The busy workbook. */
export function busyWorkbook(offers: readonly StoredOffer[], options: BusyOptions = {}): FakeExcel {
  const header = options.header ?? BUSY_HEADER;
  const beside = besideAt(header, options.gap);
  const fake = new FakeExcel();
  seededWorkbook(options.schema === undefined ? {} : { schema: options.schema }, fake);
  // Replace the seeded Offers table with the user's version of it.
  const sheet = fake.model.sheet("Offers")!;
  fake.model.tables.splice(fake.model.tables.indexOf(fake.model.table("Offers")!), 1);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < OFFERS_HEADER.length; c++) sheet.setCell(r, c, { value: "", format: "General" });
  fake.addTable({
    sheet: "Offers",
    name: "Offers",
    at: rangeAt(TOP, LEFT, 1, 1).split(":")[0],
    header,
    rows: offers.map((s) => rowOf(s, header)),
    formats: Object.fromEntries(DATA_COLUMNS.map((c) => [c.header, c.numberFormat])),
    calculated: Object.fromEntries(
      CALCULATED_COLUMNS.filter((c) => header.includes(c.header)).map((c) => [c.header, c.formula]),
    ),
  });
  const bottom = TOP + Math.max(offers.length, 1);
  fake.setCells("Offers", rangeAt(0, LEFT, 1, 1), [["My offers, 2026"]]);
  for (let r = 0; r < bottom + 8; r++) {
    fake.setCells("Offers", rangeAt(r, 0, 1, 1), [[`left ${r}`]]);
    fake.setCells("Offers", rangeAt(r, beside, 1, 1), [[`beside ${r}`]], "@");
  }
  if (options.below !== false) {
    fake.setCells("Offers", rangeAt(bottom + 1, LEFT, 1, 3), [["below", "", "=1+1"]]);
    fake.setCells("Offers", rangeAt(bottom + 2, LEFT + 1, 1, 1), [[42]], "0.0");
  }
  return fake;
}

/**
 * The user's cells: those outside the table's columns at fixed places, the rows just below the table
 * (which move with it when it grows), and their notes by offer ID.
 */
export function userCells(
  fake: FakeExcel,
  /** The user's column right of the table (see besideAt). */
  beside = besideAt(BUSY_HEADER),
): {
  outside: CellValue[][];
  formats: string[][];
  below: CellValue[][];
  belowFormats: string[][];
  above: CellValue[][];
  notes: Record<string, CellValue>;
} {
  const table = fake.table("Offers");
  const bottom = table.top + table.rows.length;
  const width = table.header.length;
  const notes = table.header.indexOf("My notes");
  const id = table.header.indexOf("ID");
  return {
    outside: [...fake.cells("Offers", rangeAt(0, 0, 40, 1)), ...fake.cells("Offers", rangeAt(0, beside, 40, 1))],
    formats: fake.formats("Offers", rangeAt(0, beside, 40, 1)),
    below: fake.cells("Offers", rangeAt(bottom + 1, table.left, 4, width)),
    belowFormats: fake.formats("Offers", rangeAt(bottom + 1, table.left, 4, width)),
    above: fake.cells("Offers", rangeAt(0, table.left, 1, width)),
    notes: Object.fromEntries(table.rows.filter((r) => r[id] !== "").map((r) => [String(r[id]), r[notes]])),
  };
}
