/**
 * An offer's value as a decision needs it: year-1 take-home pay, the same in dollars of average US prices
 * (real), the multi-year value (the present value of every projected year's real net), and what you would
 * keep if you left after 12 or 24 months (take-home received by then less the cost of leaving, real), so
 * an offer that pays less cannot look better by owing less when you leave.
 */
import type { Benchmark } from "../benchmarks/types";
import { OfferError } from "../errors";
import { offerExitCost } from "../exit-cost";
import type { OfferFields } from "../offer/schema";
import type { CandidateProfile } from "../profile/settings";
import { offerPriceLevel, takeHomeInYear } from "./offer-context";
import { grossInYear } from "./pay-by-year";
import { type ProjectionYear, projectOffer } from "./projection";

export interface OfferValue {
  takeHomeYear1: number | null;
  realTakeHomeYear1: number | null;
  multiYearValue: number | null;
  keptAt12: number | null;
  keptAt24: number | null;
  priceLevel: number | null;
  /** What leaving after 12 and 24 months costs (what the kept figures subtract); null where it cannot be priced. */
  exitCost12: number | null;
  exitCost24: number | null;
}

/** Take-home of the first `years` years less the cost of leaving then, in real dollars; null when unknown. */
function keptAfter(rows: readonly ProjectionYear[], exitCost: number | null, years: number): number | null {
  const first = rows.slice(0, years);
  const level = rows[0]?.priceLevel ?? null;
  if (exitCost === null || level === null || first.some((r) => r.takeHome === null)) return null;
  const received = first.reduce((sum, r) => sum + r.takeHome!, 0);
  return ((received - exitCost) * 100) / level;
}

/** The cost of leaving after `months`, or null where the core cannot price it (a missing forgiveness period). */
function exitCostAt(offer: OfferFields, months: number, benchmarks: readonly Benchmark[]): number | null {
  try {
    return offerExitCost(offer, months, benchmarks).total;
  } catch (error) {
    if (error instanceof OfferError) return null;
    throw error;
  }
}

/**
 * Year-1 take-home in dollars of average US prices, alone: what comparing one year needs, without
 * projecting every year, PSLF or the costs of leaving. Null without a state or a price level.
 */
export function realTakeHomeYear1(offer: OfferFields, profile: CandidateProfile): number | null {
  const takeHome = takeHomeInYear({ offer, profile }, grossInYear(offer, 1));
  const level = offerPriceLevel(offer);
  return takeHome === null || level === null ? null : (takeHome * 100) / level;
}

export function offerValue(
  offer: OfferFields,
  profile: CandidateProfile,
  benchmarks: readonly Benchmark[],
): OfferValue {
  const rows = projectOffer(offer, profile);
  const first = rows[0];
  const exitCost12 = exitCostAt(offer, 12, benchmarks);
  const exitCost24 = exitCostAt(offer, 24, benchmarks);
  const presentValues = rows.map((r) => r.presentValue);
  return {
    takeHomeYear1: first.takeHome,
    realTakeHomeYear1:
      first.takeHome === null || first.priceLevel === null ? null : (first.takeHome * 100) / first.priceLevel,
    multiYearValue: presentValues.some((v) => v === null) ? null : presentValues.reduce((s, v) => s! + v!, 0),
    keptAt12: keptAfter(rows, exitCost12, 1),
    keptAt24: keptAfter(rows, exitCost24, 2),
    priceLevel: first.priceLevel,
    exitCost12,
    exitCost24,
  };
}
