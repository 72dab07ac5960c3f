/**
 * "Lead with three": the asks to open with (dollars a year × how movable the term is × what the tier
 * makes realistic), then cash and non-cash apart, never summed together. Weights worked by hand below.
 */
import fc from "fast-check";
import { cashValue, negotiationPlan, negotiationPlanSections } from "../../../src/core/negotiation";
import type { LeverageTier } from "../../../src/core/leverage/tier";
import { offersArbitrary } from "../../harness/offer-arbitrary";
import { offer, SEED_STRONG, SEED_WEAK } from "./plan-fixture";

const ids = (asks: readonly { id: string }[]) => asks.map((a) => a.id);

describe("the seed plan in sections", () => {
  const weak = offer(SEED_WEAK);
  const strong = offer(SEED_STRONG);
  const sections = (tier?: LeverageTier) => negotiationPlanSections(weak, { benchmarks: [], others: [strong], tier });

  it("leads with base, call and sign-on for the middle tier, assumed when none is given", () => {
    // Safe bet: value × movability². Base $130,000 × 0.3² = $11,700; call $69,600 × 0.4² = $11,136;
    // sign-on $20,000 × 0.7² = $9,800; relocation $10,000 × 0.8² = $6,400. Two cash asks, no flagged
    // non-cash ask, so the third place goes to the next cash ask.
    const plan = sections();
    expect(plan.tier).toBe("safe bet");
    expect(ids(plan.lead)).toEqual(["raise-base", "call-stipend", "sign-on"]);
    expect(ids(plan.cash)).toEqual(["relocation"]);
    expect(ids(plan.nonCash)).toEqual(["admin-time", "title-leadership-path"]);
  });

  it("leads with what employers move readily for a candidate seen as filler", () => {
    // Desperate filler: value × movability³. Base $130,000 × 0.027 = $3,510; call $69,600 × 0.064 = $4,454;
    // sign-on $20,000 × 0.343 = $6,860; relocation $10,000 × 0.512 = $5,120.
    expect(ids(sections("desperate filler").lead)).toEqual(["sign-on", "relocation", "call-stipend"]);
  });

  it("leads with the largest dollars for a known quantity", () => {
    // Known quantity: value × movability. Base $39,000; call $27,840; sign-on $14,000; relocation $8,000.
    expect(ids(sections("known quantity").lead)).toEqual(["raise-base", "call-stipend", "sign-on"]);
  });

  it("labels admin time's dollar value as a D-grade estimate, non-cash, and keeps it out of the cash total", () => {
    const plan = sections();
    const admin = plan.nonCash.find((a) => a.id === "admin-time");
    expect(admin).toMatchObject({ kind: "non-cash", valueGrade: "D", valuePerYear: 29_000 });
    // $130,000 + $69,600 + $20,000 + $10,000 = $229,600: the $29,000 of admin time is not in it.
    expect(plan.cashTotalPerYear).toBe(229_600);
  });

  it("puts a red protection among the lead: the guarantee, under productivity pay with none", () => {
    const noGuarantee = offer({ ...SEED_WEAK, productivityModel: "wrvu", guaranteeYears: 0 });
    const plan = negotiationPlanSections(noGuarantee, { benchmarks: [], others: [strong] });
    expect(ids(plan.lead)).toEqual(["raise-base", "call-stipend", "salary-guarantee"]);
    expect(ids(plan.cash)).toEqual(["sign-on", "relocation"]);
  });
});

describe("sections on random offers", () => {
  it("hold every ask of the plan once, at most three to lead, cash and non-cash apart, and a cash-only total", () => {
    fc.assert(
      fc.property(
        offersArbitrary(3).filter((offers) => offers.length > 0),
        fc.constantFrom<LeverageTier | undefined>(undefined, "known quantity", "desperate filler"),
        (offers, tier) => {
          const context = { benchmarks: [], others: offers, tier };
          const plan = negotiationPlan(offers[0], context);
          const s = negotiationPlanSections(offers[0], context);
          expect(ids([...s.lead, ...s.cash, ...s.nonCash]).sort()).toEqual(ids(plan).sort());
          expect(s.lead.length).toBeLessThanOrEqual(3);
          expect(s.cash.every((a) => a.kind === "cash")).toBe(true);
          expect(s.nonCash.every((a) => a.kind === "non-cash")).toBe(true);
          const expected = plan
            .filter((a) => a.kind === "cash" && a.valueGrade !== "D" && a.valuePerYear !== null && a.valuePerYear > 0)
            .reduce((sum, a) => sum + (a.valuePerYear ?? 0), 0);
          expect(s.cashTotalPerYear).toBe(expected);
          for (const ask of plan) if (ask.kind === "non-cash" || ask.valueGrade === "D") expect(cashValue(ask)).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
