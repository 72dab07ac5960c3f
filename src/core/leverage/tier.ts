/**
 * Places a candidate in the seed's three tiers from the checklist answers.
 *
 * The points model (a product heuristic drawn from the project brief, not survey data):
 *   - rotated, moonlighted or worked there: 6 points; a respected physician will call unprompted: 6 points.
 *     A relationship is worth more than every other signal together (5 points at most), because it is
 *     what makes a candidate a known quantity: someone the employer has seen work or hears vouched for.
 *   - trained at a program they trust: 1; understands RVUs and payer mix: 1; flexible on something
 *     scarce: 1; serious parallel processes: 1 each, counting at most 2 (options beyond two add little).
 *   - 6 points or more: known quantity (paid most). 2 to 5: safe bet (paid market). Below 2: desperate
 *     filler (lowballed).
 * Every signal only adds points, so answering "yes" or adding a parallel process never lowers the tier.
 */
import { badValue, outOfRange } from "../errors";
import { allOf, figure } from "../format";
import { capitalise } from "../rules/wording";
import type { LeverageAnswers } from "./checklist";

/** The seed's three tiers, from the employer's point of view. */
export type LeverageTier = "known quantity" | "safe bet" | "desperate filler";

/** The tiers from lowest to highest, so tiers can be compared by index. */
const TIERS_ASCENDING: readonly LeverageTier[] = ["desperate filler", "safe bet", "known quantity"];

/** Points for each relationship signal (rotated there, champion will call). */
export const RELATIONSHIP_POINTS = 6;
/** Points for each other yes (trusted program, knows RVUs, flexible on something scarce), and per parallel process. */
export const SIGNAL_POINT = 1;
/** Parallel processes that count: options beyond this add no points. */
export const PROCESSES_COUNTED = 2;
/** Points from which a candidate is a known quantity. */
export const KNOWN_QUANTITY_POINTS = 6;
/** Points from which a candidate is a safe bet. */
export const SAFE_BET_POINTS = 2;

/** Where the checklist places the candidate, and why. */
export interface LeverageResult {
  tier: LeverageTier;
  /** The tier for display: "Known quantity", "Safe bet", "Desperate filler". */
  label: string;
  /** One or two sentences explaining the tier from the answers. */
  summary: string;
  points: number;
  /** One line per signal, in checklist order, with the points it earned. */
  reasons: string[];
}

/** The tier for display, capitalised. */
export function tierLabel(tier: LeverageTier): string {
  return capitalise(tier);
}

/** Rank of a tier: 0 desperate filler, 1 safe bet, 2 known quantity. */
export function tierRank(tier: LeverageTier): number {
  return TIERS_ASCENDING.indexOf(tier);
}

/** Throws unless the count of parallel processes is a whole number ≥ 0. */
export function checkProcesses(count: number): number {
  if (Number.isNaN(count)) throw badValue("parallelProcesses must be a whole number of processes (0, 1, 2 ...).");
  if (!Number.isFinite(count) || count < 0 || !Number.isInteger(count)) {
    throw outOfRange(`parallelProcesses must be a whole number of processes, 0 or more; got ${figure(count)}.`);
  }
  return count;
}

/** Points each signal earns, in checklist order. */
function pointsBySignal(answers: LeverageAnswers): Record<keyof LeverageAnswers, number> {
  const yes = (answer: boolean, points: number) => (answer ? points : 0);
  return {
    rotatedThere: yes(answers.rotatedThere, RELATIONSHIP_POINTS),
    championWillCall: yes(answers.championWillCall, RELATIONSHIP_POINTS),
    trustedProgram: yes(answers.trustedProgram, SIGNAL_POINT),
    parallelProcesses: Math.min(checkProcesses(answers.parallelProcesses), PROCESSES_COUNTED) * SIGNAL_POINT,
    knowsRvus: yes(answers.knowsRvus, SIGNAL_POINT),
    flexibleOnScarce: yes(answers.flexibleOnScarce, SIGNAL_POINT),
  };
}

function sumOf(bySignal: Record<keyof LeverageAnswers, number>): number {
  return Object.values(bySignal).reduce((sum, p) => sum + p, 0);
}

