/**
 * Reads the user's Supply table: physicians per 100,000 residents by specialty and state, with a row whose
 * State is "US" for the national rate. Headers Specialty, State, Per100k (Source and Year are kept as
 * provenance, any other column is ignored), matched by name in any case. Leverage ships no such table:
 * the per-specialty state tables (AAMC State Physician Workforce profiles, KFF State Health Facts) are
 * licensed for non-commercial use only, so users bring their own. Modelled on the Benchmarks parser
 * (benchmarks/parse.ts): every problem names its row, and a formula reports the first as one #VALUE!.
 */
import { isBlank, isRange, readNumber } from "../cells";
import { type OfferError, badValue } from "../errors";
import { clipped, figure, oneOf, quoted } from "../format";
import { memoByCells } from "../memo";
import { nameKey } from "../names";
import { findSpecialty } from "../specialties";
import { resolveStateCode } from "../offer/state-code";
import { type RowRefusal, type UniqueRowReader, uniqueRowReader } from "../unique-rows";

/** The State of the row that gives the national rate. */
export const NATIONAL = "US";

/** One row of the Supply table. */
export interface SupplyRow {
  /** Canonical specialty, or the user's own name when Leverage does not know it. */
  specialty: string;
  /** Postal code of a state or DC, or {@link NATIONAL}. */
  state: string;
  per100k: number;
  /** The Source cell, or "Your Supply table" when it is blank. */
  source: string;
  year?: number;
  /** Row number in the range (header = row 1). */
  row: number;
}

export const SUPPLY_TABLE = "Supply";
export const SUPPLY_HEADER: readonly string[] = ["Specialty", "State", "Per100k", "Source", "Year"];
export const SUPPLY_EXPECTED_HEADER = 'Specialty, State, Per100k (Source and Year are kept; State "US" is the nation)';
const YOUR_TABLE = "Your Supply table";

/** No rate per 100,000 residents comes near this (DC, the densest, has under 1,000 physicians of all kinds). */
const MAX_PER_100K = 10_000;

/** Header spellings of the rate column, as name keys. */
const RATE_HEADERS = new Set(["per100k", "per100000", "per100kresidents", "per100000residents", "rate"]);
/** State cells that mean the nation, as name keys. */
const NATIONAL_NAMES = new Set(["us", "usa", "unitedstates", "nation", "national"]);

/** Result of reading a Supply range: the valid rows, and one message per problem. */
export interface ParsedSupply {
  rows: SupplyRow[];
  problems: string[];
  refused: Array<{ row: number; message: string }>;
}

interface Columns {
  specialty: number;
  state: number;
  rate: number;
  source?: number;
  year?: number;
}

/** Finds the columns, or returns the problem with the header. */
function readHeader(header: readonly unknown[]): Columns | string {
  const seen = new Map<string, number>();
  let rate: number | undefined;
  for (const [i, cell] of header.entries()) {
    const key = typeof cell === "string" ? nameKey(cell) : "";
    if (key === "") continue;
    if (seen.has(key)) return `supply header row names the column ${quoted(String(cell))} twice.`;
    seen.set(key, i);
    if (RATE_HEADERS.has(key)) rate ??= i;
  }
  const specialty = seen.get("specialty");
  const state = seen.get("state");
  const missing = [
    ...(specialty === undefined ? ["Specialty"] : []),
    ...(state === undefined ? ["State"] : []),
    ...(rate === undefined ? ["Per100k"] : []),
  ];
  if (specialty === undefined || state === undefined || rate === undefined) {
    return `supply header row has no ${oneOf(missing)} column. Expected columns: ${SUPPLY_EXPECTED_HEADER}.`;
  }
  return { specialty, state, rate, source: seen.get("source"), year: seen.get("year") };
}

/** Why a row was refused; `name` is "Psychiatry TX" once both were read; `repeats` is an earlier row. */
export type SupplyRefusal = RowRefusal;

/** Text of a cell: "" for blank, undefined for a non-text value. */
function textCell(value: unknown): string | undefined {
  if (isBlank(value)) return "";
  return typeof value === "string" ? value.trim() : undefined;
}

/** The state code of a State cell, {@link NATIONAL} for the nation, or the problem. */
export function stateOf(text: string): string | { problem: string } {
  if (NATIONAL_NAMES.has(nameKey(text))) return NATIONAL;
  try {
    return resolveStateCode(text);
  } catch (error) {
    return { problem: (error as OfferError).message };
  }
}

