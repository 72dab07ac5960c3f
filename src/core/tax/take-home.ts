/**
 * Take-home pay: every tax on one year's wages — federal income tax, one state's income tax and payroll
 * levies, Social Security, Medicare and an optional local wage tax — composed into one breakdown that says
 * what it assumed and where each figure came from. The state arrives as a StateTax object, so this file
 * knows no state's figures.
 */
import { badValue, notAvailable, outOfRange } from "../errors";
import { dollars, figure, oneOf, quoted } from "../format";
import { within } from "../guards";
import { federalIncomeTax, type FederalIncomeTax } from "./federal";
import {
  FEDERAL_BRACKETS_SOURCES,
  FEDERAL_TAX_YEAR,
  MEDICARE_2026,
  RETIREMENT_LIMITS_2026,
  SALT_CAP_2026,
  SOCIAL_SECURITY_2026,
  STANDARD_DEDUCTION_SOURCE,
} from "./federal-2026";
import { medicareTax, socialSecurityTax } from "./payroll";
import { levyAmount } from "./state-schedule";
import type { FilingStatus, StateTax, TaxSource } from "./types";

/** Highest local wage tax accepted, as a fraction; real ones are below 5%, so more is a typo (3.876 for 3.876%). */
export const LOCAL_RATE_MAX = 0.2;

export interface TakeHomeInput {
  /** Gross W-2 wages for the year, dollars. */
  gross: number;
  state: StateTax;
  status: FilingStatus;
  /** Pre-tax elective deferrals, dollars; 0 when omitted. */
  pretax?: number;
  /** Local wage tax as a fraction of gross wages (0.03876 for 3.876%); 0 when omitted. */
  localRate?: number;
}

export interface TakeHome {
  gross: number;
  pretax: number;
  /** Federal income tax. */
  federal: number;
  /** State income tax. */
  state: number;
  /** The state's mandatory payroll levies (disability, family leave), employee share. */
  statePayroll: { name: string; amount: number }[];
  socialSecurity: number;
  /** Medicare including the Additional Medicare Tax. */
  medicare: number;
  local: number;
  totalTax: number;
  /** Gross − pretax − totalTax: the deferral is saved, not spent, so it is not take-home. */
  takeHome: number;
  /** The federal deduction taken. */
  deduction: "standard" | "itemized";
  deductionAmount: number;
  assumptions: string[];
  sources: TaxSource[];
}

/**
 * Every tax on the wages. The order settles a circle: a few states deduct federal income tax, and
 * federal itemizing deducts state tax. So (a) federal with the standard deduction only, (b) state with
 * that federal figure, (c) federal again with state and local income tax as the SALT deduction, (d) state
 * again with the final federal tax. Two passes are enough for a physician's wages: the second changes the
 * state tax by a few percent of the federal change, far below what the comparison can resolve.
 */
export function takeHome(input: TakeHomeInput): TakeHome {
  const { figures, federal } = taxOnWages(input);
  return new Breakdown(figures, { status: input.status, federal, state: input.state, localRate: input.localRate ?? 0 });
}

/** The numbers of {@link takeHome} alone, without its worded assumptions and sources: what a formula shows. */
export function takeHomeFigures(input: TakeHomeInput): TakeHomeFigures {
  return taxOnWages(input).figures;
}

