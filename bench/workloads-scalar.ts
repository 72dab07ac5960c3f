/**
 * Throughput mixes for the OFFER functions called with single cells, each with its inline baseline.
 * Values are in the ranges offers take (bases of $200k–$700k, 3,000–9,000 wRVUs, 12–48 month
 * forgiveness); optional arguments are blank about half the time.
 */
import { benchmarkValue, findBenchmark } from "../src/core/benchmarks/lookup";
import {
  FLEX_POINTS,
  MARKET_POINTS,
  SCARCITY_BASELINE,
  resolveFlexibility,
  resolveMarket,
  scarcityBreakdown,
} from "../src/core/scarcity";
import { whyText } from "../src/core/scarcity/why-text";
import type { Draw } from "./stats";
import { type Num, SPECIALTY_BY_KEY, TYPED_SPECIALTIES, type Workload, inline, keyOf, listOf, maybe } from "./workload";

const MARKETS_TYPED = ["rural", "Rural", "secondary", "metro", "Metro", "saturated metro", "Saturated metro", "urban"];
const FLEX_TYPED = [
  "nights",
  "nights, weekends",
  "call",
  "rural, telehealth",
  "procedures; start date",
  "outreach clinics, call",
  "Weekends",
];
const SHIPPED_METRICS_TYPED = [
  "TotalComp",
  "Total Compensation",
  "StartingSalary",
  "Starting Salary",
  "SignOn",
  "Relocation",
  "CME",
  "BLSWage",
];

/** Canonical market and flexibility items by the key of each typed form above (set-up, not timed). */
const MARKET_BY_KEY = new Map(MARKETS_TYPED.map((typed) => [keyOf(typed), resolveMarket(typed)!]));
const FLEX_BY_KEY = new Map(
  FLEX_TYPED.flatMap((list) => list.split(/[,;]/)).map((item) => [keyOf(item), resolveFlexibility(item)[0]]),
);

function totalComp(draw: Draw, count: number): Workload {
  return {
    id: "TOTALCOMP",
    label: "TOTALCOMP",
    kind: "scalar",
    args: listOf(draw, count, (blank) => {
      const wrvus = draw.chance(0.5) ? draw.int(3000, 9000) : blank;
      return [
        draw.int(200, 700) * 1000,
        maybe(draw, 0.7, draw.int(0, 100) * 1000, blank),
        maybe(draw, 0.6, draw.int(5, 25) * 1000, blank),
        wrvus,
        wrvus ? maybe(draw, 0.9, draw.int(3500, 8000) / 100, blank) : blank,
        maybe(draw, 0.6, draw.int(3500, 7000), blank),
        maybe(draw, 0.4, draw.int(0, 60) * 1000, blank),
        maybe(draw, 0.5, draw.int(1, 5), blank),
      ];
    }),
    baseline: inline(
      (base: Num, signOn: Num, relocation: Num, wrvus: Num, rate: Num, threshold: Num, other: Num, years: Num) => {
        const b = base || 0;
        const w = wrvus || 0;
        const d = rate || 0;
        const bonus = w && d ? Math.max(0, w - (threshold || b / d)) * d : 0;
        return b + bonus + (other || 0) + ((signOn || 0) + (relocation || 0)) / (years || 1);
      },
    ),
  };
}

function clawback(draw: Draw, count: number): Workload {
  return {
    id: "CLAWBACK",
    label: "CLAWBACK",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.int(10, 100) * 1000,
      draw.pick([12, 24, 36, 48]),
      maybe(draw, 0.9, draw.int(0, 600) / 10, blank),
    ]),
    baseline: inline(
      (amount: number, months: number, served: Num) =>
        (amount * (months - Math.min(Math.floor(served || 0), months))) / months,
    ),
  };
}

function callPay(draw: Draw, count: number): Workload {
  return {
    id: "CALLPAY",
    label: "CALLPAY",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.int(1, 10),
      draw.int(2, 20) * 100,
      maybe(draw, 0.5, draw.int(1, 4), blank),
    ]),
    baseline: inline(
      (shifts: number, rate: number, included: Num) => Math.max(0, shifts - (included || 0)) * rate * 12,
    ),
  };
}

function hourly(draw: Draw, count: number): Workload {
  return {
    id: "HOURLY",
    label: "HOURLY",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.int(200, 700) * 1000,
      draw.int(35, 80),
      maybe(draw, 0.5, draw.int(44, 50), blank),
      maybe(draw, 0.5, draw.int(1, 800), blank),
    ]),
    baseline: inline(
      (pay: number, hours: number, weeks: Num, callHours: Num) => pay / (hours * (weeks || 48) + (callHours || 0)),
    ),
  };
}

function wrvuGapNumber(draw: Draw, count: number): Workload {
  return {
    id: "WRVUGAP",
    label: "WRVUGAP, expected wRVUs as a number",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [draw.int(3500, 8000), draw.int(3000, 9000), blank, blank, null]),
    baseline: inline((threshold: number, expected: number) => threshold - expected),
  };
}

