/**
 * Worked cases for IL IN IA KS KY LA ME MD MA MI MN MS MO, each computed by hand from the published
 * schedule (the arithmetic is in the comment beside each expected number), plus payroll levies above their
 * caps, pre-tax deferrals lowering state wages, provenance, and a monotonicity property.
 */
import fc from "fast-check";
import { levyAmount } from "../../../src/core/tax/state-schedule";
import { IL } from "../../../src/core/tax/states/il";
import { IN } from "../../../src/core/tax/states/in";
import { IA } from "../../../src/core/tax/states/ia";
import { KS } from "../../../src/core/tax/states/ks";
import { KY } from "../../../src/core/tax/states/ky";
import { LA } from "../../../src/core/tax/states/la";
import { ME } from "../../../src/core/tax/states/me";
import { MD } from "../../../src/core/tax/states/md";
import { MA } from "../../../src/core/tax/states/ma";
import { MI } from "../../../src/core/tax/states/mi";
import { MN } from "../../../src/core/tax/states/mn";
import { MS } from "../../../src/core/tax/states/ms";
import { MO } from "../../../src/core/tax/states/mo";
import type { FilingStatus, StateTax } from "../../../src/core/tax/types";

const MINE: StateTax[] = [IL, IN, IA, KS, KY, LA, ME, MD, MA, MI, MN, MS, MO];
/** 2026 federal income tax on $300,000 single with the standard deduction (research §5, T-01). */
const FEDERAL_300K_SINGLE = 68_134.25;

function tax(
  state: StateTax,
  wages: number,
  status: FilingStatus = "single",
  pretax = 0,
  federal = FEDERAL_300K_SINGLE,
) {
  return state.incomeTax({ wages, pretax, status, federalIncomeTax: federal });
}

describe("single filer, $300,000 wages, no deferrals", () => {
  test.each<[StateTax, number, string]>([
    // AGI 300,000 > 250,000 → no exemption; 300,000 × 4.95%
    [IL, 14_850, "IL"],
    // (300,000 − 1,000) × 2.95%
    [IN, 8_820.5, "IN"],
    // (300,000 − 16,100) × 3.8% = 10,788.20; − $40 credit
    [IA, 10_748.2, "IA"],
    // 300,000 − 3,605 − 9,160 = 287,235; 23,000 × 5.2% = 1,196 + 264,235 × 5.58% = 14,744.313
    [KS, 15_940.313, "KS"],
    // (300,000 − 3,360) × 3.5%
    [KY, 10_382.4, "KY"],
    // (300,000 − 12,500) × 3%
    [LA, 8_625, "LA"],
    // std. deduction gone (AGI − 80,000 > 75,000); exemption: 38,500 over 261,500 → 16 steps × 2% = 32% off
    // → 5,300 × 0.68 = 3,604; taxable 296,396; 27,400 × 5.8% = 1,589.20 + 37,450 × 6.75% = 2,527.875
    // + (296,396 − 64,850) = 231,546 × 7.15% = 16,555.539 → 20,672.614
    [ME, 20_672.614, "ME"],
    // AGI > 150,000 → exemption 0; taxable 300,000 − 3,350 = 296,650; 20 + 30 + 40 + 97,000 × 4.75% = 4,607.50
    // + 1,250 + 1,312.50 + 100,000 × 5.5% = 5,500 + 46,650 × 5.75% = 2,682.375 → 15,442.375
    [MD, 15_442.375, "MD"],
    // (300,000 − 4,400) × 5%; below the surtax threshold
    [MA, 14_780, "MA"],
    // (300,000 − 5,400) × 4.25%
    [MI, 12_520.5, "MI"],
    // cut = min(3% × (300,000 − 244,610) = 1,661.70, 80% × 15,300) → deduction 13,638.30; taxable 286,361.70
    // 33,310 × 5.35% = 1,782.085 + 76,120 × 6.8% = 5,176.16 + 93,720 × 7.85% = 7,357.02
    // + 83,211.70 × 9.85% = 8,196.35245 → 22,511.61745
    [MN, 22_511.61745, "MN"],
    // 300,000 − 2,300 − 6,000 = 291,700; (291,700 − 10,000) × 4%
    [MS, 11_268, "MS"],
    // AGI > 125,000 → no federal deduction; taxable 300,000 − 16,100 = 283,900
    // 1,323 × (2% + 2.5% + 3% + 3.5% + 4% + 4.5%) = 257.985 + (283,900 − 9,261) × 4.7% = 12,908.033 → 13,166.018
    [MO, 13_166.018, "MO"],
  ])("case %#", (state, expected, code) => {
    expect(state.code).toBe(code);
    expect(tax(state, 300_000)).toBeCloseTo(expected, 2);
  });
});

