/**
 * The leverage tier at one employer, from that process's row of the Search table, the candidate's own
 * answers (the Profile table) and the other rows: the same points model as `=OFFER.TIER` (tier.ts), with
 * the parallel processes counted from the table instead of typed.
 */
import type { LeverageAnswers } from "../leverage/checklist";
import { type LeverageResult, leverageTier } from "../leverage/tier";
import { otherSeriousProcesses } from "./processes";
import type { SearchProcess } from "./search-row";
import { SEEN_YOU_WORK } from "./stages";

/** The checklist answers that describe the candidate, the same at every employer (kept in the Profile table). */
export type CandidateAnswers = Pick<LeverageAnswers, "trustedProgram" | "knowsRvus" | "flexibleOnScarce">;

/** The tier at one employer and the answers it was worked out from. */
export interface TierAtEmployer extends LeverageResult {
  answers: LeverageAnswers;
  /** The other serious processes counted, by employer. */
  others: string[];
}

/** The checklist answers for one employer: its row, the candidate's own answers, and the other serious processes. */
export function answersAt(
  row: SearchProcess,
  candidate: CandidateAnswers,
  rows: readonly SearchProcess[],
  others: readonly string[] = otherSeriousProcesses(rows, row.employer),
): LeverageAnswers {
  return {
    rotatedThere: row.connection !== null && SEEN_YOU_WORK.has(row.connection),
    championWillCall: row.championWillCall,
    trustedProgram: candidate.trustedProgram,
    parallelProcesses: others.length,
    knowsRvus: candidate.knowsRvus,
    flexibleOnScarce: candidate.flexibleOnScarce,
  };
}

/** The tier at the employer of `row` (see answersAt), with its summary and reasons as `leverageTier` gives them. */
export function tierAt(
  row: SearchProcess,
  candidate: CandidateAnswers,
  rows: readonly SearchProcess[],
): TierAtEmployer {
  const others = otherSeriousProcesses(rows, row.employer);
  const answers = answersAt(row, candidate, rows, others);
  return { ...leverageTier(answers), answers, others };
}
