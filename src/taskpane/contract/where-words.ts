/**
 * Words for the review card that the extraction leaves as codes: how sure the reading is, and a short title
 * for each kind of clause (its one-line why comes from the core's clause rules). Where a quote stands is
 * worded in the core (core/extract/where-words.ts), which the Contract quotes table shares.
 */
import type { ClauseKind, Confidence } from "../../core/extract";

/** What a confidence means for the user: how much to check it. */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  high: "Read clearly",
  medium: "Check this",
  low: "Unsure: check carefully",
};

export const CLAUSE_TITLES: Record<ClauseKind, string> = {
  "bonus-requires-employment-on-payment-date": "Bonus only if still employed on the day it is paid",
  "unilateral-compensation-change": "The employer can change your pay on its own",
  "employer-only-without-cause": "Only the employer can end the contract without cause",
  "auto-renewal": "Renews automatically",
  assignment: "Can be assigned to another entity",
  "liquidated-damages": "Liquidated damages",
  "non-solicitation": "Non-solicitation",
  "repayment-on-competing-work": "Repayment if you do competing work",
  "tail-on-any-termination": "Tail coverage owed however the contract ends",
  "call-as-assigned": "Call “as assigned”, without a limit",
};