/** The tier alone, without the summary and reasons (OFFER.TIER recalculates in bulk and shows only this). */
export function tierOf(answers: LeverageAnswers): LeverageTier {
  return tierForPoints(sumOf(pointsBySignal(answers)));
}

/** The tier a number of points gives. */
function tierForPoints(points: number): LeverageTier {
  if (points >= KNOWN_QUANTITY_POINTS) return "known quantity";
  if (points >= SAFE_BET_POINTS) return "safe bet";
  return "desperate filler";
}

/** "(+6)" or "(0)". */
function earned(points: number): string {
  return points > 0 ? `(+${points})` : "(0)";
}

/** "no other serious process", "1 other serious process", "3 other serious processes". */
function processes(count: number): string {
  if (count === 0) return "no other serious process";
  return `${figure(count)} other serious process${count === 1 ? "" : "es"}`;
}

/** One line per signal, saying what the answer was and what it earned. */
function reasonLines(answers: LeverageAnswers, points: Record<keyof LeverageAnswers, number>): string[] {
  const counted = answers.parallelProcesses > PROCESSES_COUNTED ? `; options count up to ${PROCESSES_COUNTED}` : "";
  return [
    answers.rotatedThere
      ? `You have rotated, moonlighted or worked there, so they have seen your work ${earned(points.rotatedThere)}.`
      : `They have not seen you work yet ${earned(0)}.`,
    answers.championWillCall
      ? `A physician they respect will call them for you unprompted ${earned(points.championWillCall)}.`
      : `No physician they trust is calling them for you yet ${earned(0)}.`,
    answers.trustedProgram
      ? `You trained at a program they trust ${earned(points.trustedProgram)}.`
      : `Your training program is not one they know well ${earned(0)}.`,
    `You have ${processes(answers.parallelProcesses)} in progress ${points.parallelProcesses > 0 ? `(+${points.parallelProcesses}${counted})` : "(0)"}.`,
    answers.knowsRvus
      ? `You understand RVUs and payer mix well enough to discuss the numbers ${earned(points.knowsRvus)}.`
      : `You are not yet comfortable discussing RVUs and payer mix ${earned(0)}.`,
    answers.flexibleOnScarce
      ? `You are flexible on something scarce for them ${earned(points.flexibleOnScarce)}.`
      : `You have not offered flexibility on anything scarce for them ${earned(0)}.`,
  ];
}

/** The one or two sentences that explain the tier, citing the answers that decided it. */
function summaryFor(tier: LeverageTier, answers: LeverageAnswers, points: number): string {
  if (tier === "known quantity") {
    const because = allOf([
      ...(answers.rotatedThere ? ["they have seen you work"] : []),
      ...(answers.championWillCall ? ["a physician they respect will vouch for you unprompted"] : []),
    ]);
    return `Known quantity (${points} points): ${because}. Employers pay most for someone they already know, so this is the time to ask for specific terms.`;
  }
  const strengths = [
    ...(answers.trustedProgram ? ["you trained at a program they trust"] : []),
    ...(answers.parallelProcesses > 0 ? [`you have ${processes(answers.parallelProcesses)}`] : []),
    ...(answers.knowsRvus ? ["you understand RVUs and payer mix"] : []),
    ...(answers.flexibleOnScarce ? ["you are flexible on something scarce for them"] : []),
  ];
  if (tier === "safe bet") {
    return `Safe bet (${points} points): ${allOf(strengths)}, but no one there has seen you work or vouched for you. Employers tend to pay market for a safe bet; a relationship is what moves you up.`;
  }
  const only =
    strengths.length > 0
      ? ` and only one other signal (${strengths[0]})`
      : ", no other serious process and none of the other signals yet";
  return `Desperate filler (${points} ${points === 1 ? "point" : "points"}): no relationship with them${only}. Employers tend to open low with a candidate who looks as if they will take anything; the actions below change that.`;
}

/** Places the candidate in a tier: known quantity, safe bet or desperate filler (see the points model above). */
export function leverageTier(answers: LeverageAnswers): LeverageResult {
  const bySignal = pointsBySignal(answers);
  const points = sumOf(bySignal);
  const tier = tierForPoints(points);
  return {
    tier,
    label: tierLabel(tier),
    summary: summaryFor(tier, answers, points),
    points,
    reasons: reasonLines(answers, bySignal),
  };
}
