/**
 * What the signal check finds in a draft email or call notes: phrases that make a candidate read as
 * cheap (will accept less), replaceable (brings nothing specific, no one else wants them) or desperate
 * (needs this job), each with why and a business-like alternative.
 */

/** The impression a phrase gives an employer. */
export type PhraseSignal = "cheap" | "replaceable" | "desperate";

/** One phrase-finding rule: data, so a phrase can be added without new code. */
export interface PhraseRule {
  /** Stable across versions, e.g. "open-to-anything". */
  id: string;
  signal: PhraseSignal;
  /**
   * The phrasings it finds, written in a small pattern language (see patterns.ts): a space matches any run
   * of white space, an apostrophe matches a straight or curly one or none, the rest is a regular
   * expression. Matching ignores case and only starts and ends at word edges.
   */
  patterns: readonly string[];
  /** Why the phrase costs the candidate, in a sentence. */
  why: string;
  /** What to say instead: calm, specific, business-like. */
  instead: string;
}

/** One phrase found, with its position so the pane can highlight it. */
export interface PhraseMatch {
  /** UTF-16 offset of the first character, as String.prototype.slice counts. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The text found: `input.slice(start, end)`. */
  text: string;
  signal: PhraseSignal;
  /** The rule's id. */
  rule: string;
  why: string;
  instead: string;
}
