import fc from "fast-check";
import {
  ibrMonthlyPayment,
  monthlyPayment,
  povertyGuideline,
  pslfEstimate,
  rapMonthlyPayment,
  resolveEmployerType,
  resolvePlan,
  standardPayment,
  type PslfInput,
} from "../../src/core/pslf";
import { errorKind } from "../harness/functions/error-kind";

// Expected values below are worked by hand from the published schedules (sources in
// src/core/pslf/rules-2026.ts), never by calling the code under test.

describe("RAP monthly payment", () => {
  it("charges the band's percentage of the whole AGI, divided by 12", () => {
    // Research note T-06 / Student Loan Planner: 10% × 120,000 = 12,000 a year; / 12 = 1,000.
    expect(rapMonthlyPayment(120_000)).toBeCloseTo(1_000, 6);
    // 35,000 is more than 30,000 and not more than 40,000 → 3%: 0.03 × 35,000 = 1,050; / 12 = 87.50.
    expect(rapMonthlyPayment(35_000)).toBeCloseTo(87.5, 6);
    // 15,000 → 1%: 150 / 12 = 12.50.
    expect(rapMonthlyPayment(15_000)).toBeCloseTo(12.5, 6);
    // 300,000 → 10%: 30,000 / 12 = 2,500.
    expect(rapMonthlyPayment(300_000)).toBeCloseTo(2_500, 6);
  });

  it("puts an AGI on a $10,000 multiple in the lower band ('more than X and not more than Y')", () => {
    // 60,000 is not more than 60,000 → 5%: 3,000 / 12 = 250; 60,001 → 6%: 3,600.06 / 12 = 300.005.
    expect(rapMonthlyPayment(60_000)).toBeCloseTo(250, 6);
    expect(rapMonthlyPayment(60_001)).toBeCloseTo(300.005, 6);
    // 100,000 → 9%: 9,000 / 12 = 750; 100,001 → 10%: 10,000.10 / 12 = 833.3417.
    expect(rapMonthlyPayment(100_000)).toBeCloseTo(750, 6);
    expect(rapMonthlyPayment(100_001)).toBeCloseTo(833.341667, 5);
  });

  it("takes $50 a month off per dependent", () => {
    // 120,000: 1,000 − 2 × 50 = 900.
    expect(rapMonthlyPayment(120_000, 2)).toBeCloseTo(900, 6);
    expect(monthlyPayment("RAP", 120_000, { dependents: 2 })).toBeCloseTo(900, 6);
    // 45,000 → 4%: 1,800 / 12 = 150; − 1 × 50 = 100.
    expect(rapMonthlyPayment(45_000, 1)).toBeCloseTo(100, 6);
  });

  it("never asks less than $10 a month", () => {
    // AGI ≤ 10,000 pays the flat $120 a year = $10 a month.
    expect(rapMonthlyPayment(0)).toBe(10);
    expect(rapMonthlyPayment(10_000)).toBe(10);
    // 30,000 → 2%: 600 / 12 = 50; − 2 × 50 = 0 → minimum 10.
    expect(rapMonthlyPayment(30_000, 2)).toBe(10);
    // 5,000 with 3 dependents: 10 − 150 < 10 → 10.
    expect(rapMonthlyPayment(5_000, 3)).toBe(10);
  });
});

