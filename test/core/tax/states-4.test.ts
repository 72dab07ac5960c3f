/**
 * State tax on wages for RI SC SD TN TX UT VT VA WA WV WI WY. Every expected figure is worked by hand from
 * the state's published schedule (arithmetic in the comment beside it), never produced by the code.
 */
import fc from "fast-check";
import { levyAmount } from "../../../src/core/tax/state-schedule";
import { RI, riDeductionShare } from "../../../src/core/tax/states/ri";
import { SC } from "../../../src/core/tax/states/sc";
import { SD } from "../../../src/core/tax/states/sd";
import { TN } from "../../../src/core/tax/states/tn";
import { TX } from "../../../src/core/tax/states/tx";
import { UT } from "../../../src/core/tax/states/ut";
import { VA } from "../../../src/core/tax/states/va";
import { VT } from "../../../src/core/tax/states/vt";
import { WA } from "../../../src/core/tax/states/wa";
import { WI } from "../../../src/core/tax/states/wi";
import { WV } from "../../../src/core/tax/states/wv";
import { WY } from "../../../src/core/tax/states/wy";
import type { FilingStatus, StateTax, StateTaxInput } from "../../../src/core/tax/types";

const MINE: readonly StateTax[] = [RI, SC, SD, TN, TX, UT, VT, VA, WA, WV, WI, WY];

/** The 2026 federal income tax on $300,000 single with the standard deduction (shared research T-01). */
const FEDERAL_300K = 68_134.25;

function input(wages: number, status: FilingStatus = "single", pretax = 0): StateTaxInput {
  return { wages, pretax, status, federalIncomeTax: FEDERAL_300K };
}

function levy(state: StateTax, namePart: string) {
  const found = state.payroll.find((l) => l.name.includes(namePart));
  if (!found) throw new Error(`${state.code} has no levy named like ${namePart}`);
  return found;
}

describe("no-wage-tax states", () => {
  it.each([SD, TN, TX, WA, WY])("$code taxes $300,000 of wages at exactly 0", (state) => {
    expect(state.incomeTax(input(300_000))).toBe(0);
    expect(state.incomeTax(input(700_000, "married", 24_500))).toBe(0);
  });

  it("only Washington of them charges a payroll premium", () => {
    expect([SD, TN, TX, WY].every((s) => s.payroll.length === 0)).toBe(true);
    expect(WA.payroll).toHaveLength(2);
  });
});

