/**
 * What leaving a job after some months costs the physician: the sign-on and relocation owed back, the
 * physician's share of tail coverage, and the cost of a non-compete, with the evidence behind each part so
 * the pane can explain the total.
 *
 * Blank terms are read as the contract could read at worst, until it says otherwise: unknown repayment
 * terms owe everything until the forgiveness period ends (as "all owed until the end" does), an unknown
 * malpractice policy is counted as claims-made and an unknown tail payer as the physician. Each such
 * reading is listed in the breakdown's `assumptions`. A payment whose forgiveness period is not known has
 * no answer (#VALUE!): how much is owed depends entirely on it.
 *
 * The tail's risk class comes from the specialty catalogue only (specialties.ts), never from words in a
 * name: "Non-surgical sports medicine" and "Surgical pathology" both say "surg", and neither is a
 * surgical specialty. A specialty Leverage does not know is priced as a lower-risk one, with an
 * assumption line giving the higher-risk figure too: the pane's breakdown and the exit ask show it, and
 * OFFER.TAILCOST's help page says it. OFFER.TAILCOST gives the same number rather than #N/A because the
 * Compare table's exit-cost columns call it for every offer, and an offer may name any specialty.
 */
import { allSpecialtiesBenchmark, benchmarkValue } from "./benchmarks/lookup";
import type { Benchmark } from "./benchmarks/types";
import { clawback } from "./clawback";
import { badValue, notAvailable } from "./errors";
import { dollars, figure, quoted } from "./format";
import { nonNegative } from "./guards";
import { requireReadableName } from "./name-letters";
import type { OfferFields } from "./offer/schema";
import { stateName } from "./offer/us-states";
import { benchmarkEvidence, headlineLabel } from "./rules/benchmark-lookup";
import { legalNote } from "./rules/legal";
import { statutoryLimits } from "./law/non-compete-law";
import { STATE_NON_COMPETE_LAWS, type StateNonCompeteLaw, stateNonCompeteLaw } from "./rules/non-compete-states";
import { type Norm, TAIL_COST } from "./rules/norms";
import type { Evidence } from "./rules/types";
import { findSpecialty } from "./specialties";

type ClawbackTerms = NonNullable<OfferFields["clawback"]>;
type MalpracticeType = NonNullable<OfferFields["malpracticeType"]>;
type TailPayer = NonNullable<OfferFields["tailPaidBy"]>;

// ---- Repayment (clawback) ----------------------------------------------------------------------------

/** The one-time payments that can be clawed back, by argument name, with the noun messages use. */
const REPAYABLE = { signOn: "sign-on bonus", relocation: "relocation allowance" } as const;

/**
 * What is owed back on one payment after `monthsServed`. "monthly" terms forgive an equal share per
 * completed month (clawback.ts); "cliff" terms, and unknown ones (null), owe it all until the period is
 * served. #VALUE! when an amount has no forgiveness period (undefined or 0): what is owed depends on it.
 */
export function repaymentOwed(
  payment: keyof typeof REPAYABLE,
  amount: number,
  forgivenessMonths: number | undefined,
  terms: ClawbackTerms | null,
  monthsServed: number,
): number {
  nonNegative(amount, payment);
  nonNegative(monthsServed, "monthsServed");
  if (forgivenessMonths !== undefined) nonNegative(forgivenessMonths, `${payment}ForgivenessMonths`);
  if (amount === 0) return 0;
  if (forgivenessMonths === undefined || forgivenessMonths === 0) {
    throw badValue(
      `${payment}ForgivenessMonths is blank: give the months over which the ${REPAYABLE[payment]} is forgiven, or leave ${payment} blank if none of it is repayable.`,
    );
  }
  if (terms === "monthly") return clawback(amount, forgivenessMonths, monthsServed);
  // Only completed months count, as with monthly forgiveness: month 23.5 of 24 has not served the period.
  return Math.floor(monthsServed) < forgivenessMonths ? amount : 0;
}

// ---- Tail coverage -----------------------------------------------------------------------------------

/** TAIL_COST's two risk classes: lower-risk specialties, and OB/GYN and surgical ones. */
export type TailRisk = "lower" | "higher";

/** The dollar ranges quoted in TAIL_COST's text, by risk class (a test checks they match it). */
export const TAIL_COST_RANGES: Readonly<Record<TailRisk, { low: number; high: number }>> = {
  lower: { low: 15_000, high: 30_000 },
  higher: { low: 100_000, high: 150_000 },
};

