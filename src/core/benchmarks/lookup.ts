/**
 * Finding a benchmark and reading a figure from it. A row for the specialty beats an "All specialties"
 * row; at the same level the user's own rows beat shipped ones.
 */
import { notAvailable } from "../errors";
import { clipped, dollars, figure, quoted } from "../format";
import { memoByReference } from "../memo";
import { type NameAlias, nameKey, suggestNames } from "../names";
import { requireReadableName } from "../name-letters";
import { type PercentilePlacement, percentileOfValue, placeAmongPercentiles, valueAtPercentile } from "../percentile";
import { findSpecialty, resolveSpecialty } from "../specialties";
import { METRICS, METRIC_ALIASES, findMetric, metricInfo } from "./metric-catalog";
import { SHIPPED_BENCHMARKS } from "./shipped";
import { ALL_SPECIALTIES, type Benchmark, benchmarkKey } from "./types";

const ADD_YOUR_OWN =
  "Add a row for it (Specialty, Metric, P25, P50, P75, P90) to your Benchmarks table and pass the table as the benchmarks argument.";

/** Rows by {@link benchmarkKey}, built once per rows array (the first row for a key wins). */
const INDEXES = new WeakMap<readonly Benchmark[], Map<string, Benchmark>>();

function lookup(rows: readonly Benchmark[], specialty: string, metric: string): Benchmark | undefined {
  // No rows, no index: callers without a table often pass a fresh [] (a default argument), and a
  // WeakMap entry per empty array would be built, and thrown away, on every call.
  if (rows.length === 0) return undefined;
  let index = INDEXES.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const key = benchmarkKey(row.specialty, row.metric);
      if (!index.has(key)) index.set(key, row);
    }
    INDEXES.set(rows, index);
  }
  return index.get(benchmarkKey(specialty, metric));
}

/** The names in the user's rows, gathered once per rows array for the look-ups below. */
interface UserNames {
  /** Each row's specialty, each name once, in row order: passed to resolveSpecialty as its extra names. */
  specialties: readonly string[];
  /** The user's metric names by key; the first row's name for a key wins. */
  metricByKey: ReadonlyMap<string, string>;
  /** The metric catalogue's aliases and then the user's metric names, for suggestions. */
  metricAliases: readonly NameAlias[];
}

const NO_USER_NAMES: UserNames = { specialties: [], metricByKey: new Map(), metricAliases: METRIC_ALIASES };

/**
 * By rows array: the formulas' rows come memoised by table contents (readBenchmarks), so one table's
 * names are keyed once, and the same candidate arrays reach the suggestion cache (names.ts) on every call.
 */
const namesOfRows = memoByReference((rows: readonly Benchmark[]): UserNames => {
  const metricByKey = new Map<string, string>();
  const ownMetrics: NameAlias[] = [];
  for (const row of rows) {
    const key = nameKey(row.metric);
    if (!metricByKey.has(key)) {
      metricByKey.set(key, row.metric);
      ownMetrics.push({ key, canonical: row.metric });
    }
  }
  return {
    specialties: Object.freeze([...new Set(rows.map((row) => row.specialty))]),
    metricByKey,
    metricAliases: Object.freeze([...METRIC_ALIASES, ...ownMetrics]),
  };
});

function userNames(rows: readonly Benchmark[]): UserNames {
  return rows.length === 0 ? NO_USER_NAMES : namesOfRows(rows);
}

/**
 * The canonical metric for typed text, accepting the user's own metric names; #N/A when unknown, #VALUE!
 * when it holds letters Leverage cannot read as Latin.
 */
function resolveMetric(typed: string, userRows: readonly Benchmark[]): string {
  const known = findMetric(typed);
  if (known) return known;
  const key = nameKey(typed);
  const names = userNames(userRows);
  const own = names.metricByKey.get(key);
  if (own !== undefined) return own;
  if (key === "") throw notAvailable("metric is blank: give a metric such as TotalComp, StartingSalary or wRVU.");
  requireReadableName(typed, "metric");
  const suggestions = suggestNames(key, names.metricAliases);
  const hint = suggestions.length
    ? `Did you mean ${suggestions.join(" or ")}?`
    : `Known metrics: ${METRICS.map((m) => m.name).join(", ")}.`;
  throw notAvailable(`Unknown metric ${quoted(typed)}. ${hint}`);
}

/** The "All specialties" row for a canonical metric (the user's row first), or undefined when there is none. */
export function allSpecialtiesBenchmark(metric: string, userRows: readonly Benchmark[] = []): Benchmark | undefined {
  return lookup(userRows, ALL_SPECIALTIES, metric) ?? lookup(SHIPPED_BENCHMARKS, ALL_SPECIALTIES, metric);
}

