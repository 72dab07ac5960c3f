/**
 * The rule ids the pane, the listing pages and the end-to-end tests rely on, read from the term registry
 * (src/core/terms): a rule is a term's `check`. Kept here so callers that import RULE_IDS need not change.
 */
import { TERMS } from "../terms/registry";
import type { TermId } from "../terms/ids";

export type { Finding } from "../terms/term";
export { knownFields } from "../terms/term";

/** Every rule id, in the order the rules run (which is also the order of flags of equal severity). */
export const RULE_IDS: readonly TermId[] = TERMS.filter((term) => term.check !== undefined).map((term) => term.id);

/** A term id that raises flags. */
export type RuleId = TermId;
