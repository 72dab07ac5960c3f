/**
 * The numbers the Compare view puts side by side for each offer, computed exactly as the Compare table's
 * formulas compute them (compare-table.ts), so the pane and the grid agree: a test evaluates those formulas
 * over random offers and checks them against {@link offerFigures}. A figure is null when the offer leaves
 * an input it needs blank (the grid shows a blank cell), or when the calculation has no answer, such as no
 * wRVU benchmark for the specialty or a term under a year (the grid shows the formula's error, which says why).
 */
import { hourlyRate } from "../compensation";
import { OfferError } from "../errors";
import { offerExitCost } from "../exit-cost";
import { totalCompOverTerm, totalCompYear1 } from "../offer/offer-totals";
import type { Offer, OfferFields } from "../offer/schema";
import { wrvuPercentile } from "../production";
import { checkOffer } from "../rules";
import type { RuleContext, Severity } from "../rules/types";
import { scarcityScore } from "../scarcity";
import { resolveSpecialty } from "../specialties";
import { wrvuGap } from "../wrvu";

/** One offer's numbers for the Compare view; null where unknown or without an answer. */
export interface OfferFigures {
  /** The offer's ID. */
  id: string;
  totalCompYear1: number | null;
  totalCompOverTerm: number | null;
  wrvuGap: number | null;
  thresholdPercentile: number | null;
  scarcity: number | null;
  payPerClinicalHour: number | null;
  exitCost12: number | null;
  exitCost24: number | null;
  redFlags: number | null;
  cautionFlags: number | null;
}

/** The figures that have a value, by name. */
export type FigureKey = Exclude<keyof OfferFigures, "id">;

/** How a figure is shown. */
export type FigureUnit = "dollars" | "dollars per hour" | "wRVUs" | "percentile" | "score" | "count";

/** How one figure is shown and judged in the Compare view. */
export interface CompareFigure {
  key: FigureKey;
  /** Also the header of its column in the Compare table. */
  label: string;
  unit: FigureUnit;
  /** Which direction is better for the physician. */
  better: "higher" | "lower";
  /** How it is computed, in one line. */
  explanation: string;
}

/** Months served before leaving, for the two cost-to-leave figures. */
export const EXIT_COST_MONTHS = { exitCost12: 12, exitCost24: 24 } as const;

/** Every figure, in the order the Compare view lists them. */
export const COMPARE_FIGURES: readonly CompareFigure[] = [
  {
    key: "totalCompYear1",
    label: "Total comp year 1",
    unit: "dollars",
    better: "higher",
    explanation:
      "Base + wRVU bonus + loan repayment + paid call + sign-on and relocation, as the Offers table computes it.",
  },
  {
    key: "totalCompOverTerm",
    label: "Total comp per year over term",
    unit: "dollars",
    better: "higher",
    explanation: "The same, with sign-on, relocation and retention bonuses spread over the initial term.",
  },
  {
    key: "wrvuGap",
    label: "wRVU gap",
    unit: "wRVUs",
    better: "lower",
    explanation:
      "wRVU threshold minus your expected wRVUs: positive means the threshold asks for more than you expect to produce.",
  },
  {
    key: "thresholdPercentile",
    label: "Threshold percentile",
    unit: "percentile",
    better: "lower",
    explanation: "Where the wRVU threshold falls among your wRVU benchmark for the specialty (0–100).",
  },
  {
    key: "scarcity",
    label: "Scarcity",
    unit: "score",
    better: "higher",
    explanation:
      "Leverage from scarcity (0–100): the specialty's national baseline moved by the market, as OFFER.SCARCITY computes it.",
  },
  {
    key: "payPerClinicalHour",
    label: "Pay per clinical hour",
    unit: "dollars per hour",
    better: "higher",
    explanation:
      "Year-1 total comp ÷ (hours per week × weeks per year, 48 if blank, + call shifts per month × 12 × hours per shift).",
  },
  {
    key: "exitCost12",
    label: "Cost to leave at 12 months",
    unit: "dollars",
    better: "lower",
    explanation:
      "Sign-on and relocation owed back after 12 months + your estimated share of tail coverage + a rough non-compete cost.",
  },
  {
    key: "exitCost24",
    label: "Cost to leave at 24 months",
    unit: "dollars",
    better: "lower",
    explanation: "The same after 24 months.",
  },
  {
    key: "redFlags",
    label: "Red flags",
    unit: "count",
    better: "lower",
    explanation: "Weak terms worth walking away over if they stay.",
  },
  {
    key: "cautionFlags",
    label: "Caution flags",
    unit: "count",
    better: "lower",
    explanation: "Weak terms worth negotiating.",
  },
];

