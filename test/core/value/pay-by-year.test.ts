/**
 * Pay by year of the job, each expected figure worked out by hand from the offer's terms (the arithmetic is
 * in the comment beside it). Offers are built through the real schema, so every term is one the pane could hold.
 */
import fc from "fast-check";
import {
  buyInPayment,
  callPayPerYear,
  clinicalPay,
  grossInYear,
  isPartner,
  oneTimePay,
  paidByProduction,
  raiseFactor,
  retentionYear,
  salaryInYear,
} from "../../../src/core/value/pay-by-year";
import { offerFrom } from "../../harness/offers";

describe("raise factor", () => {
  it("compounds the contract's raise from year 2", () => {
    const offer = offerFrom({ baseSalary: 300_000, annualRaise: 3 });
    expect(raiseFactor(offer, 1)).toBe(1); // 1.03^0
    expect(raiseFactor(offer, 2)).toBeCloseTo(1.03, 10); // 1.03^1
    expect(raiseFactor(offer, 3)).toBeCloseTo(1.0609, 10); // 1.03 × 1.03
    expect(salaryInYear(offer, 3)).toBeCloseTo(318_270, 6); // 300,000 × 1.0609
  });

  it("is 1 in every year when the raise is blank: Leverage never invents one", () => {
    const offer = offerFrom({ baseSalary: 300_000 });
    expect(raiseFactor(offer, 5)).toBe(1);
    expect(salaryInYear(offer, 5)).toBe(300_000);
  });

  it("never shrinks from one year to the next (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 29 }), (raise, year) => {
        const offer = offerFrom({ annualRaise: raise });
        expect(raiseFactor(offer, year + 1)).toBeGreaterThanOrEqual(raiseFactor(offer, year));
      }),
      { numRuns: 100 },
    );
  });
});

describe("partner years", () => {
  const track = { baseSalary: 300_000, annualRaise: 3, partnershipYears: 2, partnerIncome: 600_000 };

  it("are the years after the track ends", () => {
    const offer = offerFrom(track);
    expect(isPartner(offer, 2)).toBe(false); // still on the 2-year track
    expect(isPartner(offer, 3)).toBe(true);
    expect(isPartner(offerFrom({ ...track, partnershipYears: 0 }), 10)).toBe(false); // no track, never a partner
  });

  it("pay the stated partner income, unraised, and salary before", () => {
    const offer = offerFrom(track);
    expect(clinicalPay(offer, 1)).toBe(300_000);
    expect(clinicalPay(offer, 2)).toBeCloseTo(309_000, 6); // 300,000 × 1.03
    expect(clinicalPay(offer, 3)).toBe(600_000); // partner income as the group states it now
    expect(clinicalPay(offer, 4)).toBe(600_000);
  });

  it("keep the raised salary when no partner income is stated", () => {
    const offer = offerFrom({ ...track, partnerIncome: null });
    expect(clinicalPay(offer, 3)).toBeCloseTo(318_270, 6); // 300,000 × 1.03²
  });
});

describe("production after the guarantee", () => {
  // 6,000 wRVUs expected at $55, threshold 5,000, $300,000 base guaranteed for 2 years.
  const wrvuPlan = {
    baseSalary: 300_000,
    productivityModel: "wrvu",
    guaranteeYears: 2,
    wrvuThreshold: 5_000,
    expectedWrvus: 6_000,
    dollarsPerWrvu: 55,
  };

  it("pays base plus the wRVU bonus in the guarantee years, then the production formula alone", () => {
    const offer = offerFrom(wrvuPlan);
    expect(paidByProduction(offer, 2)).toBe(false);
    expect(paidByProduction(offer, 3)).toBe(true);
    expect(clinicalPay(offer, 1)).toBe(355_000); // 300,000 + (6,000 − 5,000) × 55 = 300,000 + 55,000
    expect(clinicalPay(offer, 2)).toBe(355_000);
    expect(clinicalPay(offer, 3)).toBe(330_000); // 6,000 × 55: the base is no longer guaranteed
  });

  it("raises the whole year's pay in the guarantee years, bonus included, and production pay after", () => {
    const offer = offerFrom({ ...wrvuPlan, annualRaise: 2 });
    expect(clinicalPay(offer, 2)).toBeCloseTo(362_100, 6); // (300,000 + 55,000) × 1.02
    expect(clinicalPay(offer, 3)).toBeCloseTo(343_332, 6); // 330,000 × 1.02² = 330,000 × 1.0404
  });

  it("is production from year 1 when the guarantee is 0", () => {
    const offer = offerFrom({ ...wrvuPlan, guaranteeYears: 0 });
    expect(clinicalPay(offer, 1)).toBe(330_000); // 6,000 × 55
  });

  it("never starts while the guarantee is unknown, nor on a salary-only offer", () => {
    expect(clinicalPay(offerFrom({ ...wrvuPlan, guaranteeYears: null }), 5)).toBe(355_000); // base + bonus, as year 1
    const salaryOnly = offerFrom({ ...wrvuPlan, productivityModel: "salary" });
    expect(paidByProduction(salaryOnly, 5)).toBe(false);
    expect(clinicalPay(salaryOnly, 5)).toBe(300_000); // no bonus on a salary-only plan
  });
});

