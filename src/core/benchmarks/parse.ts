/**
 * Reads the user's own benchmark rows from a range with a header row: Specialty, Metric, P25, P50, P75,
 * P90 (P10 optional), matched by header name in any case; Source and Year are kept as provenance and any
 * other column is ignored. Every problem is reported with its row number, so the pane can list them all
 * and a formula can say the first.
 */
import { figureFromText, isBlank, isRange, readNumber } from "../cells";
import { type OfferError, badValue } from "../errors";
import { clipped, figure, oneOf, quoted } from "../format";
import { memoByCells } from "../memo";
import { nameKey } from "../names";
import type { PercentilePoint } from "../percentile";
import { findSpecialty } from "../specialties";
import { findMetric } from "./metric-catalog";
import { type Benchmark, benchmarkKey } from "./types";
import { type RowRefusal, type UniqueRowReader, uniqueRowReader } from "../unique-rows";

/** The percentile columns, in order; P10 is optional. */
const PERCENTILES = [10, 25, 50, 75, 90] as const;
const REQUIRED_PERCENTILES = [25, 50, 75, 90] as const;

/** Result of reading a range: the rows that are valid, and one message per problem found. */
export interface ParsedBenchmarks {
  rows: Benchmark[];
  problems: string[];
  /** The data rows among the problems, by row number (header = row 1), for a view that lists each row. */
  refused: Array<{ row: number; message: string }>;
}

/** Column positions found in the header row. */
interface Columns {
  specialty: number;
  metric: number;
  percentiles: Map<number, number>;
  source?: number;
  year?: number;
}

export const EXPECTED_HEADER = "Specialty, Metric, P25, P50, P75, P90 (P10 optional; Source and Year are kept)";