describe("Rhode Island", () => {
  it("single $300,000: above the phase-out, no deduction or exemption", () => {
    // AGI 300,000 > 290,800 → deductions 0; taxable 300,000.
    // 82,050 × 3.75% = 3,076.875; (186,450 − 82,050) × 4.75% = 4,959; (300,000 − 186,450) × 5.99% = 6,801.645
    expect(RI.incomeTax(input(300_000))).toBeCloseTo(14_837.52, 2);
  });

  it("married $250,000: below the phase-out, full deduction and two exemptions", () => {
    // 250,000 ≤ 264,000 → deductions 21,800 + 2 × 4,950 = 31,700; taxable 218,300.
    // 3,076.875 + 4,959 + (218,300 − 186,450) × 5.99% = 1,907.815 → 9,943.69
    expect(RI.incomeTax(input(250_000, "married"))).toBeCloseTo(9_943.69, 2);
  });

  it("pretax 24,500 lowers AGI into the phase-out, where 60% of the deductions remain", () => {
    // AGI 275,500; 275,500 − 264,000 = 11,500; / 6,700 = 1.7 → 2 steps → 60% kept.
    // Deductions 0.6 × (10,900 + 4,950) = 9,510; taxable 265,990.
    // 3,076.875 + 4,959 + (265,990 − 186,450) × 5.99% = 4,764.446 → 12,800.32
    expect(RI.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(12_800.32, 2);
    expect(RI.incomeTax(input(300_000, "single", 24_500))).toBeLessThan(RI.incomeTax(input(300_000)));
  });

  it("phase-out keeps 100%, then 80/60/40/20% per started $6,700 step, then nothing", () => {
    expect(riDeductionShare(264_000)).toBe(1);
    expect(riDeductionShare(264_001)).toBeCloseTo(0.8, 10);
    expect(riDeductionShare(290_800)).toBeCloseTo(0.2, 10); // 26,800 / 6,700 = 4 steps
    expect(riDeductionShare(290_801)).toBe(0);
  });

  it("TDI stops at $1,100 on wages above the $100,000 cap", () => {
    // min(300,000, 100,000) × 1.1% = 1,100
    expect(levyAmount(levy(RI, "TDI"), 300_000)).toBeCloseTo(1_100, 2);
  });
});

describe("South Carolina", () => {
  it("single $300,000 after the federal standard deduction", () => {
    // taxable 300,000 − 16,100 = 283,900; (17,830 − 3,560) × 3% = 428.10; (283,900 − 17,830) × 6% = 15,964.20
    expect(SC.incomeTax(input(300_000))).toBeCloseTo(16_392.3, 2);
  });

  it("married $300,000", () => {
    // taxable 300,000 − 32,200 = 267,800; 428.10 + (267,800 − 17,830) × 6% = 14,998.20 → 15,426.30
    expect(SC.incomeTax(input(300_000, "married"))).toBeCloseTo(15_426.3, 2);
  });

  it("pretax 24,500 lowers taxable wages", () => {
    // taxable 275,500 − 16,100 = 259,400; 428.10 + 241,570 × 6% = 14,494.20 → 14,922.30
    expect(SC.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(14_922.3, 2);
  });
});

describe("Utah", () => {
  it("single $300,000: the taxpayer credit is fully phased out", () => {
    // credit 6% × 16,100 = 966; phase-out 1.3% × (300,000 − 14,256) = 3,714.67 → credit 0
    // 4.45% × 300,000 = 13,350
    expect(UT.incomeTax(input(300_000))).toBeCloseTo(13_350, 2);
  });

  it("married $300,000", () => {
    // credit 6% × 32,200 = 1,932; phase-out 1.3% × (300,000 − 28,512) = 3,529.34 → 0; 4.45% × 300,000
    expect(UT.incomeTax(input(300_000, "married"))).toBeCloseTo(13_350, 2);
  });

  it("the credit still counts at low income", () => {
    // single 30,000: 4.45% × 30,000 = 1,335; credit 966 − 1.3% × (30,000 − 14,256) = 966 − 204.672 = 761.328
    expect(UT.incomeTax(input(30_000))).toBeCloseTo(573.67, 2);
  });

  it("pretax 24,500 lowers Utah income", () => {
    // 4.45% × 275,500 = 12,259.75
    expect(UT.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(12_259.75, 2);
  });
});

describe("Vermont", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 7,400 − 5,100 = 287,500
    // 47,900 × 3.35% = 1,604.65; 68,100 × 6.6% = 4,494.60; 126,000 × 7.6% = 9,576; 45,500 × 8.75% = 3,981.25
    expect(VT.incomeTax(input(300_000))).toBeCloseTo(19_656.5, 2);
  });

  it("married $300,000", () => {
    // taxable 300,000 − 14,800 − 10,200 = 275,000
    // 79,950 × 3.35% = 2,678.325; 113,350 × 6.6% = 7,481.10; (275,000 − 193,300) × 7.6% = 6,209.20
    expect(VT.incomeTax(input(300_000, "married"))).toBeCloseTo(16_368.625, 2);
  });

  it("pretax 24,500 lowers taxable wages", () => {
    // taxable 263,000: 15,675.25 + (263,000 − 242,000) × 8.75% = 1,837.50 → 17,512.75
    expect(VT.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(17_512.75, 2);
  });
});

describe("Virginia", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 8,750 − 930 = 290,320
    // 3,000 × 2% = 60; 2,000 × 3% = 60; 12,000 × 5% = 600; (290,320 − 17,000) × 5.75% = 15,715.90
    expect(VA.incomeTax(input(300_000))).toBeCloseTo(16_435.9, 2);
  });

  it("married $300,000", () => {
    // taxable 300,000 − 17,500 − 1,860 = 280,640; 720 + 263,640 × 5.75% = 15,159.30 → 15,879.30
    expect(VA.incomeTax(input(300_000, "married"))).toBeCloseTo(15_879.3, 2);
  });

  it("pretax 24,500 lowers taxable wages", () => {
    // taxable 265,820; 720 + 248,820 × 5.75% = 14,307.15 → 15,027.15
    expect(VA.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(15_027.15, 2);
  });
});

