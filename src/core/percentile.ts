/**
 * Where a value sits among a benchmark's percentile points (e.g. P25, P50, P75, P90), and the value at a
 * percentile. Points must be in increasing order of percentile, each percentile once, with values that
 * never decrease (as a Benchmarks table row is read); anything else is refused with #VALUE!.
 *
 * Two readings, for two uses:
 *
 * - {@link placeAmongPercentiles}, for anything said in words (flags, asks, scripts, the pane): it never
 *   invents a percentile the data does not hold. Below the lowest point is "below" it, above the highest
 *   is "above" it (no number), between two points is on the straight line joining them, and a value equal
 *   to tied points (P75 = P90 = 500) is "within" the tie's range, 75th to 90th. Between a tie and its
 *   neighbour the line starts from the tie's nearest end: its higher percentile when the value is above
 *   the tie, its lower one when below. So with P75 = P90 = 500, 501 is above the 90th, never the 82.5th
 *   (the middle of the tie); with P25 = P50 = 10, 9 is below the 25th, never the 37.5th.
 *   {@link percentileInData} is its number, only where there is one inside the data.
 * - {@link percentileOfValue}, the number OFFER.WRVUPCTL returns: the same line between points, a tied
 *   value at the lowest percentile of its tie, and beyond the outermost points the line extended (clamped
 *   to 0–100), a rough figure its help page calls rough. It is a cell's number, never a sentence's.
 *
 * {@link valueAtPercentile} answers only between the outermost points and refuses a percentile beyond
 * them with #N/A, so no ask can target "the 100th percentile" of data that stops at P90.
 */
import { badValue, notAvailable } from "./errors";
import { figure } from "./format";
import { within } from "./guards";

/** One known point of a distribution: `value` sits at percentile `p` (0–100). */
export interface PercentilePoint {
  p: number;
  value: number;
}

/**
 * Where a value sits among percentile points, in terms the data supports:
 * - `below` / `above`: beyond the lowest / highest point, P`p` (a tied end's lowest / highest percentile);
 * - `at`: exactly the value of one point, P`p`, that no other point shares;
 * - `within-tie`: exactly the value shared by the points from P`low` to P`high`;
 * - `between`: strictly between the points P`low` and P`high`, at P`p` on the line joining them.
 */
export type PercentilePlacement =
  | { kind: "below"; p: number }
  | { kind: "above"; p: number }
  | { kind: "at"; p: number }
  | { kind: "within-tie"; low: number; high: number }
  | { kind: "between"; p: number; low: number; high: number };

/** Where `value` sits among the points, never beyond them (see the file's comment). */
export function placeAmongPercentiles(points: readonly PercentilePoint[], value: number): PercentilePlacement {
  checkPoints(points);
  if (Number.isNaN(value)) throw badValue("The value to place among the percentiles is not a number.");
  const first = points[0];
  const last = points[points.length - 1];
  if (value < first.value) return { kind: "below", p: first.p };
  if (value > last.value) return { kind: "above", p: last.p };
  const equal = points.filter((point) => point.value === value);
  if (equal.length === 1) return { kind: "at", p: equal[0].p };
  if (equal.length > 1) return { kind: "within-tie", low: equal[0].p, high: equal[equal.length - 1].p };
  // Strictly between two values: the last point below (a tie's highest percentile) and the first above
  // (a tie's lowest), so the line never starts from the middle of a tie.
  const above = points.findIndex((point) => point.value > value);
  const a = points[above - 1];
  const b = points[above];
  return { kind: "between", p: lerp(a.value, a.p, b.value, b.p, value), low: a.p, high: b.p };
}

/**
 * The percentile of `value` when the data gives it one: at a point or between two; undefined below the
 * lowest point, above the highest or on a tie (a range, not a number).
 */
export function percentileInData(points: readonly PercentilePoint[], value: number): number | undefined {
  const placed = placeAmongPercentiles(points, value);
  return placed.kind === "at" || placed.kind === "between" ? placed.p : undefined;
}

/**
 * The percentiles a placement allows, for comparing two placements without inventing a point: below P25
 * is 0 to 25, above P90 is 90 to 100, a tie is its range, a point or an interpolation is itself.
 */
export function percentileRange(placed: PercentilePlacement): { atLeast: number; atMost: number } {
  switch (placed.kind) {
    case "below":
      return { atLeast: 0, atMost: placed.p };
    case "above":
      return { atLeast: placed.p, atMost: 100 };
    case "within-tie":
      return { atLeast: placed.low, atMost: placed.high };
    case "at":
    case "between":
      return { atLeast: placed.p, atMost: placed.p };
  }
}

/** The lowest and highest percentiles the points hold: the only percentiles a figure can be read at. */
export function percentileSpan(points: readonly PercentilePoint[]): { low: number; high: number } {
  checkPoints(points);
  return { low: points[0].p, high: points[points.length - 1].p };
}

/**
 * The value at percentile `p`, between the outermost points only: on the line joining its neighbours,
 * flat between tied points. #NUM! outside 0–100; #N/A beyond the points, naming the ones there are.
 */
export function valueAtPercentile(points: readonly PercentilePoint[], p: number): number {
  checkPoints(points);
  if (Number.isNaN(p)) throw badValue("percentile is not a number.");
  within(p, 0, 100, "percentile");
  const first = points[0];
  const last = points[points.length - 1];
  if (p < first.p || p > last.p) {
    throw notAvailable(
      `P${figure(p)} is outside the percentiles the data holds (P${figure(first.p)} to P${figure(last.p)}): ask for one between them.`,
    );
  }
  const k = points.findIndex((point) => point.p >= p);
  const b = points[k];
  if (b.p === p) return b.value;
  const a = points[k - 1];
  return lerp(a.p, a.value, b.p, b.value, p);
}

/**
 * The percentile (0–100) OFFER.WRVUPCTL returns: interpolated between points, a tied value at the lowest
 * percentile of its tie, and extended beyond the outermost points. Beyond them the line goes from the
 * outermost point with the slope of the nearest segment whose values differ (never from the middle of
 * a tie), clamped to 0–100; with every point tied, anything above reads 100 and anything below 0. A
 * rough number for a cell: words use {@link placeAmongPercentiles} instead.
 */
export function percentileOfValue(points: readonly PercentilePoint[], value: number): number {
  const placed = placeAmongPercentiles(points, value);
  switch (placed.kind) {
    case "at":
    case "between":
      return placed.p;
    case "within-tie":
      return placed.low;
    case "below": {
      const first = points[0];
      const slope = edgeSlope(points, "low");
      return slope === undefined ? 0 : Math.max(0, first.p - slope * (first.value - value));
    }
    case "above": {
      const last = points[points.length - 1];
      const slope = edgeSlope(points, "high");
      return slope === undefined ? 100 : Math.min(100, last.p + slope * (value - last.value));
    }
  }
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