describe("married filing jointly, $300,000 wages", () => {
  test.each<[StateTax, number]>([
    // AGI ≤ 500,000 → exemption 2 × 2,850; (300,000 − 5,700) × 4.95%
    [IL, 14_567.85],
    // 300,000 − 8,240 − 18,320 = 273,440; 46,000 × 5.2% = 2,392 + 227,440 × 5.58% = 12,691.152
    [KS, 15_083.152],
    // (300,000 − 32,200) × 3.8% = 10,176.40 − $80
    [IA, 10_096.4],
    // deduction 30,600 × (1 − 140,000/150,000) = 2,040; exemption 10,600 (AGI < 313,800); taxable 287,360
    // 54,850 × 5.8% = 3,181.30 + 74,900 × 6.75% = 5,055.75 + 157,610 × 7.15% = 11,269.115 → 19,506.165
    [ME, 19_506.165],
    // AGI > 200,000 → exemption 0; taxable 293,300; 90 + 147,000 × 4.75% = 6,982.50 + 1,250 + 50,000 × 5.25%
    // = 2,625 + 68,300 × 5.5% = 3,756.50 → 14,704
    [MD, 14_704],
    // cut 1,661.70 → deduction 28,938.30; taxable 271,061.70; 48,700 × 5.35% = 2,605.45
    // + 144,780 × 6.8% = 9,845.04 + 77,581.70 × 7.85% = 6,090.16345 → 18,540.65345
    [MN, 18_540.65345],
    // 300,000 − 4,600 − 12,000 = 283,400; (283,400 − 10,000) × 4%
    [MS, 10_936],
    // taxable 300,000 − 32,200 = 267,800; 257.985 + 258,539 × 4.7% = 12,151.333 → 12,409.318
    [MO, 12_409.318],
    // (300,000 − 8,800) × 5%
    [MA, 14_560],
  ])("case %#", (state, expected) => {
    expect(tax(state, 300_000, "married", 0, 49_468)).toBeCloseTo(expected, 2);
  });
});

describe("pre-tax deferral of $24,500 lowers state taxable wages", () => {
  test.each<[StateTax, number]>([
    [IL, 1_212.75], // AGI 275,500 still > 250,000: 24,500 × 4.95%
    [IN, 722.75], // 24,500 × 2.95%
    [IA, 931], // 24,500 × 3.8%
    [KS, 1_367.1], // 24,500 × 5.58%
    [KY, 857.5], // 24,500 × 3.5%
    [LA, 735], // 24,500 × 3%
    // exemption: 14,000 over 261,500 → 6 steps → 12% off → 4,664; taxable 275,500 − 4,664 = 270,836
    // vs 296,396 above → 25,560 less × 7.15%
    [ME, 1_827.54],
    [MD, 1_408.75], // taxable 272,150 still in the 5.75% band: 24,500 × 5.75%
    [MA, 1_225], // 24,500 × 5%
    [MI, 1_041.25], // 24,500 × 4.25%
    // the deduction cut falls by 3% × 24,500 = 735 (the deduction grows), so taxable falls by
    // 24,500 + 735 = 25,235 × 9.85%
    [MN, 2_485.6475],
    [MS, 980], // 24,500 × 4%
    [MO, 1_151.5], // 24,500 × 4.7%
  ])("case %#", (state, saving) => {
    expect(tax(state, 300_000) - tax(state, 300_000, "single", 24_500)).toBeCloseTo(saving, 2);
  });
});

