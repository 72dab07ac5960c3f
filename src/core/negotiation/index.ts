/** The negotiation plan's public API: the plan (one list, or in sections), its asks and audiences, and the phrases to avoid. */
export { negotiationPlan, negotiationPlanSections } from "./plan";
export { rankAsks } from "./rank";
export { DEFAULT_TIER, cashValue } from "./lead";
export { PHRASES_TO_AVOID, type PhraseToAvoid } from "./phrases";
export { AUDIENCE_LABELS, type Ask, type AskKind, type Audience, type PlanContext, type PlanSections } from "./types";