describe("West Virginia", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 2,000 = 298,000
    // 10,000 × 2.22% = 222; 15,000 × 2.96% = 444; 15,000 × 3.33% = 499.50; 20,000 × 4.44% = 888
    // (298,000 − 60,000) × 4.82% = 11,471.60
    expect(WV.incomeTax(input(300_000))).toBeCloseTo(13_525.1, 2);
  });

  it("married $300,000", () => {
    // taxable 296,000; 2,053.50 + 236,000 × 4.82% = 11,375.20 → 13,428.70
    expect(WV.incomeTax(input(300_000, "married"))).toBeCloseTo(13_428.7, 2);
  });

  it("pretax 24,500 lowers taxable wages", () => {
    // taxable 273,500; 2,053.50 + 213,500 × 4.82% = 10,290.70 → 12,344.20
    expect(WV.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(12_344.2, 2);
  });
});

describe("Wisconsin", () => {
  it("single $300,000", () => {
    // taxable 300,000 − 700 = 299,300
    // 14,320 × 3.5% = 501.20; 36,160 × 4.4% = 1,591.04; (299,300 − 50,480) × 5.3% = 13,187.46
    expect(WI.incomeTax(input(300_000))).toBeCloseTo(15_279.7, 2);
  });

  it("single $400,000 reaches the 7.65% bracket", () => {
    // taxable 399,300: 501.20 + 1,591.04 + 264,830 × 5.3% = 14,035.99 + (399,300 − 315,310) × 7.65% = 6,425.235
    expect(WI.incomeTax(input(400_000))).toBeCloseTo(22_553.465, 2);
  });

  it("married $300,000", () => {
    // taxable 298,600: 19,090 × 3.5% = 668.15; 48,210 × 4.4% = 2,121.24; (298,600 − 67,300) × 5.3% = 12,258.90
    expect(WI.incomeTax(input(300_000, "married"))).toBeCloseTo(15_048.29, 2);
  });

  it("pretax 24,500 lowers taxable wages", () => {
    // taxable 274,800: 2,092.24 + (274,800 − 50,480) × 5.3% = 11,888.96 → 13,981.20
    expect(WI.incomeTax(input(300_000, "single", 24_500))).toBeCloseTo(13_981.2, 2);
  });
});

describe("Washington payroll premiums", () => {
  it("PFML stops at the $184,500 Social Security cap", () => {
    // 184,500 × 1.13% = 2,084.85; × 71.43% = 1,489.208355
    expect(levyAmount(levy(WA, "Paid Family"), 300_000)).toBeCloseTo(1_489.21, 2);
  });

  it("WA Cares has no cap", () => {
    // 300,000 × 0.58% = 1,740
    expect(levyAmount(levy(WA, "WA Cares"), 300_000)).toBeCloseTo(1_740, 2);
  });
});

describe("provenance", () => {
  it.each(MINE)("$code: https source, and 2026 or a note saying why not", (state) => {
    const sources = [state.source, ...state.payroll.map((l) => l.source)];
    for (const source of sources) {
      expect(source.url.startsWith("https://")).toBe(true);
      if (source.taxYear !== 2026) expect(source.note ?? "").toMatch(/\b20\d\d\b.*(used|found)/);
    }
  });
});

describe("properties", () => {
  const wages = fc.integer({ min: 0, max: 2_000_000 });
  const status = fc.constantFrom<FilingStatus>("single", "married", "head");

  it.each(MINE)("$code: tax is never negative and never falls as wages rise", (state) => {
    fc.assert(
      fc.property(wages, wages, status, (a, b, s) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const taxLow = state.incomeTax(input(low, s));
        const taxHigh = state.incomeTax(input(high, s));
        return taxLow >= 0 && taxHigh + 1e-9 >= taxLow;
      }),
      { numRuns: 200 },
    );
  });
});
