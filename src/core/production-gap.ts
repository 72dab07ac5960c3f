/**
 * The wRVU threshold against the candidate's own expected production, with no benchmark needed: the bonus
 * at that production, the threshold that would pay one, and, when the salary guarantee ends before the
 * term does, what the production formula pays after it against the guaranteed base. The arithmetic is
 * the compensation code's (productivityBonus in wrvu.ts; salaryInYear, clinicalPay and paidByProduction in
 * value/pay-by-year.ts, which the Projection uses), so this file adds no pay formula of its own.
 *
 * The expected wRVUs are the candidate's own figure as typed; every sentence says so. A bonus starts only
 * above the threshold, so lowering the threshold to exactly the expected production is worth $0 at that
 * production: the money in this gap is the pay cut after the guarantee, and any bonus the employer has
 * named (`namedBonus`), which needs a lower threshold still.
 */
import { paysWrvus } from "./offer/offer-totals";
import { wholeDollars } from "./rules/wording";
import { dollars, figure } from "./format";
import type { OfferFields } from "./offer/schema";
import { clinicalPay, isPartner, paidByProduction, salaryInYear } from "./value/pay-by-year";
import { productivityBonus } from "./wrvu";

/** The threshold above the expected production: what it pays there and what would pay. */
export interface ThresholdShortfall {
  threshold: number;
  expectedWrvus: number;
  /** Threshold − expected wRVUs, above 0. */
  shortfallWrvus: number;
  /** The yearly bonus at the expected production under this threshold: $0, since it is above it. */
  bonusAtExpected: number;
  /** The highest threshold under which production above the expected wRVUs pays: the expected wRVUs. */
  thresholdForAnyBonus: number;
  /** The rate per wRVU: what each wRVU above a threshold at the expected production would pay. */
  dollarsPerWrvu: number;
  /** When the employer named a bonus: the threshold that pays it at the expected production. */
  named?: NamedBonusThreshold;
  basis: string;
}

/** The threshold that would pay a named bonus at the expected production, and what that threshold pays. */
export interface NamedBonusThreshold {
  bonus: number;
  /** expected − bonus ÷ rate, never below 0. */
  threshold: number;
  /** productivityBonus at that threshold: the named bonus, or less when even a threshold of 0 cannot pay it. */
  bonusAtThreshold: number;
  /** False when the named bonus is more than the whole expected production pays at the rate. */
  reachable: boolean;
  basis: string;
}

/** Pay after the salary guarantee under the production formula, against the guaranteed base. */
export interface AfterGuarantee {
  /** The first year paid by production alone (the year after the guarantee). */
  fromYear: number;
  /** The last year of the initial term. */
  throughYear: number;
  /** The base salary in `fromYear`, with the contract's raise. */
  base: number;
  /** The production formula's pay in `fromYear`: expected wRVUs × rate, with the contract's raise. */
  productionPay: number;
  /** base − productionPay in `fromYear`, above 0: the yearly pay cut. */
  cutPerYear: number;
  /** The cut summed over `fromYear`–`throughYear`. */
  cutOverTerm: number;
  basis: string;
}

/** The threshold and the guarantee against the candidate's own production; each part only when it applies. */
export interface ProductionGap {
  expectedWrvus: number;
  /** Present when the threshold is above the expected production. */
  shortfall?: ThresholdShortfall;
  /** Present when the guarantee ends inside the term and the production formula then pays less than the base. */
  afterGuarantee?: AfterGuarantee;
  /**
   * The yearly value of the matching ask: the cut after the guarantee in its first year, plus the named
   * bonus a lower threshold would pay when some threshold above 0 pays it; $0 when neither applies (lowering the threshold to the expected
   * production alone pays nothing at that production).
   */
  askValuePerYear: number;
  askBasis: string;
}

/** Optional inputs the offer's fields do not hold. */
export interface ProductionGapOptions {
  /** A yearly bonus the employer or the offer's text names ("bonus potential $30,000"), in dollars. */
  namedBonus?: number;
}

/** "4,500 wRVUs". */
function wrvus(value: number): string {
  return `${figure(Math.round(value))} wRVUs`;
}

