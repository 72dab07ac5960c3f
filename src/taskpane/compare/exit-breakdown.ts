/**
 * What leaving an offer costs at the Compare view's two points (12 and 24 months), gathered for the pane:
 * the parts at each point, the readings of blank terms, the evidence, the legal note, or why there is no
 * answer yet in the pane's words (the core's messages name formula arguments, which the pane does not show).
 */
import type { Benchmark } from "../../core/benchmarks/types";
import { EXIT_COST_MONTHS } from "../../core/compare/figures";
import { OfferError } from "../../core/errors";
import { type ExitCost, offerExitCost } from "../../core/exit-cost";
import { fieldSpec } from "../../core/offer/fields";
import type { OfferFields } from "../../core/offer/schema";
import type { Evidence } from "../../core/rules/types";

/** The months served at which the Compare view costs leaving, in its figures' order. */
export const EXIT_POINTS: readonly number[] = [EXIT_COST_MONTHS.exitCost12, EXIT_COST_MONTHS.exitCost24];

/** An offer's cost to leave at each point, or the reason it cannot be worked out. */
export type ExitBreakdown =
  | { ok: true; costs: ExitCost[]; assumptions: string[]; evidence: Evidence[]; legal: string; notes: string[] }
  | { ok: false; reason: string };

/** Distinct items by a key, first kept: the two points share most of their readings and evidence. */
function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Why a payment's repayment cannot be costed: it has an amount but no forgiveness period. */
function missingPeriod(offer: OfferFields): string | undefined {
  const missing = (
    [
      ["signOnBonus", "signOnForgivenessMonths"],
      ["relocation", "relocationForgivenessMonths"],
    ] as const
  ).filter(([amount, months]) => (offer[amount] ?? 0) > 0 && !offer[months]);
  if (missing.length === 0) return undefined;
  const names = missing.map(
    ([amount, months]) => `${fieldSpec(amount).label.toLowerCase()} has no “${fieldSpec(months).label}” period`,
  );
  return `Not worked out yet: the ${names.join(" and the ")}, and what is owed on leaving depends on it. Add it in Enter offer, under If you leave.`;
}

/** Plain notes on parts the core counts as $0 because the term is blank. */
function blankTermNotes(offer: OfferFields, cost: ExitCost): string[] {
  const { nonCompeteMiles: miles, nonCompeteMonths: months } = offer;
  const unknownNonCompete =
    cost.nonCompeteDetail.law === undefined && miles !== 0 && months !== 0 && (miles === null || months === null);
  return unknownNonCompete
    ? ["The non-compete's radius or length is not known, so no cost is counted for it until both are entered."]
    : [];
}

/** The cost to leave an offer at 12 and 24 months, judged with the user's benchmark rows. */
export function exitBreakdown(offer: OfferFields, benchmarks: readonly Benchmark[]): ExitBreakdown {
  const reason = missingPeriod(offer);
  if (reason) return { ok: false, reason };
  try {
    const costs = EXIT_POINTS.map((months) => offerExitCost(offer, months, benchmarks));
    const [first] = costs;
    return {
      ok: true,
      costs,
      assumptions: distinct(
        costs.flatMap((c) => c.assumptions),
        (a) => a,
      ),
      evidence: distinct([...first.tailDetail.evidence, ...first.nonCompeteDetail.evidence], (e) => e.text),
      legal: first.legal,
      notes: blankTermNotes(offer, first),
    };
  } catch (error) {
    if (error instanceof OfferError) return { ok: false, reason: `Not worked out yet: ${error.message}` };
    throw error;
  }
}
