/**
 * Piecewise-linear interpolation over a benchmark's percentile points (e.g. P25, P50, P75, P90).
 * Between two known points the answer is on the straight line joining them. Beyond the outermost points
 * the nearest segment's line is extended, clamped to 0–100 for percentiles and to ≥ 0 for values: a
 * rough answer, said so in the help page, rather than an error for a figure just past P90.
 */
import { notAvailable } from "./errors";
import { within } from "./guards";

/** One known point of a distribution: `value` sits at percentile `p` (0–100). */
export interface PercentilePoint {
  p: number;
  value: number;
}

/** The value at percentile `p` (0–100). */
export function valueAtPercentile(points: readonly PercentilePoint[], p: number): number {
  within(p, 0, 100, "percentile");
  const exact = points.find((point) => point.p === p);
  if (exact) return exact.value;
  const [a, b] = segmentAround(points, p, (point) => point.p);
  return Math.max(0, lerp(a.p, a.value, b.p, b.value, p));
}

/** The percentile (0–100) at which `value` falls. */
export function percentileOfValue(points: readonly PercentilePoint[], value: number): number {
  const [a, b] = segmentAround(points, value, (point) => point.value);
  if (a.value === b.value) return (a.p + b.p) / 2;
  return Math.min(100, Math.max(0, lerp(a.value, a.p, b.value, b.p, value)));
}

/** The two neighbouring points whose `key` brackets x, or the outermost pair when x lies beyond them. */
function segmentAround(
  points: readonly PercentilePoint[],
  x: number,
  key: (point: PercentilePoint) => number,
): [PercentilePoint, PercentilePoint] {
  requireTwo(points);
  let i = 1;
  while (i < points.length - 1 && key(points[i]) < x) i++;
  return [points[i - 1], points[i]];
}

function requireTwo(points: readonly PercentilePoint[]): void {
  if (points.length < 2) {
    const known = points.map((point) => `P${point.p}`).join(", ") || "none";
    throw notAvailable(`Interpolation needs at least two percentile points; known: ${known}.`);
  }
}

/** The y on the line through (x0, y0) and (x1, y1) at x. */
function lerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}
