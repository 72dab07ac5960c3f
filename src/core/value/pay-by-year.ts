/**
 * What an offer pays in each year of the job, before tax, as the Projection table's formulas compute it:
 * the guaranteed base (plus any wRVU bonus) in the guarantee years, then the production formula at your
 * expected wRVUs; partner income from the year after the partnership track ends; call pay and loan
 * repayment every year; sign-on and relocation in year 1 and the retention bonus in its year. The annual
 * raise is the contract's (none when blank) and applies to salary and production pay alike.
 */
import { callPay, totalComp } from "../compensation";
import type { OfferFields } from "../offer/schema";

/** The growth factor of year `year` under the offer's annual raise. */
export function raiseFactor(offer: OfferFields, year: number): number {
  return (1 + (offer.annualRaise ?? 0) / 100) ** (year - 1);
}

/** True once the partnership track is over: partner from the year after it. */
export function isPartner(offer: OfferFields, year: number): boolean {
  const track = offer.partnershipYears ?? 0;
  return track > 0 && year > track;
}

/** True in the years paid by the production formula alone: after a stated guarantee, on a wRVU plan with its figures. */
export function paidByProduction(offer: OfferFields, year: number): boolean {
  const wrvuPlan = offer.productivityModel === "wrvu" || offer.productivityModel === "tiered";
  return (
    wrvuPlan &&
    offer.guaranteeYears !== null &&
    year > offer.guaranteeYears &&
    (offer.expectedWrvus ?? 0) > 0 &&
    (offer.dollarsPerWrvu ?? 0) > 0
  );
}

/** The year the retention bonus is paid: its stated year, else the last year of the initial term, else year 1. */
export function retentionYear(offer: OfferFields): number {
  return offer.retentionYear || Math.max(1, Math.ceil(offer.termYears ?? 0));
}

/** Base salary in a year, raised. */
export function salaryInYear(offer: OfferFields, year: number): number {
  return (offer.baseSalary ?? 0) * raiseFactor(offer, year);
}

/** Pay for clinical work in a year: partner income, production pay, or base plus wRVU bonus. */
export function clinicalPay(offer: OfferFields, year: number): number {
  if (isPartner(offer, year) && (offer.partnerIncome ?? 0) > 0) return offer.partnerIncome!;
  const growth = raiseFactor(offer, year);
  if (paidByProduction(offer, year)) return offer.expectedWrvus! * offer.dollarsPerWrvu! * growth;
  const wrvuPlan = offer.productivityModel !== "salary" && offer.productivityModel !== "collections";
  const given = (value: number | null) => (value === null || value === 0 ? undefined : value);
  // The raise applies to the year's whole pay, bonus included, as it does to production pay after the guarantee.
  const firstYear = totalComp({
    base: offer.baseSalary ?? 0,
    wrvus: wrvuPlan ? given(offer.expectedWrvus) : undefined,
    dollarsPerWrvu: given(offer.dollarsPerWrvu),
    wrvuThreshold: given(offer.wrvuThreshold),
  });
  return firstYear * growth;
}

/** Paid call for a year (0 when call is shared unpaid or unknown). */
export function callPayPerYear(offer: OfferFields): number {
  return offer.callPay === "paid" ? callPay(offer.callShiftsPerMonth ?? 0, offer.callRatePerShift ?? 0) : 0;
}

/** One-time payments in a year: sign-on and relocation in year 1, the retention bonus in its year. */
export function oneTimePay(offer: OfferFields, year: number): number {
  const first = year === 1 ? (offer.signOnBonus ?? 0) + (offer.relocation ?? 0) : 0;
  return first + (year === retentionYear(offer) ? (offer.retentionBonus ?? 0) : 0);
}

/** Wages in a year: clinical pay, call, loan repayment (taxable when the employer pays it) and one-time pay. */
export function grossInYear(offer: OfferFields, year: number): number {
  return clinicalPay(offer, year) + callPayPerYear(offer) + (offer.loanRepayment ?? 0) + oneTimePay(offer, year);
}

/** The partnership buy-in paid in a year: spread evenly over its years from the first partner year. */
export function buyInPayment(offer: OfferFields, year: number): number {
  const buyIn = offer.partnershipBuyIn ?? 0;
  const track = offer.partnershipYears ?? 0;
  if (buyIn <= 0 || track <= 0) return 0;
  const spread = Math.max(1, offer.buyInYears ?? 0);
  return year > track && year <= track + spread ? buyIn / spread : 0;
}
