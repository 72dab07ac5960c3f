/**
 * States MT NE NV NH NJ NM NY NC ND OH OK OR PA: worked cases computed by hand from each state's published
 * schedule (the arithmetic is in the comment beside each expected number), payroll levies above their caps,
 * and provenance checks.
 */
import fc from "fast-check";
import { levyAmount } from "../../../src/core/tax/state-schedule";
import type { FilingStatus, StateTax, StateTaxInput } from "../../../src/core/tax/types";
import { MT } from "../../../src/core/tax/states/mt";
import { NE } from "../../../src/core/tax/states/ne";
import { NV } from "../../../src/core/tax/states/nv";
import { NH } from "../../../src/core/tax/states/nh";
import { NJ } from "../../../src/core/tax/states/nj";
import { NM } from "../../../src/core/tax/states/nm";
import { NY } from "../../../src/core/tax/states/ny";
import { NC } from "../../../src/core/tax/states/nc";
import { ND } from "../../../src/core/tax/states/nd";
import { OH } from "../../../src/core/tax/states/oh";
import { OK } from "../../../src/core/tax/states/ok";
import { OR } from "../../../src/core/tax/states/or";
import { PA } from "../../../src/core/tax/states/pa";

/** 2026 federal income tax on $300,000 single with the standard deduction (research note T-01). */
const FED_SINGLE_300K = 68_134.25;
/** 2026 federal income tax on $300,000 married filing jointly (research note T-02). */
const FED_MARRIED_300K = 49_468;

function input(wages: number, status: FilingStatus = "single", pretax = 0, federalIncomeTax?: number): StateTaxInput {
  const fed = federalIncomeTax ?? (status === "married" ? FED_MARRIED_300K : FED_SINGLE_300K);
  return { wages, pretax, status, federalIncomeTax: fed };
}

function levy(state: StateTax, name: string) {
  const found = state.payroll.find((l) => l.name.includes(name));
  if (!found) throw new Error(`${state.code} has no levy named ${name}`);
  return found;
}

const MINE: readonly StateTax[] = [MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA];

describe("Montana", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 16,100 = 283,900; 47,500 × 4.7% = 2,232.50; (283,900 − 47,500) × 5.65% = 13,356.60
    expect(MT.incomeTax(input(300_000))).toBeCloseTo(15_589.1, 2);
  });
  it("married $300,000", () => {
    // taxable 300,000 − 32,200 = 267,800; 95,000 × 4.7% = 4,465; 172,800 × 5.65% = 9,763.20
    expect(MT.incomeTax(input(300_000, "married"))).toBeCloseTo(14_228.2, 2);
  });
  it("pre-tax deferrals lower taxable wages", () => {
    // taxable 300,000 − 24,500 − 16,100 = 259,400; 2,232.50 + 211,900 × 5.65% (11,972.35)
    expect(MT.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(14_204.85, 2);
  });
});

describe("Nebraska", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 8,850 = 291,150; 3,900 × 2.46% = 95.94; 19,470 × 3.51% = 683.397;
    // 267,780 × 4.55% = 12,183.99; total 12,963.327 − credit 176
    expect(NE.incomeTax(input(300_000))).toBeCloseTo(12_787.327, 2);
  });
  it("married $300,000", () => {
    // taxable 300,000 − 17,700 = 282,300; 7,790 × 2.46% = 191.634; 38,970 × 3.51% = 1,367.847;
    // 235,540 × 4.55% = 10,717.07; total 12,276.551 − credit 2 × 176
    expect(NE.incomeTax(input(300_000, "married"))).toBeCloseTo(11_924.551, 2);
  });
});

describe("no wage tax: Nevada and New Hampshire", () => {
  it.each([NV, NH])("%s taxes no wages", (state) => {
    expect(state.incomeTax(input(300_000))).toBe(0);
    expect(state.incomeTax(input(700_000, "married", 24_500))).toBe(0);
    expect(state.payroll).toHaveLength(0);
  });
});

describe("New Jersey", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 1,000 = 299,000; 20,000 × 1.4% = 280; 15,000 × 1.75% = 262.50; 5,000 × 3.5% = 175;
    // 35,000 × 5.525% = 1,933.75; 224,000 × 6.37% = 14,268.80
    expect(NJ.incomeTax(input(300_000))).toBeCloseTo(16_920.05, 2);
  });
  it("married $300,000", () => {
    // taxable 300,000 − 2,000 = 298,000; 280 + 30,000 × 1.75% (525) + 20,000 × 2.45% (490) + 10,000 × 3.5% (350)
    // + 70,000 × 5.525% (3,867.50) + 148,000 × 6.37% (9,427.60)
    expect(NJ.incomeTax(input(300_000, "married"))).toBeCloseTo(14_940.1, 2);
  });
  it("levies stop at their caps", () => {
    // TDI 171,100 × 0.19% = 325.09; FLI 171,100 × 0.23% = 393.53; UI 44,800 × 0.3825% = 171.36
    expect(levyAmount(levy(NJ, "Temporary Disability"), 300_000)).toBeCloseTo(325.09, 2);
    expect(levyAmount(levy(NJ, "Family Leave"), 300_000)).toBeCloseTo(393.53, 2);
    expect(levyAmount(levy(NJ, "Unemployment"), 300_000)).toBeCloseTo(171.36, 2);
  });
});

