/**
 * What a negotiation plan is made of: asks, each a specific thing to request with its estimated dollar
 * value a year, how that value was worked out, a short script, and who to ask. Side deals go to physician
 * leadership, who can make them; standard terms go to the recruiter or HR, who administer them.
 */
import type { Grade } from "../benchmarks/types";
import type { LeverageTier } from "../leverage/tier";
import type { CandidateProfile } from "../profile/settings";
import type { TermId } from "../terms/ids";
import type { FieldKey } from "../offer/fields";
import type { Offer } from "../offer/schema";
import type { RuleContext, Severity } from "../rules/types";
import type { CampaignSnapshot } from "./campaign-context";
import type { Better } from "./stronger-elsewhere";

/** Who decides a term: physician leadership for side deals, the recruiter or HR for standard terms. */
export type Audience = "leadership" | "recruiter";

/** How each audience is named in the pane and on the Negotiation sheet. */
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  leadership: "Physician leadership (section chief, service-line or medical director)",
  recruiter: "Recruiter or HR",
};

/**
 * Cash a year (pay, bonus, stipend, money not spent on a tail) or non-cash (time, title, protections).
 * The two are ranked separately and never summed.
 */
export type AskKind = "cash" | "non-cash";

/** One specific ask. */
export interface Ask {
  /** Stable across versions, e.g. "raise-base". */
  id: string;
  /** The weak term it comes from (src/core/terms). */
  term: TermId;
  kind: AskKind;
  /**
   * Set when the dollar value is only an estimate of this grade; a "D" value (a Leverage heuristic) is
   * labelled as such and kept out of every cash total.
   */
  valueGrade?: Grade;
  /** What to ask for, in a few words. */
  title: string;
  /** Estimated dollars a year if the employer agrees; null when the value is not in dollars or cannot be known. */
  valuePerYear: number | null;
  /** One line: how the value was estimated, with the figure's source and year. */
  valueBasis: string;
  /** What to say: two or three sentences, first person, calm and factual, with the number asked for. */
  script: string;
  audience: Audience;
  audienceLabel: string;
  /** The weak-term rule whose flag this ask answers, when there is one. */
  flagRule?: TermId;
  /** That flag's severity (asks that exist only because another offer is stronger have none). */
  severity?: Severity;
  /** The offer fields the ask is about. */
  fields: FieldKey[];
  /** For terms that touch contract law: information, not legal advice. */
  legal?: string;
  /** A factual sentence, naming no employer, when another offer the candidate holds is stronger on this term. */
  elsewhere?: string;
  /** The figure asked for, in the term's own unit (dollars, wRVUs, years), when the ask names one. */
  target?: number;
  /**
   * The other offer's figure `elsewhere` cites: as stated, as worth here on the target's basis (after tax
   * and prices for money), and which way is better; never weaker than `target`.
   */
  cited?: { stated: number; here: number; better: Better };
}

/**
 * What a plan is judged with: the user's benchmarks, the other offers, the candidate's profile (defaults
 * when absent) and, for choosing what to lead with, the candidate's leverage tier (the middle tier,
 * "safe bet", when absent).
 */
export type PlanContext = RuleContext & {
  others: readonly Offer[];
  profile?: CandidateProfile;
  tier?: LeverageTier;
  /** The job search (Search rows and Profile answers): the tier at this employer and parallel processes. */
  campaign?: CampaignSnapshot;
};

/**
 * A plan in three parts: the two or three asks to lead with, then the rest "if there is room", cash a
 * year and non-cash each ranked on its own (never summed together). Every ask appears in exactly one part.
 */
export interface PlanSections {
  lead: Ask[];
  cash: Ask[];
  nonCash: Ask[];
  /** The tier the lead was chosen for (the one given, or "safe bet"). */
  tier: LeverageTier;
  /** Dollars a year of the cash asks with a value not graded D, lead included: the only total a plan gives. */
  cashTotalPerYear: number;
  /** Where the tier came from: the Search table's row for this employer, or the one given (or assumed). */
  tierFrom: "search" | "given" | "assumed";
  /**
   * "I'm also talking with other groups, …": only when the Search table shows another serious process still
   * open (at or past a site visit), naming no employer; absent otherwise, so the plan never claims it untrue.
   */
  parallelSentence?: string;
}
