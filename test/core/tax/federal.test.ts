import fc from "fast-check";
import {
  FEDERAL_BRACKETS_2026,
  FEDERAL_BRACKETS_SOURCES,
  RETIREMENT_LIMITS_2026,
  STANDARD_DEDUCTION_2026,
} from "../../../src/core/tax/federal-2026";
import { allowedSalt, federalIncomeTax, saltCap } from "../../../src/core/tax/federal";
import { additionalMedicareTax, medicareTax, socialSecurityTax } from "../../../src/core/tax/payroll";

// Cumulative tax at the top of each bracket, by hand from Rev. Proc. 2025-32 §4.01:
// single: 12,400×10% = 1,240; +38,000×12% = 5,800; +55,300×22% = 17,966; +96,075×24% = 41,024;
//         +54,450×32% = 58,448 (at 256,225); +384,375×35% = 192,979.25 (at 640,600).
// joint:  24,800×10% = 2,480; +76,000×12% = 11,600; +110,600×22% = 35,932 (at 211,400); +192,150×24% = 82,048.
// head:   17,700×10% = 1,770; +49,750×12% = 7,740; +38,250×22% = 16,155; +96,050×24% = 39,207 (at 201,750);
//         +54,450×32% = 56,631 (at 256,200).

const noSalt = { pretax: 0, stateAndLocalTax: 0 };

