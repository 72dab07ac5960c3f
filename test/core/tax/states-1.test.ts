/**
 * States AL–ID: worked cases computed by hand from each state's published schedule (the arithmetic is in the
 * comment beside each expected number), pre-tax deferrals lowering state wages, every payroll levy above its
 * cap, and provenance checks. States are imported from their own files so this suite does not depend on the
 * other states' files.
 */
import fc from "fast-check";
import { levyAmount } from "../../../src/core/tax/state-schedule";
import { AK } from "../../../src/core/tax/states/ak";
import { AL } from "../../../src/core/tax/states/al";
import { AR } from "../../../src/core/tax/states/ar";
import { AZ } from "../../../src/core/tax/states/az";
import { CA } from "../../../src/core/tax/states/ca";
import { CO } from "../../../src/core/tax/states/co";
import { CT } from "../../../src/core/tax/states/ct";
import { DC } from "../../../src/core/tax/states/dc";
import { DE } from "../../../src/core/tax/states/de";
import { FL } from "../../../src/core/tax/states/fl";
import { GA } from "../../../src/core/tax/states/ga";
import { HI } from "../../../src/core/tax/states/hi";
import { ID } from "../../../src/core/tax/states/id";
import type { FilingStatus, StateTax, StateTaxInput } from "../../../src/core/tax/types";

const MINE: readonly StateTax[] = [AL, AK, AZ, AR, CA, CO, CT, DE, DC, FL, GA, HI, ID];

/** 2026 federal income tax on $300,000 single (T-01) and married filing jointly, one earner (T-02). */
const FED_SINGLE = 68_134.25;
const FED_MARRIED = 49_468;

function input(
  wages: number,
  status: FilingStatus = "single",
  pretax = 0,
  federalIncomeTax = FED_SINGLE,
): StateTaxInput {
  return { wages, pretax, status, federalIncomeTax };
}

const single300 = input(300_000);
const married300 = input(300_000, "married", 0, FED_MARRIED);
const pretax300 = input(300_000, "single", 24_500);

function levy(state: StateTax, wages: number): number {
  return state.payroll.reduce((sum, row) => sum + levyAmount(row, wages), 0);
}

describe("no-wage-tax states", () => {
  it.each([AK, FL])("$code taxes no wages", (state) => {
    expect(state.incomeTax(single300)).toBe(0);
    expect(state.incomeTax(input(2_000_000, "married", 24_500, FED_MARRIED))).toBe(0);
    expect(state.payroll).toHaveLength(0);
  });
});

describe("Alabama", () => {
  it("single $300,000 deducts federal income tax", () => {
    // 300,000 − 2,500 std (floor) − 1,500 exemption − 68,134.25 federal = 227,865.75
    // 500×2% + 2,500×4% + (227,865.75 − 3,000)×5% = 10 + 100 + 11,243.2875 = 11,353.2875
    expect(AL.incomeTax(single300)).toBeCloseTo(11_353.2875, 2);
  });
  it("married $300,000", () => {
    // 300,000 − 5,000 − 3,000 − 49,468 = 242,532; 20 + 200 + (242,532 − 6,000)×5% = 12,046.60
    expect(AL.incomeTax(married300)).toBeCloseTo(12_046.6, 2);
  });
  it("pre-tax $24,500 lowers Alabama wages", () => {
    // 227,865.75 − 24,500 = 203,365.75; 110 + 200,365.75×5% = 10,128.2875 (1,225 less)
    expect(AL.incomeTax(pretax300)).toBeCloseTo(10_128.2875, 2);
  });
  it("a larger federal tax lowers Alabama tax by 5% of the difference", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (extra) => {
        const base = AL.incomeTax(single300);
        const more = AL.incomeTax(input(300_000, "single", 0, FED_SINGLE + extra));
        return Math.abs(base - more - extra * 0.05) < 1e-6;
      }),
      { numRuns: 200 },
    );
  });
});

