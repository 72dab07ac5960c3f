/**
 * The negotiation plan: from an offer's flags, its benchmarks and the other offers the candidate holds, a
 * ranked list of specific asks, each with its estimated dollars a year, how that was worked out, a short
 * script and who to ask. Pure and total: any offer the schema accepts gives a plan, never an exception.
 */
import type { Offer } from "../offer/schema";
import { asShown, checkOffer } from "../rules";
import type { AskBuilder, PlanInput } from "./ask-builder";
import { callStipend } from "./call-asks";
import { employerPaidTail, longerNotice, nonCompete, proratedClawback } from "./exit-asks";
import { otherOffers } from "./others";
import { raiseBase, relocation, salaryGuarantee, signOn } from "./pay-asks";
import { lowerThreshold } from "./productivity-asks";
import { DEFAULT_PROFILE } from "../profile/settings";
import { rankAsks } from "./rank";
import { adminTime, researchDay, titleAndPath } from "./side-deal-asks";
import { AUDIENCE_LABELS, type Ask, type PlanContext } from "./types";

/** Every kind of ask, in the order asks of equal value and severity are listed. */
const ASK_BUILDERS: readonly AskBuilder[] = [
  raiseBase,
  signOn,
  relocation,
  lowerThreshold,
  salaryGuarantee,
  callStipend,
  employerPaidTail,
  proratedClawback,
  nonCompete,
  longerNotice,
  adminTime,
  titleAndPath,
  researchDay,
];

/** The ranked asks for an offer; `context.others` are the other offers the candidate holds (the offer itself is skipped). */
export function negotiationPlan(input: Offer, context: PlanContext): Ask[] {
  const offer = asShown(input);
  const plan: PlanInput = {
    flags: checkOffer(offer, { benchmarks: context.benchmarks }),
    context: { benchmarks: context.benchmarks },
    others: otherOffers(offer, context.others).map(asShown),
    profile: context.profile ?? DEFAULT_PROFILE,
  };
  const asks: Ask[] = [];
  for (const build of ASK_BUILDERS) {
    const draft = build(offer, plan);
    if (draft) asks.push({ ...draft, audienceLabel: AUDIENCE_LABELS[draft.audience] });
  }
  return rankAsks(asks);
}
