/**
 * Throughput mix for OFFER.TIER: the leverage checklist answered as people fill it in, each yes/no as
 * TRUE/FALSE, 1/0 or "yes"/"no"/"y"/"n" (also "TRUE" and "0" typed as text) in any case and spacing,
 * blank part of the time (null or 0), with 0–5 parallel processes. The baseline adds the points model's points and
 * reads the tier off its thresholds (src/core/leverage/tier.ts), without the summary and reasons the
 * function also writes.
 */
import { readYesNo } from "../src/core/cells";
import {
  KNOWN_QUANTITY_POINTS,
  PROCESSES_COUNTED,
  RELATIONSHIP_POINTS,
  SAFE_BET_POINTS,
  SIGNAL_POINT,
  tierLabel,
} from "../src/core/leverage/tier";
import type { Draw } from "./stats";
import { type Blank, type Num, type Workload, inline, listOf, maybe } from "./workload";

/** Answers as typed or passed: booleans and 1/0 as Excel passes them, text in varied case. */
const ANSWERS: readonly unknown[] = [
  true,
  false,
  true,
  false,
  1,
  0,
  "yes",
  "no",
  "Yes",
  "No",
  "YES",
  "NO",
  "y",
  "n",
  "Y",
  " yes ",
  "TRUE",
  "false",
  "1",
  "0",
];

/** Lower-cased, trimmed text answers that mean yes (set-up, not timed; each is checked against readYesNo). */
const YES_TEXT = new Set(
  ANSWERS.filter((a): a is string => typeof a === "string" && readYesNo(a, "answer")).map((a) =>
    a.trim().toLowerCase(),
  ),
);

/** Each tier's label, by rank. */
const KNOWN = tierLabel("known quantity");
const SAFE = tierLabel("safe bet");
const FILLER = tierLabel("desperate filler");

/** True for a yes: TRUE, 1, or yes text; blank and everything else in the mix is no. */
function yes(answer: unknown): boolean {
  return answer === true || answer === 1 || (typeof answer === "string" && YES_TEXT.has(answer.trim().toLowerCase()));
}

/** The TIER mix, `count` argument lists. */
export function tierWorkload(draw: Draw, count: number): Workload {
  const answer = (blank: Blank) => maybe(draw, 0.8, draw.pick(ANSWERS), blank);
  return {
    id: "TIER",
    label: "TIER",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      answer(blank),
      answer(blank),
      answer(blank),
      maybe(draw, 0.8, draw.int(0, 5), blank),
      answer(blank),
      answer(blank),
    ]),
    baseline: inline(
      (rotated: unknown, champion: unknown, trusted: unknown, processes: Num, rvus: unknown, flexible: unknown) => {
        const points =
          (yes(rotated) ? RELATIONSHIP_POINTS : 0) +
          (yes(champion) ? RELATIONSHIP_POINTS : 0) +
          (yes(trusted) ? SIGNAL_POINT : 0) +
          Math.min(processes || 0, PROCESSES_COUNTED) * SIGNAL_POINT +
          (yes(rvus) ? SIGNAL_POINT : 0) +
          (yes(flexible) ? SIGNAL_POINT : 0);
        return points >= KNOWN_QUANTITY_POINTS ? KNOWN : points >= SAFE_BET_POINTS ? SAFE : FILLER;
      },
    ),
  };
}
