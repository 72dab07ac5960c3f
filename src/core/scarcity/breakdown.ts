/**
 * Scarcity 0–100, line by line: the national baseline, then (with a state) the state's supply against the
 * nation and, for primary care and psychiatry, HRSA's shortage-area need; the market; what the candidate
 * will flex on. The lines are whole points and add up to the score before it is kept within 0–100, so
 * every point the candidate sees has a reason and a source. Without a state the result is exactly the
 * national model (national.ts), so every score computed before states existed is unchanged.
 */
import { notAvailable } from "../errors";
import { resolveStateCode } from "../offer/state-code";
import { type ScarcityLine, bounded } from "./line";
import { nationalMarketTerm, stateMarketTerm } from "./market-term";
import { FLEX_POINTS, SCARCITY_BASELINE } from "./national";
import { needTerm } from "./need-term";
import type { SupplyRow } from "./supply";
import { supplyTerm } from "./supply-term";

/** Canonical specialty, market and flexibility (see resolveMarket, resolveFlexibility); state as typed. */
export interface ScarcityInputs {
  specialty: string;
  market?: string;
  flexibility?: readonly string[];
  /** A postal code or a state's name; blank or absent for the national model. */
  state?: string;
  /** The user's Supply rows (readSupply); absent or empty when there is no table. */
  supply?: readonly SupplyRow[];
}

/** The score, the sum of the lines before clamping, and the lines. */
export interface ScarcityBreakdown {
  score: number;
  unclamped: number;
  /** True when keeping the score within 0–100 changed it. */
  clamped: boolean;
  /** The state's postal code, when one was given. */
  state?: string;
  lines: ScarcityLine[];
}

/** The national baseline's line; #N/A for a specialty the model does not cover. */
function baselineLine(specialty: string): ScarcityLine {
  const baseline = SCARCITY_BASELINE[specialty];
  if (!baseline)
    throw notAvailable(
      `No scarcity baseline for ${specialty}: Leverage models scarcity only for the specialties it knows.`,
    );
  return {
    label: "National baseline",
    points: baseline.score,
    // The cell text joins lines with "; ", so the basis's own semicolons become commas.
    why: `${specialty}: ${baseline.basis.replace(/\.$/, "").replace(/; /g, ", ")}`,
    source: "Leverage model",
    grade: "D",
  };
}

/** One line per flexibility item; willing to go rural adds nothing when the job is already rural. */
function flexibilityLines(flexibility: readonly string[], market: string | undefined): ScarcityLine[] {
  return flexibility.map((item) => {
    const counted = !(item === "rural" && market === "rural");
    return {
      label: `Flexibility: ${item}`,
      points: counted ? FLEX_POINTS[item] : 0,
      why: counted
        ? `willing to take ${item}: a need employers find hard to fill`
        : "already counted: the market is rural",
      source: "Leverage model",
      grade: "D",
    };
  });
}

/** The state's postal code, or undefined for blank. */
function stateCodeOf(state: string | undefined): string | undefined {
  return state === undefined || state.trim() === "" ? undefined : resolveStateCode(state);
}

/** Every line of the score, and the score kept within 0–100. */
export function scarcityBreakdown(inputs: ScarcityInputs): ScarcityBreakdown {
  const { specialty, market } = inputs;
  const lines: ScarcityLine[] = [baselineLine(specialty)];
  const state = stateCodeOf(inputs.state);
  if (state === undefined) {
    if (market !== undefined) lines.push(nationalMarketTerm(market));
  } else {
    const supply = supplyTerm(inputs.supply ?? [], specialty, state);
    lines.push(supply.line);
    const need = needTerm(specialty, state);
    if (need) lines.push(need);
    if (market !== undefined) lines.push(stateMarketTerm(specialty, market, state, supply.ratio));
  }
  lines.push(...flexibilityLines(inputs.flexibility ?? [], market));
  const unclamped = lines.reduce((sum, line) => sum + line.points, 0);
  const score = bounded(unclamped, 0, 100);
  return { score, unclamped, clamped: score !== unclamped, state, lines };
}

/** Scarcity 0–100 = the sum of the breakdown's lines, kept within 0–100. */
export function scarcityScore(inputs: ScarcityInputs): number {
  return scarcityBreakdown(inputs).score;
}
