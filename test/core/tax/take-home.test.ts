import fc from "fast-check";
import { resolveFilingStatus } from "../../../src/core/tax/filing-status";
import { TAX_PARTS, TAX_YEARS, resolveTaxYear, takeHome, taxPart } from "../../../src/core/tax/take-home";
import { flatState, noWageTaxState, same } from "../../../src/core/tax/state-schedule";
import type { StateTax, TaxSource } from "../../../src/core/tax/types";
import { errorKind } from "../../harness/functions/error-kind";

// Test states, built here so these tests depend on no real state's file.
const TEST_SOURCE: TaxSource = { source: "test schedule", url: "https://example.test", taxYear: 2026, grade: "D" };
/** 5% of wages after deferrals, no deduction. */
const FLAT_5 = flatState("T5", TEST_SOURCE, 0.05, { standardDeduction: same(0) });
/** 10% of wages after deferrals: large enough that itemizing beats the standard deduction. */
const FLAT_10 = flatState("T10", TEST_SOURCE, 0.1, { standardDeduction: same(0) });
const NO_TAX = noWageTaxState("T0", TEST_SOURCE);
/** A payroll levy like a state disability fund: 1% of wages up to $100,000. */
const WITH_LEVY = noWageTaxState("TL", TEST_SOURCE, {
  payroll: [{ name: "Disability", rate: 0.01, wageCap: 100_000, source: TEST_SOURCE }],
});
/** 10% of wages after deferrals and after federal income tax, as the few states that deduct it do. */
const DEDUCTS_FEDERAL: StateTax = {
  code: "TF",
  usesFederalTax: true,
  source: TEST_SOURCE,
  incomeTax: ({ wages, pretax, federalIncomeTax }) => 0.1 * Math.max(0, wages - pretax - federalIncomeTax),
  payroll: [],
  assumptions: ["Test state deducts federal tax."],
};

// Federal figures by hand (see federal.test.ts for the cumulative bracket amounts):
// single, 300,000, standard: 68,134.25. SS on ≥ 184,500: 11,439. Medicare single 300,000: 4,350 + 900 = 5,250.

