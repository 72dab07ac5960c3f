/**
 * OFFER.TAKEHOME, OFFER.TAX, OFFER.PRICELEVEL and OFFER.PSLF as Excel calls them: each error with what its
 * message says, a few values worked by hand from the published figures in the core's data files, and blank
 * cells read alike whether Excel passes them as null (the web) or 0 (desktop).
 */
import fc from "fast-check";
import { priceLevelFormula, pslfFormula, takeHomeFormula, taxFormula } from "../../src/functions/functions";
import { type CellResult, cell } from "../harness/functions/call";
import { evaluateFormula } from "../harness/functions/excel-formula";

const NONPROFIT = "Nonprofit 501(c)(3)";
const PARTS = ["federal", "state", "state payroll", "social security", "medicare", "local"] as const;

/** The cell's number; fails the test on an error, so a later toBeCloseTo compares numbers. */
function value(result: CellResult): number {
  if (typeof result !== "number") throw new Error(`expected a number, got ${JSON.stringify(result)}`);
  return result;
}

describe("OFFER.TAKEHOME", () => {
  it("works a Texas single filer's $300,000 from the 2026 federal schedule", () => {
    // Taxable 300,000 − 16,100 = 283,900:
    // 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 35% × 27,675 (9,686.25) = 68,134.25 federal.
    // Social Security 6.2% × 184,500 = 11,439; Medicare 1.45% × 300,000 = 4,350 + 0.9% × 100,000 = 900.
    // 300,000 − 68,134.25 − 11,439 − 4,350 − 900 = 215,176.75
    expect(value(cell(takeHomeFormula, 300_000, "TX"))).toBeCloseTo(215_176.75, 6);
  });

  it("reads the state as a code, a name, the Offers table's label or in any case", () => {
    const tx = cell(takeHomeFormula, 300_000, "TX");
    for (const state of ["Texas", "TX \u00b7 Texas", "texas", " tx "])
      expect(cell(takeHomeFormula, 300_000, state)).toBe(tx);
  });

  it("works California with its brackets, exemption credit, SDI and the itemized SALT deduction", () => {
    // State: taxable 300,000 − 5,706 = 294,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56
    // + 9.3% × (294,294 − 72,724) (20,606.01) = 23,807.98; credit 153 − 6 × ceil(47,797 / 2,500) = 33 → 23,774.98.
    // SDI 1.3% × 300,000 = 3,900, itemized with the state tax (Schedule A counts it as state income tax):
    // SALT 27,674.98 (< the 40,400 cap, > 16,100) → taxable 272,325.02 → 58,448 + 35% × 16,100.02 = 64,083.007.
    // 300,000 − 64,083.007 − 23,774.98 − 3,900 − 11,439 − 5,250 = 191,553.013
    expect(value(cell(takeHomeFormula, 300_000, "CA"))).toBeCloseTo(191_553.013, 6);
  });

  it("takes married filing jointly and the $250,000 Additional Medicare threshold", () => {
    // Taxable 300,000 − 32,200 = 267,800: 2,480 + 9,120 + 24,332 + 24% × 56,400 (13,536) = 49,468.
    // Medicare 4,350 + 0.9% × 50,000 = 4,800. 300,000 − 49,468 − 11,439 − 4,800 = 234,293
    expect(value(cell(takeHomeFormula, 300_000, "TX", "married"))).toBeCloseTo(234_293, 6);
    expect(cell(takeHomeFormula, 300_000, "TX", "married filing jointly")).toBe(
      cell(takeHomeFormula, 300_000, "TX", "married"),
    );
  });

  it("takes a pre-tax deferral off income tax but not FICA, and out of take-home", () => {
    // Taxable 300,000 − 24,500 − 16,100 = 259,400 → 58,448 + 35% × 3,175 = 59,559.25.
    // 300,000 − 24,500 − 59,559.25 − 11,439 − 5,250 = 199,251.75
    expect(value(cell(takeHomeFormula, 300_000, "TX", "", 24_500))).toBeCloseTo(199_251.75, 6);
  });

  it("reads every blank optional argument alike as null, 0 or omitted", () => {
    const omitted = cell(takeHomeFormula, 300_000, "CA");
    expect(cell(takeHomeFormula, 300_000, "CA", null, null, null, null)).toBe(omitted);
    expect(cell(takeHomeFormula, 300_000, "CA", 0, 0, 0, 0)).toBe(omitted);
    expect(cell(takeHomeFormula, 300_000, "CA", "", "", "", "")).toBe(omitted);
    // Year blank and 2026 are the same year.
    expect(cell(takeHomeFormula, 300_000, "CA", null, null, 2026)).toBe(omitted);
  });

  it("reads a blank gross as 0 wages: no tax, nothing to take home", () => {
    expect(cell(takeHomeFormula, null, "TX")).toBe(0);
    expect(cell(takeHomeFormula, 0, "TX")).toBe(0);
  });

  it("gives #NUM! for negative or infinite wages, a deferral above $24,500 or above gross, and a local rate above 20%", () => {
    expect(cell(takeHomeFormula, -1, "TX")).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, Infinity, "TX")).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, 300_000, "TX", "", 24_501)).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, 300_000, "TX", "", -1)).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, 20_000, "TX", "", 24_000)).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, 300_000, "TX", "", 0, 0, 25)).toEqual({ error: "#NUM!" });
    expect(cell(takeHomeFormula, 300_000, "TX", "", 0, 0, -1)).toEqual({ error: "#NUM!" });
  });

  it('gives #N/A for an unknown state, with "Did you mean"', () => {
    expect(cell(takeHomeFormula, 300_000, "Calfornia")).toEqual({
      error: "#N/A",
      message: expect.stringContaining("Did you mean CA (California)"),
    });
    expect(cell(takeHomeFormula, 300_000, "Ontario")).toMatchObject({ error: "#N/A" });
  });

  it("gives #N/A for a blank state, on desktop and on the web", () => {
    for (const blank of [null, 0, ""]) {
      expect(cell(takeHomeFormula, 300_000, blank)).toEqual({
        error: "#N/A",
        message: expect.stringContaining("state is blank"),
      });
    }
  });

  it("gives #N/A naming 2026 for any other tax year", () => {
    for (const year of [2025, 2027]) {
      expect(cell(takeHomeFormula, 300_000, "TX", "", 0, year)).toEqual({
        error: "#N/A",
        message: expect.stringContaining("2026"),
      });
    }
  });

  it("gives #VALUE! for an unknown filing status and for text where wages belong", () => {
    expect(cell(takeHomeFormula, 300_000, "TX", "widowed")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("Filing status"),
    });
    expect(cell(takeHomeFormula, "lots", "TX")).toMatchObject({ error: "#VALUE!" });
    expect(cell(takeHomeFormula, 300_000, 48)).toMatchObject({ error: "#VALUE!" });
  });
});