/** The specialties Leverage knows by name that TAIL_COST's "OB/GYN and surgical specialties" covers. */
export const HIGHER_TAIL_RISK_SPECIALTIES: readonly string[] = [
  "OB/GYN",
  "General Surgery",
  "Orthopedic Surgery",
  "Otolaryngology",
  "Urology",
];

/**
 * The tail risk class of a typed specialty, from the catalogue: undefined when Leverage does not know the
 * specialty by name or synonym. Nothing is guessed from the words of an unknown name.
 */
export function tailRisk(specialty: string): TailRisk | undefined {
  const known = findSpecialty(specialty);
  if (known === undefined) return undefined;
  return HIGHER_TAIL_RISK_SPECIALTIES.includes(known) ? "higher" : "lower";
}

/** The risk class an unknown specialty's tail is priced at (see the file's comment). */
const UNKNOWN_SPECIALTY_TAIL_RISK: TailRisk = "lower";

/** The estimated cost of a whole tail policy: the midpoint of the risk class's range. */
export function tailEstimate(risk: TailRisk): number {
  const { low, high } = TAIL_COST_RANGES[risk];
  return (low + high) / 2;
}

/** Share of the tail the physician pays for each payer; an occurrence policy needs no tail at all. */
const SHARE_BY_PAYER: Readonly<Record<TailPayer, number>> = { employee: 1, shared: 0.5, employer: 0 };

/** The physician's share of the tail (0–1). Unknown policy counts as claims-made, unknown payer as the physician. */
export function tailShare(malpracticeType: MalpracticeType | null, tailPaidBy: TailPayer | null): number {
  if (malpracticeType === "occurrence") return 0;
  return SHARE_BY_PAYER[tailPaidBy ?? "employee"];
}

/** The physician's tail cost on leaving, with how it was estimated. */
export interface TailCost {
  /** What the physician pays, dollars: estimate × share. */
  cost: number;
  /** The risk class the tail is priced at: the specialty's, or lower-risk when the specialty is unknown. */
  risk: TailRisk;
  /**
   * True when Leverage does not know the specialty, so `risk` is assumed (lower-risk) rather than known;
   * when a tail is owed, `assumptions` then says so, with the higher-risk figure.
   */
  riskAssumed: boolean;
  /** The whole tail policy, dollars (the midpoint of the risk class's range). */
  estimate: number;
  share: number;
  /** Blank terms read at their worst, in words. */
  assumptions: string[];
  evidence: Norm[];
}

/**
 * The physician's estimated share of tail coverage for a specialty, policy type and payer (OFFER.TAILCOST,
 * an offer's exit cost, the employer-paid-tail ask). A specialty Leverage does not know is priced as a
 * lower-risk one, and `assumptions` says so with the higher-risk figure; one holding letters Leverage
 * cannot read as Latin is refused (#VALUE!) when a tail is owed, as a blank one is.
 */
export function tailCost(
  specialty: string,
  malpracticeType: MalpracticeType | null,
  tailPaidBy: TailPayer | null,
): TailCost {
  const share = tailShare(malpracticeType, tailPaidBy);
  if (share > 0 && specialty.trim() === "")
    throw badValue("specialty is blank: give the specialty, whose malpractice risk sets the tail estimate.");
  const known = tailRisk(specialty);
  if (known === undefined && share > 0) requireReadableName(specialty, "specialty");
  const risk = known ?? UNKNOWN_SPECIALTY_TAIL_RISK;
  const estimate = tailEstimate(risk);
  const assumptions: string[] = [];
  if (known === undefined && share > 0) assumptions.push(unknownSpecialtyAssumption(specialty));
  if (malpracticeType === null)
    assumptions.push(
      "The malpractice policy is not known, so it is counted as claims-made, which needs tail coverage on leaving.",
    );
  if (malpracticeType !== "occurrence" && tailPaidBy === null)
    assumptions.push("Who pays the tail is not known, so it is counted as paid by you.");
  return {
    cost: estimate * share,
    risk,
    riskAssumed: known === undefined,
    estimate,
    share,
    assumptions,
    evidence: [TAIL_COST],
  };
}