describe("takeHome worked examples", () => {
  it("single $300,000 in a flat 5% state", () => {
    const r = takeHome({ gross: 300_000, state: FLAT_5, status: "single" });
    expect(r.federal).toBeCloseTo(68_134.25, 2);
    // 5% × 300,000; 15,000 < 16,100 so federal keeps the standard deduction
    expect(r.state).toBeCloseTo(15_000, 6);
    expect(r.deduction).toBe("standard");
    expect(r.socialSecurity).toBeCloseTo(11_439, 6);
    expect(r.medicare).toBeCloseTo(5_250, 6);
    expect(r.local).toBe(0);
    // 68,134.25 + 15,000 + 11,439 + 5,250
    expect(r.totalTax).toBeCloseTo(99_823.25, 2);
    // 300,000 − 99,823.25
    expect(r.takeHome).toBeCloseTo(200_176.75, 2);
  });

  it("pre-tax deferral lowers income tax but not Social Security or Medicare", () => {
    const r = takeHome({ gross: 300_000, state: FLAT_5, status: "single", pretax: 24_500 });
    // taxable 300,000 − 24,500 − 16,100 = 259,400; 58,448 + 3,175 × 35% = 59,559.25
    expect(r.federal).toBeCloseTo(59_559.25, 2);
    // 5% × 275,500
    expect(r.state).toBeCloseTo(13_775, 6);
    expect(r.socialSecurity).toBeCloseTo(11_439, 6);
    expect(r.medicare).toBeCloseTo(5_250, 6);
    // 59,559.25 + 13,775 + 11,439 + 5,250 = 90,023.25; take-home 300,000 − 24,500 − 90,023.25
    expect(r.totalTax).toBeCloseTo(90_023.25, 2);
    expect(r.takeHome).toBeCloseTo(185_476.75, 2);
  });

  it("itemizes when the state tax is large: single $400,000 in a flat 10% state", () => {
    const r = takeHome({ gross: 400_000, state: FLAT_10, status: "single" });
    // state 40,000 ≤ cap 40,400 (MAGI 400,000 < 505,000); taxable 360,000
    expect(r.state).toBeCloseTo(40_000, 6);
    expect(r.deduction).toBe("itemized");
    expect(r.deductionAmount).toBeCloseTo(40_000, 6);
    // 58,448 + (360,000 − 256,225) × 35% = 58,448 + 36,321.25
    expect(r.federal).toBeCloseTo(94_769.25, 2);
    // Medicare 400,000 × 1.45% = 5,800 + 200,000 × 0.9% = 1,800
    expect(r.medicare).toBeCloseTo(7_600, 6);
    // 94,769.25 + 40,000 + 11,439 + 7,600 = 153,808.25
    expect(r.takeHome).toBeCloseTo(400_000 - 153_808.25, 2);
    expect(r.sources.map((s) => s.source).join(" ")).toMatch(/164\(b\)\(7\)/);
  });

  it("adds a local wage tax to the SALT deduction", () => {
    const r = takeHome({ gross: 300_000, state: FLAT_5, status: "single", localRate: 0.03876 });
    // local 3.876% × 300,000 = 11,628; SALT 15,000 + 11,628 = 26,628 > 16,100: itemized
    expect(r.local).toBeCloseTo(11_628, 6);
    expect(r.deduction).toBe("itemized");
    // taxable 273,372; 58,448 + 17,147 × 35% = 58,448 + 6,001.45
    expect(r.federal).toBeCloseTo(64_449.45, 2);
    // 64,449.45 + 15,000 + 11,439 + 5,250 + 11,628 = 107,766.45
    expect(r.takeHome).toBeCloseTo(192_233.55, 2);
    expect(r.assumptions.join(" ")).toMatch(/Local tax/);
  });

  it("settles a state that deducts federal tax in two passes", () => {
    const r = takeHome({ gross: 400_000, state: DEDUCTS_FEDERAL, status: "single" });
    // (a) federal, standard only: taxable 383,900 → 58,448 + 127,675 × 35% = 103,134.25
    // (b) state: 10% × (400,000 − 103,134.25) = 29,686.575
    // (c) federal, itemizing 29,686.575: taxable 370,313.425 → 58,448 + 114,088.425 × 35% = 98,378.94875
    // (d) state: 10% × (400,000 − 98,378.94875) = 30,162.105125
    expect(r.federal).toBeCloseTo(98_378.94875, 4);
    expect(r.state).toBeCloseTo(30_162.105125, 4);
    expect(r.assumptions.join(" ")).toMatch(/two passes/);
    expect(r.assumptions).toContain("Test state deducts federal tax.");
  });

  it("lists state payroll levies", () => {
    const r = takeHome({ gross: 150_000, state: WITH_LEVY, status: "single" });
    // 1% × min(150,000, 100,000)
    expect(r.statePayroll).toEqual([{ name: "Disability", amount: 1_000 }]);
    expect(taxPart(r, "State Payroll")).toBe(1_000);
    expect(r.totalTax).toBeCloseTo(r.federal + 1_000 + r.socialSecurity + r.medicare, 6);
  });

  it("married: one earner, the joint Additional Medicare threshold", () => {
    const r = takeHome({ gross: 300_000, state: NO_TAX, status: "married" });
    expect(r.federal).toBeCloseTo(49_468, 2);
    // 4,350 + 450
    expect(r.medicare).toBeCloseTo(4_800, 6);
    // 49,468 + 11,439 + 4,800 = 65,707
    expect(r.takeHome).toBeCloseTo(234_293, 2);
    expect(r.assumptions.join(" ")).toMatch(/\$250,000 Additional Medicare/);
  });

  it("zero gross pays nothing", () => {
    const r = takeHome({ gross: 0, state: FLAT_5, status: "single" });
    expect(r.totalTax).toBe(0);
    expect(r.takeHome).toBe(0);
  });
});

describe("takeHome validation", () => {
  const base = { state: FLAT_5, status: "single" as const };

  it("refuses negative or infinite gross with #NUM! and NaN with #VALUE!", () => {
    expect(errorKind(() => takeHome({ ...base, gross: -1 }))).toBe("num");
    expect(errorKind(() => takeHome({ ...base, gross: Infinity }))).toBe("num");
    expect(errorKind(() => takeHome({ ...base, gross: NaN }))).toBe("value");
  });

  it("refuses pre-tax above the $24,500 limit, above gross, or negative", () => {
    expect(errorKind(() => takeHome({ ...base, gross: 300_000, pretax: 24_500 }))).toBe("ok");
    expect(errorKind(() => takeHome({ ...base, gross: 300_000, pretax: 24_501 }))).toBe("num");
    expect(() => takeHome({ ...base, gross: 300_000, pretax: 30_000 })).toThrow(/\$24,500/);
    expect(errorKind(() => takeHome({ ...base, gross: 10_000, pretax: 12_000 }))).toBe("num");
    expect(errorKind(() => takeHome({ ...base, gross: 10_000, pretax: -1 }))).toBe("num");
  });

  it("refuses a local rate outside 0 to 0.2", () => {
    expect(errorKind(() => takeHome({ ...base, gross: 1, localRate: 0.2 }))).toBe("ok");
    expect(errorKind(() => takeHome({ ...base, gross: 1, localRate: 3.876 }))).toBe("num");
    expect(errorKind(() => takeHome({ ...base, gross: 1, localRate: -0.01 }))).toBe("num");
  });
});

