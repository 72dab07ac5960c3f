import fc from "fast-check";
import { AUDIENCE_LABELS, negotiationPlan } from "../../../src/core/negotiation";
import type { Offer } from "../../../src/core/offer/schema";
import { offerArbitrary, offersArbitrary } from "../../harness/offer-arbitrary";

/** Employer names no plan text could contain by chance, given to the other offers (and put in their titles). */
const EMPLOYERS = ["Riverside Summit Health", "Quillfeather Medical Partners", "Harborview Zenith Clinic"];

/** Other offers whose employer names are distinctive and also appear in their free text. */
const othersArbitrary: fc.Arbitrary<Offer[]> = fc
  .tuple(offersArbitrary(3), fc.array(fc.constantFrom(...EMPLOYERS), { minLength: 3, maxLength: 3 }))
  .map(([others, names]) =>
    others.map((o, i) => ({
      ...o,
      employer: names[i],
      title: o.title === null ? null : `Director, ${names[i]}`,
      notes: `Spoke with ${names[i]}`,
    })),
  );

const PREFIX = "Another offer I'm considering ";
const RANK_SEVERITY = ["red", "caution", "info", undefined];

describe("negotiationPlan on random offers", () => {
  it("never throws, and every ask is well formed, ranked, and names no other employer", () => {
    fc.assert(
      fc.property(offerArbitrary, othersArbitrary, (offer, others) => {
        const plan = negotiationPlan(offer, { benchmarks: [], others });
        const ids = plan.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const ask of plan) {
          expect(ask.script.trim()).not.toBe("");
          expect(ask.title.trim()).not.toBe("");
          expect(ask.valueBasis.trim()).not.toBe("");
          expect(ask.audienceLabel).toBe(AUDIENCE_LABELS[ask.audience]);
          if (ask.valuePerYear !== null) {
            expect(Number.isFinite(ask.valuePerYear)).toBe(true);
            expect(ask.valuePerYear).toBeGreaterThanOrEqual(0);
            expect(ask.script).toMatch(/\d/);
          }
          if (ask.elsewhere !== undefined) {
            expect(ask.elsewhere.startsWith(PREFIX)).toBe(true);
            expect(others.filter((o) => o.id !== offer.id).length).toBeGreaterThan(0);
          }
          for (const name of EMPLOYERS) expect(JSON.stringify(ask)).not.toContain(name);
        }
        // The cash asks by value (null last, then by severity), then the non-cash asks.
        const firstNonCash = plan.findIndex((a) => a.kind === "non-cash");
        if (firstNonCash >= 0) expect(plan.slice(firstNonCash).every((a) => a.kind === "non-cash")).toBe(true);
        const cash = plan.filter((a) => a.kind === "cash");
        for (let i = 1; i < cash.length; i++) {
          const [a, b] = [cash[i - 1], cash[i]];
          if (a.valuePerYear === null) expect(b.valuePerYear).toBeNull();
          else if (b.valuePerYear !== null) {
            expect(a.valuePerYear).toBeGreaterThanOrEqual(b.valuePerYear);
            if (a.valuePerYear === b.valuePerYear)
              expect(RANK_SEVERITY.indexOf(a.severity)).toBeLessThanOrEqual(RANK_SEVERITY.indexOf(b.severity));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("has no elsewhere sentence and no ask that only another offer could prompt, without other offers", () => {
    fc.assert(
      fc.property(offerArbitrary, (offer) => {
        const plan = negotiationPlan(offer, { benchmarks: [], others: [offer] });
        expect(plan.filter((a) => a.elsewhere !== undefined)).toEqual([]);
        expect(plan.map((a) => a.id)).not.toContain("research-day");
      }),
      { numRuns: 150 },
    );
  });
});
