/**
 * A formula with a name Leverage does not know costs about what one with a known name does. An unknown
 * specialty used to rerun the "did you mean" search on every call; Excel recalculates the same formula
 * over and over, so the suggestion is now worked out once per distinct name and table. Measured through
 * the built bundle, each call given its own copy of the 1,000-row table as Excel gives it, known and
 * unknown interleaved round by round so both see the same machine load; the best round of each counts.
 */
import { benchmarksRange, copyRange } from "./benchmarks-table";
import type { CellFunction } from "./workload";

/** One comparison: the same function with a known and an unknown name. */
export interface NamePair {
  label: string;
  id: string;
  /**
   * Judged against the budget (the case: a 1,000-row table, where "did you mean" used to cost
   * milliseconds); otherwise reported. Without a table an unknown name's cost is the Excel error itself
   * (an Error object a call, a few microseconds), against a known name's 2 µs.
   */
  budgeted: boolean;
  known: readonly unknown[];
  unknown: readonly unknown[];
}

/** Calls per round, and rounds. */
const CALLS = 400;
const ROUNDS = 7;

/** The pairs measured: a table look-up and a scarcity score, each with a misspelt or missing specialty. */
export function namePairs(): NamePair[] {
  const table = benchmarksRange(1000, 7);
  return [
    {
      label: "BENCHMARK, 1,000-row table",
      id: "BENCHMARK",
      budgeted: true,
      known: ["Psychiatry", "wRVU", 50, table],
      unknown: ["Nephrology of the Upper Midwest", "wRVU", 50, table],
    },
    {
      label: "SCARCITY",
      id: "SCARCITY",
      budgeted: false,
      known: ["Psychiatry", "rural"],
      unknown: ["Nephrolgy", "rural"],
    },
  ];
}

/** Milliseconds for `CALLS` calls, each with fresh copies of its range arguments; errors count as calls. */
function timeCalls(fn: CellFunction, args: readonly unknown[]): number {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const fresh = args.map((a) => (Array.isArray(a) ? copyRange(a) : a));
    try {
      fn(...fresh);
    } catch {
      // An unknown name is an Excel error (#N/A with "did you mean"): that is the call being timed.
    }
  }
  return performance.now() - start;
}

/** Microseconds per call for the known and the unknown name, and how many times slower the unknown is. */
export function measureNamePair(
  fn: CellFunction,
  pair: NamePair,
): { knownUs: number; unknownUs: number; ratio: number } {
  let known = Infinity;
  let unknown = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    known = Math.min(known, timeCalls(fn, pair.known));
    unknown = Math.min(unknown, timeCalls(fn, pair.unknown));
  }
  const perCall = (ms: number) => (ms * 1000) / CALLS;
  return { knownUs: perCall(known), unknownUs: perCall(unknown), ratio: unknown / known };
}
