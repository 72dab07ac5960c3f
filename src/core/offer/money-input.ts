/**
 * Dollars as people type them: "420000", "420,000", "$420,000", "420000.00", and the shorthand of offer
 * letters and conversations, "420k", "$420K", "1.2m". The schema reads every money field through this, so
 * the pane, a pasted cell and a contract's pre-filled value all accept the same forms.
 */
import { figureFromText } from "../cells";

/** The forms a money field accepts, for messages that refuse one: say what works, not only what failed. */
export const MONEY_FORMS = "such as 420000, 420,000, $420,000, 420k or 1.2m";

const SUFFIX: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };

/**
 * The dollars a typed text states, or undefined when it is not money in one of the accepted forms.
 * A "k" or "m" multiplies (thousands, millions); the result is rounded to cents, so "1.2m" is exactly
 * 1,200,000 however the multiplication rounds in floating point.
 */
export function moneyFromText(text: string): number | undefined {
  // "$ 420 k" and "420 K" are the same figure: spaces around the sign and the suffix are only spacing.
  const plain = text.trim().replace(/^\$\s*/, "");
  const shorthand = /^(.*?\d)\s*([kKmM])$/.exec(plain);
  const digits = shorthand ? shorthand[1] : plain;
  // A sign or a second "$" inside ("$-5", "$$5") is not a form anyone means for an amount of dollars.
  if (!/^\d/.test(digits) && !/^\.\d/.test(digits)) return undefined;
  const figure = figureFromText(digits);
  if (figure === undefined) return undefined;
  const times = shorthand ? SUFFIX[shorthand[2].toLowerCase()] : 1;
  return Math.round(figure * times * 100) / 100;
}