/** The assumption line for a specialty Leverage does not know, whose tail is priced as lower-risk. */
export function unknownSpecialtyAssumption(specialty: string): string {
  return `${quoted(specialty)} is not a specialty Leverage knows, so its tail is priced as a lower-risk specialty's (about ${dollars(tailEstimate(UNKNOWN_SPECIALTY_TAIL_RISK))}); if it is surgical or OB/GYN, expect about ${dollars(tailEstimate("higher"))}.`;
}

// ---- Non-compete -------------------------------------------------------------------------------------

type RadiusScope = NonNullable<OfferFields["nonCompeteScope"]>;
type Market = NonNullable<OfferFields["market"]>;

/**
 * How far a radius bites, as a multiple of its miles. Measured from every employer site, the ring around
 * several sites closes off more ground than one circle: counted as twice the miles. A blank scope is read
 * at worst, as every site (the file's rule for blank terms).
 */
export const SCOPE_FACTOR: Readonly<Record<RadiusScope, number>> = { "primary site": 1, "any location": 2 };

/**
 * The market weighs the radius: fewer employers sit inside a rural radius, so the same miles close off more
 * of the jobs a physician could take there than in a metro area, and least in a saturated metro. A blank
 * market counts as metro (the middle, since the market is not a contract term to read at worst).
 */
export const MARKET_FACTOR: Readonly<Record<Market, number>> = {
  "saturated metro": 0.75,
  metro: 1,
  secondary: 1.5,
  rural: 2.5,
};

/** Miles at which about 63% (1 − 1/e) of a metro market's nearby jobs are counted as closed off. */
export const NON_COMPETE_SCALE_MILES = 20;

/** Years of restriction counted at most: beyond three, a physician has in practice moved for good. */
export const NON_COMPETE_MAX_YEARS = 3;

/** Leverage's own, D-grade, reading of what a non-compete costs, with its formula. */
export const NON_COMPETE_COST_NORM: Norm = {
  text: `Leverage's own estimate, a D-grade heuristic and not a survey: a non-compete that applies is costed as moving beyond its radius, at the average physician relocation allowance, times the share of nearby jobs its radius closes off, 1 − e^(−miles ÷ ${NON_COMPETE_SCALE_MILES}), times the years it lasts (at most ${NON_COMPETE_MAX_YEARS}). The miles count double from every employer site, and are weighted ${MARKET_FACTOR.rural}× in a rural market, ${MARKET_FACTOR.secondary}× secondary, ${MARKET_FACTOR.metro}× metro and ${MARKET_FACTOR["saturated metro"]}× saturated metro, because fewer employers sit inside a rural radius. A blank scope counts as every site, a blank market as metro.`,
  source: "Leverage heuristic",
  grade: "D",
};

/** Where the radius is measured from and the market, as the offer gives them (null: not known). */
export interface NonCompeteReach {
  scope: RadiusScope | null;
  market: Market | null;
}

/**
 * The miles as the radius bites (see SCOPE_FACTOR, MARKET_FACTOR). The Compare table's formula multiplies
 * the same way before calling OFFER.NONCOMPETECOST, whose miles are already "as it bites".
 */
export function bitingMiles(miles: number, reach: NonCompeteReach): number {
  return miles * SCOPE_FACTOR[reach.scope ?? "any location"] * MARKET_FACTOR[reach.market ?? "metro"];
}

/** Share (0–1) of nearby jobs a radius of `bitingMiles` closes off: grows with the miles, never reaches 1. */
function closedShare(miles: number): number {
  return 1 - Math.exp(-miles / NON_COMPETE_SCALE_MILES);
}

/** The cost of a non-compete on leaving, with what it rests on. */
export interface NonCompeteCost {
  /** Dollars, rounded to whole dollars; 0 when there is no non-compete or the state's statute voids it. */
  cost: number;
  /** The statute that voids it, when the offer's state has one. */
  law?: StateNonCompeteLaw;
  /** The relocation benchmark the move is valued at, when one was needed. */
  relocation?: Benchmark;
  evidence: Evidence[];
}

/**
 * States whose statute in force today voids physician non-competes outright, whatever the pay or employer
 * (statutoryLimits with nothing known about the offer). Exceptions in these statutes (owners, the sale of a
 * practice, damages clauses) are left to the attorney the legal note points to.
 */
export const VOIDING_STATES: readonly string[] = STATE_NON_COMPETE_LAWS.filter(
  (law) => statutoryLimits(law.current).banned,
).map((law) => law.state);

