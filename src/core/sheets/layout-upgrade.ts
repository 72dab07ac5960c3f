/**
 * Bringing a table saved by an earlier version of Leverage up to this version's layout. Each version that
 * added columns to a table lists them here. A table on a sheet marked with an older version that lacks some
 * of them is still read (their fields read as blank) and gets them appended at its right end by the next
 * write, so a user who updates Leverage keeps working in the workbook they already have. A column the older
 * version already wrote is never added back: if it is gone, a person renamed or deleted it, and the table
 * stays read-only until the header is back, as for a table of the current version.
 */
import { FIELDS, type FieldKey } from "../offer/fields";
import { type ColumnMap, OFFERS_TABLE } from "../offer/offers-table";
import { columnName } from "./a1";
import { normalFormula } from "./formula-text";
import { MENTOR_CAMPAIGN, MENTOR_FROM_CONTRACT, MENTOR_SCARCITY_LINES } from "./mentor-table";
import type { TableLayout } from "./table-layouts";

/** The fields whose columns layout version 2 added to the Offers table (all data columns; no calculated one). */
const OFFERS_FIELDS_ADDED_IN_2: readonly FieldKey[] = [
  "priceArea",
  "employerType",
  "localTaxRate",
  "retirementPlan",
  "vestingYears",
  "healthPremium",
  "annualRaise",
  "retentionYear",
  "buyInYears",
  "partnerIncome",
];

/** The fields whose columns layout version 3 added to the Offers table: the contract date (state law by date). */
const OFFERS_FIELDS_ADDED_IN_3: readonly FieldKey[] = ["contractDate"];

/** Compare columns version 2 added: real value first, the nominal rows under their new "(nominal)" names. */
const COMPARE_ADDED_IN_2: readonly string[] = [
  "Real take-home year 1",
  "Multi-year value (real, today's dollars)",
  "Take-home year 1",
  "Price level (US = 100)",
  "Total comp year 1 (nominal)",
  "Total comp per year over term (nominal)",
  "Real take-home per hour worked",
  "Real take-home per clinical day",
  "Kept if you leave at 12 months (real)",
  "Kept if you leave at 24 months (real)",
];

/** Mentor summary columns version 2 added. */
const MENTOR_ADDED_IN_2: readonly string[] = [
  "Real take-home year 1",
  "Multi-year value (real, today's dollars)",
  "Take-home year 1",
  "Kept if you leave at 12 months (real)",
];

/**
 * Mentor summary columns version 3 added: the scarcity breakdown, the job search and the contract's kept
 * sentences. A Mentor summary is upgraded like a data table (its columns appended at its right end) before
 * a rebuild writes to it.
 */
const MENTOR_ADDED_IN_3: readonly string[] = [MENTOR_SCARCITY_LINES, MENTOR_CAMPAIGN, MENTOR_FROM_CONTRACT];

/**
 * The headers each layout version added, by table name, then by the version that added them. A version-1
 * Compare table keeps the columns version 2 renamed ("Total comp year 1", "Pay per clinical hour") as they
 * were: their formulas still work, and Leverage no longer writes them.
 */
export const COLUMNS_ADDED: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  [OFFERS_TABLE]: {
    2: OFFERS_FIELDS_ADDED_IN_2.map((key) => FIELDS[key].header),
    3: OFFERS_FIELDS_ADDED_IN_3.map((key) => FIELDS[key].header),
  },
  Compare: { 2: COMPARE_ADDED_IN_2 },
  MentorSummary: { 2: MENTOR_ADDED_IN_2, 3: MENTOR_ADDED_IN_3 },
};

/** The headers added to a table by versions after `version` (none for the current version). */
export function addedAfter(table: string, version: number): ReadonlySet<string> {
  const byVersion = COLUMNS_ADDED[table] ?? {};
  return new Set(
    Object.entries(byVersion)
      .filter(([added]) => Number(added) > version)
      .flatMap(([, headers]) => headers),
  );
}

/** A column an upgrade appends: its header, the number format of its data cells, and a calculated column's formula. */
export interface AppendedColumn {
  header: string;
  /** null: the layout sets none, so the cells keep theirs. */
  numberFormat: string | null;
  formula?: string;
}

export interface UpgradePlan {
  /** Columns added since the sheet's version that the table lacks, in the layout's order, for its right end. */
  append: AppendedColumn[];
  /** Columns the add-in writes that the sheet's version already had and the table lacks: it must stay read-only. */
  missing: string[];
}

/** What a table marked with `version` needs to reach the current layout, given where its headers are. */
export function planUpgrade(layout: TableLayout, version: number, columns: ColumnMap): UpgradePlan {
  const added = addedAfter(layout.table, version);
  const absent = layout.header.filter((h) => !columns.has(h));
  const append = absent
    .filter((h) => added.has(h))
    .map((header) => {
      const formula = layout.calculated.get(header);
      const numberFormat = layout.formats.get(header) ?? layout.displayFormats?.get(header) ?? null;
      return formula === undefined ? { header, numberFormat } : { header, numberFormat, formula };
    });
  const missing = absent.filter((h) => layout.formats.has(h) && !added.has(h));
  return { append, missing };
}

/**
 * The A1 addresses of the cells in a block that hold anything (a value or a formula), for a message that
 * says which cells stand where new columns would go. `top` and `left` place the block on the sheet, from 0.
 */
export function cellsInTheWay(cells: readonly (readonly unknown[])[], top: number, left: number): string[] {
  const taken: string[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== "" && cell !== null && cell !== undefined) taken.push(`${columnName(left + c)}${top + r + 1}`);
    }),
  );
  return taken;
}

/**
 * Calculated columns whose formula a later version changed, by table: the formulas earlier versions wrote
 * there. Excel fills a calculated column's formula down only from when the table was made, so a table made
 * by an earlier version keeps the old one until it is rewritten. Scarcity now passes the offer's state, so
 * the score carries the state's figures (src/core/scarcity), as the pane's figure does.
 */
export const FORMULAS_CHANGED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  [OFFERS_TABLE]: { Scarcity: ["=OFFER.SCARCITY([@[Specialty]],[@[Market]])"] },
};

/** A calculated column to rewrite: where it is in the table and its formula now. */
export interface FormulaRewrite {
  header: string;
  column: number;
  formula: string;
}

/**
 * The calculated columns of a table whose formula this version changed, when every data row still holds a
 * formula an earlier version wrote (`body` as Excel's `formulas` reads it). A column where any row holds
 * something else is left alone: a person changed it, and it is theirs. An empty table needs nothing.
 */
export function formulasToRewrite(
  layout: TableLayout,
  columns: ColumnMap,
  body: readonly (readonly unknown[])[],
): FormulaRewrite[] {
  const changed = FORMULAS_CHANGED[layout.table] ?? {};
  return Object.entries(changed).flatMap(([header, earlier]) => {
    const column = columns.get(header);
    const formula = layout.calculated.get(header);
    if (column === undefined || formula === undefined || body.length === 0) return [];
    const old = new Set(earlier.map(normalFormula));
    return body.every((row) => old.has(normalFormula(row[column]))) ? [{ header, column, formula }] : [];
  });
}
