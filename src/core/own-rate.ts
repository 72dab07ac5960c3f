/**
 * The offer's own pay per working hour: base ÷ (hours per week × weeks per year, 48 when the offer does not
 * say). The unpaid-call flag and the asks that value time (call, protected admin time) all use it, so no
 * market rate is invented.
 */
import { DEFAULT_WEEKS_PER_YEAR, hourlyRate } from "./compensation";
import { dollars, figure } from "./format";
import type { OfferFields } from "./offer/schema";
import { wholeDollars } from "./rules/wording";

/** The offer's hourly rate and the working-out behind it. */
export interface OwnRate {
  hourly: number;
  hoursPerWeek: number;
  weeksPerYear: number;
  /** "$290,000 ÷ (50 hours × 48 weeks) = $121 an hour", with "48 weeks assumed" when the offer does not say. */
  text: string;
}

/** The offer's own hourly rate, or undefined when the base or the hours are not known. */
export function ownRate(offer: OfferFields): OwnRate | undefined {
  const { baseSalary: base, hoursPerWeek: hours } = offer;
  const weeks = offer.weeksPerYear ?? DEFAULT_WEEKS_PER_YEAR;
  if (base === null || hours === null || !(hours * weeks > 0)) return undefined;
  const hourly = hourlyRate({ annualPay: base, hoursPerWeek: hours, weeksPerYear: weeks });
  if (!Number.isFinite(hourly)) return undefined;
  const assumed = offer.weeksPerYear === null ? `, ${DEFAULT_WEEKS_PER_YEAR} weeks assumed` : "";
  return {
    hourly,
    hoursPerWeek: hours,
    weeksPerYear: weeks,
    text: `${dollars(base)} ÷ (${figure(hours)} hours × ${figure(weeks)} weeks${assumed}) = ${wholeDollars(hourly)} an hour`,
  };
}
