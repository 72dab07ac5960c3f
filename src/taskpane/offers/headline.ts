/**
 * The headline numbers of an offer for the Offers list: what it is, its base, its nominal total
 * compensation in year 1, its year-1 take-home and real take-home, and how many red flags and cautions it
 * raises. Every number comes from the Compare figures (core/compare/figures.ts), which compute what the
 * grid's formulas do, so the list, the Compare view and the sheets agree.
 */
import { type CompareContext, offerFigures } from "../../core/compare/figures";
import { STAGES, choiceLabel } from "../../core/offer/choices";
import type { Offer } from "../../core/offer/schema";

export interface Headline {
  employer: string;
  specialty: string;
  /** The stage's label, or "" when not known. */
  stage: string;
  base: number | null;
  /** Nominal, before tax and prices. Null when the base is not known (the grid's formula would count it as $0). */
  totalCompYear1: number | null;
  /** Year-1 pay after tax; null without the offer's state. */
  takeHomeYear1: number | null;
  /** The same at average US prices; null without take-home or a price level. */
  realTakeHomeYear1: number | null;
  /** True when the offer has no state, the reason take-home is unknown. */
  needsState: boolean;
  red: number;
  caution: number;
}

/** The headline numbers of an offer, for the candidate's profile, its flags judged against the workbook's benchmarks. */
export function headlineOf(offer: Offer, context: CompareContext): Headline {
  const figures = offerFigures(offer, context);
  const baseKnown = offer.baseSalary !== null;
  return {
    employer: offer.employer,
    specialty: offer.specialty,
    stage: choiceLabel(STAGES, offer.stage),
    base: offer.baseSalary,
    // The grid counts an unknown base as $0; the list shows nothing rather than a misleading total.
    totalCompYear1: baseKnown ? figures.totalCompYear1 : null,
    // Tax on the other pay alone would be as misleading as the total: no base, no take-home.
    takeHomeYear1: baseKnown ? figures.takeHomeYear1 : null,
    realTakeHomeYear1: baseKnown ? figures.realTakeHomeYear1 : null,
    needsState: !offer.state,
    red: figures.redFlags ?? 0,
    caution: figures.cautionFlags ?? 0,
  };
}