/** "$45" or "$45.50": a rate to the cent. */
function rate(value: number): string {
  return dollars(Math.round(value * 100) / 100);
}

/** A figure that is known and above zero, else undefined. */
function positive(value: number | null): number | undefined {
  return value !== null && value > 0 ? value : undefined;
}

/**
 * The threshold and the guarantee against the offer's expected wRVUs, or undefined when there is nothing
 * to say: expected wRVUs or the rate unknown, a salary-only or collections plan, or neither a threshold
 * above the expected production nor a pay cut after the guarantee.
 */
export function productionGap(offer: OfferFields, options: ProductionGapOptions = {}): ProductionGap | undefined {
  const expected = positive(offer.expectedWrvus);
  const perWrvu = positive(offer.dollarsPerWrvu);
  if (expected === undefined || perWrvu === undefined) return undefined;
  if (!paysWrvus(offer)) return undefined;
  const shortfall = thresholdShortfall(offer, expected, perWrvu, options.namedBonus);
  const afterGuarantee = cutAfterGuarantee(offer, expected, perWrvu);
  if (!shortfall && !afterGuarantee) return undefined;
  // An unreachable named bonus would need a threshold of 0, which is no realistic ask: it adds nothing.
  const named = shortfall?.named;
  const fromNamed = named?.reachable ? named.bonusAtThreshold - (shortfall?.bonusAtExpected ?? 0) : 0;
  const fromCut = afterGuarantee?.cutPerYear ?? 0;
  return {
    expectedWrvus: expected,
    ...(shortfall && { shortfall }),
    ...(afterGuarantee && { afterGuarantee }),
    askValuePerYear: fromNamed + fromCut,
    askBasis: askBasis(expected, perWrvu, shortfall, afterGuarantee),
  };
}

function thresholdShortfall(
  offer: OfferFields,
  expected: number,
  perWrvu: number,
  namedBonus: number | undefined,
): ThresholdShortfall | undefined {
  const threshold = positive(offer.wrvuThreshold);
  if (threshold === undefined || threshold <= expected) return undefined;
  const base = offer.baseSalary ?? 0;
  const bonusAt = (wrvuThreshold: number) =>
    productivityBonus({ base, wrvus: expected, dollarsPerWrvu: perWrvu, wrvuThreshold });
  const bonusAtExpected = bonusAt(threshold);
  const named =
    namedBonus !== undefined && namedBonus > 0 ? namedThreshold(namedBonus, expected, perWrvu, bonusAt) : undefined;
  return {
    threshold,
    expectedWrvus: expected,
    shortfallWrvus: threshold - expected,
    bonusAtExpected,
    thresholdForAnyBonus: expected,
    dollarsPerWrvu: perWrvu,
    ...(named && { named }),
    basis: `Bonus = (wRVUs − threshold) × rate when above 0: (${figure(expected)} − ${figure(threshold)}) × ${rate(perWrvu)} is below 0, so ${wholeDollars(bonusAtExpected)} at your expected ${wrvus(expected)} (as you typed them).`,
  };
}

function namedThreshold(
  bonus: number,
  expected: number,
  perWrvu: number,
  bonusAt: (threshold: number) => number,
): NamedBonusThreshold {
  const exact = expected - bonus / perWrvu;
  const threshold = Math.max(0, exact);
  const bonusAtThreshold = bonusAt(threshold);
  const reachable = exact > 0;
  const short = reachable ? "" : `; even a threshold of 0 pays only ${wholeDollars(bonusAtThreshold)}`;
  return {
    bonus,
    threshold,
    bonusAtThreshold,
    reachable,
    basis: `A ${wholeDollars(bonus)} bonus at ${wrvus(expected)} needs a threshold of ${figure(expected)} − ${wholeDollars(bonus)} ÷ ${rate(perWrvu)} = ${wrvus(threshold)}${short}.`,
  };
}