describe("2026 federal figures", () => {
  it("has seven brackets per status starting at 0, with the Rev. Proc. 2025-32 thresholds", () => {
    expect(FEDERAL_BRACKETS_2026.single.map((b) => b.over)).toEqual([
      0, 12_400, 50_400, 105_700, 201_775, 256_225, 640_600,
    ]);
    expect(FEDERAL_BRACKETS_2026.married.map((b) => b.over)).toEqual([
      0, 24_800, 100_800, 211_400, 403_550, 512_450, 768_700,
    ]);
    expect(FEDERAL_BRACKETS_2026.head.map((b) => b.over)).toEqual([
      0, 17_700, 67_450, 105_700, 201_750, 256_200, 640_600,
    ]);
    for (const brackets of Object.values(FEDERAL_BRACKETS_2026)) {
      expect(brackets.map((b) => b.rate)).toEqual([0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37]);
    }
    expect(STANDARD_DEDUCTION_2026).toEqual({ single: 16_100, married: 32_200, head: 24_150 });
  });

  it("carries provenance for every status and limit", () => {
    for (const source of Object.values(FEDERAL_BRACKETS_SOURCES)) {
      expect(source.taxYear).toBe(2026);
      expect(source.url).toMatch(/^https:\/\//);
    }
    for (const limit of Object.values(RETIREMENT_LIMITS_2026)) expect(limit.source.grade).toBe("A");
    expect(RETIREMENT_LIMITS_2026.electiveDeferral.amount).toBe(24_500);
    expect(RETIREMENT_LIMITS_2026.annualAdditions.amount).toBe(72_000);
    expect(RETIREMENT_LIMITS_2026.compensation.amount).toBe(360_000);
  });
});

describe("federalIncomeTax", () => {
  it("T-01: single, $300,000 W-2, standard deduction", () => {
    const result = federalIncomeTax({ wages: 300_000, status: "single", ...noSalt });
    // 300,000 − 16,100 = 283,900
    expect(result.taxable).toBe(283_900);
    expect(result.deduction).toBe("standard");
    expect(result.deductionAmount).toBe(16_100);
    // 58,448 + (283,900 − 256,225) × 35% = 58,448 + 9,686.25
    expect(result.tax).toBeCloseTo(68_134.25, 2);
  });

  it("T-02: married filing jointly, one $300,000 earner", () => {
    const result = federalIncomeTax({ wages: 300_000, status: "married", ...noSalt });
    // 300,000 − 32,200 = 267,800
    expect(result.taxable).toBe(267_800);
    // 35,932 + (267,800 − 211,400) × 24% = 35,932 + 13,536
    expect(result.tax).toBeCloseTo(49_468, 2);
  });

  it("head of household, $300,000", () => {
    const result = federalIncomeTax({ wages: 300_000, status: "head", ...noSalt });
    // 300,000 − 24,150 = 275,850
    expect(result.taxable).toBe(275_850);
    // 56,631 + (275,850 − 256,200) × 35% = 56,631 + 6,877.50
    expect(result.tax).toBeCloseTo(63_508.5, 2);
  });

  it("takes the top bracket above $640,600 single", () => {
    // taxable 1,000,000 − 16,100 = 983,900; 192,979.25 + (983,900 − 640,600) × 37% = 192,979.25 + 127,021
    expect(federalIncomeTax({ wages: 1_000_000, status: "single", ...noSalt }).tax).toBeCloseTo(320_000.25, 2);
  });

  it("pays nothing below the standard deduction", () => {
    const result = federalIncomeTax({ wages: 16_000, status: "single", ...noSalt });
    expect(result.taxable).toBe(0);
    expect(result.tax).toBe(0);
  });

  it("lowers taxable income by pre-tax deferrals", () => {
    const result = federalIncomeTax({ wages: 300_000, pretax: 24_500, status: "single", stateAndLocalTax: 0 });
    // 300,000 − 24,500 − 16,100 = 259,400; 58,448 + 3,175 × 35% = 58,448 + 1,111.25
    expect(result.taxable).toBe(259_400);
    expect(result.tax).toBeCloseTo(59_559.25, 2);
  });

  it("itemizes when state and local tax beats the standard deduction", () => {
    const result = federalIncomeTax({ wages: 300_000, pretax: 0, status: "single", stateAndLocalTax: 30_000 });
    // MAGI 300,000 < 505,000, so the cap is 40,400 and all 30,000 counts; taxable 270,000
    expect(result.deduction).toBe("itemized");
    expect(result.deductionAmount).toBe(30_000);
    // 58,448 + (270,000 − 256,225) × 35% = 58,448 + 4,821.25
    expect(result.tax).toBeCloseTo(63_269.25, 2);
  });

  it("keeps the standard deduction when SALT is smaller, and on a tie", () => {
    expect(federalIncomeTax({ wages: 300_000, pretax: 0, status: "single", stateAndLocalTax: 15_000 }).deduction).toBe(
      "standard",
    );
    expect(federalIncomeTax({ wages: 300_000, pretax: 0, status: "single", stateAndLocalTax: 16_100 }).deduction).toBe(
      "standard",
    );
  });

  it("caps SALT at $40,400 below the phase-down", () => {
    const result = federalIncomeTax({ wages: 400_000, pretax: 0, status: "married", stateAndLocalTax: 60_000 });
    expect(result.deductionAmount).toBe(40_400);
    // taxable 400,000 − 40,400 = 359,600; 35,932 + (359,600 − 211,400) × 24% = 35,932 + 35,568
    expect(result.tax).toBeCloseTo(71_500, 2);
  });

  it("phases the SALT cap down with MAGI above $505,000", () => {
    const result = federalIncomeTax({ wages: 550_000, pretax: 0, status: "single", stateAndLocalTax: 60_000 });
    // cap 40,400 − 30% × 45,000 = 26,900; taxable 523,100; 58,448 + 266,875 × 35% = 58,448 + 93,406.25
    expect(result.deductionAmount).toBeCloseTo(26_900, 6);
    expect(result.tax).toBeCloseTo(151_854.25, 2);
  });

  it("measures MAGI after pre-tax deferrals", () => {
    const result = federalIncomeTax({ wages: 574_500, pretax: 24_500, status: "single", stateAndLocalTax: 60_000 });
    // MAGI 550,000, the same cap as above: 26,900
    expect(result.deductionAmount).toBeCloseTo(26_900, 6);
  });
});

describe("saltCap", () => {
  it("is $40,400 up to $505,000 of MAGI", () => {
    expect(saltCap(0)).toBe(40_400);
    expect(saltCap(505_000)).toBe(40_400);
  });

  it("loses 30% of MAGI above $505,000", () => {
    // 40,400 − 0.3 × 45,000 = 40,400 − 13,500
    expect(saltCap(550_000)).toBeCloseTo(26_900, 6);
    // 40,400 − 0.3 × 95,000 = 40,400 − 28,500
    expect(saltCap(600_000)).toBeCloseTo(11_900, 6);
  });

  it("never goes below $10,000 (T-05: MAGI 610,000 → 40,400 − 31,500 = 8,900, floored)", () => {
    expect(saltCap(610_000)).toBe(10_000);
    // floor reached at 505,000 + 30,400 / 0.3 = 606,333.33
    expect(saltCap(606_333)).toBeGreaterThan(10_000);
    expect(saltCap(606_334)).toBe(10_000);
    expect(saltCap(5_000_000)).toBe(10_000);
  });

  it("allows the tax paid, up to the cap", () => {
    expect(allowedSalt(12_000, 300_000)).toBe(12_000);
    expect(allowedSalt(50_000, 300_000)).toBe(40_400);
    expect(allowedSalt(50_000, 700_000)).toBe(10_000);
    expect(allowedSalt(-5, 300_000)).toBe(0);
  });
});

describe("payroll taxes", () => {
  it("T-01/T-03: Social Security stops at the $184,500 wage base", () => {
    // 184,500 × 6.2% = 11,439
    expect(socialSecurityTax(300_000)).toBeCloseTo(11_439, 6);
    expect(socialSecurityTax(184_500)).toBeCloseTo(11_439, 6);
    // 100,000 × 6.2%
    expect(socialSecurityTax(100_000)).toBeCloseTo(6_200, 6);
    expect(socialSecurityTax(0)).toBe(0);
  });

  it("T-01: Medicare 1.45% plus 0.9% above $200,000 single", () => {
    // 300,000 × 1.45% = 4,350; (300,000 − 200,000) × 0.9% = 900
    expect(additionalMedicareTax(300_000, "single")).toBeCloseTo(900, 6);
    expect(medicareTax(300_000, "single")).toBeCloseTo(5_250, 6);
    expect(additionalMedicareTax(300_000, "head")).toBeCloseTo(900, 6);
  });

  it("T-02: the joint threshold is $250,000", () => {
    // (300,000 − 250,000) × 0.9% = 450; 4,350 + 450
    expect(additionalMedicareTax(300_000, "married")).toBeCloseTo(450, 6);
    expect(medicareTax(300_000, "married")).toBeCloseTo(4_800, 6);
    expect(additionalMedicareTax(240_000, "married")).toBe(0);
  });
});

describe("federal properties", () => {
  it("married never pays more federal income tax than single on the same wages, $0 to $2M", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 24_500 }),
        fc.integer({ min: 0, max: 100_000 }),
        (wages, deferral, salt) => {
          const pretax = Math.min(deferral, wages);
          const married = federalIncomeTax({ wages, pretax, status: "married", stateAndLocalTax: salt }).tax;
          const single = federalIncomeTax({ wages, pretax, status: "single", stateAndLocalTax: salt }).tax;
          expect(married).toBeLessThanOrEqual(single + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("tax never falls as wages rise, and stays below 37% of wages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 1, max: 50_000 }), (wages, raise) => {
        for (const status of ["single", "married", "head"] as const) {
          const low = federalIncomeTax({ wages, status, ...noSalt }).tax;
          const high = federalIncomeTax({ wages: wages + raise, status, ...noSalt }).tax;
          expect(high).toBeGreaterThanOrEqual(low);
          expect(low).toBeLessThanOrEqual(0.37 * wages);
        }
      }),
      { numRuns: 300 },
    );
  });
});