describe("IBR monthly payment", () => {
  it("uses the 2026 HHS poverty guideline (48 states and DC)", () => {
    // ASPE 2026: 15,960 for one, + 5,680 per person: 2 → 21,640; 4 → 33,000; 9 → 15,960 + 8 × 5,680 = 61,400.
    expect(povertyGuideline(1)).toBe(15_960);
    expect(povertyGuideline(2)).toBe(21_640);
    expect(povertyGuideline(4)).toBe(33_000);
    expect(povertyGuideline(9)).toBe(61_400);
  });

  it("charges 15% (or 10% for a new borrower) of AGI above 150% of poverty", () => {
    // 150% × 15,960 = 23,940; 80,000 − 23,940 = 56,060.
    // 15%: 8,409 / 12 = 700.75.  10%: 5,606 / 12 = 467.1667.
    expect(ibrMonthlyPayment(80_000, { familySize: 1, newBorrower: false })).toBeCloseTo(700.75, 6);
    expect(ibrMonthlyPayment(80_000, { familySize: 1, newBorrower: true })).toBeCloseTo(467.166667, 5);
    // Below 150% of poverty nothing is due: 20,000 < 23,940.
    expect(ibrMonthlyPayment(20_000, { familySize: 1 })).toBe(0);
  });

  it("is capped at the 10-year standard payment", () => {
    // Family of 3: poverty 27,320; × 1.5 = 40,980; 300,000 − 40,980 = 259,020; × 10% / 12 = 2,158.50.
    // Standard on 100,000 at 6%: r = 0.005, 100,000 × 0.005 / (1 − 1.005^−120) = 1,110.205.
    expect(standardPayment(100_000, 6)).toBeCloseTo(1_110.205019, 4);
    expect(ibrMonthlyPayment(300_000, { familySize: 3, balance: 100_000, ratePct: 6 })).toBeCloseTo(1_110.205019, 4);
    expect(monthlyPayment("IBR", 300_000, { familySize: 3 })).toBeCloseTo(2_158.5, 6);
    // At 0% the standard payment is the balance over 120 months: 120,000 / 120 = 1,000.
    expect(standardPayment(120_000, 0)).toBe(1_000);
  });
});

/** A resident finishing 7 years of qualifying training, joining a non-profit hospital. */
function input(overrides: Partial<PslfInput> = {}): PslfInput {
  return {
    employerType: "nonprofit",
    balance: 250_000,
    ratePct: 6.5,
    paymentsMade: 84,
    plan: "RAP",
    agi: 300_000,
    agiGrowthPct: 0,
    dependents: 0,
    filingStatus: "single",
    ...overrides,
  };
}

