/**
 * The Projection table's live formulas, evaluated as Excel would over an Offers table and a Profile table,
 * give what the core's projectOffer computes, year by year; and a few offers worked by hand from their
 * terms and the 2026 schedules give the same numbers both ways.
 */
import fc from "fast-check";
import { OFFERS_TABLE } from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import { readProfile } from "../../../src/core/profile/read-profile";
import type { CandidateProfile } from "../../../src/core/profile/settings";
import { PROFILE_TABLE } from "../../../src/core/sheets/profile-table";
import { PROJECTION_SPEC, projectionRows } from "../../../src/core/sheets/projection-table";
import { type ProjectionYear, projectOffer, projectionLength } from "../../../src/core/value/projection";
import type { CellResult } from "../../harness/functions/call";
import { type BlankAs, evaluateRowFormula } from "../../harness/functions/excel-formula";
import { offersTable, profileTable } from "../../harness/functions/workbook-tables";
import { profileValues, realisticOffer } from "../../harness/realistic-offers";
import { offerFrom } from "../../harness/offers";

const RUNS = Math.min(200, Number(process.env.ROUND_TRIP_RUNS ?? 120));
const BENCHMARKS = [["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"]];

/** The projection's columns and the core's figure each shows. */
const FIGURES: ReadonlyArray<[string, keyof ProjectionYear]> = [
  ["Wages", "gross"],
  ["Take-home", "takeHome"],
  ["Benefits", "benefits"],
  ["Forgiveness", "forgiveness"],
  ["Buy-in", "buyIn"],
  ["Net", "net"],
  ["Price level", "priceLevel"],
  ["Real value", "realValue"],
  ["Present value", "presentValue"],
];

interface Evaluated {
  offer: Offer;
  core: ProjectionYear[];
  /** The Projection table's rows of this offer, by header, in year order. */
  rows: Record<string, CellResult>[];
}

/** Every Projection row's formulas in column order (later columns read earlier ones), beside projectOffer. */
function evaluate(offers: readonly Offer[], values: ReadonlyMap<string, unknown>, blankAs: BlankAs): Evaluated[] {
  const { profile } = readProfile(values);
  const tables = {
    [OFFERS_TABLE]: offersTable(offers, blankAs, BENCHMARKS),
    [PROFILE_TABLE]: profileTable(values, blankAs),
  };
  const rows = projectionRows(offers, profile).map((written) => {
    const row: Record<string, CellResult> = {};
    for (const [header, cell] of written.cells) row[header] = cell as CellResult;
    for (const c of PROJECTION_SPEC.calculated) row[c.header] = evaluateRowFormula(c.formula, { row, tables, blankAs });
    return row;
  });
  return offers.map((offer) => ({
    offer,
    core: projectOffer(offer, profile),
    rows: rows.filter((r) => r.ID === offer.id),
  }));
}

/** A core number and the cell showing it agree to 1e-6 relative; null is a blank cell or an error. */
function agrees(expected: number | null, shown: CellResult): boolean {
  if (expected === null) return shown === "" || typeof shown === "object";
  return typeof shown === "number" && Math.abs(shown - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

describe("the Projection table's formulas, evaluated as Excel would", () => {
  it.each<[string, BlankAs]>([
    ["Excel on the web (blank = null)", null],
    ["desktop Excel (blank = 0)", 0],
  ])("compute what projectOffer computes, year by year, on %s", (_platform, blankAs) => {
    let numbers = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(realisticOffer, { minLength: 1, maxLength: 2, selector: (o) => o.id }),
        profileValues,
        fc.boolean(),
        (drawn, values, vestAtEnd) => {
          // Contributions that vest in the projection's very last year, the edge of the rule.
          const offers = vestAtEnd
            ? [
                { ...drawn[0], vestingYears: projectionLength(drawn[0], readProfile(values).profile) },
                ...drawn.slice(1),
              ]
            : drawn;
          for (const { offer, core, rows } of evaluate(offers, values, blankAs)) {
            expect(rows.map((r) => r.Year)).toEqual(core.map((y) => y.year));
            for (const [i, year] of core.entries()) {
              expect(rows[i].Employer).toBe(offer.employer);
              for (const [header, key] of FIGURES) {
                const expected = year[key] as number | null;
                const shown = rows[i][header];
                if (typeof shown === "number") numbers++;
                const context = { offer: offer.id, year: year.year, header, expected, shown };
                if (!agrees(expected, shown)) expect(context).toEqual({ ...context, shown: expected ?? "(blank)" });
              }
            }
          }
        },
      ),
      { numRuns: RUNS / 2 },
    );
    expect(numbers).toBeGreaterThan(0);
  });
});

