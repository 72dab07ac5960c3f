/**
 * The Compare table's cost-to-leave formula against the core, for the non-compete's radius, length, scope
 * and market: the formula multiplies the miles by the scope and market factors before OFFER.NONCOMPETECOST,
 * and must give the same dollars as offerExitCost. Few runs: each evaluates the formula over a workbook.
 */
import fc from "fast-check";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import {
  COMPARE_CALCULATED_COLUMNS,
  COMPARE_DATA_COLUMNS,
  compareRowCells,
} from "../../src/core/compare/compare-table";
import { offerFigures } from "../../src/core/compare/figures";
import { offerExitCost } from "../../src/core/exit-cost";
import type { Offer } from "../../src/core/offer/schema";
import { readProfile } from "../../src/core/profile/read-profile";
import type { CellResult } from "../harness/functions/call";
import { evaluateRowFormula } from "../harness/functions/excel-formula";
import { workbookTables } from "../harness/functions/workbook-tables";
import { CO_RESIDENT_TERMS, offerFrom } from "../harness/offers";

const BENCHMARKS = [["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"]];
const NO_PROFILE = new Map<string, unknown>();

/** The Compare row's "Cost to leave at 12 months" cell as Excel would compute it. */
function costToLeaveCell(offer: Offer): CellResult {
  const context = { benchmarks: parseBenchmarks(BENCHMARKS).rows, profile: readProfile(NO_PROFILE).profile };
  const tables = workbookTables([offer], NO_PROFILE, null, BENCHMARKS);
  const data = compareRowCells(offer.id, offerFigures(offer, context));
  const row: Record<string, CellResult> = Object.fromEntries(COMPARE_DATA_COLUMNS.map((c, i) => [c.header, data[i]]));
  const column = COMPARE_CALCULATED_COLUMNS.find((c) => c.header === "Cost to leave at 12 months")!;
  return evaluateRowFormula(column.formula, { row, tables, blankAs: null });
}

describe("the Compare table's cost to leave, with the non-compete's reach", () => {
  it("equals the core's for any radius, length, scope, market and state", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 48 }), { nil: null }),
        fc.constantFrom("primary site", "any location", null),
        fc.constantFrom("rural", "secondary", "metro", "saturated metro", null),
        fc.constantFrom("TX", "OH", "CA", "MD", null),
        (miles, months, scope, market, state) => {
          const offer = offerFrom({
            id: "OF-NONCOMP1",
            ...CO_RESIDENT_TERMS,
            nonCompeteMiles: miles,
            nonCompeteMonths: months,
            nonCompeteScope: scope,
            market,
            state,
          });
          expect(costToLeaveCell(offer)).toBe(offerExitCost(offer, 12).total);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("gives the brief's broad clause its larger cost in the grid too", () => {
    // 25 mi × 2 (every site) × 1 (metro) = 50; 12,619 × (1 − e^(−2.5) = 0.917915) × 2 years = $23,166;
    // plus $30,000 of sign-on and relocation still owed at 12 months and a $22,500 tail = $75,666.
    const offer = offerFrom({
      id: "OF-NONCOMP2",
      ...CO_RESIDENT_TERMS,
      nonCompeteMiles: 25,
      nonCompeteMonths: 24,
      nonCompeteScope: "any location",
      market: "metro",
      state: "OH",
    });
    expect(costToLeaveCell(offer)).toBe(75666);
  });
});