/**
 * The result of a calculation, or null when the core says it has no answer or the result is not finite
 * (as a formula shows #NUM! for it); anything else is a bug and throws.
 */
function orNull(calculate: () => number): number | null {
  try {
    const result = calculate();
    return Number.isFinite(result) ? result : null;
  } catch (error) {
    if (error instanceof OfferError) return null;
    throw error;
  }
}

/** Call hours a year: shifts per month × 12 × hours per shift, a blank counting as 0. */
function callHoursPerYear(offer: OfferFields): number {
  return (offer.callShiftsPerMonth ?? 0) * 12 * (offer.callHoursPerShift ?? 0);
}

/** Year-1 pay per hour worked, call included; null when the weekly hours are unknown. */
function payPerClinicalHour(offer: OfferFields): number | null {
  const hoursPerWeek = offer.hoursPerWeek;
  if (hoursPerWeek === null) return null;
  return orNull(() =>
    hourlyRate({
      annualPay: totalCompYear1(offer),
      hoursPerWeek,
      // As OFFER.HOURLY reads it: 0 weeks means "not given", like a blank, and gives 48.
      weeksPerYear: offer.weeksPerYear || undefined,
      callHoursPerYear: callHoursPerYear(offer),
    }),
  );
}

function countOf(severities: readonly Severity[], severity: Severity): number {
  return severities.filter((s) => s === severity).length;
}

/** One offer's Compare figures; `context` holds the user's own benchmark rows, which beat shipped ones. */
export function offerFigures(offer: Offer, context: RuleContext): OfferFigures {
  const { wrvuThreshold: threshold, expectedWrvus: expected } = offer;
  const severities = checkOffer(offer, context).map((flag) => flag.severity);
  const exitCost = (months: number) => orNull(() => offerExitCost(offer, months, context.benchmarks).total);
  return {
    id: offer.id,
    totalCompYear1: orNull(() => totalCompYear1(offer)),
    totalCompOverTerm: orNull(() => totalCompOverTerm(offer)),
    wrvuGap: threshold === null || expected === null ? null : orNull(() => wrvuGap(threshold, expected)),
    thresholdPercentile:
      threshold === null ? null : orNull(() => wrvuPercentile(threshold, offer.specialty, context.benchmarks)),
    scarcity: orNull(() =>
      scarcityScore({ specialty: resolveSpecialty(offer.specialty), market: offer.market ?? undefined }),
    ),
    payPerClinicalHour: payPerClinicalHour(offer),
    exitCost12: exitCost(EXIT_COST_MONTHS.exitCost12),
    exitCost24: exitCost(EXIT_COST_MONTHS.exitCost24),
    redFlags: countOf(severities, "red"),
    cautionFlags: countOf(severities, "caution"),
  };
}

/**
 * The IDs of the best offer(s) on a figure, ties included, ignoring offers without a value; none when
 * fewer than two offers have a value, since there is nothing to compare.
 */
export function bestOffers(figures: readonly OfferFigures[], key: FigureKey): string[] {
  const better = COMPARE_FIGURES.find((m) => m.key === key)?.better ?? "higher";
  const valued = figures.flatMap((m) => {
    const value = m[key];
    return value === null ? [] : [{ id: m.id, value }];
  });
  if (valued.length < 2) return [];
  const values = valued.map((v) => v.value);
  const best = better === "higher" ? Math.max(...values) : Math.min(...values);
  return valued.filter((v) => v.value === best).map((v) => v.id);
}
