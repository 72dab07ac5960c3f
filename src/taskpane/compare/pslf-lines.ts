/**
 * What the Compare view says about Public Service Loan Forgiveness for each offer, in words: the estimate
 * where there is one, why there is none where there is not, and always the risks, since the estimate can
 * be wrong in ways a number hides (the July 2026 employer-eligibility rule, certification, the plan).
 */
import { choiceLabel, EMPLOYER_TYPES } from "../../core/offer/choices";
import type { Offer } from "../../core/offer/schema";
import { dollars } from "../../core/format";
import type { CandidateProfile } from "../../core/profile/settings";
import { offerPslfEstimate } from "../../core/value/offer-context";

/** One offer's PSLF line, with the estimate's assumptions and risks when there is an estimate. */
export interface PslfLine {
  /** The offer's ID. */
  id: string;
  employer: string;
  /** The finding in a sentence. */
  summary: string;
  assumptions: readonly string[];
  risks: readonly string[];
}

/** The lines for offers that have an employer type; none when the profile has no federal loan balance. */
export function pslfLines(offers: readonly Offer[], profile: CandidateProfile): PslfLine[] {
  if (profile.loanBalance <= 0) return [];
  return offers.map((offer) => {
    const estimate = offerPslfEstimate(offer, profile);
    const { id, employer } = offer;
    if (!estimate)
      return {
        id,
        employer,
        summary: "Set the employer type under Basics to see whether it counts for PSLF.",
        assumptions: [],
        risks: [],
      };
    if (!estimate.qualifies)
      return {
        id,
        employer,
        summary: `${choiceLabel(EMPLOYER_TYPES, offer.employerType)} employers do not count for PSLF: no forgiveness while you work here.`,
        assumptions: estimate.assumptions,
        risks: [],
      };
    const summary =
      estimate.forgivenessYear === null || estimate.forgiven <= 0
        ? "Your payments repay the loan before payment 120: nothing left to forgive."
        : `About ${dollars(Math.round(estimate.forgiven))} forgiven, tax-free, in year ${estimate.forgivenessYear} of the job (payment 120). An estimate, not a promise.`;
    return { id, employer, summary, assumptions: estimate.assumptions, risks: estimate.risks };
  });
}
