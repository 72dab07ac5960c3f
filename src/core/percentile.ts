/**
 * Piecewise-linear interpolation over a benchmark's percentile points (e.g. P25, P50, P75, P90).
 * Between two known points the answer is on the straight line joining them. Beyond the outermost points
 * the line is extended, clamped to 0–100 for percentiles and to ≥ 0 for values: a rough answer, said so
 * in the help page, rather than an error for a figure just past P90.
 *
 * Points must be in increasing order of percentile, each percentile once, with values that never
 * decrease (as a Benchmarks table row is read); anything else is refused with #VALUE!.
 *
 * Tied points (the same value at neighbouring percentiles, e.g. P75 = P90 = 500) are common in small
 * surveys and in pay capped at a ceiling. Both functions read the points as one curve, so each inverts
 * the other:
 *
 * - A value strictly beyond a run of tied points is beyond all of them. Above P75 = P90 = 500, 501 is
 *   above P90: the line is extended from the outermost point (P90, 500) with the slope of the nearest
 *   segment whose values differ (P50–P75 here), never from the middle of the tie; below P25 = P50 the
 *   same from P25. Without ties this is the outermost segment's line, as it always was.
 * - If every point has the same value there is no slope to extend: any value above it is above every
 *   point, which a line as steep as the tie puts at 100 (the clamp), and any value below it at 0. A
 *   percentile beyond such points is that one value.
 * - A value exactly equal to a tied value gets the lowest percentile of the tie: with P75 = P90 = 500,
 *   500 is at P75. That is the conservative reading for a physician comparing an offer with a
 *   benchmark: the benchmark shows 500 is reached by P75, and saying P90 (or the 82.5 between) would
 *   credit the offer with a standing the data does not establish. It is also the answer a value a cent
 *   below approaches (no jump from below), and it keeps "exactly P75" reading 75 whether or not P90
 *   happens to share its value, so rules comparing a percentile with 75 judge it the same either way.
 * - `valueAtPercentile` between tied points is their value (a flat segment); beyond a tied outermost run
 *   it extends the nearest segment whose values differ, from the outermost point, as above.
 */
import { badValue, notAvailable } from "./errors";
import { figure } from "./format";
import { within } from "./guards";

/** One known point of a distribution: `value` sits at percentile `p` (0–100). */
export interface PercentilePoint {
  p: number;
  value: number;
}

/** The value at percentile `p` (0–100). */
export function valueAtPercentile(points: readonly PercentilePoint[], p: number): number {
  checkPoints(points);
  if (Number.isNaN(p)) throw badValue("percentile is not a number.");
  within(p, 0, 100, "percentile");
  const first = points[0];
  const last = points[points.length - 1];
  if (p < first.p) {
    const slope = edgeSlope(points, "low");
    return slope === undefined ? first.value : Math.max(0, first.value - (first.p - p) / slope);
  }
  if (p > last.p) {
    const slope = edgeSlope(points, "high");
    return slope === undefined ? last.value : Math.max(0, last.value + (p - last.p) / slope);
  }
  const k = points.findIndex((point) => point.p >= p);
  const b = points[k];
  if (b.p === p) return b.value;
  const a = points[k - 1];
  return Math.max(0, lerp(a.p, a.value, b.p, b.value, p));
}

/** The percentile (0–100) at which `value` falls; a tied value gets the lowest percentile of its tie. */
export function percentileOfValue(points: readonly PercentilePoint[], value: number): number {
  checkPoints(points);
  if (Number.isNaN(value)) throw badValue("The value to place among the percentiles is not a number.");
  const first = points[0];
  const last = points[points.length - 1];
  if (value < first.value) {
    const slope = edgeSlope(points, "low");
    return slope === undefined ? 0 : Math.max(0, first.p - slope * (first.value - value));
  }
  if (value > last.value) {
    const slope = edgeSlope(points, "high");
    return slope === undefined ? 100 : Math.min(100, last.p + slope * (value - last.value));
  }
  // The first point at or above the value: on a tie, the lowest percentile of it.
  const k = points.findIndex((point) => point.value >= value);
  const b = points[k];
  if (b.value === value) return b.p;
  const a = points[k - 1];
  return Math.min(100, Math.max(0, lerp(a.value, a.p, b.value, b.p, value)));
}

/**
 * Percentile points per unit of value along the segment nearest one end whose two values differ, or
 * undefined when every point has the same value.
 */
function edgeSlope(points: readonly PercentilePoint[], end: "low" | "high"): number | undefined {
  const n = points.length;
  for (let step = 1; step < n; step++) {
    const i = end === "low" ? step : n - step;
    const a = points[i - 1];
    const b = points[i];
    if (a.value !== b.value) return (b.p - a.p) / (b.value - a.value);
  }
  return undefined;
}

/** At least two points, finite, in increasing order of percentile, with values that never decrease. */
function checkPoints(points: readonly PercentilePoint[]): void {
  if (points.length < 2) {
    const known = points.map((point) => `P${figure(point.p)}`).join(", ") || "none";
    throw notAvailable(`Interpolation needs at least two percentile points; known: ${known}.`);
  }
  for (const [i, point] of points.entries()) {
    if (!Number.isFinite(point.p) || !Number.isFinite(point.value)) {
      throw badValue(`Percentile point ${i + 1} is not a finite number (P${point.p} = ${point.value}).`);
    }
    if (i === 0) continue;
    const previous = points[i - 1];
    if (point.p === previous.p) {
      throw badValue(`P${figure(point.p)} is given twice; give each percentile once.`);
    }
    if (point.p < previous.p) {
      throw badValue(
        `Percentile points must be in increasing order: P${figure(point.p)} comes after P${figure(previous.p)}.`,
      );
    }
    if (point.value < previous.value) {
      throw badValue(
        `P${figure(point.p)} (${figure(point.value)}) is below P${figure(previous.p)} (${figure(previous.value)}); percentiles must not decrease.`,
      );
    }
  }
}

/** The y on the line through (x0, y0) and (x1, y1) at x. */
function lerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}
