/**
 * A percentile placement in words, inside the data: "below the 25th percentile", "above the 90th
 * percentile", "about the 64th percentile", "between the 75th and 90th percentiles". Whole percentiles
 * only (never "64.3th"), with correct ordinals.
 */
import { type PercentilePlacement, type PercentilePoint, placeAmongPercentiles } from "./percentile";

/** Two-digit endings that always take "th": 11th, 12th, 13th, 111th. */
const TEENS = new Set([11, 12, 13]);
const SUFFIX_BY_LAST_DIGIT: Readonly<Record<number, string>> = { 1: "st", 2: "nd", 3: "rd" };

/** 1 → "1st", 22 → "22nd", 111 → "111th", 64.3 → "64th": rounded to a whole number first. */
export function ordinal(value: number): string {
  const n = Math.round(value);
  const magnitude = Math.abs(n);
  const suffix = TEENS.has(magnitude % 100) ? "th" : (SUFFIX_BY_LAST_DIGIT[magnitude % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * The placement in words. A bound is rounded so the sentence stays true when a point's percentile is not
 * whole: "below" rounds up and "above" rounds down (below P2.5 is below the 3rd; above P97.5 is above the
 * 97th), a tie's range widens to whole percentiles, and an interpolated percentile is "about" its nearest
 * whole number, which stays between the two points it lies between.
 */
export function percentileWords(placed: PercentilePlacement): string {
  switch (placed.kind) {
    case "below":
      return `below the ${ordinal(Math.ceil(placed.p))} percentile`;
    case "above":
      return `above the ${ordinal(Math.floor(placed.p))} percentile`;
    case "at":
      return Number.isInteger(placed.p)
        ? `at the ${ordinal(placed.p)} percentile`
        : `about the ${ordinal(placed.p)} percentile`;
    case "within-tie":
      return `between the ${ordinal(Math.floor(placed.low))} and ${ordinal(Math.ceil(placed.high))} percentiles`;
    case "between":
      return `about the ${ordinal(placed.p)} percentile`;
  }
}

/** Where `value` sits among the points, in words (see {@link percentileWords}). */
export function percentileWordsOf(points: readonly PercentilePoint[], value: number): string {
  return percentileWords(placeAmongPercentiles(points, value));
}
