/**
 * Throughput mixes for the real-value functions, each with its inline baseline. TAKEHOME and TAX time
 * wages of $200k–$700k in Texas (typed as a code or a name, in any case), single, with pre-tax savings
 * half the time: the baseline is the federal brackets, the standard deduction and FICA written out for
 * that one state and status, so the ratio is what the function's argument checks, state look-up and
 * general tax engine (SALT itemizing, state payroll levies) cost over the arithmetic alone. PRICELEVEL
 * times areas as people type them (states, metros by city, "rural" with a state) against a plain object
 * look-up of the same figures, keyed the least a function accepting " san jose " can do. PSLF times
 * qualifying employers under RAP against the same month-by-month loop written out for that one plan.
 */
import { priceLevel } from "../src/core/price-level/price-level";
import {
  FEDERAL_BRACKETS_2026,
  MEDICARE_2026,
  SOCIAL_SECURITY_2026,
  STANDARD_DEDUCTION_2026,
} from "../src/core/tax/federal-2026";
import type { Draw } from "./stats";
import { type Num, type Workload, inline, keyOf, listOf, maybe } from "./workload";

const TEXAS_TYPED = ["TX", "tx", "Texas", "TEXAS", " texas "];
const SINGLE_TYPED = ["single", "Single", "SINGLE"];

/** Texas wages' tax for a single filer, inline: federal income tax on wages less savings and the standard deduction, and FICA. */
function texasSingleTax(gross: number, pretax: number): { federal: number; fica: number } {
  const brackets = FEDERAL_BRACKETS_2026.single;
  const taxable = Math.max(0, gross - pretax - STANDARD_DEDUCTION_2026.single);
  let federal = 0;
  for (let i = 0; i < brackets.length && taxable > brackets[i].over; i++) {
    const top = i + 1 < brackets.length ? Math.min(taxable, brackets[i + 1].over) : taxable;
    federal += (top - brackets[i].over) * brackets[i].rate;
  }
  const socialSecurity = SOCIAL_SECURITY_2026.rate * Math.min(gross, SOCIAL_SECURITY_2026.wageBase);
  const medicare =
    MEDICARE_2026.rate * gross +
    MEDICARE_2026.additionalRate * Math.max(0, gross - MEDICARE_2026.additionalThreshold.single);
  return { federal, fica: socialSecurity + medicare };
}

/** TAKEHOME's and TAX's shared arguments: wages, state, status, pre-tax savings, year, local rate. */
function wagesArgs(draw: Draw, blank: null | 0): unknown[] {
  return [
    draw.int(200, 700) * 1000 + draw.int(0, 999),
    draw.pick(TEXAS_TYPED),
    maybe(draw, 0.7, draw.pick(SINGLE_TYPED), blank),
    maybe(draw, 0.5, draw.int(0, 245) * 100, blank),
    maybe(draw, 0.3, 2026, blank),
    blank,
  ];
}

function takeHome(draw: Draw, count: number): Workload {
  return {
    id: "TAKEHOME",
    label: "TAKEHOME, Texas, single",
    kind: "scalar",
    args: listOf(draw, count, (blank) => wagesArgs(draw, blank)),
    baseline: inline((gross: number, _state: string, _status: string | null, pretax: Num) => {
      const saved = pretax || 0;
      const { federal, fica } = texasSingleTax(gross, saved);
      return gross - saved - federal - fica;
    }),
  };
}

function tax(draw: Draw, count: number): Workload {
  return {
    id: "TAX",
    label: "TAX, federal part, Texas, single",
    kind: "scalar",
    args: listOf(draw, count, (blank) => {
      const [gross, state, status, pretax, year, local] = wagesArgs(draw, blank);
      return [gross, state, "federal", status, pretax, year, local];
    }),
    baseline: inline((gross: number, _state: string, _part: string, _status: string | null, pretax: Num) => {
      return texasSingleTax(gross, pretax || 0).federal;
    }),
  };
}

/** Areas as typed, each with the state typed beside it (or none). */
const AREAS_TYPED: ReadonlyArray<[string, string | null]> = [
  ["TX", null],
  ["Texas", null],
  ["california", null],
  ["NY", null],
  ["San Jose", "CA"],
  ["San Jose", null],
  ["New York City", null],
  ["Boston", "MA"],
  ["seattle", null],
  ["rural", "TX"],
  ["Rural", "Ohio"],
  ["rural Texas", null],
  ["Springfield", "IL"],
];

function priceLevels(draw: Draw, count: number): Workload {
  // The figures by typed keys, read once (set-up, not timed): what a plain look-up table would hold.
  const levels: Record<string, number> = {};
  for (const [area, state] of AREAS_TYPED)
    levels[`${keyOf(area)}|${keyOf(state ?? "")}`] = priceLevel(area, state ?? undefined).value;
  return {
    id: "PRICELEVEL",
    label: "PRICELEVEL",
    kind: "scalar",
    args: listOf(draw, count, (blank) => {
      const [area, state] = draw.pick(AREAS_TYPED);
      return [area, state ?? blank];
    }),
    baseline: inline((area: string, state: string | null) => levels[`${keyOf(area)}|${keyOf(state || "")}`]),
  };
}

/**
 * The forgiven amount under RAP for a qualifying employer, inline: the RAP payment from the job year's AGI
 * (1% per $10,000 band above $10,000, 10% at most; $10 a month at least), then month by month: interest
 * the payment does not cover is waived, principal falls by at least $50 (never more than the payment), and
 * what is owed after the last qualifying payment is forgiven; nothing when the loan is paid off first.
 */
function rapForgiven(balance: number, ratePct: number, paymentsMade: number, agi: number, growthPct: number): number {
  const monthlyRate = ratePct / 1200;
  let principal = balance;
  let payment = 0;
  for (let month = 1; month <= 120 - paymentsMade; month++) {
    if ((month - 1) % 12 === 0) {
      const yearAgi = agi * (1 + growthPct / 100) ** ((month - 1) / 12);
      const percent = yearAgi <= 10_000 ? 0 : Math.min(Math.ceil((yearAgi - 10_000) / 10_000), 10);
      payment = Math.max((percent === 0 ? 120 : (yearAgi * percent) / 100) / 12, 10);
    }
    const interest = principal * monthlyRate;
    if (payment >= principal + interest - 0.005) return 0;
    const paid = Math.max(0, payment - interest);
    principal -= paid >= 50 ? paid : paid + Math.min(50 - paid, payment);
    if (principal <= 0.005) return 0;
  }
  return principal;
}

function pslf(draw: Draw, count: number): Workload {
  return {
    id: "PSLF",
    label: "PSLF, nonprofit, RAP",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.pick(["Nonprofit 501(c)(3)", "nonprofit", "501(c)(3)", "Government"]),
      draw.int(50, 500) * 1000,
      draw.int(30, 80) / 10,
      draw.int(36, 96),
      draw.pick(["RAP", "rap"]),
      draw.int(200, 600) * 1000,
      maybe(draw, 0.5, draw.int(0, 3), blank),
      blank,
      maybe(draw, 0.5, "single", blank),
      maybe(draw, 0.5, "amount", blank),
    ]),
    baseline: inline(
      (_type: string, balance: number, rate: number, made: number, _plan: string, agi: number, growth: Num) =>
        rapForgiven(balance, rate, made, agi, growth || 0),
    ),
  };
}

/** Every real-value mix, `count` argument lists each. */
export function valueWorkloads(draw: Draw, count: number): Workload[] {
  return [takeHome, tax, priceLevels, pslf].map((make) => make(draw, count));
}
