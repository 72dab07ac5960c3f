/**
 * Facts about an offer that several terms read, each with one name and one meaning, so no two files
 * decide the same thing differently.
 */
import type { OfferFields } from "../offer/schema";

/** Income depends on production (wRVU, tiered or collections); blank or salary-only does not. */
export function paidOnProduction(offer: OfferFields): boolean {
  return (
    offer.productivityModel === "wrvu" ||
    offer.productivityModel === "tiered" ||
    offer.productivityModel === "collections"
  );
}

/** Pay may depend on production: the model is productivity-based or not yet known (not salary-only). */
export function mayPayOnProduction(offer: OfferFields): boolean {
  return offer.productivityModel !== "salary";
}

/** Pays per wRVU above a threshold (wRVU or tiered), so thresholds can be compared between offers. */
export function paidPerWrvu(offer: OfferFields): boolean {
  return offer.productivityModel === "wrvu" || offer.productivityModel === "tiered";
}

/** Takes call: a known number of shifts a month above zero. */
export function takesCall(offer: OfferFields): boolean {
  return offer.callShiftsPerMonth !== null && offer.callShiftsPerMonth > 0;
}

/** Stated to have no non-compete: a radius of 0 miles or a length of 0 months. */
export function statesNoNonCompete(offer: OfferFields): boolean {
  return offer.nonCompeteMiles === 0 || offer.nonCompeteMonths === 0;
}

/** Has a non-compete: not stated to be none, and at least one of its radius, length or scope known. */
export function hasKnownNonCompete(offer: OfferFields): boolean {
  return (
    !statesNoNonCompete(offer) &&
    (offer.nonCompeteMiles !== null || offer.nonCompeteMonths !== null || offer.nonCompeteScope !== null)
  );
}

/** A positive amount (a sign-on or relocation that would have to be repaid). */
export function positive(value: number | null): boolean {
  return value !== null && value > 0;
}

/** "non-negotiable", "not negotiable", "nonnegotiable": how an employer says a term is fixed. */
const FIXED = /\b(non-?\s?negotiable|not\s+negotiable|not\s+up\s+for\s+negotiation)\b/i;
/** Words naming a term other than the base, so "sign-on is non-negotiable" is not read as the base. */
const OTHER_TERM =
  /\b(sign-?on|signing|relocation|call|non-?compete|tail|threshold|wRVU|guarantee|notice|vacation|PTO|CME)\b/i;
/** Words naming the base. */
const BASE = /\b(base|salary|compensation)\b/i;

/**
 * The employer said the base is fixed, as the candidate noted it in the offer's notes: a sentence saying
 * "non-negotiable" (or "not negotiable") that names the base or salary, or names no other term. A plain
 * reading of free text, so a sentence about another term is not taken for the base.
 */
export function baseSaidFixed(offer: OfferFields): boolean {
  const notes = offer.notes;
  if (!notes) return false;
  return notes
    .split(/[.;!?\n]+/)
    .some((sentence) => FIXED.test(sentence) && (BASE.test(sentence) || !OTHER_TERM.test(sentence)));
}
