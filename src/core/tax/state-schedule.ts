/**
 * Builders for the common shapes of state income tax, so each state's file holds only its figures:
 * no wage tax, a flat rate, or progressive brackets, each after the state's standard deduction and
 * personal exemption (a deduction from income) or exemption credit (a deduction from tax). A state with
 * a rule these do not cover (a recapture of lower brackets, a deduction for federal tax) writes its own
 * `incomeTax` and says what it does in `assumptions`.
 */
import { bracketTax } from "./brackets";
import type { Bracket, ByStatus, FilingStatus, PayrollLevy, StateTax, StateTaxInput, TaxSource } from "./types";

/** The same value for every filing status. */
export function same<T>(value: T): ByStatus<T> {
  return { single: value, married: value, head: value };
}

/** Figures of a state's income tax beyond its brackets; each defaults to 0 (none). */
export interface ScheduleFigures {
  standardDeduction?: ByStatus<number>;
  /** Personal exemptions taken from income (all the filer's own exemptions: 2 for married). */
  exemption?: ByStatus<number>;
  /** Personal exemption credits taken from the tax. */
  exemptionCredit?: ByStatus<number>;
  /** Whether pre-tax deferrals lower state taxable wages; true for almost every state (not PA). */
  pretaxExcluded?: boolean;
}

/** State taxable wages: wages less deferrals (where excluded), deduction and exemption, never below 0. */
export function stateTaxable(input: StateTaxInput, figures: ScheduleFigures): number {
  const status: FilingStatus = input.status;
  const excluded = figures.pretaxExcluded === false ? 0 : input.pretax;
  const deductions = (figures.standardDeduction?.[status] ?? 0) + (figures.exemption?.[status] ?? 0);
  return Math.max(0, input.wages - excluded - deductions);
}

/** A state with progressive brackets per filing status. */
export function progressiveState(
  code: string,
  source: TaxSource,
  brackets: ByStatus<readonly Bracket[]>,
  figures: ScheduleFigures,
  extras: { payroll?: readonly PayrollLevy[]; assumptions?: readonly string[] } = {},
): StateTax {
  return {
    code,
    source,
    incomeTax(input) {
      const tax = bracketTax(stateTaxable(input, figures), brackets[input.status]);
      return Math.max(0, tax - (figures.exemptionCredit?.[input.status] ?? 0));
    },
    payroll: extras.payroll ?? [],
    assumptions: extras.assumptions ?? [],
  };
}

/** A state with one rate on taxable wages. */
export function flatState(
  code: string,
  source: TaxSource,
  rate: number,
  figures: ScheduleFigures,
  extras: { payroll?: readonly PayrollLevy[]; assumptions?: readonly string[] } = {},
): StateTax {
  return progressiveState(code, source, same([{ over: 0, rate }]), figures, extras);
}

/** A state that does not tax wages (it may still levy a payroll contribution, as Washington does). */
export function noWageTaxState(
  code: string,
  source: TaxSource,
  extras: { payroll?: readonly PayrollLevy[]; assumptions?: readonly string[] } = {},
): StateTax {
  return { code, source, incomeTax: () => 0, payroll: extras.payroll ?? [], assumptions: extras.assumptions ?? [] };
}

/** The employee's contribution to one payroll levy on these wages. */
export function levyAmount(levy: PayrollLevy, wages: number): number {
  const base = levy.wageCap === null ? wages : Math.min(wages, levy.wageCap);
  const amount = base * levy.rate;
  return levy.maxPerYear === null || levy.maxPerYear === undefined ? amount : Math.min(amount, levy.maxPerYear);
}
