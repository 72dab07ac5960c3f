/**
 * A scarcity breakdown as one text for a cell (OFFER.SCARCITYWHY): the lines joined by "; ", each with its
 * signed points and its source, then the total, saying so when the score was kept within 0–100. One line of
 * text rather than line breaks, because a cell shows line breaks only when Wrap Text is on.
 */
import { figure } from "../format";
import type { ScarcityLine } from "./line";
import type { ScarcityBreakdown } from "./breakdown";

/** "+13", "−10", "0". */
export function signedPoints(points: number): string {
  if (points > 0) return `+${figure(points)}`;
  return points < 0 ? `−${figure(-points)}` : "0";
}

/** "Supply −10: … [AAMC 2018, grade yours]". */
export function lineText(line: ScarcityLine): string {
  const points = line.label === "National baseline" ? figure(line.points) : signedPoints(line.points);
  const from = [line.source, line.year, line.grade === undefined ? undefined : `grade ${line.grade}`]
    .filter((part) => part !== undefined)
    .join(", ");
  return `${line.label} ${points}: ${line.why}${from === "" ? "" : ` [${from}]`}`;
}

/** The whole breakdown as one text. */
export function whyText(breakdown: ScarcityBreakdown): string {
  const total = breakdown.clamped
    ? `Score ${figure(breakdown.score)}: the lines sum to ${figure(breakdown.unclamped)} before clamping, and scores are kept within 0–100`
    : `Score ${figure(breakdown.score)}`;
  return [...breakdown.lines.map(lineText), total].join("; ");
}