describe("Arizona", () => {
  it("single $300,000", () => {
    // (300,000 − 16,100) × 2.5% = 7,097.50
    expect(AZ.incomeTax(single300)).toBeCloseTo(7_097.5, 2);
  });
  it("pre-tax $24,500", () => {
    // (300,000 − 24,500 − 16,100) × 2.5% = 259,400 × 2.5% = 6,485
    expect(AZ.incomeTax(pretax300)).toBeCloseTo(6_485, 2);
  });
});

describe("Arkansas", () => {
  it("single $300,000", () => {
    // 300,000 − 2,470 = 297,530; 4,500×2% + 293,030×3.9% − 29 = 90 + 11,428.17 − 29 = 11,489.17
    expect(AR.incomeTax(single300)).toBeCloseTo(11_489.17, 2);
  });
  it("married $300,000", () => {
    // 300,000 − 4,940 = 295,060; 90 + 290,560×3.9% − 58 = 90 + 11,331.84 − 58 = 11,363.84
    expect(AR.incomeTax(married300)).toBeCloseTo(11_363.84, 2);
  });
  it("pre-tax $24,500", () => {
    // 11,489.17 − 24,500×3.9% = 11,489.17 − 955.50 = 10,533.67
    expect(AR.incomeTax(pretax300)).toBeCloseTo(10_533.67, 2);
  });
});

describe("California", () => {
  it("single $300,000, exemption credit partly phased out", () => {
    // taxable 300,000 − 5,706 = 294,294
    // 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + (294,294 − 72,724)×9.3% (20,606.01) = 23,807.98
    // credit 153 − 6 × ceil((300,000 − 252,203)/2,500 = 19.12 → 20) = 33 → 23,774.98
    expect(CA.incomeTax(single300)).toBeCloseTo(23_774.98, 2);
  });
  it("married $300,000", () => {
    // taxable 288,588: 221.58 + 607.40 + 1,215.04 + 1,930.80 + 2,429.12 + 143,140×9.3% (13,312.02)
    // = 19,715.96; credits 2×153 = 306 (AGI under 504,411) → 19,409.96
    expect(CA.incomeTax(married300)).toBeCloseTo(19_409.96, 2);
  });
  it("pre-tax $24,500 lowers taxable wages and AGI for the credit phase-out", () => {
    // taxable 269,794 → 23,807.98 − 24,500×9.3% = 21,529.48; AGI 275,500: ceil(23,297/2,500) = 10 → credit 93
    expect(CA.incomeTax(pretax300)).toBeCloseTo(21_436.48, 2);
  });
  it("adds the 1% Mental Health Services Tax above $1M taxable", () => {
    // taxable 1,200,000 − 5,706 = 1,194,294; to 72,724: 3,201.97; +298,755×9.3% 27,784.215
    // +74,292×10.3% 7,652.076 +297,182×11.3% 33,581.566 +451,341×12.3% 55,514.943 = 127,734.77
    // credit 0 (phased out); MHST (1,194,294 − 1,000,000)×1% = 1,942.94 → 129,677.71
    expect(CA.incomeTax(input(1_200_000))).toBeCloseTo(129_677.71, 2);
  });
  it("SDI has no wage cap", () => {
    // 1,000,000 × 1.3% = 13,000
    expect(levy(CA, 1_000_000)).toBeCloseTo(13_000, 2);
  });
});

describe("Colorado", () => {
  it("single $300,000", () => {
    // (300,000 − 16,100) × 4.4% = 283,900 × 4.4% = 12,491.60
    expect(CO.incomeTax(single300)).toBeCloseTo(12_491.6, 2);
  });
  it("married $300,000", () => {
    // (300,000 − 32,200) × 4.4% = 267,800 × 4.4% = 11,783.20
    expect(CO.incomeTax(married300)).toBeCloseTo(11_783.2, 2);
  });
  it("pre-tax $24,500", () => {
    // 259,400 × 4.4% = 11,413.60
    expect(CO.incomeTax(pretax300)).toBeCloseTo(11_413.6, 2);
  });
  it("FAMLI stops at the Social Security wage base", () => {
    // 184,500 × 0.44% = 811.80
    expect(levy(CO, 300_000)).toBeCloseTo(811.8, 2);
  });
});

