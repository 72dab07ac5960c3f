/**
 * Value copies of the Offers and Compare tables for a mentor whose Excel cannot run the add-in's formulas
 * (an old version, a phone): the same rows with each formula replaced by its result, on a sheet of their
 * own under a line saying when they were copied. Text is written as text ("@"), so nothing in a copy can
 * turn back into a formula; numbers keep the source's format.
 */
import { CALCULATED_COLUMNS, type Cell } from "../offer/offers-table";
import { COMPARE_CALCULATED_COLUMNS } from "../compare/compare-table";
import { COMPARE_FIGURES, type CompareContext, type FigureKey, offerFigures } from "../compare/figures";
import type { Offer } from "../offer/schema";

/** A copy's sheet, and the table it copies. */
export interface FrozenCopy {
  sheet: string;
  table: string;
}

export const FROZEN_COPIES: readonly FrozenCopy[] = [
  { sheet: "Offers (values)", table: "Offers" },
  { sheet: "Compare (values)", table: "Compare" },
];

/** Rows above the copied table: the note, then a blank row. */
export const COPY_TOP = 2;

/** What one copy's sheet holds, as one block from A1. */
export interface CopyBlock {
  values: Cell[][];
  numberFormat: string[][];
}

/** The block of a copy: a note row, a blank row, the header and the rows as values. */
export function copyBlock(
  copy: FrozenCopy,
  when: string,
  rows: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
): CopyBlock {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const note = `Values copied from the ${copy.table} table on ${when}. They do not update: Leverage makes this sheet again each time you prepare the workbook for a mentor, so write notes in Mentor notes, not here.`;
  const pad = (cells: Cell[]) => [...cells, ...new Array<Cell>(width - cells.length).fill("")];
  const values: Cell[][] = [pad([note]), pad([]), ...rows.map((row) => pad(row.map(asCell)))];
  const numberFormat = values.map((row, r) =>
    row.map((cell, c) =>
      typeof cell === "string" ? "@" : String(formats[r - COPY_TOP]?.[c] ?? "General") || "General",
    ),
  );
  return { values, numberFormat };
}

/** A value read from a cell as a cell to write: numbers stay numbers, anything else is its text. */
function asCell(value: unknown): Cell {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value === null || value === undefined) return "";
  return String(value);
}

/** A short digest of the cells that hold something, to tell later whether a person changed the copy. */
export function cellsDigest(top: number, left: number, cells: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === "" || cell === null || cell === undefined) return;
      feed(`${top + r},${left + c}:${typeof cell}:${String(cell)};`);
    }),
  );
  return hash.toString(16).padStart(8, "0");
}

/** Each Compare figure by its label: the Offers table's calculated columns are figures under those headers. */
const FIGURE_BY_HEADER: ReadonlyMap<string, FigureKey> = new Map(
  // The Compare table labels nominal pay "(nominal)"; the Offers table's columns carry the plain name.
  COMPARE_FIGURES.flatMap((figure) => [
    [figure.label, figure.key],
    [figure.label.replace(/ \(nominal\)$/, ""), figure.key],
  ]),
);

/**
 * The results of the Offers and Compare tables' formula columns for one offer, by header, from the same
 * core the formulas call (what the preview's copies show; Excel's copies take Excel's own results).
 * An unknown result is blank.
 */
export function calculatedValues(offer: Offer, context: CompareContext): ReadonlyMap<string, Cell> {
  const m = offerFigures(offer, context);
  const values = new Map<string, Cell>();
  for (const c of CALCULATED_COLUMNS) {
    const key = FIGURE_BY_HEADER.get(c.header);
    values.set(c.header, key === undefined ? "" : (m[key] ?? ""));
  }
  for (const c of COMPARE_CALCULATED_COLUMNS) {
    if (c.figure) values.set(c.header, m[c.figure] ?? "");
    else values.set(c.header, c.header === "Employer" ? offer.employer : offer.specialty);
  }
  return values;
}
