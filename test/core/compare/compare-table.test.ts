/**
 * The Compare table: its layout, and its live formulas evaluated as Excel would over the Offers, Profile
 * and Projection tables, which give what the pane's offerFigures computes for random offers and profiles,
 * and the seed's two offers' numbers worked by hand from the 2026 schedules and BEA's price parities.
 */
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
import { COMPARE_FIGURES, type FigureKey, type OfferFigures, offerFigures } from "../../../src/core/compare/figures";
import { CALCULATED_COLUMNS, OFFERS_HEADER, OFFERS_TABLE } from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import { readProfile } from "../../../src/core/profile/read-profile";
import { headerOf } from "../../../src/core/sheets/derived-table";
import { PROJECTION_SPEC, PROJECTION_TABLE } from "../../../src/core/sheets/projection-table";
import type { CellResult } from "../../harness/functions/call";
import { type BlankAs, evaluateRowFormula } from "../../harness/functions/excel-formula";
import { CO_RESIDENT_TERMS, SEED_TERMS, offerFrom } from "../../harness/offers";
import { workbookTables } from "../../harness/functions/workbook-tables";
import { profileValues, realisticOffers } from "../../harness/realistic-offers";

const RUNS = Math.min(200, Number(process.env.ROUND_TRIP_RUNS ?? 100));
const HEADER = ["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"];
const BENCHMARKS = [
  HEADER,
  ["Psychiatry", "wRVU", "", 3500, 4200, 5000, 6000, "My survey", 2024],
  ["Family Medicine", "wRVU", "", 3695, 4763, 5887, 7342, "", ""],
];
const NO_PROFILE = new Map<string, unknown>();

/** Each offer's Compare row as Excel would compute it, by header, beside the figures the pane computes. */
function compareRows(
  offers: readonly Offer[],
  blankAs: BlankAs,
  {
    benchmarks = BENCHMARKS,
    values = NO_PROFILE,
  }: { benchmarks?: unknown[][]; values?: ReadonlyMap<string, unknown> } = {},
): { offer: Offer; figures: OfferFigures; row: Record<string, CellResult> }[] {
  const context = { benchmarks: parseBenchmarks(benchmarks).rows, profile: readProfile(values).profile };
  const tables = workbookTables(offers, values, blankAs, benchmarks);
  return offers.map((offer) => {
    const figures = offerFigures(offer, context);
    const data = compareRowCells(offer.id, figures);
    const row: Record<string, CellResult> = Object.fromEntries(COMPARE_DATA_COLUMNS.map((c, i) => [c.header, data[i]]));
    for (const c of COMPARE_CALCULATED_COLUMNS) row[c.header] = evaluateRowFormula(c.formula, { row, tables, blankAs });
    return { offer, figures, row };
  });
}

/**
 * The figures read from the Projection: the core has no number for them when the offer has no state or
 * area (the grid shows a blank) or when OFFER.TAKEHOME or OFFER.PRICELEVEL refuses one (the grid shows
 * that error), so a null may be either.
 */
const REAL_FIGURES = new Set<FigureKey>([
  "realTakeHomeYear1",
  "multiYearValue",
  "takeHomeYear1",
  "priceLevel",
  "payPerClinicalHour",
  "payPerClinicalDay",
  "keptAt12",
  "keptAt24",
]);

/** For the other figures: true when the offer leaves blank an input the figure's column shows as a blank cell. */
function blankInput(key: FigureKey, o: Offer): boolean {
  const noPeriod = (amount: number | null, months: number | null) => amount !== null && amount > 0 && months === null;
  switch (key) {
    case "wrvuGap":
      return o.wrvuThreshold === null || o.expectedWrvus === null;
    case "thresholdPercentile":
      return o.wrvuThreshold === null;
    case "exitCost12":
    case "exitCost24":
      return (
        noPeriod(o.signOnBonus, o.signOnForgivenessMonths) || noPeriod(o.relocation, o.relocationForgivenessMonths)
      );
    default:
      return false;
  }
}

