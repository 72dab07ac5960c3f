/** The negotiation plan's public API: the plan, its asks and audiences, and the phrases to avoid. */
export { negotiationPlan } from "./plan";
export { rankAsks } from "./rank";
export { PHRASES_TO_AVOID, type PhraseToAvoid } from "./phrases";
export { AUDIENCE_LABELS, type Ask, type Audience, type PlanContext } from "./types";
