/** The shape of a weak-term rule, and the ids the pane and the end-to-end tests rely on. */
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import type { Flag, RuleContext } from "./types";

/** Every rule id, in the order the rules run (which is also the order of flags of equal severity). */
export const RULE_IDS = [
  "base-below-benchmark",
  "no-sign-on",
  "no-relocation",
  "threshold-above-median",
  "threshold-rate-mismatch",
  "no-guarantee",
  "unpaid-call",
  "non-compete",
  "employee-paid-tail",
  "clawback-not-prorated",
  "short-notice",
  "unknown-terms",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** What a rule finds: a flag without its rule id, which the engine adds so the two cannot disagree. */
export type Finding = Omit<Flag, "rule">;

/**
 * One weak-term rule: at most one finding per offer. A rule never throws; when the data it needs is
 * missing it stays silent or returns an info finding that says what is missing.
 */
export interface Rule {
  id: RuleId;
  check: (offer: OfferFields, context: RuleContext) => Finding | undefined;
}

/** The fields among `keys` whose values are known, so a flag points only at what it judged. */
export function knownFields(offer: OfferFields, keys: readonly FieldKey[]): FieldKey[] {
  return keys.filter((key) => offer[key] !== null);
}