describe("OFFER.TAX", () => {
  it("gives California's parts, which add up with take-home to the wages", () => {
    // The same hand-worked case as TAKEHOME(300000, "CA") above.
    const part = (name: string) => value(cell(taxFormula, 300_000, "CA", name));
    expect(part("federal")).toBeCloseTo(64_083.007, 6);
    expect(part("state")).toBeCloseTo(23_774.98, 6);
    expect(part("state payroll")).toBeCloseTo(3_900, 6); // SDI 1.3% × 300,000
    expect(part("social security")).toBeCloseTo(11_439, 6); // 6.2% × 184,500
    expect(part("medicare")).toBeCloseTo(5_250, 6); // 4,350 + 900
    expect(part("local")).toBe(0);
    const total = PARTS.reduce((sum, name) => sum + part(name), 0);
    expect(total + value(cell(takeHomeFormula, 300_000, "CA"))).toBeCloseTo(300_000, 6);
  });

  it("works head of household from its own brackets", () => {
    // Taxable 300,000 − 24,150 = 275,850: 1,770 + 5,970 + 8,415 + 23,052 + 17,424 + 35% × 19,650 (6,877.50)
    // = 63,508.50, which passes through the Rev. Proc.'s quoted bases 16,155, 39,207 and 56,631.
    for (const status of ["head of household", "hoh", "head"]) {
      expect(value(cell(taxFormula, 300_000, "TX", "federal", status))).toBeCloseTo(63_508.5, 6);
    }
  });

  it("charges a local rate in percent on gross wages", () => {
    // 3.75% × 300,000 = 11,250, whatever the deferral.
    expect(value(cell(taxFormula, 300_000, "PA", "local", "", 0, 0, 3.75))).toBeCloseTo(11_250, 6);
    expect(value(cell(taxFormula, 300_000, "PA", "local", "", 24_500, 0, 3.75))).toBeCloseTo(11_250, 6);
  });

  it("reads a part in any case and spacing, and a state without levies as 0 state payroll", () => {
    expect(cell(taxFormula, 300_000, "CA", "  Social   Security ")).toBe(
      cell(taxFormula, 300_000, "CA", "social security"),
    );
    expect(cell(taxFormula, 300_000, "Texas", "state payroll")).toBe(0);
    expect(cell(taxFormula, 300_000, "Texas", "state")).toBe(0);
  });

  it("reads blank optional arguments alike as null or 0", () => {
    expect(cell(taxFormula, 300_000, "CA", "federal", null, null, null, null)).toBe(
      cell(taxFormula, 300_000, "CA", "federal", 0, 0, 0, 0),
    );
  });

  it("gives #VALUE! for an unknown or blank part, listing the parts", () => {
    for (const part of ["sales", "fica", null, 0]) {
      expect(cell(taxFormula, 300_000, "CA", part)).toEqual({
        error: "#VALUE!",
        message: expect.stringContaining('"state payroll"'),
      });
    }
  });

  it("gives the errors TAKEHOME gives for its shared arguments", () => {
    expect(cell(taxFormula, -5, "CA", "federal")).toEqual({ error: "#NUM!" });
    expect(cell(taxFormula, 300_000, "CA", "federal", "", 30_000)).toEqual({ error: "#NUM!" });
    expect(cell(taxFormula, 300_000, "Calfornia", "federal")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Did you mean"),
    });
    expect(cell(taxFormula, 300_000, "CA", "federal", "", 0, 2025)).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("2026"),
    });
  });
});

