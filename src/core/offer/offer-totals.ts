/**
 * The headline totals of an offer, computed exactly as the Offers table's calculated columns compute them
 * (offers-table.ts), so the pane's list and the grid always agree. A test evaluates those formulas over
 * random rows and compares them with these functions.
 */
import { callPay, totalComp } from "../compensation";
import type { OfferFields } from "./schema";

/** The formulas' reading of an optional figure: blank or 0 means "not given" (see readOptionalNumber). */
function given(value: number | null): number | undefined {
  return value === null || value === 0 ? undefined : value;
}

/** Productivity pay counts unless the plan is known to pay none per wRVU (salary only, collections). */
export function paysWrvus(offer: OfferFields): boolean {
  return offer.productivityModel !== "salary" && offer.productivityModel !== "collections";
}

/** Loan repayment plus paid call, the formulas' "other annual pay". */
function otherAnnual(offer: OfferFields): number {
  const call = offer.callPay === "paid" ? callPay(offer.callShiftsPerMonth ?? 0, offer.callRatePerShift ?? 0) : 0;
  return (offer.loanRepayment ?? 0) + call;
}

/** Total compensation averaged over `years` with these one-time payments; unknown base counts as 0, as in the grid. */
function averaged(offer: OfferFields, oneTime: number, years: number | undefined): number {
  return totalComp({
    base: offer.baseSalary ?? 0,
    signOn: oneTime,
    relocation: offer.relocation ?? 0,
    wrvus: paysWrvus(offer) ? given(offer.expectedWrvus) : undefined,
    dollarsPerWrvu: given(offer.dollarsPerWrvu),
    wrvuThreshold: given(offer.wrvuThreshold),
    otherAnnual: otherAnnual(offer),
    years,
  });
}

/** First-year total compensation: base, sign-on and relocation, wRVU bonus, loan repayment and paid call. */
export function totalCompYear1(offer: OfferFields): number {
  return averaged(offer, offer.signOnBonus ?? 0, 1);
}

/** Average yearly total compensation over the initial term, the retention bonus included (throws #NUM! for a term under a year). */
export function totalCompOverTerm(offer: OfferFields): number {
  return averaged(offer, (offer.signOnBonus ?? 0) + (offer.retentionBonus ?? 0), given(offer.termYears));
}
