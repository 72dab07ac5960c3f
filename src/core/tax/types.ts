/**
 * The shapes shared by the tax calculation: filing status, brackets, where each figure comes from, and what
 * one state contributes. Tax figures are data with provenance, like the benchmarks: a row says which
 * publication it was re-keyed from, for which tax year, and how far to trust it.
 */
import type { Grade } from "../benchmarks/types";

/** Filing statuses Leverage models: single, married filing jointly, head of household. */
export type FilingStatus = "single" | "married" | "head";

export const FILING_STATUSES: readonly FilingStatus[] = ["single", "married", "head"];

/** One value per filing status. */
export type ByStatus<T> = Readonly<Record<FilingStatus, T>>;

/** A bracket: `rate` (a fraction, 0.05 for 5%) applies to taxable income above `over`, up to the next bracket. */
export interface Bracket {
  over: number;
  rate: number;
}

/** Where a tax figure was read: the publication, its page, the tax year it is for, and its grade. */
export interface TaxSource {
  /** The publication, e.g. "IRS Rev. Proc. 2025-32" or "California FTB 2026 Tax Rate Schedules". */
  source: string;
  url: string;
  /** The tax year the figures are for. A state whose 2026 schedule was not found uses its latest year and says so. */
  taxYear: number;
  grade: Grade;
  /** Caveats: a latest-found year used for 2026, a figure read from a compilation, a simplification. */
  note?: string;
}

/** A mandatory payroll contribution on wages (California SDI, New Jersey FLI), employee share. */
export interface PayrollLevy {
  name: string;
  /** A fraction of wages. */
  rate: number;
  /** Wages above this pay nothing; null for no cap. */
  wageCap: number | null;
  /** A flat yearly maximum instead of, or as well as, a wage cap; null for none. */
  maxPerYear?: number | null;
  source: TaxSource;
}

/** What a state's income tax needs to know about one year's wages. */
export interface StateTaxInput {
  /** Gross wages, dollars. */
  wages: number;
  /** Pre-tax elective deferrals (401(k), 403(b), 457(b)); most states exclude them from taxable wages. */
  pretax: number;
  status: FilingStatus;
  /** Federal income tax for the year, for the few states that let it be deducted. */
  federalIncomeTax: number;
}

/** One state's (or DC's) tax on wages. */
export interface StateTax {
  /** Postal code, e.g. "CA". */
  code: string;
  /** Where its income tax figures come from. */
  source: TaxSource;
  /** State income tax on the wages, dollars (0 for a state without a wage tax). */
  incomeTax(input: StateTaxInput): number;
  /**
   * True for a state whose income tax deducts federal income tax (it reads `federalIncomeTax`): only then
   * must the take-home settle the circular deduction in two passes. A test checks every state's flag.
   */
  usesFederalTax?: boolean;
  /** Mandatory contributions on wages; empty for most states. */
  payroll: readonly PayrollLevy[];
  /** What the calculation leaves out or simplifies, said in a sentence each (shown with the figure). */
  assumptions: readonly string[];
}
