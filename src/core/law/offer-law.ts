/**
 * The non-compete law that reaches one offer: the statute in force on its contract date (blank = today),
 * what that statute gives on this offer's pay and employer, and a later statute that will also reach the
 * contract. The non-compete term's flag and ask both read it, so the two never apply different law.
 */
import { localToday, readDate } from "../campaign/dates";
import { OfferError } from "../errors";
import type { OfferFields } from "../offer/schema";
import type { RuleContext } from "../rules/types";
import { totalCompYear1 } from "../offer/offer-totals";
import {
  type EmployerKind,
  type StatutoryLimits,
  laterLawReaching,
  lawInForce,
  statutoryLimits,
} from "./non-compete-law";
import type { NonCompeteLaw } from "./non-compete-types";

/** The law for one offer. */
export interface OfferLaw {
  /** The contract date the law was read for (ISO): the offer's, else today. */
  date: string;
  /** True when the offer gives no contract date and `date` is today. */
  assumedToday: boolean;
  limits: StatutoryLimits;
  /** Year-1 total compensation the limits were read against (null: the base is blank). */
  pay: number | null;
  /** A later version that will also reach this contract (Washington from 30 June 2027), if any. */
  later?: NonCompeteLaw;
}

/**
 * Year-1 total compensation, the pay Maryland's and DC's thresholds and Texas's buyout cap are read
 * against; null when the base is blank (the Offers table's formula would count it as $0, which would
 * wrongly put every blank offer under Maryland's $350,000).
 */
function yearOnePay(offer: OfferFields): number | null {
  if (offer.baseSalary === null) return null;
  try {
    return totalCompYear1(offer);
  } catch (error) {
    // A figure the schema let through but the formula refuses: pay not known, as with a blank base.
    if (error instanceof OfferError) return null;
    throw error;
  }
}

/**
 * Who employs the physician, as far as Indiana's hospital-only statute cares. A private group is not a
 * hospital; government, nonprofit and for-profit employers may or may not be, so they stay unknown and the
 * note says what the statute depends on.
 */
function employerKind(offer: OfferFields): EmployerKind | null {
  return offer.employerType === "private group" ? "other" : null;
}

/**
 * Texas caps the buyout at a year's salary or wages, not total compensation: read against the base, so an
 * ask quoting the cap never allows a larger buyout than the statute does (a sign-on in year-1 pay would).
 */
function withSalaryBuyout(limits: StatutoryLimits, offer: OfferFields): StatutoryLimits {
  const years = limits.law?.buyoutCapYears;
  if (limits.buyoutCap === undefined || years === undefined || offer.baseSalary === null) return limits;
  return { ...limits, buyoutCap: years * offer.baseSalary };
}

/**
 * The law reaching `offer`, for its contract date or, when blank or not a date, for `today` (ISO). Never
 * throws: a rule must not fail on an odd date, so an unreadable one is read as blank.
 */
export function offerLaw(offer: OfferFields, today: string): OfferLaw {
  const own = offer.contractDate === null ? undefined : readDate(offer.contractDate);
  const date = own ?? today;
  const law = lawInForce(offer.state, date);
  const later = laterLawReaching(offer.state, date);
  const pay = yearOnePay(offer);
  const limits = withSalaryBuyout(statutoryLimits(law, { annualPay: pay, employer: employerKind(offer) }), offer);
  return { date, assumedToday: own === undefined, limits, pay, ...(later && { later }) };
}

/** The law reaching `offer`, a blank contract date read as the context's today (the local today by default). */
export function offerLawIn(offer: OfferFields, context: RuleContext): OfferLaw {
  return offerLaw(offer, context.today ?? localToday(new Date()));
}
