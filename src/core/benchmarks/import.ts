/**
 * Importing benchmark rows the user pastes (copied from a survey report they license, a spreadsheet or a
 * CSV file) into the workbook's Benchmarks table. The paste is read as a table, checked with the same
 * parser the OFFER formulas use, and split into rows accepted (new, or replacing a row already in the
 * table) and rows refused, each with its reason. Nothing is written here: the workbook store does that.
 */
import { figureFromText } from "../cells";
import { nameKey } from "../names";
import { EXPECTED_HEADER, parseBenchmarks } from "./parse";
import { type Benchmark, benchmarkKey } from "./types";

/** The Benchmarks table the add-in creates: exactly the columns the formulas' `benchmarks` argument reads. */
export const BENCHMARKS_TABLE = "Benchmarks";
export const BENCHMARKS_SHEET = "Benchmarks";
export const BENCHMARKS_HEADER: readonly string[] = [
  "Specialty",
  "Metric",
  "P10",
  "P25",
  "P50",
  "P75",
  "P90",
  "Source",
  "Year",
];
const DEFAULT_PASTE_HEADER = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];

/** A cell of the Benchmarks table. */
export type BenchmarkCell = string | number;

/** A benchmark row as the cells of the Benchmarks table ("" for a percentile not given). */
export function benchmarkToCells(b: Benchmark): BenchmarkCell[] {
  const at = (p: number) => b.points.find((point) => point.p === p)?.value ?? "";
  const source = b.provenance.source === "Your benchmarks" ? "" : b.provenance.source;
  return [b.specialty, b.metric, at(10), at(25), at(50), at(75), at(90), source, b.provenance.year ?? ""];
}

/** "$45.34", "4,763", "12%" → a number; other text stays text (trimmed). */
function pastedCell(text: string): BenchmarkCell {
  return figureFromText(text) ?? text.trim();
}

/** Splits one CSV line, honouring double quotes ("4,763" stays one cell). */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * Reads pasted text as rows of cells: tab-separated when the text has tabs (what Excel, Sheets and most
 * PDF viewers copy), else comma-separated. Blank lines are dropped.
 */
export function readPastedTable(text: string): BenchmarkCell[][] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const tabbed = text.includes("\t");
  return lines.map((line) => (tabbed ? line.split("\t") : splitCsv(line)).map(pastedCell));
}

/** A row that will be written, and the existing row it replaces, if any. */
export interface AcceptedRow {
  /** Line of the paste (the first line is 1). */
  line: number;
  benchmark: Benchmark;
  replaces: boolean;
}

/** A row that will not be written, and why. */
export interface RefusedRow {
  line: number;
  reason: string;
}

/** What an import would do. `problem` is set when nothing can be read at all (no usable header). */
export interface ImportCheck {
  accepted: AcceptedRow[];
  refused: RefusedRow[];
  /** Set when the paste had no header row and the default column order was assumed. */
  assumedHeader?: string;
  problem?: string;
}

function hasHeader(row: readonly BenchmarkCell[]): boolean {
  return row.some((cell) => typeof cell === "string" && ["specialty", "metric"].includes(nameKey(cell)));
}

/** A parser message restated for a list of pasted lines: no "benchmarks row N" prefix, lines not rows. */
function reasonOf(message: string, offset: number): string {
  const duplicate = /^benchmarks rows (\d+) and \d+ both give (.*); keep one\.$/.exec(message);
  if (duplicate) return `Repeats ${duplicate[2]} from line ${Number(duplicate[1]) - offset}; keep one.`;
  return message.replace(/^benchmarks row \d+ \(([^)]*)\): /, "$1: ").replace(/^benchmarks row \d+: /, "");
}

/** Checks pasted rows against the rules of the Benchmarks table and the rows already in it. */
export function checkImport(
  pasted: readonly (readonly BenchmarkCell[])[],
  existing: readonly Benchmark[],
): ImportCheck {
  const rows = pasted.filter((row) => row.some((cell) => cell !== ""));
  if (rows.length === 0)
    return {
      accepted: [],
      refused: [],
      problem: "Nothing to import: paste rows with a Specialty, a Metric and P25, P50, P75, P90.",
    };
  const headed = hasHeader(rows[0]);
  // Without a header the lines are shifted by one: the assumed header becomes row 1.
  const range = headed ? rows : [DEFAULT_PASTE_HEADER, ...rows];
  const offset = headed ? 0 : 1;
  const parsed = parseBenchmarks(range);
  if (parsed.rows.length === 0 && parsed.refused.length === 0 && parsed.problems.length > 0) {
    return { accepted: [], refused: [], problem: `${parsed.problems[0]} Expected: ${EXPECTED_HEADER}.` };
  }
  const existingKeys = new Set(existing.map((b) => benchmarkKey(b.specialty, b.metric)));
  return {
    accepted: parsed.rows.map((benchmark) => ({
      line: (benchmark.provenance.row ?? 0) - offset,
      benchmark,
      replaces: existingKeys.has(benchmarkKey(benchmark.specialty, benchmark.metric)),
    })),
    refused: parsed.refused.map(({ row, message }) => ({ line: row - offset, reason: reasonOf(message, offset) })),
    assumedHeader: headed ? undefined : DEFAULT_PASTE_HEADER.join(", "),
  };
}
