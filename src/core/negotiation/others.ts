/**
 * The other offers a candidate holds, and the sentence that cites one. Whether one is stronger on a term
 * than what an ask requests, in real terms, is decided in one place: stronger-elsewhere.ts. A figure held
 * in writing is the strongest number a candidate can cite, so the plan says so, naming no employer.
 */
import type { Offer } from "../offer/schema";

/** How every "elsewhere" sentence begins: factual, and naming no employer. */
const ANOTHER_OFFER = "Another offer I'm considering";

/** The other offers, without the offer itself (the pane may pass every saved offer). */
export function otherOffers(offer: Offer, others: readonly Offer[]): Offer[] {
  return others.filter((other) => other.id !== offer.id);
}

/** The highest known figure among the other offers, or undefined when none gives one. */
export function highestOther(others: readonly Offer[], read: (other: Offer) => number | null): number | undefined {
  return extreme(others, read, (a, b) => a > b);
}

function extreme(
  others: readonly Offer[],
  read: (other: Offer) => number | null,
  better: (a: number, b: number) => boolean,
): number | undefined {
  let best: number | undefined;
  for (const other of others) {
    const value = read(other);
    if (value !== null && Number.isFinite(value) && (best === undefined || better(value, best))) best = value;
  }
  return best;
}

/** "Another offer I'm considering pays $420,000 base.": `rest` is what that offer does. */
export function elsewhere(rest: string): string {
  return `${ANOTHER_OFFER} ${rest}.`;
}
