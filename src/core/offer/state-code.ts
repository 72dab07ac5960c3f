/**
 * A state typed as a postal code, a name or the Offers table's label ("TX · Texas"), in any case, to its
 * postal code; an unknown state is #N/A with the closest names, as an unknown specialty is. Kept apart from
 * the tax tables so that the pane's first screen (entry's State box) and the scarcity model can read a
 * state without loading every state's tax schedule.
 */
import { notAvailable } from "../errors";
import { quoted } from "../format";
import { nameCatalog, nameKey, suggestNames } from "../names";
import { US_STATES, stateName } from "./us-states";

const CATALOG = nameCatalog(US_STATES.map((o) => ({ name: o.value, aliases: [o.label, ...(o.aliases ?? [])] })));

/**
 * States already resolved, by the text as typed: a column of TAKEHOME formulas names the same state in
 * every row, and folding the text to its key costs more than the tax itself.
 */
const RESOLVED = new Map<string, string>();
/** Kept small: a sheet names a handful of states; past this many typed forms the cache starts again. */
const RESOLVED_MAX = 64;

/** The postal code of a typed state; #N/A with suggestions when it names none. */
export function resolveStateCode(typed: string): string {
  const known = RESOLVED.get(typed);
  if (known !== undefined) return known;
  if (typed.trim() === "") throw notAvailable('state is blank: give a postal code or name such as "TX" or "Texas".');
  const code = CATALOG.find(typed);
  if (code) {
    if (RESOLVED.size >= RESOLVED_MAX) RESOLVED.clear();
    RESOLVED.set(typed, code);
    return code;
  }
  const suggestions = suggestNames(nameKey(typed), CATALOG.aliases).map((c) => `${c} (${stateName(c)})`);
  const hint = suggestions.length ? ` Did you mean ${suggestions.join(" or ")}?` : "";
  throw notAvailable(`Unknown state ${quoted(typed)}.${hint} Use a postal code or name such as "TX" or "Texas".`);
}