describe("OFFER.PRICELEVEL", () => {
  it("gives BEA's 2023 all-items figures for a metro by its city and a state in any form", () => {
    expect(cell(priceLevelFormula, "San Jose")).toBe(112.867); // San Jose-Sunnyvale-Santa Clara, CA
    expect(cell(priceLevelFormula, "San Jose-Sunnyvale-Santa Clara, CA")).toBe(112.867);
    for (const state of ["TX", "Texas", "TX \u00b7 Texas", "texas"])
      expect(cell(priceLevelFormula, state)).toBe(97.175);
    expect(cell(priceLevelFormula, "California")).toBe(112.581);
  });

  it("falls back to the state given for an area Leverage does not ship, a blank area and 'rural'", () => {
    expect(cell(priceLevelFormula, "Katy", "TX")).toBe(97.175);
    expect(cell(priceLevelFormula, "rural", "Texas")).toBe(97.175);
    expect(cell(priceLevelFormula, null, "TX")).toBe(97.175);
    expect(cell(priceLevelFormula, 0, "TX")).toBe(97.175);
    expect(cell(priceLevelFormula, "", "TX")).toBe(97.175);
  });

  it("keeps a known area's own figure when a state is given too", () => {
    expect(cell(priceLevelFormula, "San Jose", "CA")).toBe(112.867);
  });

  it("reads a blank state alike as null, 0 or omitted", () => {
    expect(cell(priceLevelFormula, "San Jose", null)).toBe(112.867);
    expect(cell(priceLevelFormula, "San Jose", 0)).toBe(112.867);
  });

  it("gives real value as plain Excel arithmetic: amount × 100 ÷ price level", () => {
    // 300,000 × 100 ÷ 112.867 = 265,799.57; 300,000 × 100 ÷ 97.175 = 308,721.38
    expect(value(evaluateFormula('=300000 * 100 / OFFER.PRICELEVEL("San Jose")'))).toBeCloseTo(265_799.57, 2);
    expect(value(evaluateFormula('=300000 * 100 / OFFER.PRICELEVEL("Katy", "TX")'))).toBeCloseTo(308_721.38, 2);
  });

  it("gives #VALUE! for a blank area without a state, on desktop and on the web", () => {
    for (const blank of [null, 0, "", "   "]) {
      expect(cell(priceLevelFormula, blank)).toEqual({ error: "#VALUE!", message: expect.stringContaining("blank") });
    }
  });

  it('gives #N/A for an unknown area, with "Did you mean" when one is close', () => {
    expect(cell(priceLevelFormula, "San Jsoe")).toEqual({
      error: "#N/A",
      message: expect.stringContaining("Did you mean"),
    });
    expect(cell(priceLevelFormula, "Atlantis")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Unknown area"),
    });
  });

  it("gives #N/A for 'rural' without a state and for an unknown fallback state", () => {
    expect(cell(priceLevelFormula, "rural")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("state"),
    });
    expect(cell(priceLevelFormula, "Katy", "Calfornia")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Unknown state"),
    });
  });

  it("gives #VALUE! for a number where a name belongs", () => {
    expect(cell(priceLevelFormula, 112)).toMatchObject({ error: "#VALUE!" });
    expect(cell(priceLevelFormula, "Katy", 48)).toMatchObject({ error: "#VALUE!" });
  });
});

