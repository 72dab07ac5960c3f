/**
 * The 50 states and the District of Columbia by USPS code and name: what a user may type for a state, and
 * the state part of "Columbus, OH". Kept apart from the price data because a state is recognised (and
 * named in a message) even when Leverage ships no price figure for it.
 */
import { choiceLabel } from "../offer/choices";
import { US_STATES as OFFER_STATES, stateName } from "../offer/us-states";

export interface UsState {
  code: string;
  name: string;
  /** Other names people type for it. */
  aliases?: readonly string[];
}

/** Names people type for a state beyond its code, name and label. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = { DC: ["Washington DC", "Washington D.C."] };

/** Every state and DC, from the offer's list of states (one list for the form, the tax and the prices). */
export const US_STATES: readonly UsState[] = OFFER_STATES.map(({ value }) => ({
  code: value,
  name: stateName(value),
  ...(EXTRA_NAMES[value] && { aliases: EXTRA_NAMES[value] }),
}));

/**
 * The label the Offers table shows for a state, "TX · Texas" (code, space, middle dot, space, name): a
 * price formula pointed at that column gets the label, so it must read as the state.
 */
export function stateLabel(state: UsState): string {
  return choiceLabel(OFFER_STATES, state.code);
}

/** Every form a state is typed in: its code, its name, the Offers table's label and its aliases. */
export function stateForms(state: UsState): string[] {
  return [state.code, state.name, stateLabel(state), ...(state.aliases ?? [])];
}
