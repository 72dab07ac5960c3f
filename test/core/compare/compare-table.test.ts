import fc from "fast-check";
import { parseBenchmarks } from "../../../src/core/benchmarks/parse";
import {
  COMPARE_CALCULATED_COLUMNS,
  COMPARE_CHART_SERIES,
  COMPARE_DATA_COLUMNS,
  COMPARE_HEADER,
  COMPARE_SHEET,
  COMPARE_TABLE,
  compareRowCells,
} from "../../../src/core/compare/compare-table";
import { COMPARE_FIGURES, type FigureKey, offerFigures } from "../../../src/core/compare/figures";
import {
  CALCULATED_COLUMNS,
  DATA_COLUMNS,
  OFFERS_HEADER,
  OFFERS_TABLE,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import type { CellResult } from "../../harness/functions/call";
import { type BlankAs, evaluateRowFormula } from "../../harness/functions/excel-formula";
import { offersArbitrary } from "../../harness/offer-arbitrary";
import { offerFrom } from "../../harness/offers";
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../../harness/offers";

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 100);
const HEADER = ["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"];
const BENCHMARKS = [
  HEADER,
  ["Psychiatry", "wRVU", "", 3500, 4200, 5000, 6000, "My survey", 2024],
  ["Family Medicine", "wRVU", "", 3695, 4763, 5887, 7342, "", ""],
];