function cutAfterGuarantee(offer: OfferFields, expected: number, perWrvu: number): AfterGuarantee | undefined {
  const guarantee = offer.guaranteeYears;
  const term = positive(offer.termYears);
  if (guarantee === null || term === undefined || guarantee >= term) return undefined;
  // The first whole year past the guarantee, as the Projection counts years (pay-by-year.ts).
  const fromYear = Math.floor(guarantee) + 1;
  const throughYear = Math.ceil(term);
  // Partner income replaces the production formula (clinicalPay), so a partner year has no such cut.
  const byProduction = (year: number) => paidByProduction(offer, year) && !isPartner(offer, year);
  if (!byProduction(fromYear)) return undefined;
  const cutIn = (year: number) => (byProduction(year) ? salaryInYear(offer, year) - clinicalPay(offer, year) : 0);
  const cutPerYear = cutIn(fromYear);
  if (cutPerYear <= 0) return undefined;
  let cutOverTerm = 0;
  for (let year = fromYear; year <= throughYear; year++) cutOverTerm += Math.max(0, cutIn(year));
  const base = salaryInYear(offer, fromYear);
  const productionPay = clinicalPay(offer, fromYear);
  const raise = offer.annualRaise ?? 0;
  const raised = raise > 0 ? `, with the contract's ${figure(raise)}% yearly raise` : "";
  return {
    fromYear,
    throughYear,
    base,
    productionPay,
    cutPerYear,
    cutOverTerm,
    basis: `Year ${fromYear}: base ${wholeDollars(base)} − production pay ${wholeDollars(productionPay)} (${wrvus(expected)} × ${rate(perWrvu)}${raised}) = ${wholeDollars(cutPerYear)} a year; ${yearsText(fromYear, throughYear)} of the ${figure(term)}-year term, ${wholeDollars(cutOverTerm)} in all.`,
  };
}

/** "year 2" or "years 2–3". */
function yearsText(from: number, through: number): string {
  return from === through ? `year ${from}` : `years ${from}–${through}`;
}

function askBasis(expected: number, perWrvu: number, shortfall?: ThresholdShortfall, after?: AfterGuarantee): string {
  const parts: string[] = [];
  if (after) parts.push(`the pay cut after the guarantee, ${wholeDollars(after.cutPerYear)} a year (${after.basis})`);
  if (shortfall?.named?.reachable) parts.push(`the named bonus a lower threshold would pay (${shortfall.named.basis})`);
  if (parts.length > 0) return `Worth ${parts.join(", plus ")}`;
  return `About $0 a year at your expected ${wrvus(expected)}: a bonus starts only above the threshold, so lowering it to your production pays only for each wRVU beyond it (${rate(perWrvu)} each), not for the production itself.`;
}

/**
 * The finding in words, for the threshold term's flag: the bonus at the candidate's production and the
 * threshold that would pay one, then the pay after the guarantee.
 */
export function productionGapFinding(gap: ProductionGap): string {
  const sentences: string[] = [];
  const { shortfall, afterGuarantee: after } = gap;
  if (shortfall) {
    sentences.push(
      `At your expected ${wrvus(gap.expectedWrvus)} a year, the threshold of ${wrvus(shortfall.threshold)} pays no productivity bonus (${wholeDollars(shortfall.bonusAtExpected)}): it is ${wrvus(shortfall.shortfallWrvus)} above your production, and a bonus would start only with a threshold at or below ${wrvus(shortfall.thresholdForAnyBonus)}.`,
    );
    const named = shortfall.named;
    if (named?.reachable) {
      sentences.push(
        `The ${wholeDollars(named.bonus)} bonus named would need a threshold of ${wrvus(named.threshold)}.`,
      );
    } else if (named) {
      sentences.push(
        `The ${wholeDollars(named.bonus)} bonus named is more than any threshold pays at your production: even a threshold of 0 pays ${wholeDollars(named.bonusAtThreshold)}.`,
      );
    }
  }
  if (after) {
    const guarantee =
      after.fromYear === 1
        ? "There is no salary guarantee"
        : `The salary guarantee ends after year ${after.fromYear - 1}`;
    sentences.push(
      `${guarantee}: from year ${after.fromYear} the production formula pays ${wholeDollars(after.productionPay)}, ${wholeDollars(after.cutPerYear)} a year less than the ${wholeDollars(after.base)} base (${yearsText(after.fromYear, after.throughYear)}, ${wholeDollars(after.cutOverTerm)} in all).`,
    );
  }
  return sentences.join(" ");
}
