/**
 * Random offers and candidate profiles that reach the real-value figures. offerArbitrary's states are
 * random text and almost never a state, so here the state is a postal code most of the time (as the schema
 * stores a typed state; with and without an income tax), often with a price area, an employer type that
 * may qualify for PSLF, vesting and a retirement match; and the Profile table's "Your value" cells are
 * blank or hold what a candidate would type.
 */
import fc from "fast-check";
import type { Offer } from "../../src/core/offer/schema";
import { PROFILE_SETTINGS, type ProfileKey } from "../../src/core/profile/settings";
import { offerArbitrary } from "./offer-arbitrary";

const STATES = ["TX", "CA", "NY", "FL", "WA", "IL", "PA", "MA", "OH", "GA", "NC", "MN", "CO", "OR", "NJ", "DC", "MD"];
/** Specialties the tests' Benchmarks tables give wRVU percentiles for. */
const BENCHMARKED_SPECIALTIES = ["Family Medicine", "Psychiatry"];
const PRICE_AREAS = ["San Jose", "New York City", "Boston", "rural", "rural Texas", "Springfield", "Seattle"];

/** An offer with a state most of the time, sometimes a price area, employer type, vesting and match. */
export const realisticOffer: fc.Arbitrary<Offer> = fc
  .tuple(
    offerArbitrary,
    fc.option(fc.constantFrom(...STATES), { freq: 6, nil: null }),
    fc.option(fc.constantFrom(...PRICE_AREAS), { freq: 2, nil: null }),
    fc.option(fc.constantFrom("government", "nonprofit", "for-profit"), { freq: 3, nil: null }),
    fc.option(fc.integer({ min: 0, max: 8 }), { freq: 3, nil: null }),
    fc.option(fc.integer({ min: 1, max: 25 }), { freq: 3, nil: null }),
    // Often a specialty with wRVU rows in the tests' Benchmarks tables and a threshold, so the threshold's
    // percentile is reached in every run of a property, not only in some.
    fc.option(fc.tuple(fc.constantFrom(...BENCHMARKED_SPECIALTIES), fc.integer({ min: 3_000, max: 8_000 })), {
      freq: 2,
      nil: null,
    }),
  )
  .map(([offer, state, priceArea, employerType, vestingYears, retirementMatch, benchmarked]) => {
    const withWrvus = benchmarked ? { specialty: benchmarked[0], wrvuThreshold: benchmarked[1] } : {};
    return { ...offer, state, priceArea, employerType, vestingYears, retirementMatch, ...withWrvus } as Offer;
  });

/** Up to `max` realistic offers with distinct IDs, at least one. */
export function realisticOffers(max: number): fc.Arbitrary<Offer[]> {
  return fc.uniqueArray(realisticOffer, { minLength: 1, maxLength: max, selector: (o) => o.id });
}

/** A value a candidate would type for each setting. */
const PROFILE_VALUES: Record<ProfileKey, fc.Arbitrary<unknown>> = {
  filingStatus: fc.constantFrom("Single", "married", "Head of household", "MFJ", "hoh"),
  pretaxSavings: fc.oneof(fc.constantFrom(0, 24_500), fc.integer({ min: 0, max: 24_500 })),
  loanBalance: fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.integer({ min: 1_000, max: 600_000 }), weight: 3 },
  ),
  loanRatePct: fc.double({ min: 0, max: 9, noNaN: true }),
  qualifyingPayments: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 72, max: 119 })),
  repaymentPlan: fc.constantFrom("RAP", "IBR", "ibr"),
  dependents: fc.integer({ min: 0, max: 4 }),
  discountRatePct: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 12, noNaN: true })),
  // Within readProfile's bounds (2–30), so "In use" and the core read the same horizon.
  horizonYears: fc.integer({ min: 2, max: 6 }),
};

/** The Profile table's "Your value" cells by setting name; a setting left out is blank. */
export const profileValues: fc.Arbitrary<Map<string, unknown>> = fc
  .record(
    Object.fromEntries(
      PROFILE_SETTINGS.map((s) => [s.setting, fc.option(PROFILE_VALUES[s.key], { freq: 2, nil: undefined })]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  )
  .map((record) => new Map(Object.entries(record).filter(([, v]) => v !== undefined)));
