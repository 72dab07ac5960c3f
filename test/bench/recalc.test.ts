/** The bench's recalculation: every calculated column of every row, through the shared formula compiler. */
import { CALCULATED_COLUMNS } from "../../src/core/offer/offers-table";
import { benchmarksRange } from "../../bench/benchmarks-table";
import { offerRows, realisticOffers } from "../../bench/offers-sheet";
import { recalculate } from "../../bench/recalc";
import { byIdLookup } from "../harness/functions/excel-formula";

describe("recalculation", () => {
  it("computes every calculated column of every row and counts the errors by code", () => {
    const rows = offerRows(realisticOffers(40, 5));
    rows[0].Specialty = "Astrology";
    rows[0]["wRVU threshold"] = 5000;
    const result = recalculate(byIdLookup, rows, benchmarksRange(90, 3), 2);
    expect(result.cells).toBe(40 * CALCULATED_COLUMNS.length);
    // Scarcity and the threshold percentile both say #N/A for a specialty nobody knows.
    expect(result.errors["#N/A"]).toBe(2);
  });
});
