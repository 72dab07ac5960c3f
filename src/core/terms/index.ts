/** The weak terms' public API: the registry, the id union, and the shape of a term. */
export { TERMS } from "./registry";
export type { TermId } from "./ids";
export type { BlankQuestion, FixtureCase, Movability, Term, TermAsk, TermFixtures } from "./term";
