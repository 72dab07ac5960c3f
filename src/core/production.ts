/** Realistic production from benchmarks: the wRVUs at a percentile, and where a wRVU figure falls. */
import { benchmarkPercentile, benchmarkValue, findBenchmark } from "./benchmarks/lookup";
import type { Benchmark } from "./benchmarks/types";
import { nonNegative, within } from "./guards";

/** Most FTE a benchmark is scaled to: beyond 2 is a typo, not a schedule. */
export const MAX_FTE = 2;

/** Annual wRVUs at `percentile` (default 50) of the specialty's benchmark, scaled by `fte` (default 1). */
export function benchmarkWrvus(
  specialty: string,
  userRows: readonly Benchmark[],
  percentile?: number,
  fte?: number,
): number {
  const p = within(percentile ?? 50, 0, 100, "percentile");
  const scale = within(fte ?? 1, 0, MAX_FTE, "fte");
  return benchmarkValue(findBenchmark(specialty, "wRVU", userRows), p) * scale;
}

/** The percentile (0–100) of an annual wRVU figure within the specialty's benchmark. */
export function wrvuPercentile(wrvus: number, specialty: string, userRows: readonly Benchmark[]): number {
  nonNegative(wrvus, "wrvus");
  return benchmarkPercentile(findBenchmark(specialty, "wRVU", userRows), wrvus);
}