describe("OFFER.PSLF", () => {
  // $300,000 at 6.5%: interest 300,000 × 6.5% ÷ 12 = $1,625 a month. 36 payments made, 84 remain.
  const nonprofit = (...rest: unknown[]) => cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, ...rest);

  it("RAP below the interest: waived interest and the $50 principal match", () => {
    // RAP: AGI above 100,000 pays 10%: 150,000 × 10% ÷ 12 = 1,250 < 1,625, so principal falls $50 a month:
    // 300,000 − 84 × 50 = 295,800 forgiven, in job year 84 ÷ 12 = 7.
    expect(value(nonprofit("RAP", 150_000))).toBeCloseTo(295_800, 6);
    expect(nonprofit("RAP", 150_000, null, null, null, "year")).toBe(7);
    expect(nonprofit("RAP", 150_000, null, null, null, "amount")).toBe(nonprofit("RAP", 150_000));
  });

  it("RAP at 0% interest: every dollar paid is principal, less $50 a month per dependent", () => {
    // 1,250 × 84 = 105,000 paid → 195,000 forgiven; two dependents: (1,250 − 100) × 84 = 96,600 → 203,400.
    expect(value(cell(pslfFormula, NONPROFIT, 300_000, 0, 36, "RAP", 150_000))).toBeCloseTo(195_000, 6);
    expect(value(cell(pslfFormula, NONPROFIT, 300_000, 0, 36, "RAP", 150_000, 0, 2))).toBeCloseTo(203_400, 6);
  });

  it("RAP with AGI growing 10% a year: each job year's payment uses that year's AGI", () => {
    // Year k pays 12 × 1,250 × 1.1^(k−1); seven years: 15,000 × (1.1^7 − 1) ÷ 0.1 = 142,307.565.
    // 300,000 − 142,307.565 = 157,692.435
    expect(value(cell(pslfFormula, NONPROFIT, 300_000, 0, 36, "RAP", 150_000, 10))).toBeCloseTo(157_692.435, 4);
  });

  it("IBR: 10% of AGI above 150% of the 2026 poverty guideline, unpaid interest not capitalised", () => {
    // Single, family of 1: (150,000 − 1.5 × 15,960) × 10% ÷ 12 = 1,050.50; interest 1,625 leaves 574.50 a month:
    // 300,000 + 84 × 574.50 = 348,258.
    expect(value(cell(pslfFormula, "Government", 300_000, 6.5, 36, "IBR", 150_000))).toBeCloseTo(348_258, 6);
    // Married, family of 2: (150,000 − 1.5 × 21,640) × 10% ÷ 12 = 979.50; 300,000 + 84 × 645.50 = 354,222.
    expect(value(cell(pslfFormula, "Government", 300_000, 6.5, 36, "IBR", 150_000, 0, 0, "married"))).toBeCloseTo(
      354_222,
      6,
    );
  });

  it("IBR capped at the 10-year standard payment", () => {
    // $60,000 at 6%: standard = 60,000 × 0.005 ÷ (1 − 1.005^−120) = 666.123; income-based (300,000 − 23,940)
    // × 10% ÷ 12 = 2,300.50 is capped to it. After 84 of 120 level payments, what is left is the present
    // value of the other 36: 666.123 × (1 − 1.005^−36) ÷ 0.005 = 21,896.14.
    expect(value(cell(pslfFormula, "Government", 60_000, 6, 36, "IBR", 300_000))).toBeCloseTo(21_896.14, 1);
  });

  it("gives 0 for a for-profit or private-group employer, and year 0", () => {
    expect(cell(pslfFormula, "For-profit", 300_000, 6.5, 36, "RAP", 150_000)).toBe(0);
    expect(cell(pslfFormula, "Private group", 300_000, 6.5, 36, "IBR", 150_000)).toBe(0);
    expect(cell(pslfFormula, "For-profit", 300_000, 6.5, 36, "RAP", 150_000, 0, 0, "", "year")).toBe(0);
  });

  it("gives 0 when the payments repay the loan first, and the whole balance when all 120 are made", () => {
    // RAP on 300,000 AGI: 2,500 a month repays 50,000 within about 22 months, long before 84.
    expect(cell(pslfFormula, "Nonprofit", 50_000, 6.5, 36, "RAP", 300_000)).toBe(0);
    expect(cell(pslfFormula, "Nonprofit", 50_000, 6.5, 36, "RAP", 300_000, 0, 0, "", "year")).toBe(0);
    expect(cell(pslfFormula, "Government", 200_000, 6.5, 120, "RAP", 250_000)).toBe(200_000);
    expect(cell(pslfFormula, "Government", 200_000, 6.5, 120, "RAP", 250_000, 0, 0, "", "year")).toBe(1);
  });

  it("reads blank optional arguments alike as null, 0 or omitted", () => {
    const omitted = cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "IBR", 150_000);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "IBR", 150_000, null, null, null, null)).toBe(omitted);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "IBR", 150_000, 0, 0, 0, 0)).toBe(omitted);
    // A blank paymentsMade is 0 made: 120 to go, ten job years.
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, null, "RAP", 150_000, 0, 0, "", "year")).toBe(10);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 0, "RAP", 150_000, 0, 0, "", "year")).toBe(10);
  });

  it("gives #VALUE! for an unknown employer type, plan, filing status or part", () => {
    expect(cell(pslfFormula, "Charity shop", 300_000, 6.5, 36, "RAP", 150_000)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("Unknown employer type"),
    });
    expect(cell(pslfFormula, null, 300_000, 6.5, 36, "RAP", 150_000)).toMatchObject({ error: "#VALUE!" });
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "SAVE", 150_000)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("repayment plan"),
    });
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "RAP", 150_000, 0, 0, "widowed")).toMatchObject({
      error: "#VALUE!",
    });
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "RAP", 150_000, 0, 0, "", "month")).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining('"amount" or "year"'),
    });
  });

  it("gives #NUM! for numbers out of range", () => {
    const num = { error: "#NUM!" };
    expect(cell(pslfFormula, NONPROFIT, -1, 6.5, 36, "RAP", 150_000)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 25, 36, "RAP", 150_000)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 121, "RAP", 150_000)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36.5, "RAP", 150_000)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "RAP", -1)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "RAP", 150_000, 60)).toEqual(num);
    expect(cell(pslfFormula, NONPROFIT, 300_000, 6.5, 36, "RAP", 150_000, 0, 1.5)).toEqual(num);
  });
});

