/**
 * TermId: the id of every registered term, derived from the registry, so an id that is not registered
 * (a misspelling in a flag or an ask) does not compile. A type only: importing it loads nothing.
 */
import type { TERMS } from "./registry";

export type TermId = (typeof TERMS)[number]["id"];
