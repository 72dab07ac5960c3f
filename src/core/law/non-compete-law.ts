/**
 * The state non-compete law that applies to an offer, by the date its contract would be signed, and what
 * that law already gives the physician. Used three ways:
 *
 * - `lawInForce(state, contractDate)`: the statute version in force for a contract signed that day (most
 *   statutes reach only contracts signed on or after their effective date, so before it the earlier version,
 *   or none, applies).
 * - `statutoryLimits(law, { annualPay, employer })`: whether the statute voids the clause for this offer, and
 *   the caps it sets (radius from the primary site, months, buyout), with a note in words.
 * - `clampAsk(requested, limits)`: an ask adjusted so it never asks for less than the statute already gives:
 *   never a radius or length beyond the statutory cap, never a radius around every site where the statute
 *   measures from the primary site, and no narrowing ask at all where the statute voids the clause.
 *
 * Numbers and wording, never a verdict on a clause: every note ends with LAW_NOT_ADVICE.
 */
import { readDate } from "../campaign/dates";
import { badValue } from "../errors";
import { dollars } from "../format";
import { stateName } from "../offer/us-states";
import { LONG_STANDING, NON_COMPETE_STATUTES } from "./non-compete-statutes";
import type { NonCompeteLaw } from "./non-compete-types";

export type { Coverage, LawEffect, LawGrade, NonCompeteLaw, RepaymentTreatment } from "./non-compete-types";

/** The sentence every note about a statute carries. */
export const LAW_NOT_ADVICE =
  "This is information, not legal advice; have an attorney licensed in the state review it.";

/** Each state's versions, oldest first. */
const BY_STATE: ReadonlyMap<string, readonly NonCompeteLaw[]> = (() => {
  const map = new Map<string, NonCompeteLaw[]>();
  for (const law of NON_COMPETE_STATUTES) map.set(law.state, [...(map.get(law.state) ?? []), law]);
  for (const versions of map.values()) versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return map;
})();

/** Every state the table has a statute for. */
export const STATES_WITH_NON_COMPETE_LAW: readonly string[] = [...BY_STATE.keys()].sort();

/** A state's statute versions, oldest first (empty when the table has none). */
export function lawVersions(state: string | null): readonly NonCompeteLaw[] {
  return state === null ? [] : (BY_STATE.get(state) ?? []);
}

/** A contract date as ISO text; #VALUE! when it is not a calendar date. */
function contractDateOf(date: string): string {
  const iso = readDate(date);
  if (iso === undefined)
    throw badValue(
      `contractDate "${date}" is not a date: give it as yyyy-mm-dd (e.g. 2026-07-01), or leave it blank for today.`,
    );
  return iso;
}

/**
 * The statute version in force for a contract of `state` (postal code) signed on `contractDate` (ISO
 * "yyyy-mm-dd"): the latest version whose effective date is on or before it. undefined when the table has
 * no statute for the state, or none yet on that date.
 */
export function lawInForce(state: string | null, contractDate: string): NonCompeteLaw | undefined {
  const day = contractDateOf(contractDate);
  const versions = lawVersions(state);
  let found: NonCompeteLaw | undefined;
  for (const law of versions) if (law.effectiveFrom <= day) found = law;
  return found;
}

/**
 * A later version that will also reach a contract signed on `contractDate` (Washington's ban applies to
 * contracts whatever their date), or undefined.
 */
export function laterLawReaching(state: string | null, contractDate: string): NonCompeteLaw | undefined {
  const day = contractDateOf(contractDate);
  return lawVersions(state).find((law) => law.effectiveFrom > day && law.reachesEarlierContracts);
}

/** Who employs the physician, as far as a statute's coverage cares: a hospital or hospital system, or not. */
export type EmployerKind = "hospital" | "other";

/** What statutoryLimits needs to know about the offer; null or undefined = not known. */
export interface OfferForLaw {
  /** Total annual compensation, dollars (Maryland's and DC's thresholds, Texas's buyout cap). */
  annualPay?: number | null;
  employer?: EmployerKind | null;
}

/** What the statute in force gives the physician on this offer. */
export interface StatutoryLimits {
  /** True when the statute voids the non-compete outright for this offer: no narrowing is needed. */
  banned: boolean;
  /** Widest radius the statute allows, miles from the primary practice site. */
  maxMiles?: number;
  /** Longest restriction the statute allows, months. */
  maxMonths?: number;
  /** Largest buyout the statute allows, dollars (only when the pay is known). */
  buyoutCap?: number;
  /** The statute voids the clause when the employer ends the job without cause. */
  voidIfWithoutCause: boolean;
  /** The statute in words, with its citation, date and LAW_NOT_ADVICE. */
  note: string;
  /** The version this rests on, when there is one. */
  law?: NonCompeteLaw;
}

