/**
 * Importing benchmark rows the user pastes (copied from a survey report they license, a spreadsheet or a
 * CSV file) into the workbook's Benchmarks table. The paste is read as a table, checked with the same
 * parser the OFFER formulas use, and split into rows accepted (new, or replacing a row already in the
 * table) and rows refused, each with its reason. Nothing is written here: the workbook store does that.
 */
import {
  BENCHMARK_PASTE_MAX_CELLS,
  BENCHMARK_PASTE_MAX_ROWS,
  pasteLengthProblem,
  pasteTooManyRowsMessage,
  rowTooWideMessage,
} from "../input-limits";
import { nameKey } from "../names";
import { type BenchmarkRowReader, EXPECTED_HEADER, type RowRefusal, benchmarkRowReader, figureOfText } from "./parse";
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

/** "$45.34", "4,763" → a number; other text stays text (trimmed). */
function pastedCell(text: string): BenchmarkCell {
  // Most cells of a wide paste are empty: skip the figure reading for them (it would give "" too).
  if (text === "") return "";
  return figureOfText(text) ?? text.trim();
}

/**
 * Splits one CSV line, honouring double quotes ("4,763" stays one cell, "" inside quotes is one quote).
 * Runs between quotes and commas are sliced whole, so a long line costs one pass.
 */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    if (quoted) {
      const quote = line.indexOf('"', i);
      if (quote === -1) {
        cell += line.slice(i);
        break;
      }
      cell += line.slice(i, quote);
      if (line[quote + 1] === '"') {
        cell += '"';
        i = quote + 2;
      } else {
        quoted = false;
        i = quote + 1;
      }
    } else {
      let next = i;
      while (next < line.length && line[next] !== '"' && line[next] !== ",") next++;
      cell += line.slice(i, next);
      if (next === line.length) break;
      if (line[next] === '"') quoted = true;
      else {
        cells.push(cell);
        cell = "";
      }
      i = next + 1;
    }
  }
  cells.push(cell);
  return cells;
}

/** One line of a paste as its cells, before they are read as figures. */
function splitLine(line: string, tabbed: boolean): string[] {
  return tabbed ? line.split("\t") : splitCsv(line);
}

/** True for a line with something other than white space on it (`line.trim() !== ""`). */
const NOT_BLANK = /\S/;
/** True for a white-space character, by the same rule (JavaScript's \s is what trim() removes). */
const SPACE = /\s/;

/**
 * Reads pasted text as rows of cells: tab-separated when the text has tabs (what Excel, Sheets and most
 * PDF viewers copy), else comma-separated. Blank lines are dropped.
 */
