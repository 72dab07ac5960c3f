/** The shape every ask builder shares: what it is given (the offer's flags, benchmarks, other offers) and what it returns. */
import type { CandidateProfile } from "../profile/settings";
import type { Offer } from "../offer/schema";
import type { Flag, RuleContext } from "../rules/types";
import type { TermId } from "../terms/ids";
import type { Ask } from "./types";

/**
 * An ask as its builder makes it: the plan adds its id, term, kind and value grade (declared once, in the
 * term's file) and its audience's label, so none of them can disagree.
 */
export type AskDraft = Omit<Ask, "audienceLabel" | "id" | "term" | "kind" | "valueGrade">;

/** What each ask builder reads. */
export interface PlanInput {
  /** The offer's flags, from checkOffer. */
  flags: readonly Flag[];
  context: RuleContext;
  /** The other offers the candidate holds, the offer itself excluded. */
  others: readonly Offer[];
  /** The candidate's profile, for comparing pay after tax and prices. */
  profile: CandidateProfile;
}

/** Builds one kind of ask for an offer, or nothing when it does not apply. Never throws. */
export type AskBuilder = (offer: Offer, input: PlanInput) => AskDraft | undefined;

/** The flag a rule raised for this offer, if any. */
export function flagOf(input: PlanInput, rule: TermId): Flag | undefined {
  return input.flags.find((flag) => flag.rule === rule);
}

/** The flag a rule raised, only when it judged the term (caution or red), not when it only says data is missing. */
export function judgedFlag(input: PlanInput, rule: TermId): Flag | undefined {
  const flag = flagOf(input, rule);
  return flag && flag.severity !== "info" ? flag : undefined;
}

/** The flag's rule and severity, to spread into an ask. */
export function fromFlag(flag: Flag | undefined): Pick<Ask, "flagRule" | "severity"> {
  return flag ? { flagRule: flag.rule, severity: flag.severity } : {};
}

/** What an ask answering a flag takes from it (rule, severity, fields, legal note), and what another offer does better. */
export function flagParts(
  flag: Flag,
  elsewhere?: string,
): Pick<Ask, "flagRule" | "severity" | "fields" | "legal" | "elsewhere"> {
  return {
    ...fromFlag(flag),
    fields: flag.fields,
    ...(flag.legal && { legal: flag.legal }),
    ...(elsewhere && { elsewhere }),
  };
}

/** The flag's counter-ask, led by what another offer does better when one does. */
export function scriptFrom(flag: Flag, elsewhere?: string): string {
  return [elsewhere ?? "", flag.counterAsk].filter(Boolean).join(" ");
}
