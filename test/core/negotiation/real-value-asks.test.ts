/**
 * A raise-base ask cites another offer by what it is worth where this offer is, after tax and prices: the
 * walkthrough's Houston plan asked Houston to match San Jose's $420,000, which is worth less in Houston
 * than Houston's own $350,000.
 */
import { negotiationPlan } from "../../../src/core/negotiation";
import { DEFAULT_PROFILE } from "../../../src/core/profile/settings";
import { offerValue } from "../../../src/core/value/offer-value";
import { offerFrom } from "../../harness/offers";

const houston = offerFrom({
  id: "HOU",
  employer: "Bayou Clinic",
  specialty: "Family Medicine",
  city: "Houston",
  state: "TX",
  productivityModel: "salary",
  baseSalary: 350_000,
});
const sanJose = offerFrom({
  id: "SJC",
  employer: "Valley Health",
  specialty: "Family Medicine",
  city: "San Jose",
  state: "CA",
  productivityModel: "salary",
  baseSalary: 420_000,
});
const raiseOf = (offer: typeof houston, others: (typeof houston)[]) =>
  negotiationPlan(offer, { benchmarks: [], others, profile: DEFAULT_PROFILE }).find((a) => a.id === "raise-base");

describe("raise the base, judged by what another offer is worth here", () => {
  it("does not ask Houston to match San Jose's larger but weaker $420,000", () => {
    const ask = raiseOf(houston, [houston, sanJose]);
    // Any raise-base left comes from the market benchmark, never from the other offer.
    expect(ask?.elsewhere).toBeUndefined();
    expect(ask?.script ?? "").not.toMatch(/420,000/);
  });

  it("asks San Jose for the base that matches Houston's real take-home, and says what it is worth", () => {
    // Houston, by hand: federal tax on 350,000 − 16,100 = 333,900 is 1,240 + 4,560 + 12,166 + 23,058 +
    // 17,424 + 35% × 77,675 = 85,634.25; Social Security 11,439; Medicare 5,075 + 0.9% × 150,000 = 1,350.
    // Take-home 246,501.75; at Texas's 97.175, real 246,501.75 × 100 ÷ 97.175 = 253,667.87.
    const houstonReal = offerValue(houston, DEFAULT_PROFILE, []).realTakeHomeYear1!;
    expect(houstonReal).toBeCloseTo(253_667.87, 2);
    const ask = raiseOf(sanJose, [houston, sanJose])!;
    const target = Number(/to \$([\d,]+)/.exec(ask.title)![1].replace(/,/g, ""));
    // The smallest whole $1,000 whose real take-home in San Jose reaches Houston's.
    const realAt = (base: number) =>
      offerValue({ ...sanJose, baseSalary: base }, DEFAULT_PROFILE, []).realTakeHomeYear1!;
    expect(target % 1_000).toBe(0);
    expect(realAt(target)).toBeGreaterThanOrEqual(houstonReal);
    expect(realAt(target - 1_000)).toBeLessThan(houstonReal);
    expect(target).toBeGreaterThan(420_000);
    expect(ask.elsewhere).toBe(
      `Another offer I'm considering pays $350,000 base; after tax and local prices that is worth what $${target.toLocaleString("en-US")} would be here.`,
    );
    expect(ask.valueBasis).toMatch(/price levels/);
    expect(ask.valuePerYear).toBe(target - 420_000);
  });

  it("compares nominal bases, and says so, when a state is missing", () => {
    const noState = { ...sanJose, state: null, city: null };
    const ask = raiseOf(houston, [houston, { ...noState, id: "X" }])!;
    expect(ask.title).toBe("Raise the base salary to $420,000");
    expect(ask.valueBasis).toMatch(/nominal: add both offers' states/);
  });
});
