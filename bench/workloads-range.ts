/**
 * Throughput mixes for the OFFER functions given a range: a tiered schedule (a few rows) and the
 * 1,000-row Benchmarks table. Each call gets one of several cell-for-cell copies of the table, as Excel
 * hands every formula a fresh copy, so nothing can be cached on the array itself. The baselines find the
 * row by a straight scan and interpolate inline.
 */
import { benchmarksRange, copyRange, subspecialtyName } from "./benchmarks-table";
import type { Draw } from "./stats";
import {
  type Num,
  SPECIALTY_BY_KEY,
  TYPED_SPECIALTIES,
  type Workload,
  canonicalMetric,
  inline,
  keyOf,
  listOf,
  maybe,
} from "./workload";

/** The percentile of each percentile column of the table (P10, P25, P50, P75, P90: columns 2–6). */
const COLUMN_P = [10, 25, 50, 75, 90];
const FIRST_P_COLUMN = 2;
const METRICS_TYPED = ["wRVU", "CompPerWrvu", "TotalComp", "Work RVUs", "Comp per wRVU"];
/** Canonical metric by the key of each typed form (set-up, not timed). */
const METRIC_BY_KEY = new Map(METRICS_TYPED.map((typed) => [keyOf(typed), canonicalMetric(typed)]));
/** Subspecialties drawn from: the 1,000-row table has rows for the first 312. */
const SUBSPECIALTIES = 300;

/** Specialties for a table look-up: mostly Leverage's, sometimes a subspecialty only the user's rows name. */
function typedSpecialty(draw: Draw): string {
  return draw.chance(0.2) ? subspecialtyName(draw.int(1, SUBSPECIALTIES)) : draw.pick(TYPED_SPECIALTIES);
}

/** Leverage's name for a typed specialty; the user's own subspecialty names are used as typed. */
function canonicalSpecialty(typed: string): string {
  return SPECIALTY_BY_KEY.get(keyOf(typed)) ?? typed;
}

/** The data row for a specialty and metric, by a straight scan. */
function rowOf(table: readonly (readonly unknown[])[], specialty: string, metric: string): readonly unknown[] {
  for (let i = 1; i < table.length; i++) if (table[i][0] === specialty && table[i][1] === metric) return table[i];
  throw new Error(`bench: no ${specialty} ${metric} row`);
}

// Scratch arrays for a row's known points: the baseline allocates nothing per call.
const ps = [0, 0, 0, 0, 0];
const vs = [0, 0, 0, 0, 0];

/** Loads a row's known points (blank and 0 mean not given) into ps/vs; returns how many. */
function loadPoints(row: readonly unknown[]): number {
  let n = 0;
  for (let c = 0; c < COLUMN_P.length; c++) {
    const v = row[FIRST_P_COLUMN + c];
    if (typeof v === "number" && v !== 0) {
      ps[n] = COLUMN_P[c];
      vs[n] = v;
      n++;
    }
  }
  return n;
}

/** The value at percentile p, straight lines between known points (the mixes ask only within them). */
export function valueAt(row: readonly unknown[], p: number): number {
  const n = loadPoints(row);
  for (let i = 0; i < n; i++) if (ps[i] === p) return vs[i];
  let i = 1;
  while (i < n - 1 && ps[i] < p) i++;
  return Math.max(0, vs[i - 1] + ((vs[i] - vs[i - 1]) * (p - ps[i - 1])) / (ps[i] - ps[i - 1]));
}

/** The percentile at which a value falls, clamped to 0–100. */
function percentileAt(row: readonly unknown[], value: number): number {
  const n = loadPoints(row);
  let i = 1;
  while (i < n - 1 && vs[i] < value) i++;
  if (vs[i - 1] === vs[i]) return (ps[i - 1] + ps[i]) / 2;
  return Math.min(100, Math.max(0, ps[i - 1] + ((ps[i] - ps[i - 1]) * (value - vs[i - 1])) / (vs[i] - vs[i - 1])));
}

/** Cycles through copies of the table, one per call. */
export function tableCopies(table: unknown[][], copies: number): () => unknown[][] {
  const pool = Array.from({ length: copies }, () => copyRange(table));
  let next = 0;
  return () => pool[next++ % pool.length];
}