describe("pslfEstimate", () => {
  it("forgives what an amortising RAP balance has left after 36 payments", () => {
    // RAP at 300,000 → 2,500 a month; interest 250,000 × 0.065 / 12 = 1,354.17 < 2,500, so no waiver or match:
    // plain amortisation. r = 0.065 / 12; (1 + r)^36 = 1.2146716270.
    // Balance after 36 = 250,000 × 1.2146716270 − 2,500 × (1.2146716270 − 1) / r
    //                  = 303,667.9067 − 99,079.2125 = 204,588.6943.
    const estimate = pslfEstimate(input());
    expect(estimate.qualifies).toBe(true);
    expect(estimate.paymentsRemaining).toBe(36);
    expect(Math.abs(estimate.forgiven - 204_588.6943)).toBeLessThan(1);
    expect(estimate.totalPaid).toBeCloseTo(36 * 2_500, 6);
    expect(estimate.forgivenessYear).toBe(3);
  });

  it("waives RAP interest and lowers principal by the $50 match when the payment is below interest", () => {
    // 400,000 at 8%: interest 2,666.67 a month, above both years' payments, so principal falls exactly 50 a month.
    // Year 1 AGI 95,000 → 9%: 8,550 / 12 = 712.50. Year 2 AGI 95,000 × 1.10 = 104,500 → 10%: 10,450 / 12 = 870.83.
    // 24 payments: forgiven = 400,000 − 24 × 50 = 398,800; paid = 8,550 + 10,450 = 19,000.
    const estimate = pslfEstimate(
      input({ balance: 400_000, ratePct: 8, paymentsMade: 96, agi: 95_000, agiGrowthPct: 10 }),
    );
    expect(estimate.forgiven).toBeCloseTo(398_800, 6);
    expect(estimate.totalPaid).toBeCloseTo(19_000, 6);
    expect(estimate.forgivenessYear).toBe(2);
  });

  it("lets IBR's unpaid interest accrue without capitalising", () => {
    // IBR 15% at 80,000, single: 700.75 a month (above). 200,000 at 6%: interest 1,000 a month on principal;
    // 299.25 of it unpaid each month, principal untouched. 12 payments:
    // forgiven = 200,000 + 12 × 299.25 = 203,591; paid = 12 × 700.75 = 8,409.
    // (Standard cap on 200,000 at 6% is 2,220.41, not binding.)
    const estimate = pslfEstimate(
      input({ plan: "IBR", balance: 200_000, ratePct: 6, paymentsMade: 108, agi: 80_000, newBorrower: false }),
    );
    expect(estimate.forgiven).toBeCloseTo(203_591, 6);
    expect(estimate.totalPaid).toBeCloseTo(8_409, 6);
    expect(estimate.forgivenessYear).toBe(1);
  });

  it("forgives nothing when the loan is paid off first, and says so", () => {
    // RAP at 400,000 → 3,333.33 a month on 50,000 at 6% (r = 0.005).
    // After 15 payments: 50,000 × 1.005^15 − 3,333.33 × (1.005^15 − 1) / 0.005 = 2,095.65; month 16 owes
    // 2,095.65 × 1.005 = 2,106.12 < 3,333.33 → paid off. Paid = 15 × 3,333.33 + 2,106.12 = 52,106.12.
    const estimate = pslfEstimate(input({ balance: 50_000, ratePct: 6, agi: 400_000 }));
    expect(estimate.qualifies).toBe(true);
    expect(estimate.forgiven).toBe(0);
    expect(estimate.forgivenessYear).toBeNull();
    expect(Math.abs(estimate.totalPaid - 52_106.12)).toBeLessThan(0.01);
    expect(estimate.assumptions.join(" ")).toMatch(/paid off at month 16/);
  });

  it("forgives the whole balance at once when all 120 payments are made", () => {
    const estimate = pslfEstimate(input({ paymentsMade: 120 }));
    expect(estimate.forgiven).toBe(250_000);
    expect(estimate.paymentsRemaining).toBe(0);
    expect(estimate.totalPaid).toBe(0);
    expect(estimate.forgivenessYear).toBe(1);
  });

  it.each(["for-profit", "private group"] as const)("gives 0 with a reason for a %s employer", (employerType) => {
    const estimate = pslfEstimate(input({ employerType }));
    expect(estimate.qualifies).toBe(false);
    expect(estimate.forgiven).toBe(0);
    expect(estimate.forgivenessYear).toBeNull();
    expect(estimate.assumptions.join(" ")).toMatch(/not a PSLF qualifying employer/);
  });

  it("always carries the employer-eligibility rule, its litigation and 'not a promise'", () => {
    for (const employerType of ["government", "nonprofit", "for-profit", "private group"] as const) {
      const risks = pslfEstimate(input({ employerType })).risks.join(" ");
      expect(risks).toMatch(/July 1 2026/);
      expect(risks).toMatch(/substantial illegal purpose/);
      expect(risks).toMatch(/attorneys general sued/);
      expect(risks).toMatch(/not a promise/);
    }
  });

  it("adds the 501(c)(3) and yearly-certification risks for a non-profit only", () => {
    const nonprofit = pslfEstimate(input({ employerType: "nonprofit" })).risks.join(" ");
    expect(nonprofit).toMatch(/501\(c\)\(3\)/);
    expect(nonprofit).toMatch(/Employment Certification Form/);
    const government = pslfEstimate(input({ employerType: "government" })).risks.join(" ");
    expect(government).not.toMatch(/Employment Certification Form/);
  });

  it("says a joint return's AGI is the household's", () => {
    const assumptions = pslfEstimate(input({ filingStatus: "married" })).assumptions.join(" ");
    expect(assumptions).toMatch(/household's joint AGI/);
  });

  it("rejects out-of-range numbers with #NUM!", () => {
    expect(errorKind(() => pslfEstimate(input({ balance: -1 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ ratePct: -0.1 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ ratePct: 20.5 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ paymentsMade: -1 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ paymentsMade: 121 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ paymentsMade: 84.5 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ agi: -5 })))).toBe("num");
    expect(errorKind(() => pslfEstimate(input({ ratePct: 20, paymentsMade: 0 })))).toBe("ok");
  });

  it("rejects an unknown plan or employer type with #VALUE!, naming the options", () => {
    const plan = () => pslfEstimate(input({ plan: "SAVE" as never }));
    expect(errorKind(plan)).toBe("value");
    expect(plan).toThrow(/RAP, IBR/);
    const employer = () => pslfEstimate(input({ employerType: "church" as never }));
    expect(errorKind(employer)).toBe("value");
    expect(employer).toThrow(/government, nonprofit, for-profit, private group/);
    expect(errorKind(() => pslfEstimate(input({ balance: Number.NaN })))).toBe("value");
  });

  const anyInput = fc.record({
    employerType: fc.constantFrom("government", "nonprofit"),
    balance: fc.integer({ min: 0, max: 600_000 }),
    ratePct: fc.double({ min: 0, max: 12, noNaN: true }),
    paymentsMade: fc.integer({ min: 0, max: 120 }),
    plan: fc.constantFrom("RAP", "IBR"),
    agiGrowthPct: fc.double({ min: -5, max: 10, noNaN: true }),
    dependents: fc.integer({ min: 0, max: 4 }),
    filingStatus: fc.constantFrom("single", "married", "head"),
    newBorrower: fc.boolean(),
  }) as fc.Arbitrary<Omit<PslfInput, "agi">>;

  it("never forgives more than the balance grown at the loan rate, nor less than 0", () => {
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 0, max: 800_000 }), (rest, agi) => {
        const estimate = pslfEstimate({ ...rest, agi });
        const years = estimate.paymentsRemaining / 12;
        // IBR's unpaid interest accrues monthly without compounding, which for less than a year grows the
        // balance more than compounding at the yearly rate does: the ceiling is the larger of the two.
        const rate = rest.ratePct / 100;
        const ceiling = rest.balance * Math.max(Math.pow(1 + rate, years), 1 + rate * years);
        expect(estimate.forgiven).toBeGreaterThanOrEqual(0);
        expect(estimate.totalPaid).toBeGreaterThanOrEqual(0);
        expect(estimate.forgiven).toBeLessThanOrEqual(ceiling + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("forgives no more as AGI grows", () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.integer({ min: 0, max: 800_000 }),
        fc.integer({ min: 0, max: 800_000 }),
        (rest, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const atLow = pslfEstimate({ ...rest, agi: low }).forgiven;
          const atHigh = pslfEstimate({ ...rest, agi: high }).forgiven;
          expect(atHigh).toBeLessThanOrEqual(atLow + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("label resolution", () => {
  it.each([
    ["501(c)(3)", "nonprofit"],
    ["501c3", "nonprofit"],
    ["Nonprofit", "nonprofit"],
    ["non-profit", "nonprofit"],
    ["GOVERNMENT", "government"],
    ["public", "government"],
    ["For-Profit", "for-profit"],
    ["private group", "private group"],
    ["Group", "private group"],
  ])("reads employer %s as %s", (text, expected) => {
    expect(resolveEmployerType(text)).toBe(expected);
  });

  it.each([
    ["rap", "RAP"],
    ["RAP", "RAP"],
    ["Repayment Assistance Plan", "RAP"],
    ["ibr", "IBR"],
    ["Income-Based Repayment", "IBR"],
  ])("reads plan %s as %s", (text, expected) => {
    expect(resolvePlan(text)).toBe(expected);
  });

  it("rejects unknown labels with #VALUE! listing the options", () => {
    expect(errorKind(() => resolveEmployerType("hospital"))).toBe("value");
    expect(errorKind(() => resolveEmployerType("constructor"))).toBe("value");
    expect(() => resolveEmployerType("")).toThrow(/501\(c\)\(3\)/);
    expect(errorKind(() => resolvePlan("SAVE"))).toBe("value");
    expect(() => resolvePlan("PAYE")).toThrow(/RAP .*IBR/);
  });
});
