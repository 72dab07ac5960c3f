/**
 * Splits a signal rule's "instead" into advice and the words to say. Some alternatives are words to use
 * as they stand; others begin with advice and quote the words ("Don't volunteer it. If asked, answer
 * without detail: \"…\""). The pane shows the advice as advice and offers only the words to copy, so a
 * pasted email never contains instructions to its writer.
 */

/** What to do (when the rule gives advice) and the words to say. */
export interface Suggestion {
  advice?: string;
  words: string;
}

/** Advice, then one double-quoted passage that ends the text. */
const ADVICE_THEN_QUOTE = /^([\s\S]*?)\s*"([^"]+)"\s*$/;

/** The advice and words of an "instead" text; text with no closing quotation is all words. */
export function suggestionOf(instead: string): Suggestion {
  const m = ADVICE_THEN_QUOTE.exec(instead);
  if (!m) return { words: instead };
  const advice = m[1].replace(/[\s:]+$/, "");
  return advice === "" ? { words: m[2] } : { advice: `${advice}.`.replace(/([.?!])\.$/, "$1"), words: m[2] };
}
