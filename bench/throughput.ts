/**
 * Formula throughput: calls per second of each OFFER function over its fixed mix, and of its inline
 * baseline, measured in the same process and interleaved round by round so both see the same machine
 * load. The best round of each counts (the least disturbed by other work on the machine). Before any
 * timing the function and its baseline must agree on every argument list, so the ratio compares equal work.
 */
import { exitRangeWorkloads, exitScalarWorkloads } from "./workloads-exit";
import { rangeWorkloads } from "./workloads-range";
import { scalarWorkloads } from "./workloads-scalar";
import { tierWorkload } from "./workloads-tier";
import { valueWorkloads } from "./workloads-value";
import { drawFrom, seededRandom } from "./stats";
import type { CellFunction, Workload } from "./workload";

/** The seed of the mix: fixed, so every run times the same argument lists. */
export const MIX_SEED = 20261125;

/** One function's result. */
export interface Throughput {
  workload: Workload;
  callsPerSecond: number;
  baselinePerSecond: number;
  /** How many times slower than the baseline: baseline calls/s ÷ function calls/s. */
  ratio: number;
}

/** Every mix, scalar then range, `count` argument lists each, the same for the same seed. */
export function allWorkloads(seed = MIX_SEED, count = 1000): Workload[] {
  const draw = drawFrom(seededRandom(seed));
  return [
    ...scalarWorkloads(draw, count),
    ...exitScalarWorkloads(draw, count),
    tierWorkload(draw, count),
    ...valueWorkloads(draw, count),
    ...rangeWorkloads(draw, count, seed),
    ...exitRangeWorkloads(draw, count, seed),
  ];
}

/** Numbers agree to 1e-9 relative (the order of floating-point steps may differ); text exactly. */
function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number")
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

function shown(args: readonly unknown[]): string {
  return args.map((a) => (Array.isArray(a) ? `<${a.length}-row range>` : JSON.stringify(a))).join(", ");
}

/** Where `fn` and the workload's baseline first disagree (or `fn` throws), said plainly; undefined when never. */
export function disagreement(fn: CellFunction, workload: Workload): string | undefined {
  for (const args of workload.args) {
    let actual: unknown;
    try {
      actual = fn(...args);
    } catch (error) {
      return `${workload.id}(${shown(args)}) threw ${error instanceof Error ? error.message : String(error)}`;
    }
    const expected = workload.baseline(...args);
    if (!same(actual, expected))
      return `${workload.id}(${shown(args)}) gave ${String(actual)}; the baseline gave ${String(expected)}`;
  }
  return undefined;
}

/** Calls per second of `fn` over the argument lists, looping over them for at least `ms` milliseconds. */
function callsPerSecond(fn: CellFunction, argLists: readonly unknown[][], ms: number): number {
  let calls = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < argLists.length; i++) {
      const result = fn(...argLists[i]);
      // Use every result, so the engine cannot skip the work.
      sink += typeof result === "number" ? result : 1;
    }
    calls += argLists.length;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  if (Number.isNaN(sink)) throw new Error("a timed call returned NaN");
  return calls / (elapsed / 1000);
}

/** Times `fn` and the baseline over the workload, `rounds` interleaved rounds of `ms` each; best round each. */
export function measureThroughput(fn: CellFunction, workload: Workload, rounds = 5, ms = 80): Throughput {
  const problem = disagreement(fn, workload);
  if (problem) throw new Error(`${workload.label}: the function and its baseline disagree: ${problem}.`);
  callsPerSecond(fn, workload.args, ms / 2);
  callsPerSecond(workload.baseline, workload.args, ms / 2);
  let callsPerSecondBest = 0;
  let baselineBest = 0;
  for (let round = 0; round < rounds; round++) {
    callsPerSecondBest = Math.max(callsPerSecondBest, callsPerSecond(fn, workload.args, ms));
    baselineBest = Math.max(baselineBest, callsPerSecond(workload.baseline, workload.args, ms));
  }
  return {
    workload,
    callsPerSecond: callsPerSecondBest,
    baselinePerSecond: baselineBest,
    ratio: baselineBest / callsPerSecondBest,
  };
}

/** The ids no workload covers: a function added without a mix would otherwise go unmeasured. */
export function uncoveredIds(ids: Iterable<string>, workloads: readonly Workload[]): string[] {
  const covered = new Set(workloads.map((w) => w.id));
  return [...ids].filter((id) => !covered.has(id)).sort();
}
