/**
 * The weak-term rules engine: runs every registered term's rule (src/core/terms/registry.ts) over an offer and returns its flags, most serious first.
 * Pure and total: any offer the schema accepts gives a list of flags, never an exception; a rule whose
 * data is missing stays silent or says what is missing in an info flag.
 */
import type { OfferFields } from "../offer/schema";
import { TERMS } from "../terms/registry";
import type { Flag, RuleContext, Severity } from "./types";

export type { Evidence, Flag, RuleContext, Severity } from "./types";
export { RULE_IDS, type RuleId } from "./rule";

/** The severities, most serious first: the order flags are listed and counted in. */
export const SEVERITIES: readonly Severity[] = ["red", "caution", "info"];

/** The words for each severity, as the pane and the Mentor summary say them. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  red: "Red flag",
  caution: "Caution",
  info: "Worth knowing",
};

/** Flags sorted red → caution → info, keeping their order within a severity. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return flags
    .map((flag, index) => ({ flag, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.flag.severity) - SEVERITIES.indexOf(b.flag.severity) || a.index - b.index)
    .map(({ flag }) => flag);
}

/** Decimals the flags show numbers to (cents, or hundredths of a shift or a mile). */
const SHOWN_DECIMALS = 2;

/**
 * The offer with every number rounded to the precision flags show it in, so a rule never judges a value
 * that its own finding would print as 0 (e.g. 0.001 call shifts a month) or as something it is not.
 */
export function asShown<T extends OfferFields>(offer: T): T {
  const scale = 10 ** SHOWN_DECIMALS;
  const rounded = Object.fromEntries(
    Object.entries(offer).map(([key, value]) => [
      key,
      typeof value === "number" ? Math.round(value * scale) / scale : value,
    ]),
  );
  return rounded as T;
}

/** The weak terms of an offer, most serious first; `context` holds the user's own benchmark rows. */
export function checkOffer(input: OfferFields, context: RuleContext): Flag[] {
  const offer = asShown(input);
  const flags: Flag[] = [];
  for (const term of TERMS) {
    const finding = term.check?.(offer, context);
    if (finding) flags.push({ rule: term.id, ...finding });
  }
  return sortFlags(flags);
}