/** Reads one data row; returns the row or the problem. */
function readRow(row: readonly unknown[], columns: Columns, rowNumber: number): SupplyRow | SupplyRefusal {
  const specialtyText = textCell(row[columns.specialty]);
  const stateText = textCell(row[columns.state]);
  if (specialtyText === undefined) return { problem: "Specialty must be text." };
  if (stateText === undefined) return { problem: 'State must be text: a postal code, a name or "US".' };
  if (specialtyText === "") return { problem: "Specialty is blank." };
  if (stateText === "") return { problem: 'State is blank: give a postal code, a name or "US" for the nation.' };
  const state = stateOf(stateText);
  if (typeof state !== "string") return { problem: state.problem, name: clipped(specialtyText) };
  const specialty = findSpecialty(specialtyText) ?? specialtyText;
  const name = `${clipped(specialty)} ${state}`;
  let per100k: number;
  try {
    per100k = readNumber(row[columns.rate], "Per100k");
  } catch (error) {
    return { problem: (error as OfferError).message, name };
  }
  // Blank and 0 are one value in Excel (a blank cell arrives as 0 on desktop), and no state has none.
  if (per100k <= 0) return { problem: `Per100k must be above 0 (blank and 0 both mean "not given").`, name };
  if (per100k > MAX_PER_100K) {
    return {
      problem: `Per100k ${figure(per100k)} is more than ${figure(MAX_PER_100K)}: give physicians per 100,000 residents.`,
      name,
    };
  }
  const source = columns.source === undefined ? "" : (textCell(row[columns.source]) ?? "");
  const year = columns.year === undefined ? undefined : row[columns.year];
  return {
    specialty,
    state,
    per100k,
    source: source || YOUR_TABLE,
    year: typeof year === "number" && Number.isInteger(year) && year > 1900 && year < 2200 ? year : undefined,
    row: rowNumber,
  };
}

/** A refused row as a formula and the pane say it. */
export function supplyRefusalMessage(row: number, { problem, name, repeats }: SupplyRefusal): string {
  if (repeats !== undefined) return `supply rows ${repeats} and ${row} both give ${name}; keep one.`;
  return name === undefined ? `supply row ${row}: ${problem}` : `supply row ${row} (${name}): ${problem}`;
}

/** Reads data rows one at a time (see unique-rows.ts); a repeated specialty and state is refused. */
export type SupplyRowReader = UniqueRowReader<SupplyRow>;

/** A reader of the data rows under `header`, or the problem with the header. */
export function supplyRowReader(header: readonly unknown[]): SupplyRowReader | string {
  const columns = readHeader(header);
  if (typeof columns === "string") return columns;
  return uniqueRowReader(
    (row, rowNumber) => readRow(row, columns, rowNumber),
    (result): result is SupplyRow => "per100k" in result,
    (r) => ({ key: supplyKey(r.specialty, r.state), name: `${r.specialty} ${r.state}` }),
  );
}

/** The identity of a Supply row: its specialty (compared as typed names are) and state. */
export function supplyKey(specialty: string, state: string): string {
  return `${nameKey(specialty)}|${state}`;
}

/** True when the argument is absent or a single blank cell (the blank-cell rule for optional ranges). */
function isAbsent(range: unknown): boolean {
  if (range === null || range === undefined) return true;
  return isRange(range) && range.every((row) => row.every(isBlank));
}

/** Reads every row of a Supply range (header row first), collecting each problem. */
export function parseSupplyRows(cells: unknown): ParsedSupply {
  if (isAbsent(cells)) return { rows: [], problems: [], refused: [] };
  if (!isRange(cells)) {
    return {
      rows: [],
      problems: [`supply must be a range with a header row: ${SUPPLY_EXPECTED_HEADER}.`],
      refused: [],
    };
  }
  const reader = supplyRowReader(cells[0]);
  if (typeof reader === "string") return { rows: [], problems: [reader], refused: [] };
  const rows: SupplyRow[] = [];
  const problems: string[] = [];
  const refused: ParsedSupply["refused"] = [];
  for (let i = 1; i < cells.length; i++) {
    const rowNumber = i + 1;
    const result = i in cells ? reader.read(cells[i], rowNumber) : undefined;
    if (result === undefined) continue;
    if ("per100k" in result) rows.push(result);
    else {
      const message = supplyRefusalMessage(rowNumber, result);
      problems.push(message);
      refused.push({ row: rowNumber, message });
    }
  }
  return { rows, problems, refused };
}

/** The rows of every absent or empty table: one shared array. */
export const NO_SUPPLY: readonly SupplyRow[] = Object.freeze([]);

/** Reads a Supply range for a formula: any problem makes the whole range one #VALUE!, the first problem first. */
function readSupplyOnce(range: unknown): readonly SupplyRow[] {
  const { rows, problems } = parseSupplyRows(range);
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw badValue(`${problems[0]}${more}`);
  }
  return rows.length === 0 ? NO_SUPPLY : Object.freeze(rows);
}

/** {@link readSupplyOnce}, memoised on the range's contents: a heatmap of 51 formulas reads one table once. */
export const readSupply: (range: unknown) => readonly SupplyRow[] = memoByCells(readSupplyOnce);

/** The row for a specialty in a state (or {@link NATIONAL}), if the table has one. */
export function findSupplyRow(rows: readonly SupplyRow[], specialty: string, state: string): SupplyRow | undefined {
  if (rows.length === 0) return undefined;
  return indexOf(rows).get(supplyKey(specialty, state));
}

/** Each table's rows by key, built once per table: the map of every state looks a table up about 200 times. */
const INDEXES = new WeakMap<readonly SupplyRow[], Map<string, SupplyRow>>();

function indexOf(rows: readonly SupplyRow[]): Map<string, SupplyRow> {
  let index = INDEXES.get(rows);
  if (!index) {
    index = new Map();
    // The first row of a key wins, as a scan from the top would find it.
    for (const r of rows)
      if (!index.has(supplyKey(r.specialty, r.state))) index.set(supplyKey(r.specialty, r.state), r);
    INDEXES.set(rows, index);
  }
  return index;
}
