/**
 * Spreading a one-time amount (a sign-on, a relocation allowance, a tail bill) over the years it buys, so
 * it can be ranked against yearly pay. The initial term is the horizon, as OFFER.TOTALCOMP's years
 * argument is; a blank term, or one under a year, counts the amount in the first year, as the grid's
 * formulas do when years is not given.
 */
import { figure } from "../format";
import type { OfferFields } from "../offer/schema";

/** Years to spread a one-time amount over: the initial term when it is a year or more, else 1. */
function yearsToSpread(offer: OfferFields): number {
  return offer.termYears !== null && offer.termYears >= 1 ? offer.termYears : 1;
}

/** A one-time amount as dollars a year over {@link yearsToSpread}, rounded to whole dollars. */
export function perYear(amount: number, offer: OfferFields): number {
  return Math.round(amount / yearsToSpread(offer));
}

/** "spread over the 2-year term", or how a blank or short term was read. */
export function spreadText(offer: OfferFields): string {
  const term = offer.termYears;
  if (term === null) return "counted in year one (the term is not given)";
  if (term < 1) return "counted in year one (the term is under a year)";
  return `spread over the ${figure(term)}-year term`;
}
