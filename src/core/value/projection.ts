/**
 * The years ahead of one offer, one row per year, as the Projection table's formulas compute them (a test
 * evaluates those formulas over random offers against this): wages, take-home after every tax, benefits,
 * forgiveness under Public Service Loan Forgiveness in the year payment 120 is made, the partnership
 * buy-in, and the net in dollars of average US prices (real value: × 100 ÷ the area's price level) and
 * discounted to today (present value).
 * The tax tables are 2026's for every year: later brackets are not known yet, so later years read as 2026
 * law on those wages.
 */
import type { OfferFields } from "../offer/schema";
import type { CandidateProfile } from "../profile/settings";
import { benefitsInYear } from "./benefits";
import { buyInPayment, grossInYear, salaryInYear } from "./pay-by-year";
import { type OfferTaxContext, forgivenessOf, offerPriceLevel, takeHomeInYear } from "./offer-context";

/** One year of an offer's projection; null where the offer lacks what the figure needs (its state, its area). */
export interface ProjectionYear {
  year: number;
  gross: number;
  takeHome: number | null;
  benefits: number;
  forgiveness: number;
  buyIn: number;
  /** Take-home + benefits + forgiveness − buy-in, dollars. */
  net: number | null;
  priceLevel: number | null;
  /** The net in dollars of average US prices: net × 100 ÷ price level. */
  realValue: number | null;
  /** The real value discounted to today at the profile's rate: real ÷ (1 + rate)^year. */
  presentValue: number | null;
}

/** Years projected for an offer: the profile's horizon, or the initial term when that is longer. */
export function projectionLength(offer: OfferFields, profile: CandidateProfile): number {
  return Math.max(profile.horizonYears, Math.ceil(offer.termYears ?? 0));
}

/** Every year of the offer's projection. */
export function projectOffer(offer: OfferFields, profile: CandidateProfile): ProjectionYear[] {
  const years = projectionLength(offer, profile);
  const context: OfferTaxContext = { offer, profile };
  const level = offerPriceLevel(offer);
  const forgiveness = forgivenessOf(context);
  const rows: ProjectionYear[] = [];
  for (let year = 1; year <= years; year++) {
    const gross = grossInYear(offer, year);
    const takeHome = takeHomeInYear(context, gross);
    const benefits = benefitsInYear(offer, salaryInYear(offer, year), profile.pretaxSavings, years);
    const forgiven = forgiveness && forgiveness.year === year ? forgiveness.amount : 0;
    const buyIn = buyInPayment(offer, year);
    const net = takeHome === null ? null : takeHome + benefits + forgiven - buyIn;
    const realValue = net === null || level === null ? null : (net * 100) / level;
    rows.push({
      year,
      gross,
      takeHome,
      benefits,
      forgiveness: forgiven,
      buyIn,
      net,
      priceLevel: level,
      realValue,
      presentValue: realValue === null ? null : realValue / (1 + profile.discountRatePct / 100) ** year,
    });
  }
  return rows;
}
