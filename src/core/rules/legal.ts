/**
 * The plain note carried by every flag that touches contract law (non-compete, tail, termination,
 * clawback): what Leverage says is information, not legal advice, and the clause should be reviewed by
 * an attorney licensed where the job is. It never says whether a clause is enforceable.
 */
import { stateName } from "../offer/us-states";
import type { StateNonCompeteLaw } from "./non-compete-states";

const NOT_ADVICE = "This is information, not legal advice.";

/** "an attorney licensed in Ohio", or where the job is when the offer's state is not known. */
function attorney(state: string | null): string {
  return state === null
    ? "an attorney licensed in the state where you would practise"
    : `an attorney licensed in ${stateName(state)}`;
}

/**
 * The legal note for a clause ("non-compete clause", "tail coverage clause"), naming the state's statute
 * when one is known to limit the clause.
 */
export function legalNote(clause: string, state: string | null, law?: StateNonCompeteLaw): string {
  const context = law
    ? `${stateName(law.state)} has a statute limiting non-competes (${law.citation}; summary as of ${law.asOf}), and such laws change.`
    : "Contract law differs from state to state and changes.";
  return `${NOT_ADVICE} ${context} Have ${attorney(state)} review the ${clause} before you sign.`;
}
