/**
 * The headline numbers of an offer for the Offers list: what it is, its base, its total compensation in
 * year 1 and how many red flags and cautions it raises. Total comp is the arithmetic of the "Total comp
 * year 1" column's formula (offers-table.ts), so the list and the grid agree.
 */
import type { Benchmark } from "../../core/benchmarks/types";
import { STAGES, choiceLabel } from "../../core/offer/choices";
import type { OfferFields } from "../../core/offer/schema";
import { callPay, totalComp } from "../../core/compensation";
import { checkOffer } from "../../core/rules";

export interface Headline {
  employer: string;
  specialty: string;
  /** The stage's label, or "" when not known. */
  stage: string;
  base: number | null;
  /** Null when the base is not known (the grid's formula would count it as $0). */
  totalCompYear1: number | null;
  red: number;
  caution: number;
}

/** The formula's reading of an optional figure: blank or 0 means "not given" (see readOptionalNumber). */
function given(value: number | null): number | undefined {
  return value === null || value === 0 ? undefined : value;
}

/**
 * Total compensation in the first year, as the Offers table's formula computes it: base, sign-on and
 * relocation, the wRVU bonus unless the plan is salary-only or collections, and loan repayment plus paid
 * call as other annual pay.
 */
export function totalCompYear1(offer: OfferFields): number | null {
  if (offer.baseSalary === null) return null;
  const paysWrvus = offer.productivityModel !== "salary" && offer.productivityModel !== "collections";
  const call = offer.callPay === "paid" ? callPay(offer.callShiftsPerMonth ?? 0, offer.callRatePerShift ?? 0) : 0;
  return totalComp({
    base: offer.baseSalary,
    signOn: offer.signOnBonus ?? 0,
    relocation: offer.relocation ?? 0,
    wrvus: paysWrvus ? given(offer.expectedWrvus) : undefined,
    dollarsPerWrvu: given(offer.dollarsPerWrvu),
    wrvuThreshold: given(offer.wrvuThreshold),
    otherAnnual: (offer.loanRepayment ?? 0) + call,
    years: 1,
  });
}

/** The headline numbers of an offer, its flags judged against the workbook's benchmarks. */
export function headlineOf(offer: OfferFields, benchmarks: readonly Benchmark[]): Headline {
  const flags = checkOffer(offer, { benchmarks });
  return {
    employer: offer.employer,
    specialty: offer.specialty,
    stage: choiceLabel(STAGES, offer.stage),
    base: offer.baseSalary,
    totalCompYear1: totalCompYear1(offer),
    red: flags.filter((f) => f.severity === "red").length,
    caution: flags.filter((f) => f.severity === "caution").length,
  };
}
