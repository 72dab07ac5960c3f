/**
 * The figures of an offer that depend on where it is and who the candidate is: take-home pay under the
 * state's and the federal tax, the price level of its area, and the PSLF forgiveness it may bring. A figure
 * the offer cannot support (no state, an area BEA does not price) is null, and the pane says what is missing.
 */
import { OfferError } from "../errors";
import type { OfferFields } from "../offer/schema";
import { priceLevel } from "../price-level/price-level";
import type { CandidateProfile } from "../profile/settings";
import { type PslfEstimate, pslfEstimate } from "../pslf";
import { STATE_TAXES } from "../tax/states";
import { takeHome } from "../tax/take-home";

export interface OfferTaxContext {
  offer: OfferFields;
  profile: CandidateProfile;
}

/** The area an offer is priced in: its price area, else "rural" (its state's non-metropolitan part) for a rural market, else its city. */
export function priceAreaOf(offer: OfferFields): string {
  if (offer.priceArea) return offer.priceArea;
  if (offer.market === "rural") return "rural";
  return offer.city ?? "";
}

/** The BEA price level of the offer's area (its state's when the area is not a BEA area); null without either. */
export function offerPriceLevel(offer: OfferFields): number | null {
  try {
    return priceLevel(priceAreaOf(offer), offer.state ?? undefined).value;
  } catch (error) {
    if (error instanceof OfferError) return null;
    throw error;
  }
}

/** Pre-tax savings as a year's wages allow (never more than the wages). */
function pretaxFor(profile: CandidateProfile, gross: number): number {
  return Math.min(profile.pretaxSavings, gross);
}

/** Take-home pay on a year's wages; null when the offer's state is unknown. */
export function takeHomeInYear({ offer, profile }: OfferTaxContext, gross: number): number | null {
  const state = offer.state ? STATE_TAXES[offer.state] : undefined;
  if (!state) return null;
  return takeHome({
    gross,
    state,
    status: profile.filingStatus,
    pretax: pretaxFor(profile, gross),
    localRate: (offer.localTaxRate ?? 0) / 100,
  }).takeHome;
}

/**
 * The PSLF estimate for an offer (its employer type, the candidate's loans, the base salary less pre-tax
 * savings as income, growing with the raise), or null when there is nothing to estimate: no federal loan
 * balance in the profile, or no employer type on the offer.
 */
export function offerPslfEstimate(offer: OfferFields, profile: CandidateProfile): PslfEstimate | null {
  if (profile.loanBalance <= 0 || !offer.employerType) return null;
  const year1 = offer.baseSalary ?? 0;
  return pslfEstimate({
    employerType: offer.employerType,
    balance: profile.loanBalance,
    ratePct: profile.loanRatePct,
    paymentsMade: profile.qualifyingPayments,
    plan: profile.repaymentPlan,
    agi: Math.max(0, year1 - pretaxFor(profile, year1)),
    agiGrowthPct: offer.annualRaise ?? 0,
    dependents: profile.dependents,
    filingStatus: profile.filingStatus,
  });
}

/** The estimated PSLF forgiveness and its year, or null when there is none to estimate. */
export function forgivenessOf({ offer, profile }: OfferTaxContext): { amount: number; year: number } | null {
  const estimate = offerPslfEstimate(offer, profile);
  if (!estimate || !estimate.qualifies || estimate.forgivenessYear === null || estimate.forgiven <= 0) return null;
  return { amount: estimate.forgiven, year: estimate.forgivenessYear };
}