/** "1 September 2025" (the statutes' own way of writing dates). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${day} ${months[month - 1]} ${year}`;
}

/** Whether a statute that covers only some physicians covers this offer: true, false, or undefined (not known). */
function covered(law: NonCompeteLaw, offer: OfferForLaw): boolean | undefined {
  if (law.covers === "physicians of some employers") return undefined;
  if (law.covers !== "hospital-employed physicians") return true;
  if (offer.employer === undefined || offer.employer === null) return undefined;
  return offer.employer === "hospital";
}

/** The statute's own sentence, with its citation and the date it applies from. */
function lawSentence(law: NonCompeteLaw): string {
  const from = law.effectiveFrom === LONG_STANDING ? "" : `, for contracts from ${longDate(law.effectiveFrom)}`;
  return `${stateName(law.state)}: ${law.citation} ${law.summary}${from} (checked ${law.lastVerified}; these laws change).`;
}

/**
 * A later version that reaches a contract already signed (from laterLawReaching), in one sentence: the
 * flag and the ask name it because the clause signed today will be judged under it from that date.
 */
export function laterLawNote(law: NonCompeteLaw): string {
  return `A later statute will reach this contract too, from ${longDate(law.effectiveFrom)}: ${stateName(law.state)}'s ${law.citation} ${law.summary} (checked ${law.lastVerified}; these laws change).`;
}

/**
 * What the statute `law` (from lawInForce) gives the physician on an offer with this pay and employer. A
 * ban that depends on something not known (pay, a hospital employer) is not counted as a ban; the note says
 * what it depends on.
 */
export function statutoryLimits(law: NonCompeteLaw | undefined, offer: OfferForLaw = {}): StatutoryLimits {
  if (law === undefined) {
    return {
      banned: false,
      voidIfWithoutCause: false,
      note: `Leverage's table has no statute for this state and date. ${LAW_NOT_ADVICE}`,
    };
  }
  const sentence = lawSentence(law);
  if (law.effect === "widens")
    return { banned: false, voidIfWithoutCause: false, law, note: `${sentence} ${LAW_NOT_ADVICE}` };

  const coverage = covered(law, offer);
  const pay = offer.annualPay ?? undefined;
  const underThreshold = law.voidAtOrBelowPay !== undefined && pay !== undefined && pay <= law.voidAtOrBelowPay;
  const banned = coverage === true && (law.effect === "ban" || underThreshold);
  const conditions: string[] = [];
  if (coverage === undefined)
    conditions.push(
      law.covers === "hospital-employed physicians"
        ? "It applies only if the employer is a hospital or hospital system."
        : "It applies only to some kinds of employer, so whether it reaches this offer depends on who employs you.",
    );
  if (law.voidAtOrBelowPay !== undefined && pay === undefined)
    conditions.push(`It depends on whether total pay is at or below ${dollars(law.voidAtOrBelowPay)}.`);
  const note = [sentence, ...conditions, LAW_NOT_ADVICE].join(" ");
  // A void clause needs no caps; a statute that does not cover this employer gives none.
  if (banned || coverage === false) return { banned, voidIfWithoutCause: false, law, note };

  const caps: StatutoryLimits = { banned: false, voidIfWithoutCause: law.voidIfWithoutCause, law, note };
  if (law.maxMiles !== undefined) caps.maxMiles = law.maxMiles;
  if (law.maxMonths !== undefined) caps.maxMonths = law.maxMonths;
  if (law.buyoutCapYears !== undefined && pay !== undefined) caps.buyoutCap = law.buyoutCapYears * pay;
  return caps;
}

/** Where a radius is measured from, as offers store it. */
export type RadiusScope = "primary site" | "any location";

/** A non-compete ask: a radius, a length and where the radius is measured from (null: not part of the ask). */
export interface NonCompeteAsk {
  miles: number | null;
  months: number | null;
  scope: RadiusScope | null;
}

/**
 * The ask adjusted to the statute: never a radius or a length beyond the statutory cap (asking for 10 miles
 * where the statute caps at 5 would ask for less than the law gives), the radius measured from the primary
 * site wherever the statute measures it so, and, where the statute voids the clause, no narrowing at all:
 * 0 miles, 0 months (the ask is to remove it). A part of the ask left null stays null.
 */
export function clampAsk(requested: NonCompeteAsk, limits: StatutoryLimits): NonCompeteAsk {
  if (limits.banned) return { miles: 0, months: 0, scope: null };
  const cap = (value: number | null, max: number | undefined) =>
    value === null || max === undefined ? value : Math.min(value, max);
  return {
    miles: cap(requested.miles, limits.maxMiles),
    months: cap(requested.months, limits.maxMonths),
    scope: limits.maxMiles !== undefined && requested.scope !== null ? "primary site" : requested.scope,
  };
}
