/**
 * What reading a contract finds: the offer's fields, each with the words it came from, where they stand
 * and how sure the reading is; the places the contract contradicts itself; and the clauses that matter
 * but have no field. Values are in the stored form the Offers table uses (dollars, months, miles, days,
 * percent; choices as their stored values; the state as its two-letter code).
 */
import type { FieldKey } from "../offer/fields";
import type { Where } from "./document";
import type { WrvuTier } from "./wrvu-tiers";

export type { Where } from "./document";
export type { WrvuTier } from "./wrvu-tiers";

/**
 * - high: an explicit, labelled statement with digits (or words and digits that agree);
 * - medium: found with weaker anchoring (words only, a looser label, a figure worked out from two);
 * - low: guessed from context.
 */
export type Confidence = "high" | "medium" | "low";

export type FieldValue = number | string;

/** One field read off the contract. */
export interface ExtractedField {
  value: FieldValue;
  /** The sentence it came from, white space collapsed. */
  quote: string;
  where: Where;
  confidence: Confidence;
}

/** A field the contract states more than one way: no value is picked. */
export interface Conflict {
  field: FieldKey;
  values: FieldValue[];
  quotes: string[];
}

export type ClauseKind =
  | "bonus-requires-employment-on-payment-date"
  | "unilateral-compensation-change"
  | "employer-only-without-cause"
  | "auto-renewal"
  | "assignment"
  | "liquidated-damages"
  | "non-solicitation"
  | "repayment-on-competing-work"
  | "tail-on-any-termination"
  | "call-as-assigned";

/** A clause that matters and has no field, with one plain line on why. Not legal advice. */
export interface Clause {
  kind: ClauseKind;
  quote: string;
  where: Where;
  why: string;
}

/** Facts the contract states that no offer field holds, kept so the pane and the JSON can show them. */
export interface ExtractedDetails {
  /** A tiered wRVU schedule, each tier with its start and rate. */
  wrvuTiers?: { tiers: WrvuTier[]; quote: string; where: Where };
  /** The share of collections paid, in percent, for a collections-based plan. */
  collectionsPercent?: { value: number; quote: string; where: Where };
}

export interface Extraction {
  fields: Partial<Record<FieldKey, ExtractedField>>;
  conflicts: Conflict[];
  clauses: Clause[];
  details: ExtractedDetails;
}

/** One reading of a field from one sentence, before the readings of the whole contract are weighed. */
export interface Candidate {
  field: FieldKey;
  value: FieldValue;
  quote: string;
  where: Where;
  confidence: Confidence;
  /** The sentence's place in the document. */
  index: number;
}

export interface ExtractOptions {
  /** Fields to leave out (e.g. those the user has already typed). */
  skip?: readonly FieldKey[];
}

/** A contract's sentence behind a value: the quote, how sure the reading is, and where it stands. */
export interface QuoteSource {
  quote: string;
  confidence: Confidence;
  where: Where;
}

/**
 * A contract's values as entry's draft text (only the fields it states), each with its sentence: what the
 * pane's entry is filled from and what the Contract quotes table keeps of it.
 */
export interface ContractSentences {
  /** The file's name, or "pasted text". */
  source: string;
  values: Partial<Record<FieldKey, string>>;
  sources: Partial<Record<FieldKey, QuoteSource>>;
}