describe("within their ranges (properties)", () => {
  const states = fc.constantFrom("TX", "CA", "NY", "PA", "NJ", "WA", "MA", "IL", "OH", "DC");
  const statuses = fc.constantFrom("single", "married", "head of household");

  it("TAKEHOME: gross = pretax + every TAX part + take-home, every part 0 or more", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        states,
        statuses,
        fc.integer({ min: 0, max: 24_500 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (gross, state, status, deferral, local) => {
          const pretax = Math.min(deferral, gross);
          const home = value(cell(takeHomeFormula, gross, state, status, pretax, 0, local));
          const parts = PARTS.map((p) => value(cell(taxFormula, gross, state, p, status, pretax, 0, local)));
          expect(pretax + parts.reduce((a, b) => a + b, 0) + home).toBeCloseTo(gross, 4);
          // Take-home can dip below 0 only when nearly all of a tiny wage is deferred: FICA is still owed.
          expect(home).toBeLessThanOrEqual(gross - pretax);
          for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("PSLF under RAP never forgives more than the balance, and forgiveness comes by job year 10", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 0, max: 12, noNaN: true }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 800_000 }),
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 0, max: 5 }),
        (balance, rate, made, agi, growth, dependents) => {
          const args = [NONPROFIT, balance, rate, made, "RAP", agi, growth, dependents] as const;
          const amount = value(cell(pslfFormula, ...args));
          const year = value(cell(pslfFormula, ...args, "", "year"));
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(balance + 1e-6);
          expect(year).toBeGreaterThanOrEqual(0);
          expect(year).toBeLessThanOrEqual(10);
          expect(year === 0).toBe(amount === 0);
          expect(cell(pslfFormula, "For-profit", ...args.slice(1))).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
