/**
 * The headline numbers of an offer for the Offers list: what it is, its base, its total compensation in
 * year 1 and how many red flags and cautions it raises. Total comp comes from core/offer/offer-totals.ts,
 * which computes what the "Total comp year 1" column's formula does, so the list and the grid agree.
 */
import type { Benchmark } from "../../core/benchmarks/types";
import { STAGES, choiceLabel } from "../../core/offer/choices";
import type { OfferFields } from "../../core/offer/schema";
import { totalCompYear1 } from "../../core/offer/offer-totals";
import { checkOffer } from "../../core/rules";

export interface Headline {
  employer: string;
  specialty: string;
  /** The stage's label, or "" when not known. */
  stage: string;
  base: number | null;
  /** Null when the base is not known (the grid's formula would count it as $0). */
  totalCompYear1: number | null;
  red: number;
  caution: number;
}

/** The headline numbers of an offer, its flags judged against the workbook's benchmarks. */
export function headlineOf(offer: OfferFields, benchmarks: readonly Benchmark[]): Headline {
  const flags = checkOffer(offer, { benchmarks });
  return {
    employer: offer.employer,
    specialty: offer.specialty,
    stage: choiceLabel(STAGES, offer.stage),
    base: offer.baseSalary,
    // The grid counts an unknown base as $0; the list shows nothing rather than a misleading total.
    totalCompYear1: offer.baseSalary === null ? null : totalCompYear1(offer),
    red: flags.filter((f) => f.severity === "red").length,
    caution: flags.filter((f) => f.severity === "caution").length,
  };
}
