/**
 * The offer with every number rounded to cents (or hundredths of a shift, an hour or a mile), as the
 * rules engine reads it before judging (rules/index.ts), so an ask values exactly the terms its flag
 * judged, and a value such as 0.001 hours a week, which a flag would show as 0, never divides pay.
 */
import type { Offer } from "../offer/schema";

/** Decimals kept, as the flags show numbers. */
const SHOWN_DECIMALS = 2;

/** The offer with its numbers rounded to the precision the flags show them in. */
export function asShown(offer: Offer): Offer {
  const scale = 10 ** SHOWN_DECIMALS;
  const rounded = Object.fromEntries(
    Object.entries(offer).map(([key, value]) => [key, typeof value === "number" ? Math.round(value * scale) / scale : value]),
  );
  return rounded as Offer;
}
