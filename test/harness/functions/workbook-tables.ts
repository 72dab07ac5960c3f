/**
 * The tables the add-in's formulas read, as Excel holds them once it has calculated: the Offers table
 * (data cells, then each calculated column's result), the Profile table ("Your value" as the candidate
 * typed it, "In use" computed) and the Projection table (every offer's years, computed from those two), so
 * a test can evaluate the Compare table's formulas over them with the formula compiler. In a table, null
 * is a blank cell, "" the empty text a formula returning "" leaves, and `{ error }` an error value.
 */
import {
  CALCULATED_COLUMNS,
  DATA_COLUMNS,
  OFFERS_HEADER,
  OFFERS_TABLE,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import { readProfile } from "../../../src/core/profile/read-profile";
import { headerOf } from "../../../src/core/sheets/derived-table";
import { PROFILE_SPEC, PROFILE_TABLE, PROFILE_YOUR_VALUE, profileRows } from "../../../src/core/sheets/profile-table";
import { PROJECTION_SPEC, PROJECTION_TABLE, projectionRows } from "../../../src/core/sheets/projection-table";
import type { CellResult } from "./call";
import { type BlankAs, evaluateRowFormula } from "./excel-formula";

/** The Offers table: data cells (null where blank), then each calculated column's result. */
export function offersTable(offers: readonly Offer[], blankAs: BlankAs, benchmarks: unknown[][]): unknown[][] {
  const rows = offers.map((offer) => {
    const cells = offerToCells({ offer, revision: 1, updated: "2026-11-25T00:00:00.000Z" });
    const row = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.header, cells[i]]));
    const calculated = CALCULATED_COLUMNS.map((c) =>
      evaluateRowFormula(c.formula, { row, tables: { Benchmarks: benchmarks }, blankAs }),
    );
    return [...cells.map((cell) => (cell === "" ? null : cell)), ...calculated];
  });
  return [[...OFFERS_HEADER], ...rows];
}

/** The Profile table: each setting's written cells, the candidate's value (null when blank) and "In use" computed. */
export function profileTable(values: ReadonlyMap<string, unknown>, blankAs: BlankAs): unknown[][] {
  const header = headerOf(PROFILE_SPEC);
  const rows = profileRows().map((written) => {
    const row: Record<string, unknown> = Object.fromEntries(written.cells);
    row[PROFILE_YOUR_VALUE] = values.get(written.key) ?? "";
    for (const c of PROFILE_SPEC.calculated)
      row[c.header] = evaluateRowFormula(c.formula, { row, tables: {}, blankAs });
    return header.map((h) => (row[h] === "" ? null : row[h]));
  });
  return [header, ...rows];
}

/**
 * The Projection table over the given Offers and Profile tables: each row's written cells, then its
 * formulas in column order (later columns read earlier ones). A formula's "" stays empty text.
 */
export function projectionTable(
  offers: readonly Offer[],
  values: ReadonlyMap<string, unknown>,
  tables: Readonly<Record<string, unknown[][]>>,
  blankAs: BlankAs,
): unknown[][] {
  const header = headerOf(PROJECTION_SPEC);
  const rows = projectionRows(offers, readProfile(values).profile).map((written) => {
    const row: Record<string, CellResult> = {};
    for (const [h, cell] of written.cells) row[h] = cell as CellResult;
    for (const c of PROJECTION_SPEC.calculated) row[c.header] = evaluateRowFormula(c.formula, { row, tables, blankAs });
    return header.map((h) => row[h]);
  });
  return [header, ...rows];
}

/**
 * Every table the Compare formulas read, by name: Benchmarks, Offers, Profile and Projection, for these
 * offers and the candidate's typed profile values (blank settings take their defaults).
 */
export function workbookTables(
  offers: readonly Offer[],
  values: ReadonlyMap<string, unknown>,
  blankAs: BlankAs,
  benchmarks: unknown[][],
): Record<string, unknown[][]> {
  const tables: Record<string, unknown[][]> = {
    Benchmarks: benchmarks,
    [OFFERS_TABLE]: offersTable(offers, blankAs, benchmarks),
    [PROFILE_TABLE]: profileTable(values, blankAs),
  };
  tables[PROJECTION_TABLE] = projectionTable(offers, values, tables, blankAs);
  return tables;
}
