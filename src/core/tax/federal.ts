/**
 * Federal income tax on one year's W-2 wages under the 2026 schedule.
 *
 * Deliberately narrow: wages are the only income, pre-tax deferrals the only adjustment, and the only
 * itemized deduction is state and local tax (SALT) under its 2026 cap. Other itemized deductions (mortgage
 * interest, charity), credits, the alternative minimum tax and the 2026 limit on itemized deductions for
 * the 37% bracket are out of scope; the take-home breakdown lists these as assumptions.
 */
import { bracketTax } from "./brackets";
import { FEDERAL_BRACKETS_2026, SALT_CAP_2026, STANDARD_DEDUCTION_2026 } from "./federal-2026";
import type { FilingStatus } from "./types";

export interface FederalIncomeTaxInput {
  /** Gross W-2 wages, dollars. */
  wages: number;
  /** Pre-tax elective deferrals (401(k), 403(b), 457(b)), excluded from taxable wages. */
  pretax: number;
  status: FilingStatus;
  /** State and local income tax for the year, deductible if itemizing beats the standard deduction. */
  stateAndLocalTax: number;
}

export interface FederalIncomeTax {
  tax: number;
  taxable: number;
  /** Which deduction was taken: whichever is larger. */
  deduction: "standard" | "itemized";
  deductionAmount: number;
}

/**
 * The SALT cap for a given modified AGI: $40,400 less 30% of MAGI above $505,000, never below $10,000.
 * High earners lose the raised cap within about $100,000 of income, which is why it is not a constant.
 */
export function saltCap(magi: number): number {
  const { cap, phaseDownStart, phaseDownRate, floor } = SALT_CAP_2026;
  return Math.max(floor, cap - phaseDownRate * Math.max(0, magi - phaseDownStart));
}

/** State and local tax that may be deducted: the tax paid, up to the cap for this MAGI. */
export function allowedSalt(stateAndLocalTax: number, magi: number): number {
  return Math.min(Math.max(0, stateAndLocalTax), saltCap(magi));
}

/**
 * Federal income tax for W-2 wages: taxable = wages − pretax − the larger of the standard deduction and
 * the allowed SALT deduction. MAGI is wages − pretax, because for a W-2-only filer nothing else adds to AGI.
 */
export function federalIncomeTax(input: FederalIncomeTaxInput): FederalIncomeTax {
  const agi = Math.max(0, input.wages - input.pretax);
  const standard = STANDARD_DEDUCTION_2026[input.status];
  const itemized = allowedSalt(input.stateAndLocalTax, agi);
  // A tie takes the standard deduction: no records to keep, same tax.
  const deduction = itemized > standard ? "itemized" : "standard";
  const deductionAmount = deduction === "itemized" ? itemized : standard;
  const taxable = Math.max(0, agi - deductionAmount);
  return { tax: bracketTax(taxable, FEDERAL_BRACKETS_2026[input.status]), taxable, deduction, deductionAmount };
}
