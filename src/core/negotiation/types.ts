/**
 * What a negotiation plan is made of: asks, each a specific thing to request with its estimated dollar
 * value a year, how that value was worked out, a short script, and who to ask. Side deals go to physician
 * leadership, who can make them; standard terms go to the recruiter or HR, who administer them.
 */
import type { CandidateProfile } from "../profile/settings";
import type { FieldKey } from "../offer/fields";
import type { Offer } from "../offer/schema";
import type { RuleContext, Severity } from "../rules/types";

/** Who decides a term: physician leadership for side deals, the recruiter or HR for standard terms. */
export type Audience = "leadership" | "recruiter";

/** How each audience is named in the pane and on the Negotiation sheet. */
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  leadership: "Physician leadership (section chief, service-line or medical director)",
  recruiter: "Recruiter or HR",
};

/** One specific ask. */
export interface Ask {
  /** Stable across versions, e.g. "raise-base". */
  id: string;
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
  flagRule?: string;
  /** That flag's severity (asks that exist only because another offer is stronger have none). */
  severity?: Severity;
  /** The offer fields the ask is about. */
  fields: FieldKey[];
  /** For terms that touch contract law: information, not legal advice. */
  legal?: string;
  /** A factual sentence, naming no employer, when another offer the candidate holds is stronger on this term. */
  elsewhere?: string;
}

/** What a plan knows besides the offer: the user's benchmark rows and the other offers the candidate holds. */
/** What a plan is judged with: the user's benchmarks, the other offers, and the candidate's profile (defaults when absent). */
export type PlanContext = RuleContext & { others: readonly Offer[]; profile?: CandidateProfile };
