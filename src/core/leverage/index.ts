/** The leverage check: the checklist, the tier it places a candidate in, the actions that move them up, and a timing plan. */
export { LEVERAGE_SIGNALS, NO_ANSWERS } from "./checklist";
export type { LeverageAnswers, LeverageSignal, LeverageSignalKey, YesNoSignalKey } from "./checklist";
export {
  KNOWN_QUANTITY_POINTS,
  PROCESSES_COUNTED,
  RELATIONSHIP_POINTS,
  SAFE_BET_POINTS,
  SIGNAL_POINT,
  leverageTier,
  tierLabel,
  tierOf,
  tierRank,
} from "./tier";
export type { LeverageResult, LeverageTier } from "./tier";
export { movesUp } from "./moves";
export type { LeverageAction, LeverageActionKey } from "./moves";
export { CATCH_UP_DAYS, MAX_MONTHS, PLAN_MONTHS, datedTimingPlan, timingPlan } from "./timing";
export type { DatedNextStep, DatedTimingPlan, DatedTimingStep, TimingStatus, TimingStep } from "./timing";
