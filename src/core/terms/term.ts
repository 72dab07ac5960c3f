/**
 * The shape of one weak term: the single place where its rule, the norms it quotes, its asks, the
 * question to ask the employer when its field is blank, how movable it usually is and the fixtures its
 * generic test runs come together. The registry (registry.ts) lists every term once; a term's id is a
 * string literal, and TermId (the union of the registered ids) is what flags and asks carry, so a
 * misspelt id does not compile.
 */
import type { Benchmark, Grade } from "../benchmarks/types";
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import type { Norm } from "../rules/norms";
import type { Flag, RuleContext } from "../rules/types";
import type { AskBuilder } from "../negotiation/ask-builder";
import type { AskKind } from "../negotiation/types";

/** What a rule finds: a flag without its id, which the engine adds from the term so the two cannot disagree. */
export type Finding = Omit<Flag, "rule">;

/** A term's rule: at most one finding per offer, never an exception (missing data → silent or info). */
export type TermCheck = (offer: OfferFields, context: RuleContext) => Finding | undefined;

/** One question for the employer, asked by the unknown-terms flag while the fields it is about are blank. */
export interface BlankQuestion {
  /** Named in the finding, e.g. "non-compete". */
  name: string;
  question: string;
  /** The blank fields that make this term unknown for this offer (none: the term is known or moot). */
  unknown: (offer: OfferFields) => FieldKey[];
  /** Terms about leaving, where the cost of not knowing shows up later. */
  exit?: boolean;
}

/** One ask a term can lead to, with its stable id (the pane, the Negotiation sheet and e2e tests key on it). */
export interface TermAsk {
  id: string;
  /** Cash a year (pay, bonus, stipend, money not spent) or non-cash (time, title, protections). */
  kind: AskKind;
  build: AskBuilder;
  /** Set when the ask's dollar value is only an estimate of this grade (kept out of every cash total). */
  valueGrade?: Grade;
}

/**
 * How often employers move on this term, 0–1, with a one-line reason: a product heuristic (grade D unless a
 * source is given), used only to choose which asks to lead with.
 */
export interface Movability {
  value: number;
  reason: string;
  grade: Grade;
  source?: string;
}

/** An offer as typed (display labels or values, as parseOffer accepts them), with what a plan reads besides it. */
export interface FixtureCase {
  offer: Readonly<Record<string, unknown>>;
  /** Other offers the candidate holds, as typed. */
  others?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** The user's own benchmark rows, when the term needs figures no shipped row gives. */
  benchmarks?: readonly Benchmark[];
}

/** The cases the generic registry test runs for a term. */
export interface TermFixtures {
  /** An offer that raises the term's flag (or, for a term with no rule, produces its ask). */
  trips: FixtureCase;
  /** A like offer that does not. */
  passes: FixtureCase;
  /** An offer whose blank fields make the term's first question appear (terms with questions only). */
  blank?: FixtureCase;
}

/** One weak term. `Id` is kept as a literal so the registry can derive the TermId union. */
export interface Term<Id extends string = string> {
  id: Id;
  /** The rule, for a term that raises a flag (benefit and side-deal terms may have asks and no rule). */
  check?: TermCheck;
  /** The norms it is judged against or quotes, from rules/norms.ts (benchmarks come from the tables). */
  norms: readonly Norm[];
  asks?: readonly TermAsk[];
  /** Asked by the unknown-terms flag while the term's fields are blank, in this order. */
  questions?: readonly BlankQuestion[];
  movability: Movability;
  fixtures: TermFixtures;
}

/** A term with its id kept literal (a helper so each term file reads `defineTerm({ id: "…", … })`). */
export function defineTerm<const Id extends string>(term: Term<Id>): Term<Id> {
  return term;
}

/** The fields among `keys` whose values are known, so a flag points only at what it judged. */
export function knownFields(offer: OfferFields, keys: readonly FieldKey[]): FieldKey[] {
  return keys.filter((key) => offer[key] !== null);
}

/** The blank ones among `keys`. */
export function blankFields(offer: OfferFields, keys: readonly FieldKey[]): FieldKey[] {
  return keys.filter((key) => offer[key] === null);
}
