/**
 * The one place that decides whether another offer is stronger on a term than what an ask requests, and so
 * whether the ask may cite it. Money is compared on this offer's basis: after federal, state and payroll
 * tax and the two places' price levels (a $40,000 sign-on in San Jose is worth less than $40,000 in
 * Houston). A figure that is not money (wRVUs, years) is compared as stated. An ask cites another offer
 * only when that offer is at least as strong as the ask's target, never a weaker figure: an employer
 * anchors on the number it hears, so "another offer pays $500; I'd ask for $1,513" costs the candidate.
 */
import { lowestReaching } from "../value/lowest-reaching";
import type { Offer, OfferFields } from "../offer/schema";
import type { CandidateProfile } from "../profile/settings";
import { offerPriceLevel, takeHomeInYear } from "../value/offer-context";

/** Which way is better for the candidate on a term: a higher sign-on, a lower wRVU threshold. */
export type Better = "higher" | "lower";

/** Another offer's figure on a term, as stated and as worth on this offer's basis. */
export interface OtherFigure {
  /** As the other offer states it. */
  stated: number;
  /** What it is worth here: the stated figure when it is not money or the comparison cannot be made. */
  here: number;
  /**
   * How `here` was reached: "real" (money after tax and price level), "nominal" (money, but a state or
   * price area is missing, so the stated figure), "same" (not money: wRVUs, years).
   */
  basis: "real" | "nominal" | "same";
}

/** What another offer's stated figure is worth here, or null when it cannot be compared in real terms. */
export type WorthHere = (other: Offer, stated: number) => number | null;

/** True when `a` is strictly stronger than `b` for the candidate. */
function isStronger(a: number, b: number, better: Better): boolean {
  return better === "higher" ? a > b : a < b;
}

/** The strongest of the figures that are known, or undefined: an ask's target is never past it. */
export function strongestOf(figures: ReadonlyArray<number | undefined>, better: Better): number | undefined {
  let best: number | undefined;
  for (const value of figures) {
    if (value !== undefined && Number.isFinite(value) && (best === undefined || isStronger(value, best, better))) {
      best = value;
    }
  }
  return best;
}

/**
 * The other offer strongest on a term, judged by what its figure is worth here. `read` gives its stated
 * figure (null when unknown or not comparable); `worthHere`, for money, what that is worth here, or null
 * when a state or price area is missing (the stated figure is then used, marked "nominal").
 */
export function strongestOther(
  others: readonly Offer[],
  read: (other: Offer) => number | null,
  better: Better,
  worthHere?: WorthHere,
): OtherFigure | undefined {
  let best: OtherFigure | undefined;
  for (const other of others) {
    const stated = read(other);
    if (stated === null || !Number.isFinite(stated)) continue;
    const real = worthHere ? worthHere(other, stated) : null;
    const candidate: OtherFigure =
      real !== null
        ? { stated, here: real, basis: "real" }
        : { stated, here: stated, basis: worthHere ? "nominal" : "same" };
    if (best === undefined || isStronger(candidate.here, best.here, better)) best = candidate;
  }
  return best;
}

/**
 * The other offer's figure to cite beside an ask for `target`, only when it is at least as strong as the
 * target on this offer's basis; a weaker figure is never cited in the same ask.
 */
export function citableOther(
  best: OtherFigure | undefined,
  target: number | undefined,
  better: Better,
): OtherFigure | undefined {
  if (best === undefined || target === undefined) return undefined;
  return isStronger(target, best.here, better) ? undefined : best;
}

/** One-time amounts are compared to the $500 below: an ask is never more than the other offer is worth here. */
const ONE_TIME_STEP = 500;
/** Bisection bounds: an amount up to 20 times the other's (tax and prices never differ that much). */
const MAX_FACTOR = 20;

/**
 * The extra take-home from an amount paid in year 1 on top of the offer's base, in its area's prices; null
 * when unknown. The price level and the take-home without it are worked out once, not at every step of a search.
 */
function realExtraOf(offer: OfferFields, profile: CandidateProfile): ((extra: number) => number) | null {
  const level = offerPriceLevel(offer);
  const base = Math.max(0, offer.baseSalary ?? 0);
  const without = takeHomeInYear({ offer, profile }, base);
  if (level === null || level <= 0 || without === null) return null;
  return (extra) => (takeHomeInYear({ offer, profile }, base + extra)! - without) / level;
}

/**
 * What a one-time amount paid by `other` in year 1 (a sign-on, a relocation allowance) is worth as a
 * one-time amount paid here: the amount that adds the same take-home, after tax on top of each offer's
 * base, in each place's prices. Rounded down to $500; null when either offer lacks a state or price area.
 */
export function oneTimeWorthHere(
  offer: OfferFields,
  other: OfferFields,
  amount: number,
  profile: CandidateProfile,
): number | null {
  if (amount <= 0) return null;
  const there = realExtraOf(other, profile);
  const here = realExtraOf(offer, profile);
  if (there === null || here === null) return null;
  const found = lowestReaching(here, there(amount), amount * MAX_FACTOR, 1);
  // Within $1 of the exact amount: the $1 of slack keeps an exact $40,000 from reading as $39,500.
  return found ? Math.floor((found.low + 1) / ONE_TIME_STEP) * ONE_TIME_STEP : null;
}

/** The `cited` record an ask carries beside its `elsewhere` sentence. */
export function citedRecord(other: OtherFigure, better: Better): { stated: number; here: number; better: Better } {
  return { stated: other.stated, here: other.here, better };
}
