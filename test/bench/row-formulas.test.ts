/** The bench's compiled formulas must compute what the tests' formula interpreter computes. */
import fc from "fast-check";
import { BENCHMARKS_TABLE } from "../../src/core/benchmarks/import";
import { CALCULATED_COLUMNS } from "../../src/core/offer/offers-table";
import { benchmarksRange } from "../../bench/benchmarks-table";
import { offerRows, realisticOffers } from "../../bench/offers-sheet";
import { recalculate } from "../../bench/recalc";
import { compileRowFormula } from "../../bench/row-formulas";
import { BY_ID } from "../support/call";
import { evaluateRowFormula } from "../support/excel-formula";
import { offerArbitrary } from "../support/offer-arbitrary";

const lookup = (id: string) => BY_ID[id];
const compiled = CALCULATED_COLUMNS.map((c) => ({ formula: c.formula, run: compileRowFormula(c.formula, lookup) }));
// Rows for every specialty Leverage knows (21 × 3 metrics) and a few of the user's own.
const table = benchmarksRange(90, 3);

describe("compiled row formulas", () => {
  it("agree with the interpreter on random offers, blanks passed as null and as 0", () => {
    fc.assert(
      fc.property(offerArbitrary, fc.constantFrom(null, 0 as const), (offer, blankAs) => {
        const [row] = offerRows([offer]);
        const context = { row, tables: { [BENCHMARKS_TABLE]: table }, blankAs };
        for (const c of compiled) expect(c.run(context)).toEqual(evaluateRowFormula(c.formula, context));
      }),
      { numRuns: 150 },
    );
  });

  it("agree with the interpreter on the bench's realistic offers", () => {
    for (const [i, row] of offerRows(realisticOffers(200, 9)).entries()) {
      const context = { row, tables: { [BENCHMARKS_TABLE]: table }, blankAs: i % 2 === 0 ? null : (0 as const) };
      for (const c of compiled) expect(c.run(context)).toEqual(evaluateRowFormula(c.formula, context));
    }
  });

  it("evaluate IF lazily, propagate errors through + and compare text without case", () => {
    const calls: unknown[][] = [];
    const spy = (...args: unknown[]) => {
      calls.push(args);
      return 7;
    };
    const fn = compileRowFormula('=IF([@[A]]="yes",OFFER.X([@[B]]),1)+[@[C]]', () => spy);
    expect(fn({ row: { A: "YES", B: "", C: 2 }, tables: {}, blankAs: 0 })).toBe(9);
    expect(calls).toEqual([[0]]);
    expect(fn({ row: { A: "no", B: 5, C: "" }, tables: {}, blankAs: null })).toBe(1);
    expect(calls).toHaveLength(1);
    expect(fn({ row: { A: "no", B: 5, C: "text" }, tables: {}, blankAs: null })).toEqual({ error: "#VALUE!" });
  });

  it("turn a custom function's Excel error into the cell's error and rethrow anything else", () => {
    const failing = compileRowFormula("=OFFER.X(1)", () => () => {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no row");
    });
    expect(failing({ row: {}, tables: {}, blankAs: null })).toEqual({ error: "#N/A", message: "no row" });
    const buggy = compileRowFormula("=OFFER.X(1)", () => () => {
      throw new TypeError("bug");
    });
    expect(() => buggy({ row: {}, tables: {}, blankAs: null })).toThrow("bug");
    expect(() => compileRowFormula("=SUM(1)", lookup)).toThrow("Unknown function SUM");
  });
});

describe("recalculation", () => {
  it("computes every calculated column of every row and counts the errors by code", () => {
    const rows = offerRows(realisticOffers(40, 5));
    rows[0].Specialty = "Astrology";
    rows[0]["wRVU threshold"] = 5000;
    const result = recalculate(lookup, rows, table, 2);
    expect(result.cells).toBe(40 * CALCULATED_COLUMNS.length);
    // Scarcity and the threshold percentile both say #N/A for a specialty nobody knows.
    expect(result.errors["#N/A"]).toBe(2);
  });
});
