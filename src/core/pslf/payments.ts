/**
 * Monthly payments under the two PSLF-qualifying plans a new attending can use from July 1 2026:
 * - RAP: a percentage of the WHOLE AGI chosen by $10,000 band, less $50 per dependent, at least $10.
 * - IBR (amended): 10% or 15% of discretionary income (AGI above 150% of the poverty guideline), never
 *   more than the 10-year standard payment.
 * Figures and their sources are in rules-2026.ts.
 */
import { badValue } from "../errors";
import { REPAYMENT_PLANS, type RepaymentPlan } from "./labels";
import {
  IBR_PERCENT,
  IBR_POVERTY_MULTIPLE,
  IBR_STANDARD_CAP_MONTHS,
  POVERTY_GUIDELINE_2026,
  RAP_BAND_WIDTH,
  RAP_DEPENDENT_REDUCTION,
  RAP_FLAT_BASE,
  RAP_MAX_PERCENT,
  RAP_MINIMUM_MONTHLY,
} from "./rules-2026";
import { checkAgi, checkBalance, checkCount, checkRatePct } from "./validate";

export interface PaymentOptions {
  /** Dependents claimed on the return (RAP subtracts $50 a month each). Default 0. */
  dependents?: number;
  /** Household size for the poverty guideline (IBR). Default 1 + dependents. */
  familySize?: number;
  /** IBR: true when the borrower had no Direct/FFEL balance on July 1 2014 (10% instead of 15%). Default true. */
  newBorrower?: boolean;
  /** IBR: the balance the 10-year standard cap is computed on. Without it, no cap is applied. */
  balance?: number;
  /** IBR: interest rate, percent, for the standard cap. Default 0. */
  ratePct?: number;
}

/** RAP's percentage of AGI: 0 in the flat band, then 1 per $10,000 band ("more than X, not more than Y"), at most 10. */
export function rapPercent(agi: number): number {
  const flat = RAP_FLAT_BASE.value.upToAgi;
  if (agi <= flat) return 0;
  const band = Math.ceil((agi - flat) / RAP_BAND_WIDTH.value);
  return Math.min(band, RAP_MAX_PERCENT.value);
}

/** RAP monthly payment, dollars. */
export function rapMonthlyPayment(agi: number, dependents = 0): number {
  checkAgi(agi);
  checkCount(dependents, "Dependents", 0);
  const percent = rapPercent(agi);
  const yearly = percent === 0 ? RAP_FLAT_BASE.value.yearly : (agi * percent) / 100;
  const monthly = yearly / 12 - RAP_DEPENDENT_REDUCTION.value * dependents;
  return Math.max(monthly, RAP_MINIMUM_MONTHLY.value);
}

/** HHS 2026 poverty guideline for a household in the 48 contiguous states or DC. */
export function povertyGuideline(familySize: number): number {
  checkCount(familySize, "Family size", 1);
  const { firstPerson, eachAdditional } = POVERTY_GUIDELINE_2026.value;
  return firstPerson + eachAdditional * (familySize - 1);
}

/** The level monthly payment that repays `balance` in `months` at `ratePct` a year (the 10-year standard plan). */
export function standardPayment(balance: number, ratePct: number, months = IBR_STANDARD_CAP_MONTHS.value): number {
  checkBalance(balance);
  checkRatePct(ratePct);
  const r = ratePct / 100 / 12;
  if (r === 0) return balance / months;
  return (balance * r) / (1 - Math.pow(1 + r, -months));
}

/** Amended IBR monthly payment, dollars: a share of discretionary income, capped at the standard payment. */
export function ibrMonthlyPayment(agi: number, options: PaymentOptions = {}): number {
  checkAgi(agi);
  const dependents = checkCount(options.dependents ?? 0, "Dependents", 0);
  const familySize = options.familySize ?? 1 + dependents;
  const percent = options.newBorrower === false ? IBR_PERCENT.value.general : IBR_PERCENT.value.newBorrower;
  const discretionary = Math.max(0, agi - IBR_POVERTY_MULTIPLE.value * povertyGuideline(familySize));
  const incomeBased = (discretionary * percent) / 100 / 12;
  if (options.balance === undefined) return incomeBased;
  return Math.min(incomeBased, standardPayment(options.balance, options.ratePct ?? 0));
}

/** Monthly payment under either plan, dollars. */
export function monthlyPayment(plan: RepaymentPlan, agi: number, options: PaymentOptions = {}): number {
  if (plan === "RAP") return rapMonthlyPayment(agi, options.dependents ?? 0);
  if (plan === "IBR") return ibrMonthlyPayment(agi, options);
  throw badValue(`Unknown repayment plan "${String(plan)}"; use one of: ${REPAYMENT_PLANS.join(", ")}.`);
}
