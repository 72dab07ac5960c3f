/**
 * "Lead with three": which two or three asks to open with, and the rest "if there is room", cash a year
 * and non-cash ranked apart and never summed. A cash ask's weight is its dollars a year × how movable its
 * term usually is × what the candidate's leverage tier makes realistic; a non-cash ask leads only when it
 * answers a flag, by severity then the same movability. Movability and the tier's reach are product
 * heuristics (grade D), declared in each term's file and here.
 */
import type { LeverageTier } from "../leverage/tier";
import { SEVERITIES } from "../rules";
import type { TermId } from "../terms/ids";
import { rankAsks } from "./rank";
import type { Ask, PlanSections } from "./types";

/** The tier assumed when the plan is not told one: the middle tier. */
export const DEFAULT_TIER: LeverageTier = "safe bet";

/**
 * How far a tier can push a term employers rarely move: realism = movability ^ (reach − 1). A known
 * quantity can ask for anything (realism 1); a safe bet is discounted once more by movability; a
 * candidate seen as filler gets only what employers move readily. A heuristic from the brief (grade D).
 */
const TIER_REACH: Readonly<Record<LeverageTier, number>> = {
  "known quantity": 1,
  "safe bet": 2,
  "desperate filler": 3,
};

/** Cash asks led with, at most. */
const LEAD_CASH = 2;
/** Non-cash asks led with, at most, unless fewer cash asks qualify. */
const LEAD_NON_CASH = 1;
/** Asks led with in all. */
const LEAD_SIZE = 3;

/** Dollars a year an ask counts for in a cash total: a cash value above 0 not graded D, else 0. */
export function cashValue(ask: Ask): number {
  if (ask.kind !== "cash" || ask.valueGrade === "D" || ask.valuePerYear === null) return 0;
  return Math.max(0, ask.valuePerYear);
}

/** How likely the term is to move for this candidate: movability × realism for the tier, 0–1. */
export function reachable(movability: number, tier: LeverageTier): number {
  return movability ** TIER_REACH[tier];
}

function severityRank(ask: Ask): number {
  return ask.severity === undefined ? SEVERITIES.length : SEVERITIES.indexOf(ask.severity);
}

/** Non-cash asks in order: red first, then caution, info and none; then the more movable; then term order. */
export function rankNonCash(asks: readonly Ask[], movability: (term: TermId) => number): Ask[] {
  return asks
    .map((ask, index) => ({ ask, index }))
    .sort(
      (a, b) =>
        severityRank(a.ask) - severityRank(b.ask) ||
        movability(b.ask.term) - movability(a.ask.term) ||
        a.index - b.index,
    )
    .map(({ ask }) => ask);
}

/** The asks split into lead, cash and non-cash, for a tier. `asks` are in term order, as built. */
export function planSections(
  asks: readonly Ask[],
  movability: (term: TermId) => number,
  tier: LeverageTier = DEFAULT_TIER,
): Omit<PlanSections, "tierFrom" | "parallelSentence"> {
  const cash = rankAsks(asks.filter((a) => a.kind === "cash"));
  const nonCash = rankNonCash(
    asks.filter((a) => a.kind === "non-cash"),
    movability,
  );
  const weight = (ask: Ask) => cashValue(ask) * reachable(movability(ask.term), tier);
  // A stable sort on weight keeps the cash ranking's order between equal weights.
  const cashLead = cash.filter((a) => weight(a) > 0).sort((a, b) => weight(b) - weight(a));
  const protections = nonCash.filter((a) => a.severity === "red" || a.severity === "caution");
  const lead = [...cashLead.slice(0, LEAD_CASH), ...protections.slice(0, LEAD_NON_CASH)];
  for (const ask of [...cashLead.slice(LEAD_CASH), ...protections.slice(LEAD_NON_CASH)]) {
    if (lead.length >= LEAD_SIZE) break;
    lead.push(ask);
  }
  const led = new Set(lead);
  return {
    lead,
    cash: cash.filter((a) => !led.has(a)),
    nonCash: nonCash.filter((a) => !led.has(a)),
    tier,
    cashTotalPerYear: cash.reduce((sum, a) => sum + cashValue(a), 0),
  };
}
