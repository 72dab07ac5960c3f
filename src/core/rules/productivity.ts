/**
 * Productivity rules: a wRVU threshold above the specialty's median, a threshold and a $/wRVU rate set at
 * different points of the market, and productivity pay with no guaranteed base. wRVU and $/wRVU
 * percentiles ship for no specialty (they are licensed), so these rules read the user's own rows and say
 * so when there are none.
 */
import type { Benchmark } from "../benchmarks/types";
import { dollars, figure } from "../format";
import { PRODUCTIVITY_MODELS, choiceLabel } from "../offer/choices";
import type { OfferFields } from "../offer/schema";
import { benchmarkEvidence, figureAt, percentileOf, specialtyBenchmark } from "./benchmark-lookup";
import { GUARANTEE_ASK_YEARS, GUARANTEE_PREVALENCE, THRESHOLD_RATE_TRAP, WRVU } from "./norms";
import { type Finding, type Rule, knownFields } from "./rule";
import type { Evidence } from "./types";
import { oneLine, ordinal } from "./wording";

/** "4,500 wRVUs". */
function wrvus(value: number): string {
  return `${figure(Math.round(value))} wRVUs`;
}

/** "$45.50 per wRVU". */
function rate(value: number): string {
  return `${dollars(Math.round(value * 100) / 100)} per wRVU`;
}

/** The threshold to judge: known, above zero, and part of a wRVU plan (not salary-only or collections). */
function judgedThreshold(offer: OfferFields): number | undefined {
  const threshold = offer.wrvuThreshold;
  if (threshold === null || threshold <= 0) return undefined;
  return offer.productivityModel === "salary" || offer.productivityModel === "collections" ? undefined : threshold;
}

/** "P25 3,800 · P50 4,500 · …": a benchmark's known points, for evidence. */
function pointsText(b: Benchmark, show: (value: number) => string): string {
  return b.points.map((pt) => `P${pt.p} ${show(pt.value)}`).join(" · ");
}

function volumeEvidence(b: Benchmark): Evidence {
  return benchmarkEvidence(b, `wRVU percentiles for ${b.specialty}: ${pointsText(b, (v) => figure(v))}.`);
}

function rateEvidence(b: Benchmark): Evidence {
  return benchmarkEvidence(b, `Compensation per wRVU for ${b.specialty}: ${pointsText(b, (v) => dollars(v))}.`);
}

/** Info: the threshold cannot be judged until the user imports wRVU percentiles for the specialty. */
function noVolumeBenchmark(offer: OfferFields, threshold: number): Finding {
  const rateToo = offer.dollarsPerWrvu !== null ? " (and CompPerWrvu percentiles, to place the rate)" : "";
  return {
    severity: "info",
    finding: `No wRVU benchmark for ${oneLine(offer.specialty)}, so the threshold of ${wrvus(threshold)} can't be judged until you import your own wRVU percentiles${rateToo} on the Benchmarks tab.`,
    evidence: [],
    counterAsk: `Could you share what new physicians in the group produce in their first year, against the threshold of ${wrvus(threshold)}?`,
    fields: ["wrvuThreshold"],
  };
}

/** A wRVU threshold above the specialty median (caution) or P75 (red); info when no wRVU percentiles exist. */
export const thresholdAboveMedian: Rule = {
  id: "threshold-above-median",
  check(offer, context) {
    const threshold = judgedThreshold(offer);
    if (threshold === undefined) return undefined;
    const b = specialtyBenchmark(offer.specialty, "wRVU", context);
    const median = b && figureAt(b, WRVU.cautionAbovePercentile);
    if (!b || median === undefined) return noVolumeBenchmark(offer, threshold);
    if (threshold <= median) return undefined;
    const high = figureAt(b, WRVU.redAbovePercentile);
    const percentile = percentileOf(b, threshold);
    const where = percentile === undefined ? "" : `, at about the ${ordinal(percentile)} percentile`;
    return {
      severity: high !== undefined && threshold > high ? "red" : "caution",
      finding: `The wRVU threshold of ${wrvus(threshold)} is above the median for ${b.specialty} (${wrvus(median)})${where}.`,
      evidence: [volumeEvidence(b)],
      counterAsk: `The threshold of ${wrvus(threshold)} sits above the median of ${wrvus(median)} for ${b.specialty}. I'd ask for it to be set at the median, ${wrvus(median)}, so the productivity bonus starts at typical production.`,
      fields: ["wrvuThreshold"],
    };
  },
};