describe("retention year", () => {
  it("is the stated year", () => {
    expect(retentionYear(offerFrom({ retentionYear: 2, termYears: 3 }))).toBe(2);
  });

  it("is otherwise the last year of the initial term, a part year counting as a year", () => {
    expect(retentionYear(offerFrom({ termYears: 3 }))).toBe(3);
    expect(retentionYear(offerFrom({ termYears: 2.5 }))).toBe(3); // ⌈2.5⌉
  });

  it("is otherwise year 1", () => {
    expect(retentionYear(offerFrom({}))).toBe(1);
  });

  it("is where the retention bonus is paid, and only there", () => {
    const offer = offerFrom({ signOnBonus: 25_000, relocation: 10_000, retentionBonus: 15_000, termYears: 3 });
    expect(oneTimePay(offer, 1)).toBe(35_000); // 25,000 sign-on + 10,000 relocation
    expect(oneTimePay(offer, 2)).toBe(0);
    expect(oneTimePay(offer, 3)).toBe(15_000); // retention, in the term's last year
    expect(oneTimePay(offer, 4)).toBe(0);
  });

  it("adds to the sign-on when it falls in year 1", () => {
    const offer = offerFrom({ signOnBonus: 25_000, relocation: 10_000, retentionBonus: 15_000 });
    expect(oneTimePay(offer, 1)).toBe(50_000); // 25,000 + 10,000 + 15,000 (no year, no term → year 1)
  });
});

describe("buy-in", () => {
  const buyIn = { partnershipYears: 2, partnershipBuyIn: 150_000 };

  it("is spread evenly over its years from the first partner year", () => {
    const offer = offerFrom({ ...buyIn, buyInYears: 3 });
    // 150,000 ÷ 3 = 50,000 in years 3, 4 and 5
    expect([1, 2, 3, 4, 5, 6].map((year) => buyInPayment(offer, year))).toEqual([0, 0, 50_000, 50_000, 50_000, 0]);
  });

  it("is paid whole in the first partner year when its years are blank", () => {
    const offer = offerFrom(buyIn);
    expect([2, 3, 4].map((year) => buyInPayment(offer, year))).toEqual([0, 150_000, 0]);
  });

  it("is nothing without a partnership track", () => {
    const offer = offerFrom({ ...buyIn, partnershipYears: 0, buyInYears: 3 });
    expect([1, 2, 3, 4].map((year) => buyInPayment(offer, year))).toEqual([0, 0, 0, 0]);
  });

  it("adds up to the whole buy-in over the years (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (track, spread, amount) => {
          const offer = offerFrom({ partnershipYears: track, partnershipBuyIn: amount, buyInYears: spread });
          let total = 0;
          for (let year = 1; year <= 25; year++) total += buyInPayment(offer, year);
          expect(total).toBeCloseTo(amount, 6);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("gross wages in a year", () => {
  const offer = offerFrom({
    baseSalary: 300_000,
    productivityModel: "salary",
    callPay: "paid",
    callShiftsPerMonth: 4,
    callRatePerShift: 1_000,
    loanRepayment: 20_000,
    signOnBonus: 25_000,
    relocation: 10_000,
    retentionBonus: 15_000,
    retentionYear: 2,
  });

  it("adds call, loan repayment and one-time pay to clinical pay", () => {
    expect(callPayPerYear(offer)).toBe(48_000); // 4 shifts × $1,000 × 12 months
    // 300,000 salary + 48,000 call + 20,000 loan repayment + 25,000 sign-on + 10,000 relocation
    expect(grossInYear(offer, 1)).toBe(403_000);
    // 300,000 + 48,000 + 20,000 + 15,000 retention (stated year 2)
    expect(grossInYear(offer, 2)).toBe(383_000);
    // 300,000 + 48,000 + 20,000
    expect(grossInYear(offer, 3)).toBe(368_000);
  });

  it("counts no call pay when call is shared unpaid", () => {
    const unpaid = offerFrom({ callPay: "unpaid", callShiftsPerMonth: 4, callRatePerShift: 1_000 });
    expect(callPayPerYear(unpaid)).toBe(0);
  });
});