describe("rules at other incomes", () => {
  test("Massachusetts 4% surtax above $1,083,150 of taxable income", () => {
    // taxable 1,200,000 − 4,400 = 1,195,600; × 5% = 59,780 + (1,195,600 − 1,083,150) × 4% = 4,498
    expect(tax(MA, 1_200_000)).toBeCloseTo(64_278, 2);
  });

  test("Illinois exemption allowed at or below $250,000 federal AGI", () => {
    // (240,000 − 2,850) × 4.95%
    expect(tax(IL, 240_000)).toBeCloseTo(11_738.925, 2);
  });

  test("Missouri deducts 15% of federal tax at $100,000 of AGI", () => {
    // 15% × 10,000 = 1,500 (under the $5,000 cap); taxable 100,000 − 16,100 − 1,500 = 82,400
    // 257.985 + (82,400 − 9,261) × 4.7% = 3,437.533 → 3,695.518
    expect(tax(MO, 100_000, "single", 0, 10_000)).toBeCloseTo(3_695.518, 2);
  });

  test("Maryland single top bracket above $1,000,000", () => {
    // taxable 1,100,000 − 3,350 = 1,096,650; tax to 250,000 = 12,760; 250,000 × 5.75% = 14,375;
    // 500,000 × 6.25% = 31,250; 96,650 × 6.5% = 6,282.25 → 64,667.25
    expect(tax(MD, 1_100_000)).toBeCloseTo(64_667.25, 2);
  });

  test("Kansas head of household uses the single brackets", () => {
    // 300,000 − 6,180 − 9,160 = 284,660; 1,196 + 261,660 × 5.58% = 14,600.628 → 15,796.628
    expect(tax(KS, 300_000, "head")).toBeCloseTo(15_796.628, 2);
  });
});

describe("payroll levies above their caps", () => {
  test.each<[StateTax, number]>([
    [MA, 848.7], // 184,500 × 0.46%
    [ME, 922.5], // 184,500 × 0.5%
    [MN, 811.8], // 184,500 × 0.44%
  ])("case %#", (state, expected) => {
    expect(state.payroll).toHaveLength(1);
    expect(levyAmount(state.payroll[0], 300_000)).toBeCloseTo(expected, 2);
  });

  test("the other states carry no payroll levy", () => {
    for (const state of [IL, IN, IA, KS, KY, LA, MD, MI, MS, MO]) expect(state.payroll).toEqual([]);
  });
});

describe("provenance", () => {
  test.each(MINE.map((s) => [s.code, s] as const))(
    "%s: https source, 2026 or a note saying why not",
    (_code, state) => {
      const sources = [state.source, ...state.payroll.map((p) => p.source)];
      for (const source of sources) {
        expect(source.url.startsWith("https://")).toBe(true);
        if (source.taxYear !== 2026) expect(source.note ?? "").toMatch(new RegExp(String(source.taxYear)));
      }
    },
  );

  test("states with common local wage taxes say so", () => {
    for (const state of [IN, KY, MD, MI, MO]) expect(state.assumptions.join(" ")).toMatch(/local rate/);
  });
});

describe("properties", () => {
  test("tax is never negative and never falls as wages rise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINE),
        fc.constantFrom<FilingStatus>("single", "married", "head"),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (state, status, wages, raise) => {
          const low = tax(state, wages, status);
          const high = tax(state, wages + raise, status);
          return low >= 0 && high >= low - 1e-9;
        },
      ),
      { numRuns: 300 },
    );
  });
});