/** One offer's Projection rows (formulas) and projectOffer's years, for the worked examples. */
function projected(terms: Parameters<typeof offerFrom>[0], settings: Record<string, unknown> = {}) {
  const offer = offerFrom({ id: "OF-WORKED22", employer: "Worked example", ...terms });
  const [{ core, rows }] = evaluate([offer], new Map(Object.entries(settings)), null);
  return { core, rows };
}

/** Checks a figure in year `year` both ways: the formula cell and the core agree with the hand-computed value. */
function expectYear(
  { core, rows }: { core: ProjectionYear[]; rows: Record<string, CellResult>[] },
  year: number,
  figures: Partial<Record<string, number>>,
) {
  for (const [header, value] of Object.entries(figures)) {
    const key = FIGURES.find(([h]) => h === header)![1];
    expect({ year, header, formula: rows[year - 1][header] }).toEqual({
      year,
      header,
      formula: expect.closeTo(value!, 2),
    });
    expect({ year, header, core: core[year - 1][key] }).toEqual({ year, header, core: expect.closeTo(value!, 2) });
  }
}

describe("worked examples, computed by hand from the offer's terms", () => {
  it("a salary-only offer in Texas with a sign-on: federal tax and FICA only, real value at Texas prices", () => {
    const p = projected({ baseSalary: 300_000, signOnBonus: 20_000, state: "TX", productivityModel: "salary" });
    // Default profile: single, no pre-tax savings, 5 years, 5% discount.
    expect(p.rows.map((r) => r.Year)).toEqual([1, 2, 3, 4, 5]);
    // Year 1 wages: 300,000 + 20,000 sign-on = 320,000. Taxable: 320,000 − 16,100 standard deduction = 303,900.
    // Federal (single 2026): 10% × 12,400 = 1,240; 12% × 38,000 = 4,560; 22% × 55,300 = 12,166;
    //   24% × 96,075 = 23,058; 32% × 54,450 = 17,424; 35% × (303,900 − 256,225 = 47,675) = 16,686.25 → 75,134.25.
    // Social Security: 6.2% × 184,500 = 11,439. Medicare: 1.45% × 320,000 = 4,640 + 0.9% × 120,000 = 1,080 → 5,720.
    // Texas: no income tax. Take-home: 320,000 − 75,134.25 − 11,439 − 5,720 = 227,706.75.
    // Real value: 227,706.75 × 100 / 97.175 (BEA RPP 2023, Texas) = 234,326.4...; present value ÷ 1.05.
    expectYear(p, 1, {
      Wages: 320_000,
      "Take-home": 227_706.75,
      Benefits: 0,
      Net: 227_706.75,
      "Price level": 97.175,
      "Real value": (227_706.75 * 100) / 97.175,
      "Present value": (227_706.75 * 100) / 97.175 / 1.05,
    });
    // Year 2: 300,000; taxable 283,900; federal 58,448 (through the 32% bracket, as above) + 35% × 27,675
    // = 9,686.25 → 68,134.25; Medicare 4,350 + 900 = 5,250; take-home 300,000 − 68,134.25 − 11,439 − 5,250 = 215,176.75.
    expectYear(p, 2, {
      Wages: 300_000,
      "Take-home": 215_176.75,
      "Present value": (215_176.75 * 100) / 97.175 / 1.05 ** 2,
    });
  });

  it("a two-year guarantee, then production pay (wRVUs × $/wRVU) with a 3% raise", () => {
    const p = projected({
      baseSalary: 250_000,
      productivityModel: "wrvu",
      guaranteeYears: 2,
      expectedWrvus: 6_000,
      dollarsPerWrvu: 50,
      wrvuThreshold: 6_500,
      annualRaise: 3,
      state: "FL",
    });
    // Guarantee years: base, raised; 6,000 expected wRVUs are below the 6,500 threshold, so no bonus.
    expectYear(p, 1, { Wages: 250_000 }); // 250,000 × 1.03^0
    expectYear(p, 2, { Wages: 257_500 }); // 250,000 × 1.03
    // After the guarantee: 6,000 × $50 = 300,000, raised as salary is: × 1.03^2 = 1.0609 → 318,270.
    expectYear(p, 3, { Wages: 318_270 });
    // × 1.03^3 = 1.092727 → 327,818.10.
    expectYear(p, 4, { Wages: 327_818.1 });
  });

  it("a partner track: partner income from year 3, a buy-in spread over 2 years", () => {
    const p = projected({
      baseSalary: 300_000,
      productivityModel: "salary",
      partnershipYears: 2,
      partnershipBuyIn: 100_000,
      buyInYears: 2,
      partnerIncome: 500_000,
      state: "TX",
    });
    expectYear(p, 2, { Wages: 300_000, "Buy-in": 0 });
    // Year 3: partner (year > 2-year track): 500,000; buy-in 100,000 / 2 = 50,000 in years 3 and 4.
    // Taxable 500,000 − 16,100 = 483,900; federal 58,448 + 35% × (483,900 − 256,225 = 227,675) = 79,686.25 → 138,134.25.
    // Social Security 11,439; Medicare 1.45% × 500,000 = 7,250 + 0.9% × 300,000 = 2,700 → 9,950.
    // Take-home: 500,000 − 138,134.25 − 11,439 − 9,950 = 340,476.75; net: 340,476.75 − 50,000 = 290,476.75.
    expectYear(p, 3, { Wages: 500_000, "Take-home": 340_476.75, "Buy-in": 50_000, Net: 290_476.75 });
    expectYear(p, 4, { Wages: 500_000, "Buy-in": 50_000, Net: 290_476.75 });
    expectYear(p, 5, { Wages: 500_000, "Buy-in": 0, Net: 340_476.75 });
  });

  it("a non-governmental 457(b) contribution counts at 80%, within the 457(b) limit left after your own savings", () => {
    const p = projected(
      {
        baseSalary: 300_000,
        productivityModel: "salary",
        retirementMatch: 10,
        retirementPlan: "457b nongovernment",
        vestingYears: 0,
        cmeAllowance: 2_000,
        state: "TX",
      },
      { "Pre-tax savings per year": 10_000 },
    );
    // 10% × 300,000 = 30,000, capped by the 457(b) limit left: 24,500 − 10,000 = 14,500; × 80% = 11,600; + CME 2,000.
    expectYear(p, 1, { Benefits: 13_600 });
    // Take-home: taxable 300,000 − 10,000 − 16,100 = 273,900; federal 58,448 + 35% × 17,675 = 6,186.25 → 64,634.25;
    // Social Security 11,439; Medicare 4,350 + 900 = 5,250; 300,000 − 10,000 saved − 81,323.25 = 208,676.75.
    expectYear(p, 1, { "Take-home": 208_676.75, Net: 208_676.75 + 13_600 });
  });

  it("a contribution that vests after the projection's last year is not counted; one that vests within it is", () => {
    const terms = {
      baseSalary: 300_000,
      productivityModel: "salary" as const,
      retirementMatch: 5,
      retirementPlan: "401k" as const,
      vestingYears: 6,
      healthPremium: 8_000,
      state: "TX",
    };
    // 5 years projected (the default; no term given): vesting after 6 years never happens, so only the premium.
    const short = projected(terms);
    for (const year of [1, 2, 3, 4, 5]) expectYear(short, year, { Benefits: 8_000 });
    // 6 years projected: 5% × 300,000 = 15,000 (under the 72,000 annual additions limit) + 8,000 every year.
    const long = projected(terms, { "Projection years": 6 });
    for (const year of [1, 6]) expectYear(long, year, { Benefits: 23_000 });
  });
});