export function readPastedTable(text: string): BenchmarkCell[][] {
  const lines = text.split(/\r?\n/).filter((line) => NOT_BLANK.test(line));
  const tabbed = text.includes("\t");
  return lines.map((line) => splitLine(line, tabbed).map(pastedCell));
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

const NOTHING_TO_IMPORT = "Nothing to import: paste rows with a Specialty, a Metric and P25, P50, P75, P90.";

/** A refused row's reason, as a list of pasted lines says it: no "benchmarks row N", lines not rows. */
function reasonOf({ problem, name, repeats }: RowRefusal, offset: number): string {
  if (repeats !== undefined) return `Repeats ${name} from line ${repeats - offset}; keep one.`;
  return name === undefined ? problem : `${name}: ${problem}`;
}

/**
 * An import check fed one row of cells at a time, in order: the first row that is not empty decides
 * whether there is a header row, each row after it is read against the rows before it. Rows whose cells
 * are all empty are skipped and not counted, so lines are numbered as the rows that hold something.
 */
class RowsCheck {
  private readonly existingKeys: Set<string>;
  private readonly accepted: AcceptedRow[] = [];
  private readonly refused: RefusedRow[] = [];
  private reader: BenchmarkRowReader | undefined;
  private problem: string | undefined;
  private headed = false;
  /** Rows read, the header included. */
  private rows = 0;

  constructor(existing: readonly Benchmark[]) {
    this.existingKeys = new Set(existing.map((b) => benchmarkKey(b.specialty, b.metric)));
  }

  /** True once nothing more can change the outcome (the header could not be read, or a line is too wide). */
  get stopped(): boolean {
    return this.problem !== undefined;
  }

  /** Stops the check with a problem that refuses the whole paste. */
  stop(problem: string): void {
    this.problem ??= problem;
  }

  /** The line number the next row that is not empty will have. */
  get nextLine(): number {
    return this.rows + 1;
  }

  add(row: readonly BenchmarkCell[]): void {
    if (this.stopped || !row.some((cell) => cell !== "")) return;
    this.rows++;
    if (this.reader === undefined) {
      this.headed = hasHeader(row);
      const reader = benchmarkRowReader(this.headed ? row : DEFAULT_PASTE_HEADER);
      if (typeof reader === "string") {
        this.stop(`${reader} Expected: ${EXPECTED_HEADER}.`);
        return;
      }
      this.reader = reader;
      if (this.headed) return;
    }
    // Without a header the lines are shifted by one: the assumed header is row 1 of the table read.
    const offset = this.headed ? 0 : 1;
    const line = this.rows;
    const result = this.reader.read(row, line + offset);
    if (result === undefined) return;
    if ("points" in result) {
      this.accepted.push({
        line,
        benchmark: result,
        replaces: this.existingKeys.has(benchmarkKey(result.specialty, result.metric)),
      });
    } else {
      this.refused.push({ line, reason: reasonOf(result, offset) });
    }
  }

  result(): ImportCheck {
    if (this.problem !== undefined) return { accepted: [], refused: [], problem: this.problem };
    if (this.rows === 0) return { accepted: [], refused: [], problem: NOTHING_TO_IMPORT };
    return {
      accepted: this.accepted,
      refused: this.refused,
      assumedHeader: this.headed ? undefined : DEFAULT_PASTE_HEADER.join(", "),
    };
  }
}

/** Checks pasted rows against the rules of the Benchmarks table and the rows already in it. */
export function checkImport(
  pasted: readonly (readonly BenchmarkCell[])[],
  existing: readonly Benchmark[],
): ImportCheck {
  const check = new RowsCheck(existing);
  for (const row of pasted) check.add(row);
  return check.result();
}

/**
 * The check of a pasted text, read a slice of lines at a time so the pane stays responsive: `step` reads
 * up to `lines` more lines (blank ones included) and gives the outcome once the last is read. Each line
 * costs time linear in its length (a line has at most BENCHMARK_PASTE_MAX_CELLS cells), so a step of a few
 * hundred lines takes milliseconds. The outcome is exactly `checkImport(readPastedTable(text), existing)`;
 * a paste over the limits (input-limits.ts) is refused whole, before any row is read.
 */
export interface PasteCheck {
  /** Rows in the paste: lines with something other than white space on them. */
  readonly total: number;
  /** Rows read so far. */
  readonly done: number;
  /** The outcome once every line is read (or the paste was refused); undefined until then. */
  readonly outcome: ImportCheck | undefined;
  step(lines: number): ImportCheck | undefined;
}

/**
 * Lines of `text` with something other than white space on them (what `line.trim() !== ""` keeps), in one
 * pass that allocates nothing for a table's characters.
 */
function countRows(text: string): number {
  let rows = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const space = code === 32 || (code >= 9 && code <= 13) || (code > 126 && SPACE.test(text[i]));
      if (!space) {
        rows++;
        break;
      }
    }
    if (newline === -1) return rows;
    start = newline + 1;
  }
}

/** Starts checking pasted text; nothing is read until the first `step`, beyond the limits. */
export function startPasteCheck(text: string, existing: readonly Benchmark[]): PasteCheck {
  const tooLong = pasteLengthProblem(text);
  const total = tooLong === undefined ? countRows(text) : 0;
  const refusal = tooLong ?? (total > BENCHMARK_PASTE_MAX_ROWS ? pasteTooManyRowsMessage(total) : undefined);
  const check = new RowsCheck(existing);
  const tabbed = text.includes("\t");
  let outcome: ImportCheck | undefined =
    refusal === undefined ? undefined : { accepted: [], refused: [], problem: refusal };
  let done = 0;
  /** Where the next line starts; past the end once the last line is read. */
  let at = 0;
  return {
    total,
    get done() {
      return done;
    },
    get outcome() {
      return outcome;
    },
    step(lines) {
      for (let n = 0; outcome === undefined && n < lines; n++) {
        const newline = text.indexOf("\n", at);
        const end = newline === -1 ? text.length : newline;
        // "\r\n" ends a line as "\n" does (the \r is no part of the line), as split(/\r?\n/) reads it.
        const line = text.slice(at, newline !== -1 && end > at && text[end - 1] === "\r" ? end - 1 : end);
        at = newline === -1 ? text.length + 1 : newline + 1;
        if (NOT_BLANK.test(line)) {
          done++;
          const cells = splitLine(line, tabbed);
          if (cells.length > BENCHMARK_PASTE_MAX_CELLS) check.stop(rowTooWideMessage(check.nextLine, cells.length));
          else check.add(cells.map(pastedCell));
        }
        if (check.stopped || at > text.length) outcome = check.result();
      }
      return outcome;
    },
  };
}

/** `startPasteCheck` run to the end at once: for tests and small pastes. */
export function checkPaste(text: string, existing: readonly Benchmark[]): ImportCheck {
  const check = startPasteCheck(text, existing);
  let outcome = check.outcome;
  while (outcome === undefined) outcome = check.step(1_000);
  return outcome;
}
