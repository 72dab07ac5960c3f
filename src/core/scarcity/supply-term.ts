/**
 * The supply term: how many physicians of the specialty the state has per 100,000 residents against the
 * nation, from the user's Supply table. Points = −10 × log2(state rate ÷ US rate), kept within ±15: half
 * the national supply adds 10, double takes 10 away, and no single state figure moves the score more than
 * 15 (state averages hide the metro/rural split inside a state, which the market term covers). Both rates
 * must come from the same table, because sources count physicians differently (AAMC "active" physicians
 * against KFF "professionally active" ones differ by a third for psychiatry).
 */
import { figure } from "../format";
import { type ScarcityLine, bounded, wholePoints } from "./line";
import { NATIONAL, type SupplyRow, findSupplyRow } from "./supply";

export const SUPPLY_POINTS_PER_DOUBLING = 10;
export const SUPPLY_POINTS_CAP = 15;

/**
 * No source counts hospitalists by state (AAMC and KFF file them under internal medicine), so a
 * Hospitalist without rows of its own is compared by the Internal Medicine rows, and the line says so.
 */
const PROXIES: Readonly<Record<string, string>> = { Hospitalist: "Internal Medicine" };

/** The state's and the nation's rows for a specialty, and their ratio. */
export interface SupplyComparison {
  state: SupplyRow;
  nation: SupplyRow;
  ratio: number;
  /** The specialty whose rows stood in, when the specialty had none. */
  proxy?: string;
}

/** Compares a state's rate with the nation's, or says which row is missing. */
export function compareSupply(
  rows: readonly SupplyRow[],
  specialty: string,
  state: string,
): SupplyComparison | { missing: string } {
  const proxy = PROXIES[specialty];
  const own = findSupplyRow(rows, specialty, state);
  const ownNation = findSupplyRow(rows, specialty, NATIONAL);
  if (own && ownNation) return { state: own, nation: ownNation, ratio: own.per100k / ownNation.per100k };
  if (proxy !== undefined && !own && !ownNation) {
    const byProxy = findSupplyRow(rows, proxy, state);
    const proxyNation = findSupplyRow(rows, proxy, NATIONAL);
    if (byProxy && proxyNation)
      return { state: byProxy, nation: proxyNation, ratio: byProxy.per100k / proxyNation.per100k, proxy };
  }
  if (!own) {
    return {
      missing: `no Supply row for ${specialty} in ${state}: import one (AAMC/KFF state profiles) to count supply`,
    };
  }
  return {
    missing: `no Supply row for ${specialty} with State "US": import the national rate to compare ${state} with`,
  };
}

/** "0.4", "1.76": a ratio as the breakdown shows it. */
export function ratioText(ratio: number): string {
  return ratio >= 10 || ratio < 0.1 ? figure(Number(ratio.toPrecision(2))) : ratio.toFixed(2).replace(/0$/, "");
}

/** "11.7": a rate as the breakdown shows it, to one decimal. */
function rateText(rate: number): string {
  return figure(Math.round(rate * 10) / 10);
}

/** The supply line, and the ratio when it could be computed (the market term reads it too). */
export function supplyTerm(
  rows: readonly SupplyRow[],
  specialty: string,
  state: string,
): { line: ScarcityLine; ratio?: number } {
  const found = compareSupply(rows, specialty, state);
  if ("missing" in found) return { line: { label: "Supply", points: 0, why: found.missing } };
  const { ratio, nation, proxy } = found;
  const points = wholePoints(
    bounded(-SUPPLY_POINTS_PER_DOUBLING * Math.log2(ratio), -SUPPLY_POINTS_CAP, SUPPLY_POINTS_CAP),
  );
  const of = proxy === undefined ? specialty : `${proxy} (standing in for ${specialty}: no source counts it by state)`;
  const mixed =
    found.state.source !== nation.source
      ? ` (note: the ${state} row, ${found.state.source}, and the US row, ${nation.source}, come from different sources, which count physicians differently)`
      : "";
  return {
    ratio,
    line: {
      label: "Supply",
      points,
      why: `${of} in ${state}: ${rateText(found.state.per100k)} per 100,000 residents against ${rateText(nation.per100k)} for the US (${ratioText(ratio)}× the US rate), −10 × log2 of that, kept within ±15${mixed}`,
      source: found.state.source,
      year: found.state.year,
      grade: "yours",
    },
  };
}
