/**
 * Checking Supply rows the user pastes (copied from an AAMC or KFF state profile they may use, or their own
 * spreadsheet) before they go into the workbook's Supply table: the same flow as the Benchmarks import
 * (benchmarks/import.ts): the paste is read as a table, each row checked with the parser the formulas use,
 * and split into rows accepted (new, or replacing a row already in the table) and rows refused with their
 * reasons. Nothing is written here: the workbook store does that.
 */
import { readPastedTable } from "../benchmarks/import";
import { figure } from "../format";
import { nameKey } from "../names";
import {
  SUPPLY_EXPECTED_HEADER,
  SUPPLY_HEADER,
  type SupplyRefusal,
  type SupplyRow,
  type SupplyRowReader,
  supplyKey,
  supplyRowReader,
} from "./supply";

/** A Supply table is one row per specialty and state: a few thousand rows at most, far under this. */
export const SUPPLY_PASTE_MAX_CHARS = 500_000;

/** A row that will be written, and whether it replaces a row already in the table. */
export interface AcceptedSupplyRow {
  /** Line of the paste (the first line with something on it is 1). */
  line: number;
  supply: SupplyRow;
  replaces: boolean;
}

/** A row that will not be written, and why. */
export interface RefusedSupplyRow {
  line: number;
  reason: string;
}

/** What an import would do; `problem` is set when nothing can be read at all. */
export interface SupplyPasteCheck {
  accepted: AcceptedSupplyRow[];
  refused: RefusedSupplyRow[];
  /** Set when the paste had no header row and the default column order was assumed. */
  assumedHeader?: string;
  problem?: string;
}

const NOTHING_TO_IMPORT = 'Nothing to import: paste rows with a Specialty, a State (or "US") and a Per100k rate.';

/** A header row names at least one of the required columns. */
function hasHeader(row: readonly unknown[]): boolean {
  return row.some((cell) => typeof cell === "string" && ["specialty", "state", "per100k"].includes(nameKey(cell)));
}

/** A refused row's reason as a list of pasted lines says it: lines, not table rows. */
function reasonOf({ problem, name, repeats }: SupplyRefusal, offset: number): string {
  if (repeats !== undefined) return `Repeats ${name} from line ${repeats - offset}; keep one.`;
  return name === undefined ? problem : `${name}: ${problem}`;
}

/** Checks pasted text against the rules of the Supply table and the rows already in it. */
export function checkSupplyPaste(text: string, existing: readonly SupplyRow[] = []): SupplyPasteCheck {
  if (text.length > SUPPLY_PASTE_MAX_CHARS) {
    return {
      accepted: [],
      refused: [],
      problem: `This paste is ${figure(text.length)} characters; the Supply import takes at most ${figure(SUPPLY_PASTE_MAX_CHARS)}. Paste fewer rows at a time.`,
    };
  }
  const rows = readPastedTable(text).filter((row) => row.some((cell) => cell !== ""));
  if (rows.length === 0) return { accepted: [], refused: [], problem: NOTHING_TO_IMPORT };
  const headed = hasHeader(rows[0]);
  const reader: SupplyRowReader | string = supplyRowReader(headed ? rows[0] : SUPPLY_HEADER);
  if (typeof reader === "string") {
    return { accepted: [], refused: [], problem: `${reader} Expected: ${SUPPLY_EXPECTED_HEADER}.` };
  }
  const existingKeys = new Set(existing.map((r) => supplyKey(r.specialty, r.state)));
  // Without a header the lines are shifted by one: the assumed header is row 1 of the table read.
  const offset = headed ? 0 : 1;
  const accepted: AcceptedSupplyRow[] = [];
  const refused: RefusedSupplyRow[] = [];
  for (let i = headed ? 1 : 0; i < rows.length; i++) {
    const line = i + 1;
    const result = reader.read(rows[i], line + offset);
    if (result === undefined) continue;
    if ("per100k" in result) {
      accepted.push({ line, supply: result, replaces: existingKeys.has(supplyKey(result.specialty, result.state)) });
    } else refused.push({ line, reason: reasonOf(result, offset) });
  }
  if (headed && rows.length === 1) return { accepted: [], refused: [], problem: NOTHING_TO_IMPORT };
  return { accepted, refused, assumedHeader: headed ? undefined : SUPPLY_HEADER.join(", ") };
}
