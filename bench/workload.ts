/**
 * What the throughput bench times: for one OFFER function, a fixed list of argument lists as Excel passes
 * them (blank cells as null, as Excel on the web passes them, or as 0, as desktop Excel does; specialties
 * typed as canonical names, synonyms, in other cases and with stray spaces), and a baseline that computes
 * the same results with inline arithmetic. The baseline is the floor: no argument checks and no error
 * messages; text is matched the least a function accepting "  psych " can do (lower case, letters and
 * digits only) in maps built beforehand. Both are called the same way.
 */
import { findMetric } from "../src/core/benchmarks/metric-catalog";
import { KNOWN_SPECIALTIES, findSpecialty } from "../src/core/specialties";
import type { CellFunction } from "../test/harness/functions/excel-formula";
import type { Draw } from "./stats";

/** Computes one cell's result from the raw arguments; the formula compiler's type, so bench and compiler agree. */
export type { CellFunction };

/** One function's timed mix. */
export interface Workload {
  /** The custom function id, e.g. TOTALCOMP. */
  id: string;
  /** What the table calls this row. */
  label: string;
  /** "scalar" when every argument is one cell; "range" when one is a range (tiers, a Benchmarks table). */
  kind: "scalar" | "range";
  args: unknown[][];
  baseline: CellFunction;
}

/** How a blank cell reaches the function: null (Excel on the web) or 0 (desktop Excel). */
export type Blank = null | 0;

/** A nullable number argument, as the inline baselines read it. */
export type Num = number | null;

/** `count` argument lists; each list picks how its blank cells arrive. */
export function listOf(draw: Draw, count: number, make: (blank: Blank) => unknown[]): unknown[][] {
  return Array.from({ length: count }, () => make(draw.pick([null, 0] as const)));
}

/** `value` with probability `p`, else the blank. */
export function maybe<T>(draw: Draw, p: number, value: T, blank: Blank): T | Blank {
  return draw.chance(p) ? value : blank;
}

/** Widens a baseline with typed parameters to the shape the timing loop calls. */
export function inline<A extends unknown[]>(fn: (...args: A) => number | string): CellFunction {
  return fn as unknown as CellFunction;
}

/** Synonyms people type, one or more per specialty; each is checked to resolve below. */
const SYNONYMS = [
  "Psych",
  "FM",
  "Primary Care",
  "IM",
  "Hospitalist IM",
  "Gen Surg",
  "Rads",
  "Derm",
  "Cards",
  "Anesthesia",
  "EM",
  "Peds",
  "OBGYN",
  "Ortho",
  "Neuro",
  "Heme/Onc",
  "GI",
  "Uro",
  "Endo",
  "Rheum",
  "Pulm/CC",
  "ENT",
];

/** Specialties as typed in cells: canonical names, synonyms, upper case, lower case with stray spaces. */
export const TYPED_SPECIALTIES: readonly string[] = [
  ...KNOWN_SPECIALTIES,
  ...SYNONYMS,
  ...KNOWN_SPECIALTIES.map((name) => name.toUpperCase()),
  ...SYNONYMS.map((name) => `  ${name.toLowerCase()} `),
];

/** The baselines' key for typed text: lower case, letters and digits only. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Canonical specialty by the key of each typed form (the baselines' look-up), checked once here. */
export const SPECIALTY_BY_KEY: ReadonlyMap<string, string> = new Map(
  TYPED_SPECIALTIES.map((typed) => {
    const canonical = findSpecialty(typed);
    if (!canonical) throw new Error(`bench: "${typed}" is not a specialty Leverage knows.`);
    return [keyOf(typed), canonical];
  }),
);

/** Canonical metric of a typed metric name, checked once. */
export function canonicalMetric(typed: string): string {
  const metric = findMetric(typed);
  if (!metric) throw new Error(`bench: "${typed}" is not a metric Leverage knows.`);
  return metric;
}