describe("New Mexico", () => {
  it("single $300,000", () => {
    // taxable 283,900; 5,500 × 1.5% = 82.50; 11,000 × 3.2% = 352; 17,000 × 4.3% = 731; 33,000 × 4.7% = 1,551;
    // 143,500 × 4.9% = 7,031.50; 73,900 × 5.9% = 4,360.10
    expect(NM.incomeTax(input(300_000))).toBeCloseTo(14_108.1, 2);
  });
  it("married $300,000", () => {
    // taxable 267,800; 8,000 × 1.5% = 120; 17,000 × 3.2% = 544; 25,000 × 4.3% = 1,075; 50,000 × 4.7% = 2,350;
    // 167,800 × 4.9% = 8,222.20
    expect(NM.incomeTax(input(300_000, "married"))).toBeCloseTo(12_311.2, 2);
  });
});

describe("New York", () => {
  it("single $300,000: recapture fully phased in, all income at 6.85%", () => {
    // taxable 300,000 − 8,000 = 292,000 (in the 6.85% bracket); AGI 300,000 ≥ 215,400 + 50,000 → 292,000 × 6.85%
    expect(NY.incomeTax(input(300_000))).toBeCloseTo(20_002, 2);
  });
  it("married $300,000: all income at 5.9%", () => {
    // taxable 300,000 − 16,050 = 283,950 (5.9% bracket); AGI ≥ 161,550 + 50,000 → 283,950 × 5.9%
    expect(NY.incomeTax(input(300_000, "married"))).toBeCloseTo(16_753.05, 2);
  });
  it("single $240,000: recapture partly phased in", () => {
    // taxable 232,000. Schedule: 8,500 × 3.9% = 331.50; 3,200 × 4.4% = 140.80; 2,200 × 5.15% = 113.30;
    // 66,750 × 5.4% = 3,604.50; 134,750 × 5.9% = 7,950.25; 16,600 × 6.85% = 1,137.10 → 13,277.45.
    // Earlier step: 215,400 × 5.9% − 12,140.35 (schedule to 215,400) = 568.25.
    // Full: 232,000 × 6.85% − 13,277.45 = 2,614.55. Fraction (240,000 − 215,400) / 50,000 = 0.492.
    // 13,277.45 + 568.25 + (2,614.55 − 568.25) × 0.492 = 14,852.4796
    expect(NY.incomeTax(input(240_000))).toBeCloseTo(14_852.4796, 2);
  });
  it("no recapture at or below $107,650 of AGI", () => {
    // taxable 100,000 − 8,000 = 92,000; 331.50 + 140.80 + 113.30 + 3,604.50 + 11,350 × 5.9% (669.65)
    expect(NY.incomeTax(input(100_000))).toBeCloseTo(4_859.75, 2);
  });
  it("pre-tax deferrals lower taxable wages", () => {
    // AGI 275,500, taxable 267,500; fully phased (≥ 265,400) → 267,500 × 6.85%
    expect(NY.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(18_323.75, 2);
  });
  it("SDI and PFL stop at their annual maximums", () => {
    // SDI $0.60 × 52 = 31.20; PFL 0.432% capped at 411.91
    expect(levyAmount(levy(NY, "Disability"), 300_000)).toBeCloseTo(31.2, 2);
    expect(levyAmount(levy(NY, "Paid Family Leave"), 300_000)).toBeCloseTo(411.91, 2);
  });
  it("never falls below the plain schedule nor above the top rate on all income", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        (wages, status) => {
          const tax = NY.incomeTax(input(wages, status));
          expect(tax).toBeGreaterThanOrEqual(0);
          expect(tax).toBeLessThanOrEqual(wages * 0.109 + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("tax never falls as wages rise", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_500_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        (wages, more, status) => {
          expect(NY.incomeTax(input(wages + more, status))).toBeGreaterThanOrEqual(
            NY.incomeTax(input(wages, status)) - 1e-6,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("North Carolina", () => {
  it("single $300,000", () => {
    // (300,000 − 12,750) × 3.99% = 287,250 × 0.0399
    expect(NC.incomeTax(input(300_000))).toBeCloseTo(11_461.275, 2);
  });
  it("pre-tax deferrals lower taxable wages", () => {
    // (300,000 − 24,500 − 12,750) × 3.99% = 262,750 × 0.0399
    expect(NC.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(10_483.725, 2);
  });
});

describe("North Dakota", () => {
  it("single $300,000", () => {
    // taxable 283,900; (225,975 − 44,725) × 1.95% = 3,534.375; (283,900 − 225,975) × 2.5% = 1,448.125
    expect(ND.incomeTax(input(300_000))).toBeCloseTo(4_982.5, 2);
  });
  it("married $300,000", () => {
    // taxable 267,800; (267,800 − 74,750) × 1.95% = 193,050 × 0.0195
    expect(ND.incomeTax(input(300_000, "married"))).toBeCloseTo(3_764.475, 2);
  });
});

describe("Ohio", () => {
  it("single $300,000", () => {
    // exemption 1,900 (MAGI > 80,000); taxable 298,100; 332.69 + (298,100 − 26,050) × 2.75% (7,481.375)
    expect(OH.incomeTax(input(300_000))).toBeCloseTo(7_814.065, 2);
  });
  it("married $300,000", () => {
    // exemptions 2 × 1,900; taxable 296,200; 332.69 + 270,150 × 2.75% (7,429.125)
    expect(OH.incomeTax(input(300_000, "married"))).toBeCloseTo(7_761.815, 2);
  });
  it("no exemption above $750,000 of modified AGI", () => {
    // taxable 800,000; 332.69 + 773,950 × 2.75% (21,283.625)
    expect(OH.incomeTax(input(800_000))).toBeCloseTo(21_616.315, 2);
  });
});

describe("Oklahoma", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 6,350 − 1,000 = 292,650; 1,150 × 2.5% = 28.75; 2,300 × 3.5% = 80.50;
    // 285,450 × 4.5% = 12,845.25
    expect(OK.incomeTax(input(300_000))).toBeCloseTo(12_954.5, 2);
  });
  it("married $300,000", () => {
    // taxable 300,000 − 12,700 − 2,000 = 285,300; 2,300 × 2.5% = 57.50; 4,600 × 3.5% = 161;
    // 270,900 × 4.5% = 12,190.50
    expect(OK.incomeTax(input(300_000, "married"))).toBeCloseTo(12_409, 2);
  });
});

describe("Oregon", () => {
  it("single $300,000: no federal-tax subtraction, no credit", () => {
    // taxable 300,000 − 2,910 = 297,090; 4,550 × 4.75% = 216.125; 6,850 × 6.75% = 462.375;
    // 113,600 × 8.75% = 9,940; 172,090 × 9.9% = 17,036.91
    expect(OR.incomeTax(input(300_000))).toBeCloseTo(27_655.41, 2);
  });
  it("married $300,000", () => {
    // AGI ≥ 290,000 → no subtraction; taxable 294,180; 9,100 × 4.75% = 432.25; 13,700 × 6.75% = 924.75;
    // 227,200 × 8.75% = 19,880; 44,180 × 9.9% = 4,373.82
    expect(OR.incomeTax(input(300_000, "married"))).toBeCloseTo(25_610.82, 2);
  });
  it("federal-tax subtraction partly phased out at $127,000", () => {
    // AGI 127,000 is in the first band above 125,000 → limit 8,750 × 4/5 = 7,000 (federal tax 20,000 exceeds it);
    // taxable 127,000 − 7,000 − 2,910 = 117,090; 678.50 + 105,690 × 8.75% (9,247.875); no credit (AGI > 100,000)
    expect(OR.incomeTax(input(127_000, "single", 0, 20_000))).toBeCloseTo(9_926.375, 2);
  });
  it("Paid Leave Oregon stops at its cap; transit tax has none", () => {
    // 184,500 × 0.6% = 1,107; 300,000 × 0.1% = 300
    expect(levyAmount(levy(OR, "Paid Leave"), 300_000)).toBeCloseTo(1_107, 2);
    expect(levyAmount(levy(OR, "transit"), 300_000)).toBeCloseTo(300, 2);
  });
});

describe("Pennsylvania", () => {
  it("single $300,000", () => {
    // 300,000 × 3.07%
    expect(PA.incomeTax(input(300_000))).toBeCloseTo(9_210, 2);
  });
  it("pre-tax deferrals do NOT lower PA taxable wages", () => {
    // still 300,000 × 3.07%
    expect(PA.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(9_210, 2);
  });
  it("UC withholding has no cap", () => {
    // 700,000 × 0.07%
    expect(levyAmount(levy(PA, "unemployment"), 700_000)).toBeCloseTo(490, 2);
  });
});

describe("provenance", () => {
  it.each(MINE.map((s) => [s.code, s] as const))(
    "%s cites an https source, and a year other than 2026 says why",
    (_code, state) => {
      expect(state.source.url.startsWith("https://")).toBe(true);
      if (state.source.taxYear !== 2026) expect(state.source.note ?? "").toMatch(/2026/);
      for (const l of state.payroll) expect(l.source.url.startsWith("https://")).toBe(true);
    },
  );
  it("every one of these states gives a non-negative tax, and 0 on no wages", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINE),
        fc.integer({ min: 0, max: 1_500_000 }),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        (state, wages, status) => {
          expect(state.incomeTax(input(wages, status))).toBeGreaterThanOrEqual(0);
          expect(state.incomeTax(input(0, status))).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