describe("Connecticut", () => {
  it("single $300,000 with the 2% phase-out and recapture", () => {
    // 10,000×2% 200 + 40,000×4.5% 1,800 + 50,000×5.5% 2,750 + 100,000×6% 6,000 + 50,000×6.5% 3,250
    // + 50,000×6.9% 3,450 = 17,450; phase-out max 250; recapture ceil(100,000/5,000)=20 × 90 = 1,800 → 19,500
    expect(CT.incomeTax(single300)).toBeCloseTo(19_500, 2);
  });
  it("married $300,000", () => {
    // 20,000×2% 400 + 80,000×4.5% 3,600 + 100,000×5.5% 5,500 + 100,000×6% 6,000 = 15,500
    // phase-out ceil((300,000 − 210,000)/10,000) = 9 × 50 = 450; no recapture below 400,000 → 15,950
    expect(CT.incomeTax(married300)).toBeCloseTo(15_950, 2);
  });
  it("pre-tax $24,500 lowers CT AGI", () => {
    // AGI 275,500: 14,000 to 250,000 + 25,500×6.9% 1,759.50 = 15,759.50; + 250
    // + recapture ceil(75,500/5,000) = 16 × 90 = 1,440 → 17,449.50
    expect(CT.incomeTax(pretax300)).toBeCloseTo(17_449.5, 2);
  });
  it("single $1,000,000 pays the full phase-out and both recapture tiers", () => {
    // 1,000,000: brackets 200 + 1,800 + 2,750 + 6,000 + 3,250 + 17,250 + 500,000×6.99% 34,950 = 66,200
    // + 250 + 2,700 + 450 = 69,600 (6.96% of AGI)
    expect(CT.incomeTax(input(1_000_000))).toBeCloseTo(69_600, 2);
  });
  it("Paid Leave stops at the Social Security wage base", () => {
    // 184,500 × 0.5% = 922.50
    expect(levy(CT, 300_000)).toBeCloseTo(922.5, 2);
  });
});

describe("Delaware", () => {
  it("single $300,000", () => {
    // taxable 296,750: 3,000×2.2% 66 + 5,000×3.9% 195 + 10,000×4.8% 480 + 5,000×5.2% 260
    // + 35,000×5.55% 1,942.50 + 236,750×6.6% 15,625.50 = 18,569 − 110 credit = 18,459
    expect(DE.incomeTax(single300)).toBeCloseTo(18_459, 2);
  });
  it("married $300,000", () => {
    // taxable 293,500: 2,943.50 to 60,000 + 233,500×6.6% 15,411 = 18,354.50 − 220 = 18,134.50
    expect(DE.incomeTax(married300)).toBeCloseTo(18_134.5, 2);
  });
  it("pre-tax $24,500", () => {
    // taxable 272,250: 2,943.50 + 212,250×6.6% 14,008.50 − 110 = 16,842
    expect(DE.incomeTax(pretax300)).toBeCloseTo(16_842, 2);
  });
  it("Paid Leave employee share stops at the Social Security wage base", () => {
    // 184,500 × 0.4% = 738
    expect(levy(DE, 300_000)).toBeCloseTo(738, 2);
  });
});

describe("District of Columbia", () => {
  it("single $300,000", () => {
    // taxable 283,900: 19,650 + (283,900 − 250,000)×9.25% 3,135.75 = 22,785.75
    expect(DC.incomeTax(single300)).toBeCloseTo(22_785.75, 2);
  });
  it("married $300,000", () => {
    // taxable 267,800: 19,650 + 17,800×9.25% 1,646.50 = 21,296.50
    expect(DC.incomeTax(married300)).toBeCloseTo(21_296.5, 2);
  });
  it("pre-tax $24,500", () => {
    // taxable 259,400: 19,650 + 9,400×9.25% 869.50 = 20,519.50
    expect(DC.incomeTax(pretax300)).toBeCloseTo(20_519.5, 2);
  });
});