/** "P25", "25th", "25th percentile", "Percentile 25" → 25; "Median" → 50. */
function percentileOfHeader(key: string): number | undefined {
  if (key === "median") return 50;
  const match = /^(?:p|percentile|pctl|pct)?(10|25|50|75|90)(?:th)?(?:percentile|pctl|pct)?$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** Finds the columns, or returns the problem with the header. */
function readHeader(header: readonly unknown[]): Columns | string {
  const keys = header.map((cell) => (typeof cell === "string" ? nameKey(cell) : ""));
  const seen = new Map<string, number>();
  for (const [i, key] of keys.entries()) {
    if (key === "") continue;
    if (seen.has(key)) return `benchmarks header row names the column ${quoted(String(header[i]))} twice.`;
    seen.set(key, i);
  }
  const percentiles = new Map<number, number>();
  keys.forEach((key, i) => {
    const p = percentileOfHeader(key);
    if (p !== undefined && !percentiles.has(p)) percentiles.set(p, i);
  });
  const specialty = seen.get("specialty");
  const metric = seen.get("metric");
  const missing = [
    ...(specialty === undefined ? ["Specialty"] : []),
    ...(metric === undefined ? ["Metric"] : []),
    ...REQUIRED_PERCENTILES.filter((p) => !percentiles.has(p)).map((p) => `P${p}`),
  ];
  if (missing.length > 0 || specialty === undefined || metric === undefined) {
    return `benchmarks header row has no ${oneOf(missing)} column. Expected columns: ${EXPECTED_HEADER}.`;
  }
  return { specialty, metric, percentiles, source: seen.get("source"), year: seen.get("year") };
}

/**
 * Longest text (trimmed) a pasted cell may have to be read as a figure: no figure is anywhere near this
 * long, so a longer cell stays text (a pasted paragraph is never parsed as a number).
 */
export const LONGEST_FIGURE_TEXT = 100;

/** `figureFromText` (cells.ts) for a pasted cell: undefined for text longer than {@link LONGEST_FIGURE_TEXT}. */
export function figureOfText(text: string): number | undefined {
  const trimmed = text.length <= LONGEST_FIGURE_TEXT ? text : text.trim();
  return trimmed.length <= LONGEST_FIGURE_TEXT ? figureFromText(trimmed) : undefined;
}

export type { RowRefusal } from "../unique-rows";

/** Reads one data row; returns the benchmark or the problem. `rowNumber` counts the header as row 1. */
function readRow(row: readonly unknown[], columns: Columns, rowNumber: number): Benchmark | RowRefusal {
  const specialtyText = textCell(row[columns.specialty]);
  const metricText = textCell(row[columns.metric]);
  if (specialtyText === undefined) return { problem: "Specialty must be text." };
  if (metricText === undefined) return { problem: "Metric must be text." };
  if (specialtyText === "") return { problem: "Specialty is blank." };
  if (metricText === "") return { problem: "Metric is blank." };
  const specialty = findSpecialty(specialtyText) ?? specialtyText;
  const metric = findMetric(metricText) ?? metricText;
  const refuse = (problem: string): RowRefusal => ({ problem, name: `${clipped(specialty)} ${clipped(metric)}` });
  const points: PercentilePoint[] = [];
  for (const p of PERCENTILES) {
    const column = columns.percentiles.get(p);
    if (column === undefined) continue;
    let value: number;
    try {
      value = readNumber(row[column], `P${p}`);
    } catch (error) {
      return refuse((error as OfferError).message);
    }
    if (value < 0) return refuse(`P${p} cannot be negative; got ${figure(value)}.`);
    if (value !== 0) points.push({ p, value });
  }
  if (points.length === 0) return refuse(`no percentile values (blank and 0 both mean "not given").`);
  for (let i = 1; i < points.length; i++) {
    if (points[i].value < points[i - 1].value) {
      return refuse(
        `P${points[i].p} (${figure(points[i].value)}) is below P${points[i - 1].p} (${figure(points[i - 1].value)}); percentiles must not decrease.`,
      );
    }
  }
  const year = columns.year === undefined ? undefined : row[columns.year];
  const source = columns.source === undefined ? undefined : textCell(row[columns.source]);
  return {
    specialty,
    metric,
    statistic: points.length === 1 && points[0].p === 50 ? "median" : "percentiles",
    points,
    provenance: {
      source: source || "Your benchmarks",
      year: typeof year === "number" && Number.isInteger(year) && year > 0 ? year : undefined,
      grade: "yours",
      row: rowNumber,
    },
  };
}

/** Text of a cell: "" for blank, undefined for a non-text value. */
function textCell(value: unknown): string | undefined {
  if (isBlank(value)) return "";
  return typeof value === "string" ? value.trim() : undefined;
}

/** True when the argument is absent or a single blank cell (the blank-cell rule for optional ranges). */
function isAbsent(range: unknown): boolean {
  if (range === null || range === undefined) return true;
  return isRange(range) && range.every((row) => row.every(isBlank));
}

/** A refused row as a formula and the Benchmarks table's problem list say it. */
export function refusalMessage(row: number, { problem, name, repeats }: RowRefusal): string {
  if (repeats !== undefined) return `benchmarks rows ${repeats} and ${row} both give ${name}; keep one.`;
  return name === undefined ? `benchmarks row ${row}: ${problem}` : `benchmarks row ${row} (${name}): ${problem}`;
}

/** Reads a table's data rows one at a time (see unique-rows.ts); a repeated specialty and metric is refused. */
export type BenchmarkRowReader = UniqueRowReader<Benchmark>;

/** A reader of the data rows under `header`, or the problem with the header. */
export function benchmarkRowReader(header: readonly unknown[]): BenchmarkRowReader | string {
  const columns = readHeader(header);
  if (typeof columns === "string") return columns;
  return uniqueRowReader(
    (row, rowNumber) => readRow(row, columns, rowNumber),
    (result): result is Benchmark => "points" in result,
    (b) => ({ key: benchmarkKey(b.specialty, b.metric), name: `${b.specialty} ${b.metric}` }),
  );
}

/** Reads every row of a benchmarks range, collecting each problem. */
export function parseBenchmarks(range: unknown): ParsedBenchmarks {
  if (isAbsent(range)) return { rows: [], problems: [], refused: [] };
  if (!isRange(range)) {
    return { rows: [], problems: [`benchmarks must be a range with a header row: ${EXPECTED_HEADER}.`], refused: [] };
  }
  const reader = benchmarkRowReader(range[0]);
  if (typeof reader === "string") return { rows: [], problems: [reader], refused: [] };
  const rows: Benchmark[] = [];
  const problems: string[] = [];
  const refused: ParsedBenchmarks["refused"] = [];
  for (let i = 1; i < range.length; i++) {
    const rowNumber = i + 1;
    // A hole in a sparse array is no row (as forEach skipped it).
    const result = i in range ? reader.read(range[i], rowNumber) : undefined;
    if (result === undefined) continue;
    if ("points" in result) {
      rows.push(result);
    } else {
      const message = refusalMessage(rowNumber, result);
      problems.push(message);
      refused.push({ row: rowNumber, message });
    }
  }
  return { rows, problems, refused };
}

/**
 * The rows of every absent, blank or header-only table: one shared array, not a fresh one per call. The
 * benchmark look-up indexes rows by array identity (lookup.ts), so a fresh array would be indexed anew by
 * every formula given no table, which is most of them.
 */
export const NO_BENCHMARKS: readonly Benchmark[] = Object.freeze([]);

/** Reads a benchmarks range for a formula: any problem makes the whole range #VALUE!, first problem first. */
function readBenchmarksOnce(range: unknown): readonly Benchmark[] {
  const { rows, problems } = parseBenchmarks(range);
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw badValue(`${problems[0]}${more}`);
  }
  return rows.length === 0 ? NO_BENCHMARKS : Object.freeze(rows);
}

/**
 * {@link readBenchmarksOnce}, memoised on the range's contents: the same table passed to many formulas
 * is parsed once. The rows are frozen because every caller shares them.
 */
export const readBenchmarks: (range: unknown) => readonly Benchmark[] = memoByCells(readBenchmarksOnce);
