/**
 * The threshold against the rate: a wRVU threshold 20+ percentile points above the $/wRVU rate (red),
 * the 75th-vs-35th trap contract reviewers warn about; info when the rate cannot be placed. Its ask is
 * the threshold's (lower-threshold); this term adds no ask of its own.
 */
import type { Benchmark } from "../benchmarks/types";
import type { OfferFields } from "../offer/schema";
import { type PercentilePlacement, percentileRange, percentileSpan } from "../percentile";
import { ordinal, percentileWords } from "../percentile-words";
import { figureAt, placementOf, specialtyBenchmark } from "../rules/benchmark-lookup";
import { THRESHOLD_RATE_TRAP, WRVU } from "../rules/norms";
import type { RuleContext } from "../rules/types";
import { type Finding, defineTerm } from "./term";
import { fixtureRows, judgedThreshold, perWrvu, rateEvidence, volumeEvidence, wrvus } from "./wrvu-words";

/** A placement the data gives one number for (at a point, or between two), rather than a range. */
function exact(placed: PercentilePlacement): boolean {
  return placed.kind === "at" || placed.kind === "between";
}

/**
 * The rate that matches the threshold: the rate at the lowest percentile the threshold can be at, kept
 * inside the percentiles the rate data holds (a threshold above P90 asks for the rate at P90, never at an
 * invented 100th). Undefined when the rate row cannot give it.
 */
function matchingRate(rates: Benchmark, threshold: PercentilePlacement): { p: number; rate: number } | undefined {
  const span = percentileSpan(rates.points);
  const p = Math.min(span.high, Math.max(span.low, percentileRange(threshold).atLeast));
  const rate = figureAt(rates, p);
  return rate === undefined ? undefined : { p, rate };
}

/**
 * The rule: threshold and rate at different points of the market. Percentiles are compared as the ranges
 * the data allows (above P90 is 90–100, below P25 is 0–25), so the gap is the least it can be: "at least
 * 65 points apart" when either end is beyond the data or on a tie.
 */
function checkMismatch(offer: OfferFields, context: RuleContext): Finding | undefined {
  const threshold = judgedThreshold(offer);
  const offered = offer.dollarsPerWrvu;
  if (threshold === undefined || offered === null || offered <= 0) return undefined;
  const volume = specialtyBenchmark(offer.specialty, "wRVU", context);
  const thresholdAt = volume && placementOf(volume, threshold);
  // Without wRVU percentiles the threshold term already says what to import.
  if (!volume || thresholdAt === undefined) return undefined;
  const thresholdWords = percentileWords(thresholdAt);
  const rates = specialtyBenchmark(offer.specialty, "CompPerWrvu", context);
  const rateAt = rates && placementOf(rates, offered);
  if (!rates || rateAt === undefined) {
    return {
      severity: "info",
      finding: `No $/wRVU benchmark for ${volume.specialty}, so whether the rate of ${perWrvu(offered)} matches the threshold (${thresholdWords}) can't be judged until you import CompPerWrvu percentiles on the Benchmarks tab.`,
      evidence: [volumeEvidence(volume)],
      counterAsk: `Could you share which survey percentile the rate of ${perWrvu(offered)} corresponds to? The threshold of ${wrvus(threshold)} is ${thresholdWords}.`,
      fields: ["wrvuThreshold", "dollarsPerWrvu"],
    };
  }
  const gap = percentileRange(thresholdAt).atLeast - percentileRange(rateAt).atMost;
  if (gap < WRVU.mismatchPoints) return undefined;
  const rateWords = percentileWords(rateAt);
  const apart = `${exact(thresholdAt) && exact(rateAt) ? "" : "at least "}${Math.round(gap)} points apart`;
  const median = figureAt(volume, 50);
  const matching = matchingRate(rates, thresholdAt);
  const options = [
    median !== undefined && median < threshold ? `the threshold at the median, ${wrvus(median)}` : undefined,
    matching && matching.rate > offered
      ? `the rate at the ${ordinal(matching.p)} percentile, ${perWrvu(matching.rate)}`
      : undefined,
  ].filter((option): option is string => option !== undefined);
  const ask =
    options.length === 2
      ? `I'd ask to match them: either ${options[0]}, or ${options[1]}.`
      : options.length === 1
        ? `I'd ask to match them: ${options[0]}.`
        : "I'd ask to set them at the same point of the market.";
  return {
    severity: "red",
    finding: `The threshold (${wrvus(threshold)}) is ${thresholdWords} of ${volume.specialty} production, but the rate (${perWrvu(offered)}) is ${rateWords} of pay per wRVU: ${apart}.`,
    evidence: [volumeEvidence(volume), rateEvidence(rates), THRESHOLD_RATE_TRAP],
    counterAsk: `The threshold and the rate sit at different points of the market: the threshold ${thresholdWords}, the rate ${rateWords}. ${ask}`,
    fields: ["wrvuThreshold", "dollarsPerWrvu"],
  };
}

export const thresholdVsRateTerm = defineTerm({
  id: "threshold-rate-mismatch",
  check: checkMismatch,
  norms: [THRESHOLD_RATE_TRAP],
  movability: {
    value: 0.4,
    reason:
      "The rate and threshold are both set by the group's compensation plan; matching them is a smaller ask than changing either.",
    grade: "D",
  },
  fixtures: {
    // Threshold 5,400 = P75 of the fixture wRVU rows; rate $45 = P25 of the $/wRVU rows: 50 points apart.
    trips: {
      offer: { specialty: "Psychiatry", productivityModel: "wrvu", wrvuThreshold: 5_400, dollarsPerWrvu: 45 },
      benchmarks: fixtureRows("Psychiatry"),
    },
    passes: {
      offer: { specialty: "Psychiatry", productivityModel: "wrvu", wrvuThreshold: 5_400, dollarsPerWrvu: 60 },
      benchmarks: fixtureRows("Psychiatry"),
    },
  },
});
