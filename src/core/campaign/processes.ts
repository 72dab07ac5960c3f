/**
 * What the Search table says about the candidate's options: how many serious processes run in parallel,
 * and whether the brief's "I'm also talking with Group X and Y, both in advanced stages" can truthfully be
 * said to a given employer. Employers are matched by name (trimmed, any case), so two rows for one
 * employer (a second process, a row copied in the grid) count once: they are not two options.
 */
import { allOf } from "../format";
import type { SearchProcess } from "./search-row";
import { SERIOUS_STAGES } from "./stages";

/** The employer's name as processes are matched: trimmed, in lower case. */
export function employerKey(employer: string): string {
  return employer.trim().toLowerCase();
}

/** True for a process at or past a site visit and still open (see SERIOUS_STAGES). */
export function isSerious(process: Pick<SearchProcess, "stage">): boolean {
  return SERIOUS_STAGES.has(process.stage);
}

/** The serious processes' employers, each once (the first row's spelling), in table order. */
function seriousEmployers(rows: readonly SearchProcess[], except?: string): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = employerKey(row.employer);
    if (!isSerious(row) || key === "" || key === except || seen.has(key)) continue;
    seen.set(key, row.employer.trim());
  }
  return [...seen.values()];
}

/** How many serious processes run in parallel: employers at or past a site visit, not declined, withdrawn or signed. */
export function parallelProcesses(rows: readonly SearchProcess[]): number {
  return seriousEmployers(rows).length;
}

/** Serious processes other than with `employer`: what the tier at that employer counts. */
export function otherSeriousProcesses(rows: readonly SearchProcess[], employer: string): string[] {
  return seriousEmployers(rows, employerKey(employer));
}

/** Whether "I'm also talking with …, in advanced stages" is true when said to one employer. */
export interface OtherProcesses {
  /** True only when at least one other serious process exists. */
  canSay: boolean;
  /** The other employers at or past a site visit, in table order. */
  employers: string[];
  /** The sentence as the brief has it, naming them; undefined when it cannot truthfully be said. */
  sentence?: string;
}

/** Whether the candidate can truthfully tell `employer` that other processes are in advanced stages. */
export function othersInAdvancedStages(rows: readonly SearchProcess[], employer: string): OtherProcesses {
  const employers = otherSeriousProcesses(rows, employer);
  if (employers.length === 0) return { canSay: false, employers };
  const closing =
    employers.length === 1
      ? "also in an advanced stage"
      : employers.length === 2
        ? "both in advanced stages"
        : "all in advanced stages";
  return { canSay: true, employers, sentence: `I'm also talking with ${allOf(employers)}, ${closing}.` };
}