/** Every tax on the wages, in the order {@link takeHome} describes. */
function taxOnWages(input: TakeHomeInput): { figures: TakeHomeFigures; federal: FederalIncomeTax } {
  const { gross, state, status } = input;
  const pretax = input.pretax ?? 0;
  const localRate = input.localRate ?? 0;
  validate(gross, pretax, localRate);

  const local = localRate * gross;
  const statePayroll =
    state.payroll.length === 0
      ? []
      : state.payroll.map((levy) => ({ name: levy.name, amount: levyAmount(levy, gross) }));
  let payrollTotal = 0;
  for (const levy of statePayroll) payrollTotal += levy.amount;
  // Only a state that deducts federal tax needs the federal figure first (passes a and d below).
  const standardOnly = state.usesFederalTax
    ? federalIncomeTax({ wages: gross, pretax, status, stateAndLocalTax: 0 }).tax
    : 0;
  const firstState = state.incomeTax({ wages: gross, pretax, status, federalIncomeTax: standardOnly });
  // Mandatory state disability and family-leave contributions count as state income tax when itemizing
  // (IRS Schedule A instructions, line 5a; Rev. Rul. 2025-4 for paid family leave).
  const salt = firstState + payrollTotal + local;
  const federal = federalIncomeTax({ wages: gross, pretax, status, stateAndLocalTax: salt });
  const stateTax = state.usesFederalTax
    ? state.incomeTax({ wages: gross, pretax, status, federalIncomeTax: federal.tax })
    : firstState;

  const socialSecurity = socialSecurityTax(gross);
  const medicare = medicareTax(gross, status);
  const totalTax = federal.tax + stateTax + payrollTotal + socialSecurity + medicare + local;
  const figures: TakeHomeFigures = {
    gross,
    pretax,
    federal: federal.tax,
    state: stateTax,
    statePayroll,
    socialSecurity,
    medicare,
    local,
    totalTax,
    takeHome: gross - pretax - totalTax,
    deduction: federal.deduction,
    deductionAmount: federal.deductionAmount,
  };
  return { figures, federal };
}

/** The numbers of a breakdown; its assumptions and sources are worded when read. */
export type TakeHomeFigures = Omit<TakeHome, "assumptions" | "sources">;

/**
 * A breakdown whose assumptions and sources are worded only when read: a formula wants the number alone,
 * and the text (with its formatted dollars) would cost most of each call. A class, so the getters live
 * once on its prototype: getters in an object literal made each call ten times slower.
 */
class Breakdown implements TakeHome {
  readonly gross: number;
  readonly pretax: number;
  readonly federal: number;
  readonly state: number;
  readonly statePayroll: { name: string; amount: number }[];
  readonly socialSecurity: number;
  readonly medicare: number;
  readonly local: number;
  readonly totalTax: number;
  readonly takeHome: number;
  readonly deduction: "standard" | "itemized";
  readonly deductionAmount: number;

  constructor(
    figures: TakeHomeFigures,
    private readonly basis: { status: FilingStatus; federal: FederalIncomeTax; state: StateTax; localRate: number },
  ) {
    this.gross = figures.gross;
    this.pretax = figures.pretax;
    this.federal = figures.federal;
    this.state = figures.state;
    this.statePayroll = figures.statePayroll;
    this.socialSecurity = figures.socialSecurity;
    this.medicare = figures.medicare;
    this.local = figures.local;
    this.totalTax = figures.totalTax;
    this.takeHome = figures.takeHome;
    this.deduction = figures.deduction;
    this.deductionAmount = figures.deductionAmount;
  }

  get assumptions(): string[] {
    const { status, federal, state, localRate } = this.basis;
    return assumptionsFor(status, federal, state, localRate);
  }

  get sources(): TaxSource[] {
    const { status, federal, state } = this.basis;
    return sourcesFor(status, federal, state);
  }
}

function validate(gross: number, pretax: number, localRate: number): void {
  finite(gross, "Gross pay");
  finite(pretax, "Pre-tax deferral");
  finite(localRate, "Local tax rate");
  if (gross < 0) throw outOfRange(`Gross pay cannot be negative; got ${dollars(gross)}.`);
  if (pretax < 0) throw outOfRange(`Pre-tax deferral cannot be negative; got ${dollars(pretax)}.`);
  const limit = RETIREMENT_LIMITS_2026.electiveDeferral.amount;
  if (pretax > limit) {
    throw outOfRange(
      `Pre-tax deferral can be at most ${dollars(limit)}, the ${FEDERAL_TAX_YEAR} elective deferral limit; ` +
        `got ${dollars(pretax)}. Enter catch-up or separate 457(b) deferrals as savings, not here.`,
    );
  }
  if (pretax > gross) {
    throw outOfRange(`Pre-tax deferral (${dollars(pretax)}) cannot be more than gross pay (${dollars(gross)}).`);
  }
  within(localRate, 0, LOCAL_RATE_MAX, "Local tax rate (a fraction: 0.03876 for 3.876%)");
}

/** As cells.ts reads numbers: not a number is #VALUE!, an infinite one is #NUM!. */
function finite(value: number, name: string): void {
  if (typeof value !== "number" || Number.isNaN(value)) throw badValue(`${name} is not a number.`);
  if (!Number.isFinite(value)) throw outOfRange(`${name} must be a finite number.`);
}

