/**
 * The market term. Without a state it is today's documented points (national.ts). With a state it is
 * specialty-aware: where a metro-vs-noncore density gap was published (psychiatry, primary care), the
 * rural premium is 10 × log2(metro density ÷ noncore density), kept within 0–15, and a secondary market
 * gets half of it; elsewhere the documented points stand. A "metro" market in a state whose Supply rate for
 * the specialty is at least 1.5 times the US rate is counted as a saturated metro: saturation is earned from
 * the data, not only declared.
 */
import { type ScarcityLine, bounded, sourcedLine, wholePoints } from "./line";
import { MARKET_POINTS } from "./national";
import { densityGapOf } from "./rural-density";
import { ratioText } from "./supply-term";

export const RURAL_POINTS_PER_DOUBLING = 10;
export const RURAL_POINTS_CAP = 15;
/** A metro market in a state with at least this multiple of the US supply is counted as saturated. */
export const SATURATED_SUPPLY_RATIO = 1.5;

const DOCUMENTED: Readonly<Record<string, string>> = {
  rural: "a hard-to-fill market (documented points)",
  secondary: "a smaller market (documented points)",
  metro: "the national baseline itself",
  "saturated metro": "many candidates for each opening",
};

/** The documented points for a market, as a line. */
function documentedLine(market: string, why = DOCUMENTED[market]): ScarcityLine {
  return { label: `Market: ${market}`, points: MARKET_POINTS[market], why, source: "Leverage model", grade: "D" };
}

/** The market line without a state: today's documented points. */
export function nationalMarketTerm(market: string): ScarcityLine {
  return documentedLine(market);
}

/**
 * The market line with a state. `supplyRatio` is the state's Supply rate ÷ the US rate for the specialty,
 * when the Supply table had both rows.
 */
export function stateMarketTerm(specialty: string, market: string, state: string, supplyRatio?: number): ScarcityLine {
  if (market === "metro") {
    if (supplyRatio !== undefined && supplyRatio >= SATURATED_SUPPLY_RATIO) {
      return {
        ...documentedLine(
          "saturated metro",
          `a metro market counted as saturated: ${specialty} supply in ${state} is ${ratioText(supplyRatio)}× the US rate (1.5× or more)`,
        ),
        label: "Market: metro, saturated by supply",
      };
    }
    return documentedLine("metro");
  }
  if (market !== "rural" && market !== "secondary") return documentedLine(market);
  const gap = densityGapOf(specialty);
  if (gap === undefined) {
    return documentedLine(market, `${DOCUMENTED[market]}, as no metro-vs-rural gap was published for ${specialty}`);
  }
  const ratio = gap.metro / gap.noncore;
  const rural = bounded(RURAL_POINTS_PER_DOUBLING * Math.log2(ratio), 0, RURAL_POINTS_CAP);
  const points = wholePoints(market === "rural" ? rural : rural / 2);
  const share = market === "rural" ? "" : ", half of the rural premium for a secondary market";
  return sourcedLine(
    `Market: ${market}`,
    points,
    `${specialty}: ${gap.metro} physicians ${gap.unit} in metro counties against ${gap.noncore} in noncore counties (${ratio.toFixed(1)}×), 10 × log2 of that kept within 0–15${share}`,
    gap.source,
  );
}
