/**
 * The one-line view of each state's non-compete statute that the rules, the asks and the legal note quote:
 * the version in force today in the dated table (src/core/law/non-compete-statutes.ts), summarised
 * neutrally. A summary describes what the law does; it never says whether a particular clause is
 * enforceable, which depends on the facts, the date of the agreement and later changes.
 *
 * This view has no contract date. Code that knows the offer's contract date should use lawInForce and
 * statutoryLimits from src/core/law/non-compete-law.ts instead, which pick the version for that date.
 * Statutes that widen enforceability (Florida's CHOICE Act) are left out here: every consumer of this view
 * words its note as "a statute limiting non-competes".
 */
import { localToday } from "../campaign/dates";
import { STATES_WITH_NON_COMPETE_LAW, lawInForce } from "../law/non-compete-law";
import type { NonCompeteLaw } from "../law/non-compete-types";

/** One state's non-compete statute, as in force today. */
export interface StateNonCompeteLaw {
  /** Postal code, as offers store the state. */
  state: string;
  citation: string;
  /** What the statute does, in a neutral sentence. */
  summary: string;
  /** The year the summary was last checked against its source. */
  asOf: number;
  /** The dated entry this view is taken from (caps, effective date, source, grade). */
  current: NonCompeteLaw;
}

function view(law: NonCompeteLaw): StateNonCompeteLaw {
  return {
    state: law.state,
    citation: law.citation,
    summary: law.summary,
    asOf: Number(law.lastVerified.slice(0, 4)),
    current: law,
  };
}

/** The statute limiting non-competes in force today in each state, for a contract signed today. */
function lawsInForceToday(): StateNonCompeteLaw[] {
  const today = localToday(new Date());
  return STATES_WITH_NON_COMPETE_LAW.map((state) => lawInForce(state, today))
    .filter((law): law is NonCompeteLaw => law !== undefined && law.effect !== "widens")
    .map(view);
}

const LAWS: readonly StateNonCompeteLaw[] = lawsInForceToday();
const BY_STATE = new Map(LAWS.map((law) => [law.state, law]));

/** Every state with a statute limiting non-competes in force today, for tests and for the pane's help. */
export const STATE_NON_COMPETE_LAWS: readonly StateNonCompeteLaw[] = LAWS;

/** The statute limiting non-competes in a state (by postal code) today, or undefined when the table has none. */
export function stateNonCompeteLaw(state: string | null): StateNonCompeteLaw | undefined {
  return state === null ? undefined : BY_STATE.get(state);
}
