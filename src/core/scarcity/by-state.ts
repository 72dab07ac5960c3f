/**
 * Where is the candidate's skill scarce: the score in every state and DC for one specialty (and the
 * flexibility and market the candidate brings), with the reasons that moved each state away from the
 * national baseline, largest first. The heatmap (pane and Heatmap sheet) draws these on the tile grid.
 */
import { US_STATES, stateName } from "../offer/us-states";
import { type ScarcityBreakdown, scarcityBreakdown } from "./breakdown";
import type { ScarcityLine } from "./line";
import type { SupplyRow } from "./supply";

/** What the heatmap asks for: canonical specialty, market and flexibility, as for scarcityBreakdown. */
export interface ByStateInputs {
  specialty: string;
  market?: string;
  flexibility?: readonly string[];
  supply?: readonly SupplyRow[];
}

/** One state's score and its top reasons. */
export interface StateScarcity {
  state: string;
  name: string;
  score: number;
  /** The lines that moved the score, largest first, at most {@link TOP_REASONS}; not the baseline. */
  reasons: ScarcityLine[];
  breakdown: ScarcityBreakdown;
}

export const TOP_REASONS = 3;

/** The lines other than the baseline that moved the score, largest first (ties keep the breakdown's order). */
function topReasons(lines: readonly ScarcityLine[]): ScarcityLine[] {
  return lines
    .slice(1)
    .filter((line) => line.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, TOP_REASONS);
}

/** Every state and DC, in the order of the state list (alphabetical by name, DC after Delaware). */
export function scarcityByState(inputs: ByStateInputs): StateScarcity[] {
  return US_STATES.map(({ value: state }) => {
    const breakdown = scarcityBreakdown({ ...inputs, state });
    return { state, name: stateName(state), score: breakdown.score, reasons: topReasons(breakdown.lines), breakdown };
  });
}