/** The threshold 20+ percentile points above the $/wRVU rate (red): the 75th-vs-35th trap. */
export const thresholdRateMismatch: Rule = {
  id: "threshold-rate-mismatch",
  check(offer, context) {
    const threshold = judgedThreshold(offer);
    const offered = offer.dollarsPerWrvu;
    if (threshold === undefined || offered === null || offered <= 0) return undefined;
    const volume = specialtyBenchmark(offer.specialty, "wRVU", context);
    const thresholdAt = volume && percentileOf(volume, threshold);
    // Without wRVU percentiles the threshold-above-median rule already says what to import.
    if (!volume || thresholdAt === undefined) return undefined;
    const rates = specialtyBenchmark(offer.specialty, "CompPerWrvu", context);
    const rateAt = rates && percentileOf(rates, offered);
    if (!rates || rateAt === undefined) {
      return {
        severity: "info",
        finding: `No $/wRVU benchmark for ${volume.specialty}, so whether the rate of ${rate(offered)} matches the threshold (about the ${ordinal(thresholdAt)} percentile) can't be judged until you import CompPerWrvu percentiles on the Benchmarks tab.`,
        evidence: [volumeEvidence(volume)],
        counterAsk: `Could you share which survey percentile the rate of ${rate(offered)} corresponds to? The threshold of ${wrvus(threshold)} sits near the ${ordinal(thresholdAt)} percentile.`,
        fields: ["wrvuThreshold", "dollarsPerWrvu"],
      };
    }
    if (thresholdAt - rateAt < WRVU.mismatchPoints) return undefined;
    const median = figureAt(volume, 50);
    const matchingRate = figureAt(rates, thresholdAt);
    // Both exist whenever the percentiles above did (two or more points); the guard keeps the types honest.
    if (median === undefined || matchingRate === undefined) return undefined;
    return {
      severity: "red",
      finding: `The threshold (${wrvus(threshold)}) sits at about the ${ordinal(thresholdAt)} percentile of ${volume.specialty} production, but the rate (${rate(offered)}) at about the ${ordinal(rateAt)} percentile of pay per wRVU: ${Math.round(thresholdAt - rateAt)} points apart.`,
      evidence: [volumeEvidence(volume), rateEvidence(rates), THRESHOLD_RATE_TRAP],
      counterAsk: `The threshold and the rate sit at different points of the market: the threshold near the ${ordinal(thresholdAt)} percentile, the rate near the ${ordinal(rateAt)}. I'd ask to match them: either the threshold at the median, ${wrvus(median)}, or the rate at the ${ordinal(thresholdAt)} percentile, ${rate(matchingRate)}.`,
      fields: ["wrvuThreshold", "dollarsPerWrvu"],
    };
  },
};

/** Pay models where income depends on production. */
const PRODUCTIVITY_PAY: ReadonlyArray<OfferFields["productivityModel"]> = ["wrvu", "tiered", "collections"];

/** Productivity pay with 0 years of guaranteed base (red). */
export const noGuarantee: Rule = {
  id: "no-guarantee",
  check(offer) {
    if (!PRODUCTIVITY_PAY.includes(offer.productivityModel) || offer.guaranteeYears !== 0) return undefined;
    const model = choiceLabel(PRODUCTIVITY_MODELS, offer.productivityModel);
    const base = offer.baseSalary === null ? "the base salary" : `the base of ${dollars(offer.baseSalary)}`;
    return {
      severity: "red",
      finding: `Productivity pay (${model}) with no salary guarantee: income depends on production from the first month, before a panel is built.`,
      evidence: [GUARANTEE_PREVALENCE],
      counterAsk: `Most contracts include a guarantee while a new physician builds a panel. I'd ask for ${base} to be guaranteed for the first ${GUARANTEE_ASK_YEARS} years, with the productivity formula starting in year ${GUARANTEE_ASK_YEARS + 1}.`,
      fields: knownFields(offer, ["productivityModel", "guaranteeYears", "baseSalary"]),
    };
  },
};
