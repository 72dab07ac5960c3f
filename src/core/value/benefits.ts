/**
 * What the employer pays you beyond wages, in dollars a year: its retirement contribution (within the 2026
 * limits, counted only if it vests within the years projected), the CME allowance and the health premium
 * it pays. A non-governmental 457(b) is counted below a 401(k) dollar: the money stays the employer's asset,
 * open to its creditors, until it is paid out, and it can only roll into another such plan.
 */
import { RETIREMENT_LIMITS_2026 } from "../tax/federal-2026";
import type { OfferFields } from "../offer/schema";

/**
 * The share of a non-governmental 457(b) dollar Leverage counts: a grade-D estimate of the creditor and
 * rollover risk, not a published figure; the pane says so beside it.
 */
export const NONGOVERNMENTAL_457_SHARE = 0.8;

/** The employer's retirement contribution in a year, in dollars, before the 457(b) share. */
export function retirementContribution(offer: OfferFields, salary: number, pretaxSavings: number): number {
  const percent = offer.retirementMatch ?? 0;
  if (percent <= 0 || salary <= 0) return 0;
  const limits = RETIREMENT_LIMITS_2026;
  const pay = Math.min(salary, limits.compensation.amount);
  // A 457(b) has one limit for the employee's and the employer's money together; other plans the annual additions limit.
  const room =
    offer.retirementPlan === "457b government" || offer.retirementPlan === "457b nongovernment"
      ? limits.governmental457.amount - pretaxSavings
      : limits.annualAdditions.amount - pretaxSavings;
  return Math.max(0, Math.min((pay * percent) / 100, room));
}

/** The share of the contribution counted: all of it, except in a non-governmental 457(b). */
export function retirementShare(offer: OfferFields): number {
  return offer.retirementPlan === "457b nongovernment" ? NONGOVERNMENTAL_457_SHARE : 1;
}

/** Benefits counted in a year of a projection of `years` years (the contribution only if it vests by then). */
export function benefitsInYear(offer: OfferFields, salary: number, pretaxSavings: number, years: number): number {
  const vests = (offer.vestingYears ?? 0) <= years;
  const retirement = vests ? retirementContribution(offer, salary, pretaxSavings) * retirementShare(offer) : 0;
  return retirement + (offer.cmeAllowance ?? 0) + (offer.healthPremium ?? 0);
}
