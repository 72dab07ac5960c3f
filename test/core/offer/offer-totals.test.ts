import fc from "fast-check";
import { parseBenchmarks } from "../../../src/core/benchmarks/parse";
import { OfferError } from "../../../src/core/errors";
import { totalCompOverTerm, totalCompYear1 } from "../../../src/core/offer/offer-totals";
import { CALCULATED_COLUMNS, DATA_COLUMNS, offerToCells } from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import { wrvuPercentile } from "../../../src/core/production";
import { scarcityScore } from "../../../src/core/scarcity";
import { findSpecialty } from "../../../src/core/specialties";
import type { CellResult } from "../../harness/functions/call";
import { type BlankAs, evaluateRowFormula } from "../../harness/functions/excel-formula";
import { offerArbitrary } from "../../harness/offer-arbitrary";
import { offerFrom } from "../../harness/offers";

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 300);
const BENCHMARKS = [
  ["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"],
  ["Psychiatry", "wRVU", "", 3500, 4200, 5000, 6000, "My survey", 2024],
  ["Family Medicine", "wRVU", "", 3695, 4763, 5887, 7342, "", ""],
];

function offer(fields: Record<string, unknown> = {}): Offer {
  return offerFrom({ id: "OF-T0TALS22", employer: "Mercy", ...fields });
}

/** What a calculated column shows for an offer's row, as Excel would compute it. */
function column(header: string, o: Offer, blankAs: BlankAs): CellResult {
  const formula = CALCULATED_COLUMNS.find((c) => c.header === header)!.formula;
  const cells = offerToCells({ offer: o, revision: 1, updated: "2026-11-25T00:00:00.000Z" });
  const row = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.header, cells[i]]));
  return evaluateRowFormula(formula, { row, tables: { Benchmarks: BENCHMARKS }, blankAs });
}

/** The cell a core calculation would give: its number, or the Excel error of what it threw. */
function expected(calculate: () => number): CellResult {
  try {
    return calculate();
  } catch (error) {
    if (!(error instanceof OfferError)) throw error;
    return { error: { num: "#NUM!", value: "#VALUE!", na: "#N/A" }[error.kind] };
  }
}

/** Compares with a tolerance for floating point, and error codes alone. */
function same(actual: CellResult, wanted: CellResult): void {
  if (typeof wanted === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(wanted, 6);
  } else
    expect(typeof actual === "object" ? actual.error : actual).toEqual(
      typeof wanted === "object" ? wanted.error : wanted,
    );
}

describe("offer totals", () => {
  it("adds the wRVU bonus unless the plan is salary-only or collections, plus loan repayment and paid call", () => {
    const base = {
      baseSalary: 300000,
      signOnBonus: 20000,
      relocation: 10000,
      expectedWrvus: 6000,
      dollarsPerWrvu: 50,
      wrvuThreshold: 5000,
    };
    expect(totalCompYear1(offer({ ...base, productivityModel: "wrvu" }))).toBe(300000 + 30000 + 50000);
    expect(totalCompYear1(offer({ ...base, productivityModel: "salary" }))).toBe(330000);
    expect(totalCompYear1(offer({ ...base, productivityModel: "collections" }))).toBe(330000);
    // A blank model is not salary-only: the bonus counts when its figures are given.
    expect(totalCompYear1(offer(base))).toBe(380000);
    expect(
      totalCompYear1(
        offer({
          baseSalary: 300000,
          loanRepayment: 12000,
          callPay: "paid",
          callShiftsPerMonth: 2,
          callRatePerShift: 500,
        }),
      ),
    ).toBe(324000);
    expect(
      totalCompYear1(offer({ baseSalary: 300000, callPay: "unpaid", callShiftsPerMonth: 4, callRatePerShift: 500 })),
    ).toBe(300000);
  });

  it("averages sign-on, relocation and retention over the term", () => {
    const o = offer({ baseSalary: 420000, signOnBonus: 40000, relocation: 20000, retentionBonus: 30000, termYears: 3 });
    expect(totalCompYear1(o)).toBe(480000);
    expect(totalCompOverTerm(o)).toBe(420000 + 90000 / 3);
    expect(totalCompOverTerm(offer({ baseSalary: 100, termYears: null }))).toBe(100);
    expect(() => totalCompOverTerm(offer({ baseSalary: 100, termYears: 0.5 }))).toThrow(OfferError);
  });
});

describe("the Offers table's calculated columns, evaluated as Excel would", () => {
  it.each<[string, BlankAs]>([
    ["Excel on the web (blank = null)", null],
    ["desktop Excel (blank = 0)", 0],
  ])("compute what the pane shows, on %s", (_platform, blankAs) => {
    fc.assert(
      fc.property(offerArbitrary, (o) => {
        same(
          column("Total comp year 1", o, blankAs),
          expected(() => totalCompYear1(o)),
        );
        same(
          column("Total comp per year over term", o, blankAs),
          expected(() => totalCompOverTerm(o)),
        );
        const specialty = findSpecialty(o.specialty);
        same(
          column("Scarcity", o, blankAs),
          specialty
            ? expected(() => scarcityScore({ specialty, market: o.market ?? undefined, state: o.state ?? undefined }))
            : { error: "#N/A" },
        );
        const rows = parseBenchmarks(BENCHMARKS).rows;
        same(
          column("Threshold percentile", o, blankAs),
          o.wrvuThreshold === null ? "" : expected(() => wrvuPercentile(o.wrvuThreshold!, o.specialty, rows)),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("give the seed's co-resident offer its headline numbers", () => {
    const o = offer({ baseSalary: 420000, signOnBonus: 40000, relocation: 20000, market: "rural" });
    expect(column("Total comp year 1", o, null)).toBe(480000);
    expect(column("Scarcity", o, null)).toBe(100);
    expect(column("Threshold percentile", offer({ wrvuThreshold: 5000 }), null)).toBe(75);
    expect(column("Threshold percentile", offer({ wrvuThreshold: 5000, specialty: "Radiology" }), null)).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Benchmarks table"),
    });
  });
});
