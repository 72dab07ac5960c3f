/**
 * Recalculation: every calculated column of the Offers table (CALCULATED_COLUMNS) on every row of a sheet
 * of offers, through the functions the built bundle associated. The formulas are compiled once, as Excel
 * parses a formula once, by the compiler the tests check the same columns with (test/harness/functions/excel-formula.ts);
 * WRVUPCTL gets a copy of the 1,000-row Benchmarks table, never the array the previous call got, as in Excel
 * (which hands every formula its own copy). Half the rows pass
 * blank cells as null (Excel on the web), half as 0 (desktop Excel).
 */
import { BENCHMARKS_TABLE } from "../src/core/benchmarks/import";
import { CALCULATED_COLUMNS } from "../src/core/offer/offers-table";
import { type FormulaContext, compileRowFormula } from "../test/harness/functions/excel-formula";
import { copyRange } from "./benchmarks-table";
import type { OfferRow } from "./offers-sheet";
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
