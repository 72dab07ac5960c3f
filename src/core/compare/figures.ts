/**
 * The numbers the Compare view puts side by side for each offer, computed exactly as the Compare table's
 * formulas compute them (compare-table.ts), so the pane and the grid agree: a test evaluates those formulas
 * over random offers and checks them against {@link offerFigures}. A figure is null when the offer leaves
 * an input it needs blank (the grid shows a blank cell), or when the calculation has no answer, such as no
 * wRVU benchmark for the specialty or a term under a year (the grid shows the formula's error, which says why).
 */
import { DEFAULT_WEEKS_PER_YEAR, hourlyRate } from "../compensation";
import { OfferError } from "../errors";
import { totalCompOverTerm, totalCompYear1 } from "../offer/offer-totals";
import type { Offer, OfferFields } from "../offer/schema";
import { benchmarkPlacement, findBenchmark } from "../benchmarks/lookup";
import { percentileWords } from "../percentile-words";
import { wrvuPercentile } from "../production";
import { checkOffer } from "../rules";
import type { RuleContext, Severity } from "../rules/types";
import { scarcityScore } from "../scarcity";
import { resolveSpecialty } from "../specialties";
import { wrvuGap } from "../wrvu";
import { DEFAULT_PROFILE, type CandidateProfile } from "../profile/settings";
import { offerValue } from "../value/offer-value";

/** One offer's numbers for the Compare view; null where unknown or without an answer. */
export interface OfferFigures {
  /** The offer's ID. */
  id: string;
  realTakeHomeYear1: number | null;
  multiYearValue: number | null;
  takeHomeYear1: number | null;
  priceLevel: number | null;
  totalCompYear1: number | null;
  totalCompOverTerm: number | null;
  wrvuGap: number | null;
  thresholdPercentile: number | null;
  scarcity: number | null;
  payPerClinicalHour: number | null;
  payPerClinicalDay: number | null;
  exitCost12: number | null;
  exitCost24: number | null;
  keptAt12: number | null;
  keptAt24: number | null;
  redFlags: number | null;
  cautionFlags: number | null;
}

/** The figures that have a value, by name. */
export type FigureKey = Exclude<keyof OfferFigures, "id">;

/** How a figure is shown. */
export type FigureUnit = "dollars" | "dollars per hour" | "wRVUs" | "percentile" | "score" | "count" | "index";

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
  /**
   * The figure whose best offer this row marks, when it is not the row itself: nominal pay is judged by
   * real value, and a cost by what you would keep after paying it, so an offer cannot win by paying less.
   */
  judgedBy?: FigureKey;
  /** Shown for reference only: never marked best (the price level). */
  reference?: boolean;
}

/** Months served before leaving, for the two cost-to-leave figures. */
export const EXIT_COST_MONTHS = { exitCost12: 12, exitCost24: 24 } as const;