/** The benchmark for a typed specialty and metric; #N/A saying what is missing and how to add it. */
export function findBenchmark(
  specialtyTyped: string,
  metricTyped: string,
  userRows: readonly Benchmark[] = [],
): Benchmark {
  const metric = resolveMetric(metricTyped, userRows);
  const specialty = findSpecialty(specialtyTyped) ?? resolveSpecialty(specialtyTyped, userNames(userRows).specialties);
  const found =
    lookup(userRows, specialty, metric) ??
    lookup(SHIPPED_BENCHMARKS, specialty, metric) ??
    allSpecialtiesBenchmark(metric, userRows);
  if (found) return found;
  const info = metricInfo(metric);
  if (!info) throw notAvailable(`Your benchmarks have no ${clipped(metric)} row for ${clipped(specialty)}.`);
  throw notAvailable(
    `No public ${metric} benchmark for ${clipped(specialty)} ships with Leverage: ${info.missing}. ${ADD_YOUR_OWN}`,
  );
}

/** "Psychiatry TotalComp", for messages: a user's own names are cut to a message's length (format.ts). */
function label(b: Benchmark): string {
  return `${clipped(b.specialty)} ${clipped(b.metric)}`;
}

/**
 * The benchmark figure at a percentile (0–100), or its headline figure when no percentile is asked
 * (the mean or starting offer, else the median).
 */
export function benchmarkValue(b: Benchmark, percentile?: number): number {
  if (percentile === undefined) {
    if (b.value !== undefined) return b.value;
    return pointsValue(b, 50);
  }
  if (b.points.length === 0) {
    throw notAvailable(
      `The ${label(b)} benchmark is a ${b.statistic} (${formatValue(b)}, ${sourceName(b)}), not a percentile set: leave percentile blank to use it, or add your own percentiles to a Benchmarks table.`,
    );
  }
  return pointsValue(b, percentile);
}

function pointsValue(b: Benchmark, percentile: number): number {
  if (b.points.length === 1) {
    const [only] = b.points;
    if (only.p === percentile) return only.value;
    throw notAvailable(
      `Only P${only.p} is known for ${label(b)}, so P${figure(percentile)} cannot be estimated; add more percentiles to your Benchmarks table.`,
    );
  }
  return valueAtPercentile(b.points, percentile);
}

/** The percentile (0–100) at which a figure falls in the benchmark's distribution. */
export function benchmarkPercentile(b: Benchmark, value: number): number {
  requireTwoPoints(b);
  return percentileOfValue(b.points, value);
}

/** #N/A unless the benchmark has the two points a percentile needs. */
function requireTwoPoints(b: Benchmark): void {
  if (b.points.length < 2) {
    throw notAvailable(
      `${label(b)} has ${b.points.length === 0 ? `only a ${b.statistic}` : `only P${b.points[0].p}`}, so a percentile cannot be placed; add at least two percentiles (e.g. P25 and P75) to your Benchmarks table.`,
    );
  }
}

/**
 * Where a figure sits among the benchmark's percentile points, in terms the data supports (below the lowest
 * point, above the highest, at a point, within a tie, or between two points): what every sentence that
 * names a percentile uses. Same #N/A as {@link benchmarkPercentile} when there are fewer than two points.
 */
export function benchmarkPlacement(b: Benchmark, value: number): PercentilePlacement {
  requireTwoPoints(b);
  return placeAmongPercentiles(b.points, value);
}

/** The source of a benchmark for a message: shipped sources in full, the user's own cut as typed text is. */
function sourceName(b: Benchmark): string {
  return b.provenance.grade === "yours" ? clipped(b.provenance.source) : b.provenance.source;
}

function formatValue(b: Benchmark): string {
  const value = b.value ?? 0;
  return b.metric === "wRVU" ? figure(value) : dollars(value);
}

/** One line naming where a benchmark comes from: source, data year, statistic, grade, link, caveat. */
export function describeBenchmark(b: Benchmark): string {
  const { source, year, grade, url, note, row } = b.provenance;
  const statistic =
    b.statistic === "percentiles" ? `percentiles ${b.points.map((pt) => `P${pt.p}`).join("/")}` : b.statistic;
  const parts = [
    `${b.specialty} ${b.metric}: ${source}${row !== undefined ? ` (row ${row})` : ""}`,
    year !== undefined ? `${year} data` : undefined,
    statistic,
    grade === "yours" ? "your data" : `grade ${grade}`,
    url,
    note,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(" · ");
}