describe("the profile the formulas read", () => {
  // A typed 0 is a value, not a blank: "In use" shows 0, so the core must discount at 0% too, not at the 5% default.
  it("takes a typed 0% discount rate as 0%, as the formulas do", () => {
    const offer = offerFrom({ id: "OF-WORKED22", baseSalary: 300_000, state: "TX" });
    const values = new Map<string, unknown>([["Discount rate %", 0]]);
    const [{ core, rows }] = evaluate([offer], values, null);
    // At 0% the present value is the real value itself, in the grid…
    expect(rows[0]["Present value"]).toBeCloseTo(rows[0]["Real value"] as number, 6);
    // …and in the core.
    expect(core[0].presentValue).toBeCloseTo(core[0].realValue!, 6);
  });

  it("is the profile readProfile reads from the same values", () => {
    const values = new Map<string, unknown>([
      ["Filing status", "married"],
      ["Projection years", 3],
    ]);
    const table = profileTable(values, null);
    const inUse = table[0].indexOf("In use");
    const byName = new Map(table.slice(1).map((r) => [r[0], r[inUse]]));
    const profile: CandidateProfile = readProfile(values).profile;
    expect(byName.get("Filing status")).toBe("married");
    expect(profile.filingStatus).toBe("married");
    expect(byName.get("Projection years")).toBe(3);
    expect(byName.get("Discount rate %")).toBe(5);
  });
});
