/** Compensation arithmetic: total compensation, call pay and effective hourly pay. */
import { outOfRange } from "./errors";
import { nonNegative, within } from "./guards";
import { productivityBonus } from "./wrvu";

/** Inputs of {@link totalComp}; undefined means "not given". Money in dollars per year. */
export interface TotalCompInputs {
  base: number;
  signOn?: number;
  relocation?: number;
  wrvus?: number;
  dollarsPerWrvu?: number;
  wrvuThreshold?: number;
  otherAnnual?: number;
  years?: number;
}

/** Longest horizon accepted: a career, not a typo such as 2030. */
export const MAX_YEARS = 40;

/**
 * Average annual total compensation over `years` (default 1, the first year):
 * base + productivity bonus + other annual pay + (sign-on + relocation) ÷ years.
 */
export function totalComp(inputs: TotalCompInputs): number {
  const base = nonNegative(inputs.base, "base");
  const oneTime = nonNegative(inputs.signOn ?? 0, "signOn") + nonNegative(inputs.relocation ?? 0, "relocation");
  const other = nonNegative(inputs.otherAnnual ?? 0, "otherAnnual");
  const years = inputs.years ?? 1;
  if (years < 1) throw outOfRange(`years must be at least 1 (the first year); got ${years}.`);
  within(years, 1, MAX_YEARS, "years");
  const bonus = productivityBonus({
    base,
    wrvus: inputs.wrvus,
    dollarsPerWrvu: inputs.dollarsPerWrvu,
    wrvuThreshold: inputs.wrvuThreshold,
  });
  return base + bonus + other + oneTime / years;
}

/** Months in a year, for per-month schedules. */
const MONTHS = 12;

/**
 * Call pay per year: shifts beyond the ones included in the base (per month) paid at the rate per shift.
 * A "shared equally" call schedule with no stipend is a rate of 0.
 */
export function callPay(shiftsPerMonth: number, ratePerShift: number, includedShiftsPerMonth = 0): number {
  nonNegative(shiftsPerMonth, "shiftsPerMonth");
  nonNegative(ratePerShift, "ratePerShift");
  nonNegative(includedShiftsPerMonth, "includedShiftsPerMonth");
  return Math.max(0, shiftsPerMonth - includedShiftsPerMonth) * ratePerShift * MONTHS;
}

/** Weeks worked in a year when not given: 52 weeks less 4 weeks of vacation and CME. */
export const DEFAULT_WEEKS_PER_YEAR = 48;
const HOURS_PER_WEEK = 24 * 7;

/** Inputs of {@link hourlyRate}; undefined means "not given". */
export interface HourlyInputs {
  annualPay: number;
  hoursPerWeek: number;
  weeksPerYear?: number;
  callHoursPerYear?: number;
}

/** Effective pay per hour worked: annual pay ÷ (weekly hours × weeks + call hours). */
export function hourlyRate(inputs: HourlyInputs): number {
  const pay = nonNegative(inputs.annualPay, "annualPay");
  const hours = within(inputs.hoursPerWeek, 0, HOURS_PER_WEEK, "hoursPerWeek");
  const weeks = within(inputs.weeksPerYear ?? DEFAULT_WEEKS_PER_YEAR, 0, 52, "weeksPerYear");
  const callHours = within(inputs.callHoursPerYear ?? 0, 0, HOURS_PER_WEEK * 52, "callHoursPerYear");
  const total = hours * weeks + callHours;
  if (total === 0)
    throw outOfRange("hoursPerWeek and callHoursPerYear are both 0: there are no hours to divide pay by.");
  return pay / total;
}