describe("Georgia", () => {
  it("single $300,000", () => {
    // (300,000 − 12,000) × 5.09% = 14,659.20
    expect(GA.incomeTax(single300)).toBeCloseTo(14_659.2, 2);
  });
  it("married $300,000", () => {
    // (300,000 − 24,000) × 5.09% = 14,048.40
    expect(GA.incomeTax(married300)).toBeCloseTo(14_048.4, 2);
  });
  it("pre-tax $24,500", () => {
    // 263,500 × 5.09% = 13,412.15
    expect(GA.incomeTax(pretax300)).toBeCloseTo(13_412.15, 2);
  });
});

describe("Hawaii", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 8,000 − 1,144 = 290,856
    // 134.40 + 153.60 + 264 + 307.20 + 816 + 864 + 5,852 + 3,950 + 4,125 + 4,500 + 15,856×10% 1,585.60 = 22,551.80
    expect(HI.incomeTax(single300)).toBeCloseTo(22_551.8, 2);
  });
  it("married $300,000", () => {
    // taxable 300,000 − 16,000 − 2,288 = 281,712; 16,782.40 to 250,000 + 31,712×7.9% 2,505.248 = 19,287.648
    expect(HI.incomeTax(married300)).toBeCloseTo(19_287.648, 2);
  });
  it("pre-tax $24,500", () => {
    // taxable 266,356: 16,466.20 to 225,000 + 41,356×9% 3,722.04 = 20,188.24
    expect(HI.incomeTax(pretax300)).toBeCloseTo(20_188.24, 2);
  });
  it("TDI stops at the weekly wage base", () => {
    // 52 × 7.50 = 390 (0.5% × 78,010.92 = 390.05, held to the 390 maximum)
    expect(levy(HI, 300_000)).toBeCloseTo(390, 2);
  });
});

describe("Idaho", () => {
  it("single $300,000", () => {
    // (300,000 − 16,100 − 4,811) × 5.3% = 279,089 × 5.3% = 14,791.717
    expect(ID.incomeTax(single300)).toBeCloseTo(14_791.717, 2);
  });
  it("married $300,000", () => {
    // (300,000 − 32,200 − 9,622) × 5.3% = 258,178 × 5.3% = 13,683.434
    expect(ID.incomeTax(married300)).toBeCloseTo(13_683.434, 2);
  });
  it("pre-tax $24,500", () => {
    // (259,400 − 4,811) × 5.3% = 13,493.217
    expect(ID.incomeTax(pretax300)).toBeCloseTo(13_493.217, 2);
  });
});

describe("every state AL–ID", () => {
  it("cites an https source and a 2026 tax year, or says why not", () => {
    for (const state of MINE) {
      expect(state.source.url.startsWith("https://")).toBe(true);
      for (const row of state.payroll) expect(row.source.url.startsWith("https://")).toBe(true);
      if (state.source.taxYear !== 2026) expect(state.source.note ?? "").toMatch(/2026/);
    }
  });

  it("tax never falls when wages rise, and is never negative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINE),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (state, status, wages, raise) => {
          // Federal tax held fixed so Alabama's deduction does not mask the wage effect.
          const low = state.incomeTax(input(wages, status, 0, 0));
          const high = state.incomeTax(input(wages + raise, status, 0, 0));
          return low >= 0 && high >= low - 1e-9;
        },
      ),
      { numRuns: 400 },
    );
  });

  it("pre-tax deferrals never raise state tax", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINE),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        fc.integer({ min: 50_000, max: 1_500_000 }),
        fc.integer({ min: 0, max: 24_500 }),
        (state, status, wages, pretax) =>
          state.incomeTax(input(wages, status, pretax, 0)) <= state.incomeTax(input(wages, status, 0, 0)) + 1e-9,
      ),
      { numRuns: 300 },
    );
  });
});
