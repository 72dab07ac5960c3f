/** Tax on an amount under a bracket schedule; shared by the federal and every state schedule. */
import type { Bracket } from "./types";

/**
 * Tax on `taxable` under `brackets` (sorted by `over`, the first at 0): each slice of income is taxed at
 * the rate of the bracket it falls in. Income at or below 0 pays nothing.
 */
export function bracketTax(taxable: number, brackets: readonly Bracket[]): number {
  let tax = 0;
  for (let i = 0; i < brackets.length; i++) {
    const { over, rate } = brackets[i];
    if (taxable <= over) break;
    const top = i + 1 < brackets.length ? Math.min(taxable, brackets[i + 1].over) : taxable;
    tax += (top - over) * rate;
  }
  return tax;
}

/** The rate of the bracket an amount's last dollar falls in (0 for none). */
export function marginalRate(taxable: number, brackets: readonly Bracket[]): number {
  let rate = 0;
  for (const bracket of brackets) if (taxable > bracket.over) rate = bracket.rate;
  return rate;
}
