/**
 * Recalculation: every calculated column of the Offers table (CALCULATED_COLUMNS) on every row of a sheet
 * of offers, through the functions the built bundle associated. The formulas are compiled once, as Excel
 * parses a formula once, by the compiler the tests check the same columns with (test/harness/functions/excel-formula.ts);
 * WRVUPCTL gets a copy of the 1,000-row Benchmarks table, never the array the previous call got, as in Excel
 * (which hands every formula its own copy). Half the rows pass
 * blank cells as null (Excel on the web), half as 0 (desktop Excel). The Projection table is recalculated
 * the same way (recalculateProjection), over an Offers table and a Profile table.
 */
import { BENCHMARKS_TABLE } from "../src/core/benchmarks/import";
import { CALCULATED_COLUMNS, DATA_COLUMNS, OFFERS_HEADER, OFFERS_TABLE } from "../src/core/offer/offers-table";
import type { Offer } from "../src/core/offer/schema";
import { readProfile } from "../src/core/profile/read-profile";
import { headerOf } from "../src/core/sheets/derived-table";
import { PROFILE_SPEC, PROFILE_TABLE, PROFILE_YOUR_VALUE, profileRows } from "../src/core/sheets/profile-table";
import { PROJECTION_SPEC, projectionRows } from "../src/core/sheets/projection-table";
import { type FormulaContext, compileRowFormula } from "../test/harness/functions/excel-formula";
import { copyRange } from "./benchmarks-table";
import { type OfferRow, offerRows } from "./offers-sheet";
import { median } from "./stats";
import type { CellFunction } from "./workload";

/** One recalculation's outcome. */
export interface Recalc {
  /** The first pass, as when a workbook is opened. */
  firstMs: number;
  /** The median of the later passes, as when an edit recalculates everything again. */
  againMs: number;
  cells: number;
  /** Cells showing an Excel error, by code. */
  errors: Record<string, number>;
}

/** Times `passes` full recalculations of `rows` with the Benchmarks `table`. */
export function recalculate(
  lookup: (id: string) => CellFunction,
  rows: readonly OfferRow[],
  table: unknown[][],
  passes = 4,
): Recalc {
  const formulas = CALCULATED_COLUMNS.map((column) => compileRowFormula(column.formula, lookup));
  // Two copies of the table alternate, so no call gets the array the previous call got.
  const copies = [copyRange(table), copyRange(table)];
  const contexts: FormulaContext[] = rows.map((row, i) => ({
    row,
    tables: { [BENCHMARKS_TABLE]: copies[i % 2] },
    blankAs: i % 2 === 0 ? null : 0,
  }));
  const times: number[] = [];
  const errors: Record<string, number> = {};
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    const results = contexts.map((context) => formulas.map((formula) => formula(context)));
    times.push(performance.now() - start);
    if (pass === 0) {
      for (const result of results.flat()) {
        if (typeof result === "object") {
          errors[result.error] = (errors[result.error] ?? 0) + 1;
        }
      }
    }
  }
  return { firstMs: times[0], againMs: median(times.slice(1)), cells: rows.length * formulas.length, errors };
}

/** The Profile table as the grid holds it: each setting's cells, the candidate's values and "In use" computed. */
export function profileTable(values: ReadonlyMap<string, unknown>, lookup: (id: string) => CellFunction): unknown[][] {
  const header = headerOf(PROFILE_SPEC);
  const formulas = PROFILE_SPEC.calculated.map((c) => ({
    header: c.header,
    run: compileRowFormula(c.formula, lookup),
  }));
  const rows = profileRows().map((written) => {
    const row: Record<string, unknown> = Object.fromEntries(written.cells);
    row[PROFILE_YOUR_VALUE] = values.get(written.key) ?? "";
    for (const f of formulas) row[f.header] = f.run({ row, tables: {}, blankAs: null });
    return header.map((h) => (row[h] === "" ? null : row[h]));
  });
  return [header, ...rows];
}

/** The Offers table's data cells (null where blank); its calculated columns are left blank, as nothing here reads them. */
export function offersTable(offers: readonly Offer[]): unknown[][] {
  const rows = offerRows(offers).map((row) => [
    ...DATA_COLUMNS.map((c) => (row[c.header] === "" ? null : row[c.header])),
    ...CALCULATED_COLUMNS.map(() => null),
  ]);
  return [[...OFFERS_HEADER], ...rows];
}

/**
 * Times `passes` recalculations of the Projection table: every row's formulas in column order (later
 * columns read earlier ones of the row), over the Offers and Profile tables; half the offers' rows pass
 * blank cells as null, half as 0.
 */
export function recalculateProjection(
  lookup: (id: string) => CellFunction,
  offers: readonly Offer[],
  values: ReadonlyMap<string, unknown>,
  passes = 4,
): Recalc {
  const formulas = PROJECTION_SPEC.calculated.map((c) => ({
    header: c.header,
    run: compileRowFormula(c.formula, lookup),
  }));
  const tables = { [OFFERS_TABLE]: offersTable(offers), [PROFILE_TABLE]: profileTable(values, lookup) };
  const written = projectionRows(offers, readProfile(values).profile);
  const times: number[] = [];
  const errors: Record<string, number> = {};
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    const rows = written.map((w, i) => {
      const row: Record<string, unknown> = Object.fromEntries(w.cells);
      const context: FormulaContext = { row, tables, blankAs: Math.floor(i / 5) % 2 === 0 ? null : 0 };
      for (const f of formulas) row[f.header] = f.run(context);
      return row;
    });
    times.push(performance.now() - start);
    if (pass === 0) {
      for (const row of rows)
        for (const f of formulas) {
          const result = row[f.header];
          if (typeof result === "object" && result !== null) {
            const code = (result as { error: string }).error;
            errors[code] = (errors[code] ?? 0) + 1;
          }
        }
    }
  }
  return {
    firstMs: times[0],
    againMs: median(times.slice(1)),
    cells: written.length * formulas.length,
    errors,
  };
}