/**
 * The statute in force today voiding physician non-competes in a state (postal code), or undefined. Only
 * an outright ban counts: one that depends on pay or the employer (Maryland, DC, Indiana) is costed as usual.
 * The cost uses today's law because OFFER.NONCOMPETECOST has no contract date (yet) and the Compare
 * table's formula must agree with this; the flag and the ask use the offer's contract date.
 */
function voidingLaw(state: string | null): StateNonCompeteLaw | undefined {
  return state !== null && VOIDING_STATES.includes(state) ? stateNonCompeteLaw(state) : undefined;
}

/**
 * The D-grade cost of a non-compete of `miles` for `months` in a state (postal code): one move at the
 * "All specialties" relocation average (the user's row first) × the share of jobs closed off × the years
 * restricted (see NON_COMPETE_COST_NORM). Without `reach`, `miles` are taken as already biting (primary
 * site, metro), as OFFER.NONCOMPETECOST takes them. 0 when either is blank or 0, or where the state's
 * statute voids physician non-competes.
 */
export function nonCompeteCost(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[] = [],
  reach?: NonCompeteReach,
): NonCompeteCost {
  const terms = nonCompeteTerms(miles, months, state, userRows, reach);
  const { cost, law, relocation } = terms;
  if (law) {
    const text = `${stateName(law.state)}'s statute ${law.summary} (summary as of ${law.asOf}), so no cost of moving is counted.`;
    return { cost, law, evidence: [{ text, source: law.citation, year: law.asOf }] };
  }
  if (!relocation) return { cost, evidence: [] };
  return {
    cost,
    relocation,
    evidence: [
      NON_COMPETE_COST_NORM,
      benchmarkEvidence(
        relocation,
        `The ${headlineLabel(relocation, "relocation allowance")} across specialties: ${dollars(benchmarkValue(relocation))}.`,
      ),
      {
        text: workingLine(miles!, months!, terms.biting!, reach, relocation, cost),
        source: "Leverage heuristic",
        grade: "D",
      },
    ],
  };
}

/** The arithmetic in words, so the pane's basis text shows how this offer's figure came out. */
function workingLine(
  miles: number,
  months: number,
  biting: number,
  reach: NonCompeteReach | undefined,
  relocation: Benchmark,
  cost: number,
): string {
  const how =
    reach === undefined
      ? `${figure(miles)} miles`
      : `${figure(miles)} miles from ${(reach.scope ?? "any location") === "any location" ? "every employer site" : "the primary site"} in a ${reach.market ?? "metro"} market count as ${figure(Math.round(biting * 10) / 10)} miles`;
  const share = Math.round(closedShare(biting) * 100);
  const years = Math.min(months, NON_COMPETE_MAX_YEARS * 12) / 12;
  return `${how}, closing off about ${share}% of nearby jobs; ${dollars(benchmarkValue(relocation))} × ${share}% × ${figure(Math.round(years * 100) / 100)} years restricted ≈ ${dollars(cost)}.`;
}

/** The non-compete's cost alone, without the evidence text (OFFER.NONCOMPETECOST recalculates in bulk). */
export function nonCompeteCostValue(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[] = [],
  reach?: NonCompeteReach,
): number {
  return nonCompeteTerms(miles, months, state, userRows, reach).cost;
}

/** The cost, and the statute or the relocation benchmark it rests on. */
function nonCompeteTerms(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[],
  reach: NonCompeteReach | undefined,
): { cost: number; law?: StateNonCompeteLaw; relocation?: Benchmark; biting?: number } {
  nonNegative(miles ?? 0, "miles");
  nonNegative(months ?? 0, "months");
  if (!miles || !months) return { cost: 0 };
  const law = voidingLaw(state);
  if (law) return { cost: 0, law };
  const relocation = allSpecialtiesBenchmark("Relocation", userRows);
  if (!relocation)
    throw notAvailable(
      "No relocation benchmark to value a non-compete with: add an All specialties Relocation row to your Benchmarks table.",
    );
  const biting = reach === undefined ? miles : bitingMiles(miles, reach);
  const years = Math.min(months, NON_COMPETE_MAX_YEARS * 12) / 12;
  return { cost: Math.round(benchmarkValue(relocation) * closedShare(biting) * years), relocation, biting };
}

// ---- The total ---------------------------------------------------------------------------------------

