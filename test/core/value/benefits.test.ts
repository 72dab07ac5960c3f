/**
 * Benefits beyond wages, worked by hand from the 2026 limits in IRS Notice 2025-67 (IRS COLA table,
 * https://www.irs.gov/ht/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions,
 * grade A): compensation limit §401(a)(17) $360,000; annual additions §415(c) $72,000; governmental 457(b)
 * limit §457(e)(15) $24,500. The 80% share of a non-governmental 457(b) dollar is Leverage's own grade-D figure.
 */
import fc from "fast-check";
import {
  NONGOVERNMENTAL_457_SHARE,
  benefitsInYear,
  retirementContribution,
  retirementShare,
} from "../../../src/core/value/benefits";
import { offerFrom } from "../../harness/offers";

const PLAN_401K = "401k";
const PLAN_457_GOV = "457b government";
const PLAN_457_NONGOV = "457b nongovernment";

describe("retirement contribution, 401(k) or 403(b)", () => {
  it("is the stated percentage of salary when under every limit", () => {
    const offer = offerFrom({ retirementMatch: 10, retirementPlan: PLAN_401K });
    expect(retirementContribution(offer, 300_000, 0)).toBe(30_000); // 10% × 300,000
  });

  it("ignores pay above the $360,000 compensation limit", () => {
    const offer = offerFrom({ retirementMatch: 10, retirementPlan: PLAN_401K });
    expect(retirementContribution(offer, 400_000, 0)).toBe(36_000); // 10% × 360,000, not 10% × 400,000
  });

  it("stops at the $72,000 annual additions limit less the candidate's own deferrals", () => {
    const offer = offerFrom({ retirementMatch: 20, retirementPlan: PLAN_401K });
    // 20% × 360,000 = 72,000; room 72,000 − 24,500 = 47,500
    expect(retirementContribution(offer, 400_000, 24_500)).toBe(47_500);
    // room 72,000 − 0 = 72,000: the whole 72,000 fits
    expect(retirementContribution(offer, 400_000, 0)).toBe(72_000);
    // 30% × 360,000 = 108,000; room 72,000 − 10,000 = 62,000
    expect(retirementContribution(offerFrom({ retirementMatch: 30 }), 400_000, 10_000)).toBe(62_000);
  });

  it("reads a blank plan as a 401(k): the annual additions limit applies", () => {
    const offer = offerFrom({ retirementMatch: 10 });
    expect(retirementContribution(offer, 300_000, 0)).toBe(30_000); // 30,000 ≤ 72,000, so not the 457(b)'s 24,500
    expect(retirementShare(offer)).toBe(1);
  });

  it("is nothing without a percentage or a salary", () => {
    expect(retirementContribution(offerFrom({}), 300_000, 0)).toBe(0);
    expect(retirementContribution(offerFrom({ retirementMatch: 0 }), 300_000, 0)).toBe(0);
    expect(retirementContribution(offerFrom({ retirementMatch: 10 }), 0, 0)).toBe(0);
  });
});

describe("retirement contribution, 457(b)", () => {
  it("stops at the $24,500 457(b) limit, which the candidate's deferrals share", () => {
    const offer = offerFrom({ retirementMatch: 10, retirementPlan: PLAN_457_GOV });
    expect(retirementContribution(offer, 300_000, 0)).toBe(24_500); // 10% × 300,000 = 30,000 > 24,500 − 0
    expect(retirementContribution(offer, 300_000, 10_000)).toBe(14_500); // 24,500 − 10,000
    expect(retirementContribution(offer, 300_000, 24_500)).toBe(0); // no room left
  });

  it("is the percentage when under the limit", () => {
    const offer = offerFrom({ retirementMatch: 5, retirementPlan: PLAN_457_GOV });
    expect(retirementContribution(offer, 300_000, 0)).toBe(15_000); // 5% × 300,000 ≤ 24,500
  });

  it("counts 80% of a non-governmental 457(b) dollar and all of a governmental one", () => {
    expect(NONGOVERNMENTAL_457_SHARE).toBe(0.8);
    const nongov = offerFrom({ retirementMatch: 10, retirementPlan: PLAN_457_NONGOV });
    const gov = offerFrom({ retirementMatch: 10, retirementPlan: PLAN_457_GOV });
    expect(retirementShare(nongov)).toBe(0.8);
    expect(retirementShare(gov)).toBe(1);
    expect(benefitsInYear(nongov, 300_000, 0, 5)).toBeCloseTo(19_600, 6); // 24,500 (capped) × 0.8
    expect(benefitsInYear(gov, 300_000, 0, 5)).toBe(24_500);
    const small = offerFrom({ retirementMatch: 5, retirementPlan: PLAN_457_NONGOV });
    expect(benefitsInYear(small, 300_000, 0, 5)).toBeCloseTo(12_000, 6); // 5% × 300,000 = 15,000; × 0.8
  });
});

describe("benefits in a year", () => {
  const terms = {
    retirementMatch: 10,
    retirementPlan: PLAN_401K,
    cmeAllowance: 3_000,
    healthPremium: 8_000,
  };

  it("adds the contribution, the CME allowance and the health premium", () => {
    // 10% × 300,000 = 30,000; + 3,000 CME + 8,000 health premium
    expect(benefitsInYear(offerFrom(terms), 300_000, 0, 5)).toBe(41_000);
  });

  it("counts no contribution that vests after the years projected, but still CME and health", () => {
    expect(benefitsInYear(offerFrom({ ...terms, vestingYears: 6 }), 300_000, 0, 5)).toBe(11_000); // 3,000 + 8,000
    expect(benefitsInYear(offerFrom({ ...terms, vestingYears: 5 }), 300_000, 0, 5)).toBe(41_000); // vests in year 5
    expect(benefitsInYear(offerFrom({ ...terms, vestingYears: 0 }), 300_000, 0, 5)).toBe(41_000); // immediate
  });

  it("is CME and health alone without a retirement contribution", () => {
    expect(benefitsInYear(offerFrom({ cmeAllowance: 3_000, healthPremium: 8_000 }), 300_000, 0, 5)).toBe(11_000);
    expect(benefitsInYear(offerFrom({}), 300_000, 0, 5)).toBe(0);
  });

  it("never exceeds its plan's limit less the deferrals, nor the percentage of $360,000 (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(PLAN_401K, PLAN_457_GOV, PLAN_457_NONGOV),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 24_500 }),
        (plan, percent, salary, pretax) => {
          const offer = offerFrom({ retirementMatch: percent, retirementPlan: plan });
          const paid = retirementContribution(offer, salary, pretax);
          const limit = plan === PLAN_401K ? 72_000 : 24_500;
          expect(paid).toBeGreaterThanOrEqual(0);
          expect(paid).toBeLessThanOrEqual(limit - pretax + 1e-9);
          expect(paid).toBeLessThanOrEqual((360_000 * percent) / 100 + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