function wrvuGapTable(draw: Draw, count: number, table: () => unknown[][]): Workload {
  return {
    id: "WRVUGAP",
    label: "WRVUGAP, specialty + 1,000-row table",
    kind: "range",
    args: listOf(draw, count, (blank) => [
      draw.int(3500, 8000),
      typedSpecialty(draw),
      maybe(draw, 0.5, draw.pick([25, 50, 60, 75, 90]), blank),
      maybe(draw, 0.4, draw.pick([1, 0.8, 0.5, 1.2]), blank),
      table(),
    ]),
    baseline: inline((threshold: number, specialty: string, percentile: Num, fte: Num, range: unknown[][]) => {
      return threshold - valueAt(rowOf(range, canonicalSpecialty(specialty), "wRVU"), percentile || 50) * (fte || 1);
    }),
  };
}

function wrvuPctlTable(draw: Draw, count: number, table: () => unknown[][]): Workload {
  return {
    id: "WRVUPCTL",
    label: "WRVUPCTL, 1,000-row table",
    kind: "range",
    args: listOf(draw, count, () => [draw.int(2500, 11000), typedSpecialty(draw), table()]),
    baseline: inline((wrvus: number, specialty: string, range: unknown[][]) =>
      percentileAt(rowOf(range, canonicalSpecialty(specialty), "wRVU"), wrvus),
    ),
  };
}

function benchmarkTable(draw: Draw, count: number, table: () => unknown[][]): Workload {
  return {
    id: "BENCHMARK",
    label: "BENCHMARK, 1,000-row table",
    kind: "range",
    args: listOf(draw, count, (blank) => [
      typedSpecialty(draw),
      draw.pick(METRICS_TYPED),
      // P25 to P90 only: some rows leave P10 blank, and BENCHMARK refuses a percentile beyond a row's points.
      maybe(draw, 0.6, draw.pick([25, 50, 60, 75, 90]), blank),
      table(),
    ]),
    baseline: inline((specialty: string, metric: string, percentile: Num, range: unknown[][]) => {
      return valueAt(rowOf(range, canonicalSpecialty(specialty), METRIC_BY_KEY.get(keyOf(metric))!), percentile || 50);
    }),
  };
}

/** Tiered schedules as typed in the grid; one has a blank row left at the end of its range. */
const SCHEDULES: readonly (readonly (readonly unknown[])[])[] = [
  [
    [0, 0],
    [4800, 45],
    [6000, 50],
  ],
  [
    [0, 0],
    [4000, 40],
    [5000, 45],
    [6500, 52],
  ],
  [
    [0, 38],
    [5200, 48],
  ],
  [
    [0, 0],
    [4500, 46],
    [5500, 51],
    ["", ""],
  ],
];

function tieredPay(draw: Draw, count: number): Workload {
  return {
    id: "TIEREDPAY",
    label: "TIEREDPAY, 2–4 tier rows",
    kind: "range",
    args: listOf(draw, count, () => [draw.int(3000, 9000), copyRange(draw.pick(SCHEDULES))]),
    baseline: inline((wrvus: number, tiers: unknown[][]) => {
      let end = tiers.length;
      while (end > 1 && tiers[end - 1][0] === "" && tiers[end - 1][1] === "") end--;
      let pay = 0;
      for (let i = 0; i < end; i++) {
        const from = tiers[i][0] as number;
        const upper = i + 1 < end ? (tiers[i + 1][0] as number) : Infinity;
        if (wrvus <= from) break;
        pay += (Math.min(wrvus, upper) - from) * (tiers[i][1] as number);
      }
      return pay;
    }),
  };
}

/** Every range mix, `count` argument lists each, over the 1,000-row table made from `seed`. */
export function rangeWorkloads(draw: Draw, count: number, seed: number): Workload[] {
  const table = tableCopies(benchmarksRange(1000, seed), 4);
  return [
    tieredPay(draw, count),
    wrvuGapTable(draw, count, table),
    wrvuPctlTable(draw, count, table),
    benchmarkTable(draw, count, table),
  ];
}
