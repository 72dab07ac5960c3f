/**
 * The negotiation plan: from an offer's flags, its benchmarks and the other offers the candidate holds,
 * every registered term's asks (src/core/terms/registry.ts), each with its estimated dollars a year, how
 * that was worked out, a short script and who to ask. `negotiationPlanSections` gives the two or three to
 * lead with, then cash and non-cash apart; `negotiationPlan` gives all of them, cash then non-cash. Pure and
 * total: any offer the schema accepts gives a plan, never an exception.
 */
import type { Offer } from "../offer/schema";
import { DEFAULT_PROFILE } from "../profile/settings";
import { asShown, checkOffer } from "../rules";
import type { TermId } from "../terms/ids";
import { TERMS } from "../terms/registry";
import type { PlanInput } from "./ask-builder";
import { campaignContext } from "./campaign-context";
import { planSections, rankNonCash } from "./lead";
import { rankAsks } from "./rank";
import { otherOffers } from "./others";
import { AUDIENCE_LABELS, type Ask, type PlanContext, type PlanSections } from "./types";

/** Every ask the registered terms build for an offer, in term order (unranked). */
function termAsks(input: Offer, context: PlanContext): Ask[] {
  const offer = asShown(input);
  const plan: PlanInput = {
    flags: checkOffer(offer, { benchmarks: context.benchmarks, today: context.today }),
    context: { benchmarks: context.benchmarks, today: context.today },
    others: otherOffers(offer, context.others).map(asShown),
    profile: context.profile ?? DEFAULT_PROFILE,
  };
  const asks: Ask[] = [];
  for (const term of TERMS) {
    for (const termAsk of term.asks ?? []) {
      const draft = termAsk.build(offer, plan);
      if (!draft) continue;
      asks.push({
        id: termAsk.id,
        term: term.id,
        kind: termAsk.kind,
        ...(termAsk.valueGrade !== undefined && { valueGrade: termAsk.valueGrade }),
        ...draft,
        audienceLabel: AUDIENCE_LABELS[draft.audience],
      });
    }
  }
  return asks;
}

/** How movable each term usually is (declared in its file). */
const MOVABILITY: ReadonlyMap<TermId, number> = new Map(TERMS.map((term) => [term.id, term.movability.value]));

function movabilityOf(term: TermId): number {
  return MOVABILITY.get(term) ?? 0;
}

/**
 * The asks for an offer in one list: the cash asks by dollars a year, then the non-cash asks (time, title,
 * protections) by severity, so an estimate graded D never outranks cash. Which to lead with is
 * {@link negotiationPlanSections}. `context.others` are the other offers the candidate holds (the offer
 * itself is skipped).
 */
export function negotiationPlan(input: Offer, context: PlanContext): Ask[] {
  const asks = termAsks(input, context);
  return [
    ...rankAsks(asks.filter((a) => a.kind === "cash")),
    ...rankNonCash(
      asks.filter((a) => a.kind === "non-cash"),
      movabilityOf,
    ),
  ];
}

/**
 * The plan in sections: the two or three asks to lead with (for the tier at this employer from the Search
 * table, else `context.tier`, else "safe bet"), then the rest, cash a year and non-cash ranked apart; and
 * the sentence about parallel processes, only when the Search table makes it true.
 */
export function negotiationPlanSections(input: Offer, context: PlanContext): PlanSections {
  // The Search table's row for this employer knows the tier better than answers given for no employer.
  const campaign = context.campaign && campaignContext(input, context.campaign);
  const tier = campaign?.tier ?? context.tier;
  const sections = planSections(termAsks(input, context), movabilityOf, tier);
  const tierFrom = campaign?.tier ? "search" : context.tier ? "given" : "assumed";
  return campaign?.sentence
    ? { ...sections, tierFrom, parallelSentence: campaign.sentence }
    : { ...sections, tierFrom };
}