function scarcity(draw: Draw, count: number): Workload {
  return {
    id: "SCARCITY",
    label: "SCARCITY",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.pick(TYPED_SPECIALTIES),
      maybe(draw, 0.7, draw.pick(MARKETS_TYPED), blank),
      maybe(draw, 0.4, draw.pick(FLEX_TYPED), blank),
    ]),
    baseline: inline((specialty: string, market: string | null, flexibility: string | null) => {
      const m = market ? MARKET_BY_KEY.get(keyOf(market))! : undefined;
      let score =
        SCARCITY_BASELINE[SPECIALTY_BY_KEY.get(keyOf(specialty))!].score + (m === undefined ? 0 : MARKET_POINTS[m]);
      if (flexibility) {
        for (const typed of flexibility.split(/[,;]/)) {
          const item = FLEX_BY_KEY.get(keyOf(typed))!;
          if (!(item === "rural" && m === "rural")) score += FLEX_POINTS[item];
        }
      }
      return Math.min(100, Math.max(0, score));
    }),
  };
}

/** States as people type them: codes, names, any case; blank a quarter of the time (the national score). */
const STATES_TYPED = ["TX", "Texas", "ca", "New York", "OH", "Mississippi", "NM", "Massachusetts", "DC", "idaho"];

function scarcityWhy(draw: Draw, count: number): Workload {
  return {
    id: "SCARCITYWHY",
    label: "SCARCITYWHY, with a state",
    kind: "scalar",
    args: listOf(draw, count, (blank) => [
      draw.pick(TYPED_SPECIALTIES),
      maybe(draw, 0.7, draw.pick(MARKETS_TYPED), blank),
      maybe(draw, 0.4, draw.pick(FLEX_TYPED), blank),
      maybe(draw, 0.75, draw.pick(STATES_TYPED), blank),
      null,
    ]),
    // The core's breakdown and its text, without the argument reading: what the function adds is that.
    baseline: inline((specialty: string, market: string | null, flexibility: string | null, state: unknown) =>
      whyText(
        scarcityBreakdown({
          specialty: SPECIALTY_BY_KEY.get(keyOf(specialty))!,
          market: market ? resolveMarket(market) : undefined,
          flexibility: flexibility ? resolveFlexibility(flexibility) : [],
          state: typeof state === "string" ? state : undefined,
        }),
      ),
    ),
  };
}

function specialty(draw: Draw, count: number): Workload {
  return {
    id: "SPECIALTY",
    label: "SPECIALTY",
    kind: "scalar",
    args: listOf(draw, count, () => [draw.pick(TYPED_SPECIALTIES)]),
    baseline: inline((typed: string) => SPECIALTY_BY_KEY.get(keyOf(typed))!),
  };
}

/** Shipped figures (no table of the user's) by the keys of typed specialty and metric, and the typed pairs that have one. */
function shippedAnswers<T>(answer: (specialty: string, metric: string) => T): {
  byKey: Map<string, Map<string, T>>;
  pairs: Array<[string, string]>;
} {
  const byKey = new Map<string, Map<string, T>>();
  const pairs: Array<[string, string]> = [];
  for (const s of TYPED_SPECIALTIES) {
    for (const m of SHIPPED_METRICS_TYPED) {
      let value: T;
      try {
        value = answer(s, m);
      } catch {
        continue; // No public figure ships for this pair (#N/A): not part of the mix.
      }
      if (!byKey.has(keyOf(s))) byKey.set(keyOf(s), new Map());
      byKey.get(keyOf(s))!.set(keyOf(m), value);
      pairs.push([s, m]);
    }
  }
  return { byKey, pairs };
}

function benchmarkShipped(draw: Draw, count: number): Workload {
  const { byKey, pairs } = shippedAnswers((s, m) => benchmarkValue(findBenchmark(s, m)));
  return {
    id: "BENCHMARK",
    label: "BENCHMARK, shipped figures",
    kind: "scalar",
    // An omitted range argument reaches the function as null on every platform.
    args: listOf(draw, count, (blank) => [...draw.pick(pairs), blank, null]),
    baseline: inline((s: string, m: string) => byKey.get(keyOf(s))!.get(keyOf(m))!),
  };
}

function benchmarkSourceShipped(draw: Draw, count: number): Workload {
  const { byKey, pairs } = shippedAnswers((s, m) => findBenchmark(s, m));
  return {
    id: "BENCHMARKSOURCE",
    label: "BENCHMARKSOURCE, shipped figures",
    kind: "scalar",
    args: listOf(draw, count, () => [...draw.pick(pairs), null]),
    // The line written out from the row's fields, as describeBenchmark does for a shipped row.
    baseline: inline((s: string, m: string) => {
      const b = byKey.get(keyOf(s))!.get(keyOf(m))!;
      const { source, year, grade, url, note } = b.provenance;
      let line = `${b.specialty} ${b.metric}: ${source}`;
      if (year !== undefined) line += ` · ${year} data`;
      line += ` · ${b.statistic} · grade ${grade}`;
      if (url) line += ` · ${url}`;
      if (note) line += ` · ${note}`;
      return line;
    }),
  };
}

/** Every scalar mix, `count` argument lists each. */
export function scalarWorkloads(draw: Draw, count: number): Workload[] {
  return [
    totalComp,
    clawback,
    callPay,
    hourly,
    wrvuGapNumber,
    scarcity,
    scarcityWhy,
    specialty,
    benchmarkShipped,
    benchmarkSourceShipped,
  ].map((make) => make(draw, count));
}