/** The Offers table as Excel holds it: data cells (null where blank), then each calculated column's result. */
function offersTable(offers: readonly Offer[], blankAs: BlankAs, benchmarks: unknown[][]): unknown[][] {
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

/** Each offer's Compare row as Excel would compute it, by header, with the figures the pane computes. */
function compareRows(offers: readonly Offer[], blankAs: BlankAs, benchmarks: unknown[][] = BENCHMARKS) {
  const context = { benchmarks: parseBenchmarks(benchmarks).rows };
  const tables = { [OFFERS_TABLE]: offersTable(offers, blankAs, benchmarks), Benchmarks: benchmarks };
  return offers.map((offer) => {
    const figures = offerFigures(offer, context);
    const data = compareRowCells(offer.id, figures);
    const row: Record<string, CellResult> = Object.fromEntries(COMPARE_DATA_COLUMNS.map((c, i) => [c.header, data[i]]));
    for (const c of COMPARE_CALCULATED_COLUMNS) row[c.header] = evaluateRowFormula(c.formula, { row, tables, blankAs });
    return { offer, figures, row };
  });
}

/** True when the offer leaves blank an input the figure's column shows as a blank cell. */
function blankInput(key: FigureKey, o: Offer): boolean {
  const noPeriod = (amount: number | null, months: number | null) => amount !== null && amount > 0 && months === null;
  switch (key) {
    case "wrvuGap":
      return o.wrvuThreshold === null || o.expectedWrvus === null;
    case "thresholdPercentile":
      return o.wrvuThreshold === null;
    case "payPerClinicalHour":
      return o.hoursPerWeek === null;
    case "exitCost12":
    case "exitCost24":
      return (
        noPeriod(o.signOnBonus, o.signOnForgivenessMonths) || noPeriod(o.relocation, o.relocationForgivenessMonths)
      );
    default:
      return false;
  }
}

const SEED_290 = offerFrom({
  id: "OF-SEED0290",
  employer: "Metro Behavioral",
  ...SEED_TERMS,
});
const SEED_420 = offerFrom({
  id: "OF-SEED0420",
  employer: "Valley Health",
  ...CO_RESIDENT_TERMS,
});

describe("the Compare table's layout", () => {
  it("has one column per metric, headed by its label, after the ID and the offer's name", () => {
    expect([COMPARE_TABLE, COMPARE_SHEET]).toEqual(["Compare", "Compare"]);
    expect(new Set(COMPARE_HEADER).size).toBe(COMPARE_HEADER.length);
    expect(COMPARE_HEADER.slice(0, 3)).toEqual(["ID", "Employer", "Specialty"]);
    expect(COMPARE_HEADER.slice(3)).toEqual(COMPARE_FIGURES.map((m) => m.label));
    for (const c of COMPARE_CALCULATED_COLUMNS)
      if (c.figure) expect(COMPARE_FIGURES.find((m) => m.key === c.figure)?.label).toBe(c.header);
    expect(
      [...COMPARE_DATA_COLUMNS.map((c) => c.header), ...COMPARE_CALCULATED_COLUMNS.map((c) => c.header)].sort(),
    ).toEqual([...COMPARE_HEADER].sort());
  });

  it("charts total compensation by employer from its own columns", () => {
    expect(COMPARE_CHART_SERIES).toEqual(["Employer", "Total comp year 1", "Total comp per year over term"]);
    for (const header of COMPARE_CHART_SERIES) expect(COMPARE_HEADER).toContain(header);
  });

  it("refers only to columns the Offers table has, and reuses its calculated columns", () => {
    const formulas = COMPARE_CALCULATED_COLUMNS.map((c) => c.formula).join("\n");
    const referenced = [...formulas.matchAll(/Offers\[\[(.*?)\]\]|Offers\[([^[\]#]+)\]/g)].map((m) => m[1] ?? m[2]);
    expect(referenced.length).toBeGreaterThan(20);
    for (const header of referenced) expect(OFFERS_HEADER).toContain(header);
    for (const c of CALCULATED_COLUMNS) expect(formulas).toContain(`${OFFERS_TABLE}[[${c.header}]]`);
    expect(formulas).toContain("OFFER.EXITCOST(12,");
    expect(formulas).toContain("OFFER.EXITCOST(24,");
    expect(formulas).toContain("OFFER.HOURLY(");
  });

  it("writes the ID as text and the flag counts as numbers", () => {
    expect(COMPARE_DATA_COLUMNS.map((c) => [c.header, c.numberFormat])).toEqual([
      ["ID", "@"],
      ["Red flags", "0"],
      ["Caution flags", "0"],
    ]);
    const figures = offerFigures(SEED_290, { benchmarks: [] });
    expect(compareRowCells("OF-SEED0290", figures)).toEqual(["OF-SEED0290", figures.redFlags, figures.cautionFlags]);
    expect(compareRowCells("X", { ...figures, redFlags: null })).toEqual(["X", "", figures.cautionFlags]);
  });

  it("never formats a formula column as text, which would keep Excel from calculating it", () => {
    for (const c of COMPARE_CALCULATED_COLUMNS) expect(c.numberFormat).not.toBe("@");
  });
});

describe("the Compare table's calculated columns, evaluated as Excel would", () => {
  it.each<[string, BlankAs]>([
    ["Excel on the web (blank = null)", null],
    ["desktop Excel (blank = 0)", 0],
  ])("show what the pane computes, on %s", (_platform, blankAs) => {
    fc.assert(
      fc.property(
        offersArbitrary(3).filter((offers) => offers.length > 0),
        (offers) => {
          for (const { offer, figures, row } of compareRows(offers, blankAs)) {
            expect(row.Employer).toBe(offer.employer);
            expect(row.Specialty).toBe(offer.specialty);
            for (const { key, label } of COMPARE_FIGURES) {
              const value = figures[key];
              const shown = row[label];
              const context = { offer: offer.id, key, value, shown };
              if (value === null) {
                // Blank where an input is blank; otherwise the formula's error says why there is no answer.
                if (blankInput(key, offer)) expect(context).toEqual({ ...context, shown: "" });
                else
                  expect({ ...context, shown: typeof shown === "object" ? shown.error : shown }).toEqual({
                    ...context,
                    shown: expect.stringMatching(/^#(N\/A|NUM!|VALUE!)$/),
                  });
              } else {
                expect(context).toEqual({ ...context, shown: expect.any(Number) });
                expect(shown as number).toBeCloseTo(value, 6);
                expect(blankInput(key, offer)).toBe(false);
              }
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("give the seed's two offers their numbers, the cost to leave included", () => {
    const [low, high] = compareRows([SEED_290, SEED_420], null).map((r) => r.row);
    expect(low).toMatchObject({
      Employer: "Metro Behavioral",
      "Total comp year 1": 290000,
      Scarcity: 75,
      "Cost to leave at 12 months": 22500,
      "Cost to leave at 24 months": 22500,
    });
    expect(low["Pay per clinical hour"]).toBe("");
    expect(low["wRVU gap"]).toBe("");
    expect(low["Threshold percentile"]).toBe("");
    // $20,000 + $10,000 still owed, a $22,500 tail and a $12,619 move; at 24 months only the last two.
    expect(high).toMatchObject({
      Employer: "Valley Health",
      "Total comp year 1": 480000,
      Scarcity: 100,
      "Cost to leave at 12 months": 65119,
      "Cost to leave at 24 months": 35119,
    });
  });

  it("value the non-compete with the user's own relocation row, as the pane does", () => {
    const withRelocation = [
      ...BENCHMARKS,
      ["All specialties", "Relocation", "", 8000, 10000, 15000, 20000, "My survey", 2025],
    ];
    const [{ figures, row }] = compareRows([SEED_420], 0, withRelocation);
    expect(figures.exitCost12).toBe(30000 + 22500 + 10000);
    expect(row["Cost to leave at 12 months"]).toBe(figures.exitCost12);
  });

  it("explain a missing answer with the Offers table's own error", () => {
    const radiology = offerFrom({
      id: "OF-RADIOL01",
      specialty: "Radiology",
      wrvuThreshold: 5000,
      signOnBonus: 10000,
      signOnForgivenessMonths: 0,
    });
    const [{ row }] = compareRows([radiology], null);
    expect(row["Threshold percentile"]).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Benchmarks table"),
    });
    expect(row["Cost to leave at 12 months"]).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("signOnForgivenessMonths is blank"),
    });
  });
});
