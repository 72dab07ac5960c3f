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
import { dollars, quoted } from "./format";
import { nonNegative } from "./guards";
import { requireReadableName } from "./name-letters";
import type { OfferFields } from "./offer/schema";
import { stateName } from "./offer/us-states";
import { benchmarkEvidence, headlineLabel } from "./rules/benchmark-lookup";
import { legalNote } from "./rules/legal";
import { type StateNonCompeteLaw, stateNonCompeteLaw } from "./rules/non-compete-states";
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

/**
 * States whose statute in non-compete-states.ts voids physician non-competes outright (its summary says
 * "voids" or "unenforceable"). That table holds no void-or-limit field, so the list is kept here and a
 * test checks it against the summaries. States whose statutes only limit a clause (TX, TN, CT, PA) are
 * costed as usual. Exceptions in these statutes (agreements before a date, owners, damages clauses) are
 * left to the attorney the legal note points to.
 */
export const VOIDING_STATES: readonly string[] = ["CA", "ND", "OK", "MN", "MA", "CO", "DE", "RI", "NH", "NM", "SD"];

/** Leverage's own, D-grade, reading of what a non-compete costs. */
export const NON_COMPETE_COST_NORM: Norm = {
  text: "Leverage's own estimate, a D-grade heuristic and not a survey: a non-compete that applies means practising beyond its radius after leaving, costed as moving once, at the average physician relocation allowance.",
  source: "Leverage heuristic",
  grade: "D",
};

/** The cost of a non-compete on leaving, with what it rests on. */
export interface NonCompeteCost {
  /** Dollars: one move, or 0 when there is no non-compete or the state's statute voids it. */
  cost: number;
  /** The statute that voids it, when the offer's state has one. */
  law?: StateNonCompeteLaw;
  /** The relocation benchmark the move is valued at, when one was needed. */
  relocation?: Benchmark;
  evidence: Evidence[];
}

/** The statute voiding physician non-competes in a state (postal code), or undefined (see {@link VOIDING_STATES}). */
function voidingLaw(state: string | null): StateNonCompeteLaw | undefined {
  return state !== null && VOIDING_STATES.includes(state) ? stateNonCompeteLaw(state) : undefined;
}

/**
 * The D-grade cost of a non-compete of `miles` for `months` in a state (postal code): one move at the
 * "All specialties" relocation average, the user's row first. 0 when either is blank or 0, or where the
 * state's statute voids physician non-competes.
 */
export function nonCompeteCost(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[] = [],
): NonCompeteCost {
  const { cost, law, relocation } = nonCompeteTerms(miles, months, state, userRows);
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
        `The ${headlineLabel(relocation, "relocation allowance")} across specialties: ${dollars(cost)}.`,
      ),
    ],
  };
}

/** The non-compete's cost alone, without the evidence text (OFFER.NONCOMPETECOST recalculates in bulk). */
export function nonCompeteCostValue(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[] = [],
): number {
  return nonCompeteTerms(miles, months, state, userRows).cost;
}

/** The cost, and the statute or the relocation benchmark it rests on. */
function nonCompeteTerms(
  miles: number | undefined,
  months: number | undefined,
  state: string | null,
  userRows: readonly Benchmark[],
): { cost: number; law?: StateNonCompeteLaw; relocation?: Benchmark } {
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
  return { cost: benchmarkValue(relocation), relocation };
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