/** Every figure, in the order the Compare view lists them. */
export const COMPARE_FIGURES: readonly CompareFigure[] = [
  {
    key: "realTakeHomeYear1",
    label: "Real take-home year 1",
    unit: "dollars",
    better: "higher",
    explanation:
      "Year-1 pay after federal, state, payroll and local tax, in dollars of average US prices: take-home × 100 ÷ the area's price level.",
  },
  {
    key: "multiYearValue",
    label: "Multi-year value (real, today's dollars)",
    unit: "dollars",
    better: "higher",
    explanation:
      "Every projected year's real take-home + benefits + loan forgiveness − buy-in, discounted to today at your discount rate (the Projection sheet).",
  },
  {
    key: "takeHomeYear1",
    label: "Take-home year 1",
    unit: "dollars",
    better: "higher",
    explanation: "Year-1 pay after federal income tax, Social Security, Medicare, state and local tax (2026 law).",
    judgedBy: "realTakeHomeYear1",
  },
  {
    key: "priceLevel",
    label: "Price level (US = 100)",
    unit: "index",
    better: "lower",
    explanation: "BEA's Regional Price Parity for the offer's area, 2023: how much more or less a dollar buys there.",
    reference: true,
  },
  {
    key: "totalCompYear1",
    label: "Total comp year 1 (nominal)",
    unit: "dollars",
    better: "higher",
    explanation:
      "Base + wRVU bonus + loan repayment + paid call + sign-on and relocation, before tax and prices, as the Offers table computes it.",
    judgedBy: "realTakeHomeYear1",
  },
  {
    key: "totalCompOverTerm",
    label: "Total comp per year over term (nominal)",
    unit: "dollars",
    better: "higher",
    explanation: "The same, with sign-on, relocation and retention bonuses spread over the initial term.",
    judgedBy: "multiYearValue",
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
    explanation:
      "Where the wRVU threshold falls among your wRVU benchmark for the specialty (0–100), as OFFER.WRVUPCTL gives it: beyond the lowest or highest percentile your rows hold the number is a rough extension, so read it as below or above that percentile.",
  },
  {
    key: "scarcity",
    label: "Scarcity",
    unit: "score",
    better: "higher",
    explanation:
      "Leverage from scarcity (0–100): the specialty's national baseline moved by the offer's state and market, as OFFER.SCARCITY computes it.",
  },
  {
    key: "payPerClinicalHour",
    label: "Real take-home per hour worked",
    unit: "dollars per hour",
    better: "higher",
    explanation:
      "Real take-home year 1 ÷ (hours per week × weeks worked + call shifts per month × 12 × hours per shift); weeks worked are 52 less PTO days ÷ 5 when not given, else 48.",
  },
  {
    key: "payPerClinicalDay",
    label: "Real take-home per clinical day",
    unit: "dollars",
    better: "higher",
    explanation: "Real take-home year 1 ÷ (clinical days per week × weeks worked).",
  },
  {
    key: "exitCost12",
    label: "Cost to leave at 12 months",
    unit: "dollars",
    better: "lower",
    explanation:
      "Sign-on and relocation owed back after 12 months + your estimated share of tail coverage + a rough non-compete cost. Judged by what you would keep.",
    judgedBy: "keptAt12",
  },
  {
    key: "exitCost24",
    label: "Cost to leave at 24 months",
    unit: "dollars",
    better: "lower",
    explanation: "The same after 24 months. Judged by what you would keep.",
    judgedBy: "keptAt24",
  },
  {
    key: "keptAt12",
    label: "Kept if you leave at 12 months (real)",
    unit: "dollars",
    better: "higher",
    explanation: "Take-home received in 12 months less the cost to leave then, in dollars of average US prices.",
  },
  {
    key: "keptAt24",
    label: "Kept if you leave at 24 months (real)",
    unit: "dollars",
    better: "higher",
    explanation: "The same over 24 months.",
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

/** Weeks worked in a year: as given, else 52 less the PTO days (5 to a week), else undefined (48 then). */
export function weeksWorked(offer: OfferFields): number | undefined {
  // As OFFER.HOURLY reads it: 0 weeks means "not given", like a blank.
  if (offer.weeksPerYear) return offer.weeksPerYear;
  return offer.ptoDays ? 52 - offer.ptoDays / 5 : undefined;
}

/** Real year-1 take-home per hour worked, call included; null when it or the weekly hours are unknown. */
function payPerClinicalHour(offer: OfferFields, realTakeHome: number | null): number | null {
  const hoursPerWeek = offer.hoursPerWeek;
  if (hoursPerWeek === null || realTakeHome === null) return null;
  return orNull(() =>
    hourlyRate({
      annualPay: realTakeHome,
      hoursPerWeek,
      weeksPerYear: weeksWorked(offer),
      callHoursPerYear: callHoursPerYear(offer),
    }),
  );
}

/**
 * Real year-1 take-home per clinical day; null when it or the clinical days are unknown or 0, or when the
 * days worked round to 0 (a tiny days × weeks underflows), where the formula shows #DIV/0!.
 */
function payPerClinicalDay(offer: OfferFields, realTakeHome: number | null): number | null {
  const days = offer.clinicalDaysPerWeek;
  if (!days || realTakeHome === null) return null;
  const weeks = weeksWorked(offer) ?? DEFAULT_WEEKS_PER_YEAR;
  return weeks > 0 ? orNull(() => realTakeHome / (days * weeks)) : null;
}

function countOf(severities: readonly Severity[], severity: Severity): number {
  return severities.filter((s) => s === severity).length;
}

/** What the figures are computed with: the user's benchmark rows and the candidate's profile (defaults when absent). */
export interface CompareContext extends RuleContext {
  profile?: CandidateProfile;
}

/** One offer's Compare figures; the user's own benchmark rows beat shipped ones. */
export function offerFigures(offer: Offer, context: CompareContext): OfferFigures {
  const profile = context.profile ?? DEFAULT_PROFILE;
  const { wrvuThreshold: threshold, expectedWrvus: expected } = offer;
  const severities = checkOffer(offer, context).map((flag) => flag.severity);
  const value = offerValue(offer, profile, context.benchmarks);
  return {
    id: offer.id,
    realTakeHomeYear1: value.realTakeHomeYear1,
    multiYearValue: value.multiYearValue,
    takeHomeYear1: value.takeHomeYear1,
    priceLevel: value.priceLevel,
    totalCompYear1: orNull(() => totalCompYear1(offer)),
    totalCompOverTerm: orNull(() => totalCompOverTerm(offer)),
    wrvuGap: threshold === null || expected === null ? null : orNull(() => wrvuGap(threshold, expected)),
    thresholdPercentile:
      threshold === null ? null : orNull(() => wrvuPercentile(threshold, offer.specialty, context.benchmarks)),
    scarcity: orNull(() =>
      scarcityScore({
        specialty: resolveSpecialty(offer.specialty),
        market: offer.market ?? undefined,
        state: offer.state ?? undefined,
      }),
    ),
    payPerClinicalHour: payPerClinicalHour(offer, value.realTakeHomeYear1),
    payPerClinicalDay: payPerClinicalDay(offer, value.realTakeHomeYear1),
    // Priced once, with what you would keep after paying it.
    exitCost12: value.exitCost12,
    exitCost24: value.exitCost24,
    keptAt12: value.keptAt12,
    keptAt24: value.keptAt24,
    redFlags: countOf(severities, "red"),
    cautionFlags: countOf(severities, "caution"),
  };
}

/**
 * The IDs of the best offer(s) on a figure, ties included, ignoring offers without a value; none when
 * fewer than two offers have a value, since there is nothing to compare.
 */
export function bestOffers(figures: readonly OfferFigures[], key: FigureKey): string[] {
  const figure = COMPARE_FIGURES.find((m) => m.key === key);
  if (figure?.reference) return [];
  if (figure?.judgedBy) return bestOffers(figures, figure.judgedBy);
  const better = figure?.better ?? "higher";
  const valued = figures.flatMap((m) => {
    const value = m[key];
    return value === null ? [] : [{ id: m.id, value }];
  });
  if (valued.length < 2) return [];
  const values = valued.map((v) => v.value);
  const best = better === "higher" ? Math.max(...values) : Math.min(...values);
  return valued.filter((v) => v.value === best).map((v) => v.id);
}

/**
 * The threshold's place among the specialty's wRVU percentiles in words that stay inside the data ("above
 * the 90th percentile", "about the 64th percentile", "between the 75th and 90th percentiles"), for the pane
 * to show beside or instead of the Compare table's rough number; null without a threshold or two points.
 */
export function thresholdPercentileWords(offer: OfferFields, context: RuleContext): string | null {
  const threshold = offer.wrvuThreshold;
  if (threshold === null || threshold < 0) return null;
  try {
    return percentileWords(benchmarkPlacement(findBenchmark(offer.specialty, "wRVU", context.benchmarks), threshold));
  } catch (error) {
    if (error instanceof OfferError) return null;
    throw error;
  }
}
