/** What a departing physician owes back on a sign-on, relocation or loan payment that is forgiven over time. */
import { nonNegative } from "./guards";
import { outOfRange } from "./errors";

/**
 * Amount owed on leaving after `monthsServed`, with straight-line monthly forgiveness over
 * `forgivenessMonths`: each completed month forgives 1/forgivenessMonths of the amount, so a partly
 * served month forgives nothing yet. Nothing is owed once the period is served.
 */
export function clawback(amount: number, forgivenessMonths: number, monthsServed: number): number {
  nonNegative(amount, "amount");
  nonNegative(monthsServed, "monthsServed");
  if (forgivenessMonths <= 0) {
    throw outOfRange(
      `forgivenessMonths must be more than 0 (the months over which the amount is forgiven); got ${forgivenessMonths}.`,
    );
  }
  const forgivenMonths = Math.min(Math.floor(monthsServed), forgivenessMonths);
  return (amount * (forgivenessMonths - forgivenMonths)) / forgivenessMonths;
}