describe("taxPart", () => {
  it("reads every part, in any case and spacing", () => {
    const r = takeHome({ gross: 300_000, state: FLAT_5, status: "single", localRate: 0.01 });
    expect(TAX_PARTS).toEqual(["federal", "state", "state payroll", "social security", "medicare", "local"]);
    expect(taxPart(r, "Federal")).toBe(r.federal);
    expect(taxPart(r, "state")).toBe(r.state);
    expect(taxPart(r, "  SOCIAL   security ")).toBe(r.socialSecurity);
    expect(taxPart(r, "medicare")).toBe(r.medicare);
    expect(taxPart(r, "local")).toBe(r.local);
    expect(taxPart(r, "state payroll")).toBe(0);
    const sum = TAX_PARTS.reduce((total, part) => total + taxPart(r, part), 0);
    expect(sum).toBeCloseTo(r.totalTax, 6);
  });

  it("names the parts when given another", () => {
    const r = takeHome({ gross: 1, state: FLAT_5, status: "single" });
    expect(errorKind(() => taxPart(r, "fica"))).toBe("value");
    expect(() => taxPart(r, "fica")).toThrow(/"social security"/);
  });
});

describe("resolveFilingStatus", () => {
  it.each([
    ["single", "single"],
    ["SINGLE", "single"],
    ["married", "married"],
    ["Married  Filing Jointly", "married"],
    ["mfj", "married"],
    ["Head of Household", "head"],
    ["head", "head"],
    [" HoH ", "head"],
    ["", "single"],
    ["   ", "single"],
  ])("%p → %p", (text, status) => {
    expect(resolveFilingStatus(text)).toBe(status);
  });

  it("finds nothing inherited: a status named like an object's own property is refused", () => {
    for (const text of ["constructor", "toString", "__proto__"])
      expect(errorKind(() => resolveFilingStatus(text))).toBe("value");
  });

  it("treats a blank cell as single", () => {
    expect(resolveFilingStatus(undefined)).toBe("single");
    expect(resolveFilingStatus(null)).toBe("single");
  });

  it("names the options for anything else", () => {
    expect(errorKind(() => resolveFilingStatus("married filing separately"))).toBe("value");
    expect(() => resolveFilingStatus("widow")).toThrow(/"single".*"married".*"head"/);
  });
});

describe("resolveTaxYear", () => {
  it("uses 2026 for blank or 0, and accepts 2026", () => {
    expect(TAX_YEARS).toEqual([2026]);
    expect(resolveTaxYear(undefined)).toBe(2026);
    expect(resolveTaxYear(null)).toBe(2026);
    expect(resolveTaxYear(0)).toBe(2026);
    expect(resolveTaxYear(2026)).toBe(2026);
  });

  it("is #N/A for a year without figures, naming the years there are", () => {
    expect(errorKind(() => resolveTaxYear(2025))).toBe("na");
    expect(() => resolveTaxYear(2027)).toThrow(/2026/);
  });
});

describe("takeHome properties", () => {
  const states = [NO_TAX, FLAT_5, FLAT_10, WITH_LEVY];
  const status = fc.constantFrom("single" as const, "married" as const, "head" as const);

  // Not "never negative" whatever the deferral: Social Security and Medicare are owed on deferred pay too, so
  // deferring all of $1 leaves 1 − 1 − 0.0765 (fast-check found this). Without a deferral it holds.
  it("take-home is never negative without a deferral, and never above gross", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 24_500 }),
        fc.constantFrom(...states),
        status,
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (gross, deferral, state, s, localRate) => {
          const pretax = Math.min(deferral, gross);
          const r = takeHome({ gross, state, status: s, pretax, localRate });
          expect(r.takeHome).toBeLessThanOrEqual(gross);
          expect(r.takeHome + r.pretax).toBeLessThanOrEqual(gross);
          expect(takeHome({ gross, state, status: s, localRate }).takeHome).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("deferring all of a tiny wage leaves the payroll tax on it owed", () => {
    const r = takeHome({ gross: 1, state: NO_TAX, status: "single", pretax: 1 });
    // 1 − 1 − (6.2% + 1.45%) × 1
    expect(r.takeHome).toBeCloseTo(-0.0765, 10);
  });

  it.each([
    ["no-tax state", NO_TAX],
    ["flat 5% state", FLAT_5],
    ["flat 10% state with local tax", FLAT_10],
  ])("take-home never falls when gross rises by $1,000 (%s)", (_name, state) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), status, (gross, s) => {
        const localRate = state === FLAT_10 ? 0.03876 : 0;
        const low = takeHome({ gross, state, status: s, localRate }).takeHome;
        const high = takeHome({ gross: gross + 1_000, state, status: s, localRate }).takeHome;
        expect(high).toBeGreaterThanOrEqual(low - 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("more pre-tax never lowers take-home plus pre-tax", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 24_500, max: 2_000_000 }),
        fc.integer({ min: 0, max: 24_500 }),
        fc.integer({ min: 0, max: 24_500 }),
        fc.constantFrom(...states),
        status,
        (gross, a, b, state, s) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          const kept = (pretax: number) => {
            const r = takeHome({ gross, state, status: s, pretax });
            return r.takeHome + r.pretax;
          };
          expect(kept(more)).toBeGreaterThanOrEqual(kept(less) - 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
