/**
 * Input checks for the PSLF estimate, so every caller (sheet function, pane field) gets the same message for
 * the same mistake: a number out of range is #NUM!, something that is not a number at all is #VALUE!.
 */
import { badValue, outOfRange } from "../errors";
import { figure } from "../format";
import { PSLF_QUALIFYING_PAYMENTS } from "./rules-2026";

/** Highest interest rate accepted, percent: federal student loan rates have stayed far below it. */
export const MAX_RATE_PCT = 20;
/** Yearly AGI growth accepted, percent either way: wider swings are typing mistakes, not forecasts. */
export const MAX_GROWTH_PCT = 50;
/** Most dependents or family members accepted: enough for any household, small enough to catch typos. */
export const MAX_HOUSEHOLD = 20;

/** Throws #VALUE! unless value is a finite number (NaN and Infinity come from broken cells, not from users). */
export function finiteNumber(value: number, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw badValue(`${name} must be a number; got ${String(value)}.`);
  }
  return value;
}

export function checkBalance(balance: number): number {
  if (finiteNumber(balance, "Loan balance") < 0) {
    throw outOfRange(
      `Loan balance cannot be negative; got ${figure(balance)}. Enter the federal Direct Loan balance in dollars.`,
    );
  }
  return balance;
}

export function checkAgi(agi: number): number {
  if (finiteNumber(agi, "AGI") < 0) {
    throw outOfRange(`AGI cannot be negative; got ${figure(agi)}. Enter adjusted gross income in dollars (0 or more).`);
  }
  return agi;
}

export function checkRatePct(ratePct: number): number {
  if (finiteNumber(ratePct, "Interest rate") < 0 || ratePct > MAX_RATE_PCT) {
    throw outOfRange(
      `Interest rate must be between 0 and ${MAX_RATE_PCT} percent; got ${figure(ratePct)}. Enter 6.5 for 6.5%.`,
    );
  }
  return ratePct;
}

export function checkGrowthPct(growthPct: number): number {
  if (Math.abs(finiteNumber(growthPct, "AGI growth")) > MAX_GROWTH_PCT) {
    throw outOfRange(
      `AGI growth must be between -${MAX_GROWTH_PCT} and ${MAX_GROWTH_PCT} percent a year; got ${figure(growthPct)}.`,
    );
  }
  return growthPct;
}

export function checkPaymentsMade(paymentsMade: number): number {
  const required = PSLF_QUALIFYING_PAYMENTS.value;
  const n = finiteNumber(paymentsMade, "Qualifying payments made");
  if (!Number.isInteger(n) || n < 0 || n > required) {
    throw outOfRange(
      `Qualifying payments made must be a whole number from 0 to ${required}; got ${figure(n)}. ` +
        `Count the qualifying months already certified (residency and fellowship at a qualifying employer count).`,
    );
  }
  return n;
}

/** A whole count of people: dependents (min 0) or family size (min 1). */
export function checkCount(value: number, name: string, min: number): number {
  const n = finiteNumber(value, name);
  if (!Number.isInteger(n) || n < min || n > MAX_HOUSEHOLD) {
    throw outOfRange(`${name} must be a whole number from ${min} to ${MAX_HOUSEHOLD}; got ${figure(n)}.`);
  }
  return n;
}
