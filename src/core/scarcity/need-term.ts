/**
 * The need term, for primary care and psychiatry only (the specialties HRSA designates shortage areas
 * for): the practitioners HRSA says the state's Health Professional Shortage Areas need to remove their
 * designations, per 100,000 residents (2020 Census), against the same rate for the nation. Points =
 * 5 × log2(state rate ÷ US rate), kept within ±5: a state with twice the nation's unmet need adds 5, half
 * takes 5 away. Smaller than the supply term because a designation measures underserved pockets, not the
 * whole state's market.
 */
import { figure } from "../format";
import { MENTAL_HEALTH_HPSA_2025, MENTAL_HEALTH_HPSA_SOURCE, MENTAL_HEALTH_HPSA_US_2025 } from "./hpsa-mental-health";
import { PRIMARY_CARE_HPSA_2021, PRIMARY_CARE_HPSA_SOURCE } from "./hpsa-primary-care";
import { type ScarcityLine, bounded, sourcedLine, wholePoints } from "./line";
import { PRIMARY_CARE_SPECIALTIES } from "./rural-density";
import type { ScarcitySource } from "./source";
import { STATE_POPULATION_2020, US_POPULATION_2020 } from "./state-population";

export const NEED_POINTS_PER_DOUBLING = 5;
export const NEED_POINTS_CAP = 5;

/** Per 100,000 residents. */
function per100k(count: number, population: number): number {
  return (count / population) * 100_000;
}

/**
 * The US primary-care rate from the 51 rows themselves, over the same 51 populations: HRSA's national row
 * includes the territories, which the populations do not.
 */
const PRIMARY_CARE_US_RATE = per100k(
  Object.values(PRIMARY_CARE_HPSA_2021).reduce((sum, s) => sum + s.needed, 0),
  US_POPULATION_2020,
);
// Only 29 states are shipped, so the nation's rate is HRSA's own total (territories included: about 1% more
// people than the 50 states and DC, a difference far below what moves a point).
const MENTAL_HEALTH_US_RATE = per100k(MENTAL_HEALTH_HPSA_US_2025.needed, US_POPULATION_2020);

/** True for the specialties the need term applies to. */
export function hasNeedTerm(specialty: string): boolean {
  return specialty === "Psychiatry" || PRIMARY_CARE_SPECIALTIES.has(specialty);
}

/** The need line for a canonical specialty in a state, or undefined when the term does not apply. */
export function needTerm(specialty: string, state: string): ScarcityLine | undefined {
  if (!hasNeedTerm(specialty)) return undefined;
  const psychiatry = specialty === "Psychiatry";
  const kind = psychiatry ? "mental-health" : "primary-care";
  const from: ScarcitySource = psychiatry ? MENTAL_HEALTH_HPSA_SOURCE : PRIMARY_CARE_HPSA_SOURCE;
  const figures = psychiatry ? MENTAL_HEALTH_HPSA_2025[state] : PRIMARY_CARE_HPSA_2021[state];
  if (figures === undefined) {
    return {
      label: "Need",
      points: 0,
      why: `HRSA's ${kind} shortage-area figures for ${state} as of ${from.asOf} were not available to Leverage (it ships 29 states for that quarter), so need adds nothing`,
    };
  }
  const rate = per100k(figures.needed, STATE_POPULATION_2020[state]);
  const usRate = psychiatry ? MENTAL_HEALTH_US_RATE : PRIMARY_CARE_US_RATE;
  const ratio = rate / usRate;
  const points = wholePoints(bounded(NEED_POINTS_PER_DOUBLING * Math.log2(ratio), -NEED_POINTS_CAP, NEED_POINTS_CAP));
  const line = sourcedLine(
    "Need",
    points,
    `HRSA's ${kind} shortage areas in ${state} needed ${figure(figures.needed)} more ${psychiatry ? "psychiatrists" : "primary-care physicians"} to remove their ${figure(figures.designations)} designations as of ${from.asOf}: ${figure(Math.round(rate * 10) / 10)} per 100,000 residents (2020 Census) against ${figure(Math.round(usRate * 10) / 10)} for the US, 5 × log2 of the ratio, kept within ±5`,
    from,
  );
  return psychiatry ? { ...line, url: MENTAL_HEALTH_HPSA_2025[state].page } : line;
}
