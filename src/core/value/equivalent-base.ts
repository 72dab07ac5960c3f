/**
 * What another offer's pay is worth where this offer is: the base salary this offer would need, its other
 * terms unchanged, for its real take-home in year 1 to equal the other offer's. A $420,000 base in San Jose
 * is worth less than $350,000 in Houston after California's tax and prices, so a plan must not ask Houston
 * to match $420,000; it may ask for the base that matches what San Jose is really worth.
 */
import { lowestReaching } from "./lowest-reaching";
import type { OfferFields } from "../offer/schema";
import type { CandidateProfile } from "../profile/settings";
import { realTakeHomeYear1 } from "./offer-value";

/** The search's bounds and precision: bases up to $10M, found to within a dollar. */
const MAX_BASE = 10_000_000;
const PRECISION = 1;

/** Year-1 real take-home of an offer with this base instead of its own; null when it has no state or area. */
function realTakeHomeWith(offer: OfferFields, base: number, profile: CandidateProfile): number | null {
  return realTakeHomeYear1({ ...offer, baseSalary: base }, profile);
}

/**
 * The base `offer` needs to match `other`'s real take-home in year 1, or null when either has no real
 * take-home (a state or price area missing) or no base in this range matches. Real take-home grows with the
 * base, so the answer is found by halving the interval; each step prices year 1 alone, not the whole
 * projection.
 */
export function equivalentBase(offer: OfferFields, other: OfferFields, profile: CandidateProfile): number | null {
  const target = realTakeHomeYear1(other, profile);
  if (target === null || realTakeHomeWith(offer, 0, profile) === null) return null;
  const found = lowestReaching((base) => realTakeHomeWith(offer, base, profile)!, target, MAX_BASE, PRECISION);
  return found ? found.high : null;
}
