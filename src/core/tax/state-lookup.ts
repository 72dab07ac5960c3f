/**
 * The tax rules of a state typed as a postal code, a name or the Offers table's label, in any case; the
 * reading of the state itself, with "did you mean", is the offer's (`resolveStateCode`).
 */
import { resolveStateCode } from "../offer/state-code";
import { STATE_TAXES } from "./states";
import type { StateTax } from "./types";

export { resolveStateCode } from "../offer/state-code";

/** The tax rules of a typed state. */
export function resolveTaxState(typed: string): StateTax {
  return STATE_TAXES[resolveStateCode(typed)];
}