/** Inputs of {@link exitCost}; a forgiveness period of undefined means "not given". */
export interface ExitCostInputs {
  monthsServed: number;
  signOn: number;
  signOnForgivenessMonths?: number;
  relocation: number;
  relocationForgivenessMonths?: number;
  clawbackTerms: ClawbackTerms | null;
  /** The physician's tail cost, dollars (e.g. from {@link tailCost}, or a quote). */
  tailCost: number;
  /** The non-compete's cost, dollars (e.g. from {@link nonCompeteCost}). */
  nonCompeteCost: number;
}

/** The parts of an exit cost, dollars. */
export interface ExitCostParts {
  signOnOwed: number;
  relocationOwed: number;
  /** Sign-on and relocation owed back. */
  clawback: number;
  tail: number;
  nonCompete: number;
  total: number;
}

/** Dollars owed on leaving after `monthsServed`, by part: clawbacks + tail + non-compete. */
export function exitCostParts(inputs: ExitCostInputs): ExitCostParts {
  const signOnOwed = repaymentOwed(
    "signOn",
    inputs.signOn,
    inputs.signOnForgivenessMonths,
    inputs.clawbackTerms,
    inputs.monthsServed,
  );
  const relocationOwed = repaymentOwed(
    "relocation",
    inputs.relocation,
    inputs.relocationForgivenessMonths,
    inputs.clawbackTerms,
    inputs.monthsServed,
  );
  const tail = nonNegative(inputs.tailCost, "tailCost");
  const nonCompete = nonNegative(inputs.nonCompeteCost, "nonCompeteCost");
  const clawbackOwed = signOnOwed + relocationOwed;
  return {
    signOnOwed,
    relocationOwed,
    clawback: clawbackOwed,
    tail,
    nonCompete,
    total: clawbackOwed + tail + nonCompete,
  };
}

/** What leaving an offer costs, by part, with the evidence and the readings of blank terms behind it. */
export interface ExitCost extends ExitCostParts {
  monthsServed: number;
  tailDetail: TailCost;
  nonCompeteDetail: NonCompeteCost;
  /** Blank terms read at their worst, in words. */
  assumptions: string[];
  /** These are contract terms: information, not legal advice. */
  legal: string;
}

/** True when a positive payment's forgiveness period is not yet served, so unknown terms change what is owed. */
function stillRepayable(amount: number | null, months: number | null, monthsServed: number): boolean {
  return amount !== null && amount > 0 && months !== null && Math.floor(monthsServed) < months;
}

/**
 * What leaving this offer after `monthsServed` would cost; `userRows` are the user's benchmark rows.
 * Throws #VALUE! when a sign-on or relocation has no forgiveness period, and #NUM! for negative months.
 */
export function offerExitCost(offer: OfferFields, monthsServed: number, userRows: readonly Benchmark[] = []): ExitCost {
  const tailDetail = tailCost(offer.specialty, offer.malpracticeType, offer.tailPaidBy);
  const nonCompeteDetail = nonCompeteCost(
    offer.nonCompeteMiles ?? undefined,
    offer.nonCompeteMonths ?? undefined,
    offer.state,
    userRows,
    { scope: offer.nonCompeteScope, market: offer.market },
  );
  const parts = exitCostParts({
    monthsServed,
    signOn: offer.signOnBonus ?? 0,
    signOnForgivenessMonths: offer.signOnForgivenessMonths ?? undefined,
    relocation: offer.relocation ?? 0,
    relocationForgivenessMonths: offer.relocationForgivenessMonths ?? undefined,
    clawbackTerms: offer.clawback,
    tailCost: tailDetail.cost,
    nonCompeteCost: nonCompeteDetail.cost,
  });
  const assumptions = [...tailDetail.assumptions];
  const repayable =
    stillRepayable(offer.signOnBonus, offer.signOnForgivenessMonths, monthsServed) ||
    stillRepayable(offer.relocation, offer.relocationForgivenessMonths, monthsServed);
  if (offer.clawback === null && repayable) {
    assumptions.unshift(
      "The repayment terms are not known, so everything is counted as owed until the end of its forgiveness period.",
    );
  }
  return {
    ...parts,
    monthsServed,
    tailDetail,
    nonCompeteDetail,
    assumptions,
    legal: legalNote("repayment, tail coverage and non-compete clauses", offer.state, nonCompeteDetail.law),
  };
}
