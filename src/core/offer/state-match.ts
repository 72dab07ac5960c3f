/**
 * The state a person means by what they type in the State box: a postal code ("tx"), a name ("Texas"),
 * the label the pane shows ("TX · Texas"), or the start of a code or name ("Tex", "new y"). Only a text
 * that names one state picks it; a text several states start with ("N") lists them instead, so the pane
 * never silently picks a wrong one (a native select's type-ahead chose Tennessee for "Texas").
 *
 * The states come from the one table, US_STATES; exact names go through resolveStateCode, the same look-up
 * (with its "did you mean") the tax formulas use.
 */
import { nameKey, suggestNames } from "../names";
import { resolveStateCode } from "../offer/state-code";
import { US_STATES, stateName } from "./us-states";

/** What a typed text says about the state. */
export interface StateMatch {
  /** The postal code of the one state the text names, or undefined when it names none or several. */
  code: string | undefined;
  /** The states whose code or name the text starts (the named one first): what to offer in the list. */
  options: readonly string[];
  /** For a text that fits no state: the closest states' codes, for "did you mean". */
  suggestions: readonly string[];
}

/**
 * Other ways people write DC that the state table does not list. "Washington" alone stays the state
 * (an exact name wins), while "Washington DC" is the district.
 */
const DC_FORMS = ["Washington DC", "Washington, D.C.", "Washington D.C."].map(nameKey);

/** Every state's keys to match a prefix against: its code and its name (and DC's other forms). */
const PREFIX_KEYS: readonly { code: string; keys: readonly string[] }[] = US_STATES.map((o) => ({
  code: o.value,
  keys: [nameKey(o.value), nameKey(stateName(o.value)), ...(o.value === "DC" ? DC_FORMS : [])],
}));

/** Codes and names for "did you mean"; one frozen array, because suggestNames caches by its identity. */
const SUGGESTION_KEYS = Object.freeze(PREFIX_KEYS.flatMap((s) => s.keys.map((key) => ({ key, canonical: s.code }))));

/** The one state an exact code, name or label names, or undefined. */
function exactCode(typed: string): string | undefined {
  if (DC_FORMS.includes(nameKey(typed))) return "DC";
  try {
    return resolveStateCode(typed);
  } catch {
    return undefined;
  }
}

/** Which state a typed text means; see {@link StateMatch}. */
export function matchState(typed: string): StateMatch {
  const key = nameKey(typed);
  if (key === "") return { code: undefined, options: US_STATES.map((o) => o.value), suggestions: [] };
  const exact = exactCode(typed);
  const starting = PREFIX_KEYS.filter((s) => s.keys.some((k) => k.startsWith(key))).map((s) => s.code);
  const options = exact === undefined ? starting : [exact, ...starting.filter((c) => c !== exact)];
  // An exact code or name wins over longer names it starts ("NE" is Nebraska, not also New York).
  const code = exact ?? (starting.length === 1 ? starting[0] : undefined);
  if (options.length > 0) return { code, options, suggestions: [] };
  return { code: undefined, options: [], suggestions: suggestNames(key, SUGGESTION_KEYS) };
}

/** A message for a text that does not name one state, or undefined when it does (or is blank). */
export function stateMatchMessage(typed: string): string | undefined {
  if (typed.trim() === "") return undefined;
  const match = matchState(typed);
  if (match.code !== undefined) return undefined;
  const named = (codes: readonly string[]) => codes.map((c) => `${c} (${stateName(c)})`).join(", ");
  if (match.options.length > 1) {
    const shown = match.options.slice(0, 6);
    const more = match.options.length > shown.length ? ` and ${match.options.length - shown.length} more` : "";
    return `“${typed.trim()}” could be ${named(shown)}${more}: type more of the name, or pick one from the list.`;
  }
  const hint = match.suggestions.length > 0 ? ` Did you mean ${named(match.suggestions)}?` : "";
  return `No state is called “${typed.trim()}”.${hint} Type a postal code or name, such as TX or Texas.`;
}
