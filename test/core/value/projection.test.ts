/**
 * The year-by-year projection of one offer, worked by hand. Take-home figures for a $350,000 Texas salary
 * are derived in offer-value.test.ts (2026 federal brackets, standard deduction 16,100, Social Security
 * 11,439, Medicare 1.45% + 0.9% above 200,000): 246,501.75 a year. Texas price level 97.175 (BEA RPP 2023).
 * PSLF: 120 qualifying payments (20 U.S.C. §1087e(m)); RAP pays 10% of AGI above $100,000, a year's AGI
 * ÷ 12 a month (src/core/pslf/rules-2026.ts, from the RAP summaries cited there).
 */
import { type CandidateProfile, DEFAULT_PROFILE } from "../../../src/core/profile/settings";
import { projectOffer, projectionLength } from "../../../src/core/value/projection";
import { offerFrom } from "../../harness/offers";

const HOUSTON = { productivityModel: "salary", baseSalary: 350_000, state: "TX", city: "Houston" };
const TAKE_HOME = 246_501.75; // 350,000 − 85,634.25 − 11,439 − 6,425
const TEXAS = 97.175;

describe("projection length", () => {
  it("is the profile's horizon, or the initial term when that is longer", () => {
    expect(projectionLength(offerFrom({ termYears: 3 }), DEFAULT_PROFILE)).toBe(5);
    expect(projectionLength(offerFrom({ termYears: 7 }), DEFAULT_PROFILE)).toBe(7);
    expect(projectionLength(offerFrom({ termYears: 6.5 }), DEFAULT_PROFILE)).toBe(7); // ⌈6.5⌉
    expect(projectOffer(offerFrom({ ...HOUSTON, termYears: 7 }), DEFAULT_PROFILE)).toHaveLength(7);
    expect(projectOffer(offerFrom(HOUSTON), { ...DEFAULT_PROFILE, horizonYears: 3 })).toHaveLength(3);
  });
});

describe("one year's net, real value and present value", () => {
  // CME 5,000 a year; partner after 1 year (no partner income stated, so salary continues); a 100,000
  // buy-in paid over 2 years: 50,000 in years 2 and 3.
  const rows = projectOffer(
    offerFrom({ ...HOUSTON, cmeAllowance: 5_000, partnershipYears: 1, partnershipBuyIn: 100_000, buyInYears: 2 }),
    DEFAULT_PROFILE,
  );

  it("year 1: take-home plus benefits", () => {
    const [year1] = rows;
    expect(year1.gross).toBe(350_000);
    expect(year1.takeHome).toBeCloseTo(TAKE_HOME, 2);
    expect(year1.benefits).toBe(5_000);
    expect(year1.buyIn).toBe(0);
    expect(year1.net).toBeCloseTo(251_501.75, 2); // 246,501.75 + 5,000
    expect(year1.priceLevel).toBe(TEXAS);
    expect(year1.realValue).toBeCloseTo(258_813.22, 2); // 251,501.75 × 100 ÷ 97.175
    expect(year1.presentValue).toBeCloseTo(246_488.78, 2); // 258,813.22 ÷ 1.05
  });

  it("year 2: less the year's share of the buy-in, discounted two years", () => {
    const year2 = rows[1];
    expect(year2.buyIn).toBe(50_000); // 100,000 ÷ 2
    expect(year2.net).toBeCloseTo(201_501.75, 2); // 246,501.75 + 5,000 − 50,000
    expect(year2.realValue).toBeCloseTo(207_359.66, 2); // 201,501.75 × 100 ÷ 97.175
    expect(year2.presentValue).toBeCloseTo(188_081.32, 2); // 207,359.66 ÷ 1.05² (1.1025)
  });

  it("year 4: the buy-in is paid", () => {
    expect(rows[3].buyIn).toBe(0);
    expect(rows[3].net).toBeCloseTo(251_501.75, 2);
  });

  it("does not discount at a 0% rate", () => {
    const flat = projectOffer(offerFrom(HOUSTON), { ...DEFAULT_PROFILE, discountRatePct: 0 });
    expect(flat[2].presentValue).toBeCloseTo(253_667.87, 2); // 246,501.75 × 100 ÷ 97.175, undiscounted
  });
});

describe("PSLF forgiveness", () => {
  // $300,000 of Direct Loans at 0% (so every payment is principal), 96 of 120 payments made, RAP.
  // AGI 350,000 (year-1 base, no pre-tax savings) is above 100,000, so RAP is 10%: 35,000 a year, 2,916.67 a
  // month. 24 payments remain: 24 × 35,000 ÷ 12 = 70,000 paid; 300,000 − 70,000 = 230,000 forgiven with
  // payment 120, made in month 24, so in year 2.
  const borrower: CandidateProfile = {
    ...DEFAULT_PROFILE,
    loanBalance: 300_000,
    loanRatePct: 0,
    qualifyingPayments: 96,
    repaymentPlan: "RAP",
  };

  it("lands in its year for a nonprofit employer", () => {
    const rows = projectOffer(offerFrom({ ...HOUSTON, employerType: "nonprofit" }), borrower);
    expect(rows.map((r) => r.forgiveness)).toEqual([0, expect.closeTo(230_000, 2) as number, 0, 0, 0]);
    expect(rows[1].net).toBeCloseTo(476_501.75, 2); // 246,501.75 + 230,000
    expect(rows[1].realValue).toBeCloseTo(490_354.26, 2); // 476,501.75 × 100 ÷ 97.175
  });

  it("does not come for a for-profit or private group employer", () => {
    for (const employerType of ["for-profit", "private group"]) {
      const rows = projectOffer(offerFrom({ ...HOUSTON, employerType }), borrower);
      expect(rows.map((r) => r.forgiveness)).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it("does not come without a loan balance or without an employer type", () => {
    const noLoan = projectOffer(offerFrom({ ...HOUSTON, employerType: "nonprofit" }), DEFAULT_PROFILE);
    expect(noLoan.every((r) => r.forgiveness === 0)).toBe(true);
    const noType = projectOffer(offerFrom(HOUSTON), borrower);
    expect(noType.every((r) => r.forgiveness === 0)).toBe(true);
  });
});

describe("a figure the offer cannot support", () => {
  it("leaves take-home, net and values null without a state, but keeps gross and benefits", () => {
    const rows = projectOffer(offerFrom({ ...HOUSTON, state: null, cmeAllowance: 5_000 }), DEFAULT_PROFILE);
    expect(rows[0].gross).toBe(350_000);
    expect(rows[0].benefits).toBe(5_000);
    expect(rows[0].takeHome).toBeNull();
    expect(rows[0].net).toBeNull();
    expect(rows[0].realValue).toBeNull();
    expect(rows[0].presentValue).toBeNull();
  });
});