/** A core number and the cell showing it agree to 1e-6 relative. */
function agrees(expected: number, shown: CellResult): boolean {
  return typeof shown === "number" && Math.abs(shown - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

/** The seed's $290,000 offer, placed in Illinois (a flat-rate income tax). */
const SEED_290 = offerFrom({ id: "OF-SEED0290", employer: "Metro Behavioral", ...SEED_TERMS, state: "IL" });
/** The co-resident's $420,000 offer, placed in rural Texas (no income tax). */
const SEED_420 = offerFrom({ id: "OF-SEED0420", employer: "Valley Health", ...CO_RESIDENT_TERMS, state: "TX" });

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

  it("leads with real value, and labels nominal pay as such", () => {
    expect(COMPARE_HEADER.slice(3, 7)).toEqual([
      "Real take-home year 1",
      "Multi-year value (real, today's dollars)",
      "Take-home year 1",
      "Price level (US = 100)",
    ]);
    expect(COMPARE_HEADER).toContain("Total comp year 1 (nominal)");
    expect(COMPARE_HEADER).toContain("Total comp per year over term (nominal)");
  });

  it("charts real value by employer from its own columns", () => {
    expect(COMPARE_CHART_SERIES).toEqual([
      "Employer",
      "Real take-home year 1",
      "Multi-year value (real, today's dollars)",
    ]);
    for (const header of COMPARE_CHART_SERIES) expect(COMPARE_HEADER).toContain(header);
  });

  it("refers only to columns the Offers and Projection tables have, and reuses the Offers table's calculated columns", () => {
    const formulas = COMPARE_CALCULATED_COLUMNS.map((c) => c.formula).join("\n");
    const columnsOf = (table: string) =>
      [...formulas.matchAll(new RegExp(`${table}\\[\\[(.*?)\\]\\]|${table}\\[([^[\\]#]+)\\]`, "g"))].map(
        (m) => m[1] ?? m[2],
      );
    const offersColumns = columnsOf(OFFERS_TABLE);
    expect(offersColumns.length).toBeGreaterThan(20);
    for (const header of offersColumns) expect(OFFERS_HEADER).toContain(header);
    for (const c of CALCULATED_COLUMNS) expect(formulas).toContain(`${OFFERS_TABLE}[[${c.header}]]`);
    const projectionColumns = columnsOf(PROJECTION_TABLE);
    expect(new Set(projectionColumns)).toEqual(new Set(["Take-home", "Price level", "Key", "ID", "Present value"]));
    for (const header of projectionColumns) expect(headerOf(PROJECTION_SPEC)).toContain(header);
    expect(formulas).toContain("OFFER.EXITCOST(12,");
    expect(formulas).toContain("OFFER.EXITCOST(24,");
    expect(formulas).toContain("OFFER.HOURLY(");
    expect(formulas).toContain('[@ID]&"/1"');
    expect(formulas).toContain('[@ID]&"/2"');
    expect(formulas).toContain("SUMIFS(Projection[Present value],Projection[ID],[@ID])");
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
  ])("show what the pane computes for random offers and profiles, on %s", (_platform, blankAs) => {
    // Every figure must be seen as a number in some run, so no column passes by being blank throughout.
    const numbers = new Map<FigureKey, number>(COMPARE_FIGURES.map((f) => [f.key, 0]));
    fc.assert(
      fc.property(realisticOffers(3), profileValues, (offers, values) => {
        for (const { offer, figures, row } of compareRows(offers, blankAs, { values })) {
          expect(row.Employer).toBe(offer.employer);
          expect(row.Specialty).toBe(offer.specialty);
          for (const { key, label } of COMPARE_FIGURES) {
            const value = figures[key];
            const shown = row[label];
            const context = { offer: offer.id, key, value, shown };
            if (value !== null) {
              if (!agrees(value, shown)) expect(context).toEqual({ ...context, shown: value });
              expect({ ...context, blankInput: blankInput(key, offer) }).toEqual({ ...context, blankInput: false });
              numbers.set(key, numbers.get(key)! + 1);
            } else if (REAL_FIGURES.has(key)) {
              // No number: a blank cell or the formula's error, never a number.
              if (shown !== "" && typeof shown !== "object") expect(context).toEqual({ ...context, shown: "(blank)" });
            } else if (blankInput(key, offer)) {
              expect(context).toEqual({ ...context, shown: "" });
            } else {
              // Otherwise the formula's error says why there is no answer.
              expect({ ...context, shown: typeof shown === "object" ? shown.error : shown }).toEqual({
                ...context,
                shown: expect.stringMatching(/^#(N\/A|NUM!|VALUE!)$/),
              });
            }
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    const neverShown = [...numbers].filter(([, n]) => n === 0).map(([key]) => key);
    expect(neverShown).toEqual([]);
  });

  it("give each offer its own multi-year value when several offers share the Projection table", () => {
    // Same pay in the same place, so every year's present value is the same; a longer horizon adds years.
    const terms = { baseSalary: 300_000, productivityModel: "salary", state: "TX" };
    const a = offerFrom({ id: "OF-AAAAAAA2", ...terms });
    const b = offerFrom({ id: "OF-BBBBBBB2", ...terms, termYears: 7 });
    const c = offerFrom({ id: "OF-CCCCCCC2", baseSalary: 300_000 });
    const [ra, rb, rc] = compareRows([a, b, c], null).map((r) => r.row);
    const label = "Multi-year value (real, today's dollars)";
    // Texas, single, 2026. Federal: taxable 300,000 − 16,100 = 283,900; 58,448 + 35% × (283,900 − 256,225 = 27,675) = 9,686.25 → 68,134.25.
    // Social Security 11,439; Medicare 1.45% × 300,000 = 4,350 + 0.9% × 100,000 = 900 → 5,250.
    // Take-home 300,000 − 68,134.25 − 11,439 − 5,250 = 215,176.75; real at Texas's 97.175: × 100 / 97.175.
    const real = (215_176.75 * 100) / 97.175;
    const presentValue = (years: number) =>
      Array.from({ length: years }, (_, i) => real / 1.05 ** (i + 1)).reduce((s, v) => s + v, 0);
    // A: the default 5 years at 5%. B: a 7-year term makes 7 years. C has no state: no take-home, a blank.
    expect(ra[label]).toBeCloseTo(presentValue(5), 4);
    expect(rb[label]).toBeCloseTo(presentValue(7), 4);
    expect(rc[label]).toBe("");
    expect(rc["Real take-home year 1"]).toBe("");
  });

  it("give the seed's two offers their numbers, worked by hand, the cost to leave included", () => {
    const [low, high] = compareRows([SEED_290, SEED_420], null).map((r) => r.row);
    // $290,000 in Illinois, single, 2026. Federal: taxable 290,000 − 16,100 standard deduction = 273,900;
    //   10% × 12,400 = 1,240; 12% × 38,000 = 4,560; 22% × 55,300 = 12,166; 24% × 96,075 = 23,058;
    //   32% × 54,450 = 17,424; 35% × (273,900 − 256,225 = 17,675) = 6,186.25 → 64,634.25.
    //   (Illinois's 14,355 is below the 16,100 standard deduction, so itemizing does not change it.)
    // Social Security 6.2% × 184,500 = 11,439. Medicare 1.45% × 290,000 = 4,205 + 0.9% × 90,000 = 810 → 5,015.
    // Illinois: AGI 290,000 > 250,000, so no exemption; 4.95% × 290,000 = 14,355.
    // Take-home: 290,000 − 64,634.25 − 11,439 − 5,015 − 14,355 = 194,556.75.
    // Price level: no city or price area, so Illinois's 98.855 (BEA RPP 2023).
    const lowTakeHome = 194_556.75;
    const lowReal = (lowTakeHome * 100) / 98.855;
    // No raise, no benefits, no loans: every year of the default 5 is the same, discounted at 5%.
    const annuity5 = [1, 2, 3, 4, 5].reduce((s, y) => s + 1 / 1.05 ** y, 0); // 4.3294766...
    expect(low).toMatchObject({
      Employer: "Metro Behavioral",
      "Take-home year 1": expect.closeTo(lowTakeHome, 4),
      "Price level (US = 100)": 98.855,
      "Real take-home year 1": expect.closeTo(lowReal, 4),
      "Multi-year value (real, today's dollars)": expect.closeTo(lowReal * annuity5, 4),
      "Total comp year 1 (nominal)": 290000,
      // Psychiatry 95 + Illinois's HRSA need 5 × log2(2.3 ÷ 1.9) = 1.38 → 1, saturated metro −20: 76.
      Scarcity: 76,
      "Cost to leave at 12 months": 22500,
      "Cost to leave at 24 months": 22500,
      // Kept: take-home received by then less the cost to leave, at Illinois prices.
      "Kept if you leave at 12 months (real)": expect.closeTo(((lowTakeHome - 22_500) * 100) / 98.855, 4),
      "Kept if you leave at 24 months (real)": expect.closeTo(((2 * lowTakeHome - 22_500) * 100) / 98.855, 4),
    });
    // No weekly hours or clinical days: no rate per hour or day. No wRVU terms: no gap or percentile.
    expect(low["Real take-home per hour worked"]).toBe("");
    expect(low["Real take-home per clinical day"]).toBe("");
    expect(low["wRVU gap"]).toBe("");
    expect(low["Threshold percentile"]).toBe("");

    // $420,000 + $40,000 sign-on + $20,000 relocation = 480,000 in year 1, rural Texas, single, 2026.
    // Federal: taxable 480,000 − 16,100 = 463,900; 58,448 through the 32% bracket (the sum above without the
    //   35% line) + 35% × (463,900 − 256,225 = 207,675) = 72,686.25 → 131,134.25.
    // Social Security 11,439. Medicare 1.45% × 480,000 = 6,960 + 0.9% × 280,000 = 2,520 → 9,480. Texas: none.
    // Take-home: 480,000 − 131,134.25 − 11,439 − 9,480 = 327,946.75.
    // Year 2 on: 420,000; taxable 403,900; federal 58,448 + 35% × 147,675 = 51,686.25 → 110,134.25;
    //   Medicare 6,090 + 0.9% × 220,000 = 1,980 → 8,070; take-home 420,000 − 110,134.25 − 11,439 − 8,070 = 290,356.75.
    // Price level: a rural market prices "rural" Texas; no BEA figure ships for Texas's nonmetropolitan part,
    //   so Texas's 97.175 stands in.
    const highYear1 = 327_946.75;
    const highLater = 290_356.75;
    const highReal = (highYear1 * 100) / 97.175;
    const highMultiYear = ((highYear1 / 1.05 + highLater * (annuity5 - 1 / 1.05)) * 100) / 97.175;
    // $20,000 + $10,000 still owed, a $22,500 tail and the non-compete: 15 miles, blank scope (every site,
    // ×2), rural (×2.5) = 75 miles; $12,619 × (1 − e^(−3.75) = 0.976482) × 2 years = $24,644 (exit-cost.ts).
    // 12 months: 30,000 + 22,500 + 24,644 = 77,144; at 24 months only the last two: 47,144.
    expect(high).toMatchObject({
      Employer: "Valley Health",
      "Take-home year 1": expect.closeTo(highYear1, 4),
      "Price level (US = 100)": 97.175,
      "Real take-home year 1": expect.closeTo(highReal, 4),
      "Multi-year value (real, today's dollars)": expect.closeTo(highMultiYear, 4),
      "Total comp year 1 (nominal)": 480000,
      Scarcity: 100,
      "Cost to leave at 12 months": 77144,
      "Cost to leave at 24 months": 47144,
      "Kept if you leave at 12 months (real)": expect.closeTo(((highYear1 - 77_144) * 100) / 97.175, 4),
      "Kept if you leave at 24 months (real)": expect.closeTo(((highYear1 + highLater - 47_144) * 100) / 97.175, 4),
    });
  });

  it("give real take-home per hour worked and per clinical day, weeks from PTO days when weeks are blank", () => {
    const offer = offerFrom({
      id: "OF-HOURS222",
      ...SEED_TERMS,
      state: "IL",
      hoursPerWeek: 50,
      callHoursPerShift: 12,
      ptoDays: 30,
      clinicalDaysPerWeek: 4,
    });
    const [{ row }] = compareRows([offer], 0);
    // Real take-home 194,556.75 × 100 / 98.855 (above). Weeks: 52 − 30 / 5 = 46.
    // Hours: 50 × 46 + 4 call shifts × 12 months × 12 h = 2,300 + 576 = 2,876. Days: 4 × 46 = 184.
    const real = (194_556.75 * 100) / 98.855;
    expect(row["Real take-home per hour worked"]).toBeCloseTo(real / 2_876, 6);
    expect(row["Real take-home per clinical day"]).toBeCloseTo(real / 184, 6);
  });

  it("value the non-compete with the user's own relocation row, as the pane does", () => {
    const withRelocation = [
      ...BENCHMARKS,
      ["All specialties", "Relocation", "", 8000, 10000, 15000, 20000, "My survey", 2025],
    ];
    const [{ figures, row }] = compareRows([SEED_420], 0, { benchmarks: withRelocation });
    // The row's P50 $10,000 × (1 − e^(−75/20) = 0.976482) × 2 years = 19,529.65 → $19,530.
    expect(figures.exitCost12).toBe(30000 + 22500 + 19530);
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