const STATUS_LABEL: Record<FilingStatus, string> = {
  single: "single",
  married: "married filing jointly",
  head: "head of household",
};

function assumptionsFor(status: FilingStatus, federal: FederalIncomeTax, state: StateTax, localRate: number): string[] {
  const { cap, phaseDownStart, floor } = SALT_CAP_2026;
  const assumptions = [
    `Tax year ${FEDERAL_TAX_YEAR}, filing ${STATUS_LABEL[status]}, with these wages as the only income ` +
      "(no spouse's earnings, investments or 1099 work).",
    `Federal tax takes the ${federal.deduction} deduction (${dollars(federal.deductionAmount)}), the larger of ` +
      `the standard deduction and state and local income tax (state disability and family-leave contributions included) capped at ${dollars(cap)} ` +
      `(less 30% of income above ${dollars(phaseDownStart)}, not below ${dollars(floor)}); ` +
      "mortgage interest, charity, property tax and credits are left out.",
    "The alternative minimum tax and the limit on itemized deductions in the 37% bracket are not applied.",
    "State tax is deductible federally and, in a few states, federal tax is deductible for the state; " +
      "this circular deduction is settled in two passes.",
    "Pre-tax deferrals lower income tax but not Social Security or Medicare, and take-home excludes them.",
  ];
  if (status === "married") {
    assumptions.push(
      `The ${dollars(MEDICARE_2026.additionalThreshold.married)} Additional Medicare threshold applies to ` +
        "these wages alone; a working spouse's wages would count too.",
    );
  }
  if (localRate > 0) {
    assumptions.push(
      `Local tax is ${figure(localRate * 100)}% of gross wages, flat; a city that uses brackets ` +
        "or taxes income after deferrals (New York City) comes out a little higher than it is.",
    );
  }
  return [...assumptions, ...state.assumptions];
}

function sourcesFor(status: FilingStatus, federal: FederalIncomeTax, state: StateTax): TaxSource[] {
  const sources = [
    FEDERAL_BRACKETS_SOURCES[status],
    federal.deduction === "itemized" ? SALT_CAP_2026.source : STANDARD_DEDUCTION_SOURCE,
    SOCIAL_SECURITY_2026.source,
    MEDICARE_2026.source,
    state.source,
    ...state.payroll.map((levy) => levy.source),
  ];
  return [...new Set(sources)];
}

/** The parts of the tax a formula can ask for, each a field (or the sum of the state's payroll levies). */
export const TAX_PARTS = ["federal", "state", "state payroll", "social security", "medicare", "local"] as const;

export type TaxPart = (typeof TAX_PARTS)[number];

/** One part of the tax, by name in any case or spacing ("Social Security", "state payroll"). */
export function taxPart(breakdown: TakeHomeFigures, part: string): number {
  // Typed as listed ("federal"): no need to tidy the text first.
  const key = (TAX_PARTS as readonly string[]).includes(part) ? part : part.trim().toLowerCase().replace(/\s+/g, " ");
  switch (key as TaxPart) {
    case "federal":
      return breakdown.federal;
    case "state":
      return breakdown.state;
    case "state payroll":
      return breakdown.statePayroll.reduce((sum, levy) => sum + levy.amount, 0);
    case "social security":
      return breakdown.socialSecurity;
    case "medicare":
      return breakdown.medicare;
    case "local":
      return breakdown.local;
    default:
      throw badValue(`Tax part must be ${oneOf(TAX_PARTS.map((p) => `"${p}"`))}; got ${quoted(part)}.`);
  }
}

/** Tax years with figures. */
export const TAX_YEARS: readonly number[] = [FEDERAL_TAX_YEAR];

/** The tax year to use: blank or 0 means the latest; a year without figures is #N/A. */
export function resolveTaxYear(year: number | null | undefined): number {
  if (year === null || year === undefined || year === 0) return TAX_YEARS[TAX_YEARS.length - 1];
  if (TAX_YEARS.includes(year)) return year;
  throw notAvailable(`Tax figures exist for ${oneOf(TAX_YEARS.map(String))} only; got ${String(year)}.`);
}
