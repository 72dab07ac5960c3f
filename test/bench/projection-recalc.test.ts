/** The bench's Projection recalculation: every row of every offer's years, through the shared formula compiler. */
import { readProfile } from "../../src/core/profile/read-profile";
import { PROJECTION_SPEC } from "../../src/core/sheets/projection-table";
import { priceAreaOf } from "../../src/core/value/offer-context";
import { projectOffer } from "../../src/core/value/projection";
import { projectionOffers } from "../../bench/offers-sheet";
import { offersTable, profileTable, recalculateProjection } from "../../bench/recalc";
import { byIdLookup } from "../harness/functions/excel-formula";

const VALUES = new Map<string, unknown>([
  ["Federal loan balance", 250_000],
  ["Qualifying payments made", 72],
  ["Projection years", 5],
]);

describe("the Projection recalculation", () => {
  it("makes offers with 5 years each, states, partner tracks and PSLF employers", () => {
    const offers = projectionOffers(200);
    const { profile } = readProfile(VALUES);
    expect(offers.every((o) => projectOffer(o, profile).length === 5)).toBe(true);
    expect(offers.some((o) => o.state === null)).toBe(true);
    expect(offers.some((o) => (o.partnershipYears ?? 0) > 0)).toBe(true);
    // Some offers' years include PSLF forgiveness, so the recalculation reaches that branch.
    expect(offers.some((o) => projectOffer(o, profile).some((y) => y.forgiveness > 0))).toBe(true);
  });

  it("computes every column of every offer's 5 years, and counts the errors by code", () => {
    const offers = projectionOffers(60, 5);
    const result = recalculateProjection(byIdLookup, offers, VALUES, 2);
    expect(result.cells).toBe(60 * 5 * PROJECTION_SPEC.calculated.length);
    // Only an area that cannot be priced errs (say "rural" with no state): #N/A in its price level, real
    // value and present value, in each of its 5 years.
    const { profile } = readProfile(VALUES);
    const unpriced = offers.filter((o) => projectOffer(o, profile)[0].priceLevel === null && priceAreaOf(o) !== "");
    expect(unpriced.length).toBeGreaterThan(0);
    expect(result.errors).toEqual({ "#N/A": unpriced.length * 5 * 3 });
  });

  it("builds the Offers and Profile tables the formulas read", () => {
    const offers = projectionOffers(3);
    const table = offersTable(offers);
    expect(table).toHaveLength(4);
    expect(table[1][0]).toBe(offers[0].id);
    const profile = profileTable(VALUES, byIdLookup);
    const inUse = profile[0].indexOf("In use");
    expect(profile.find((r) => r[0] === "Qualifying payments made")![inUse]).toBe(72);
    expect(profile.find((r) => r[0] === "Discount rate %")![inUse]).toBe(5);
  });
});
