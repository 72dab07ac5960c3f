/**
 * The Supply table: physicians per 100,000 residents by specialty and state, brought by the user (per-
 * specialty supply tables from AAMC or KFF are licensed for non-commercial use, so Leverage ships none;
 * see issue 15). Headers Specialty, State, Per100k, Source, Year; a row with State "US" gives the national
 * rate. Rows arrive already checked by the paste-and-check flow (src/core/scarcity/supply.ts); this file
 * only lays them out as cells, names each row (specialty and state, so importing the same row again
 * replaces it) and reads the table back for the pane.
 */
import { isEmptyCell } from "../cells";
import { nameKey } from "../names";
import { type Cell, type ColumnMap } from "../offer/offers-table";
import { US_STATES } from "../offer/us-states";
import { findSpecialty } from "../specialties";

export const SUPPLY_SHEET = "Supply";
import { SUPPLY_HEADER, stateOf } from "../scarcity/supply";

export { SUPPLY_HEADER, SUPPLY_TABLE } from "../scarcity/supply";

/** Text stays text; the rate and year are numbers (General never shows "12." for a whole rate). */
export const SUPPLY_FORMATS: Readonly<Record<string, string>> = {
  Specialty: "@",
  State: "@",
  Per100k: "General",
  Source: "@",
  Year: "0",
};

/** One checked row of a supply table. */
export interface SupplyRow {
  specialty: string;
  /** A postal code, or "US" for the national rate. */
  state: string;
  /** Physicians of the specialty per 100,000 residents. */
  per100k: number;
  /** Where the figure comes from, as the user gave it. */
  source: string;
  /** The data year. */
  year: number;
}

/** The written cells of a row, by header. */
export function supplyCells(row: SupplyRow): ReadonlyMap<string, Cell> {
  return new Map<string, Cell>([
    ["Specialty", row.specialty],
    ["State", row.state],
    ["Per100k", row.per100k],
    ["Source", row.source],
    ["Year", row.year],
  ]);
}

/** The postal codes a row's State may name, and "US" for the national rate. */
const KNOWN_STATES: ReadonlySet<string> = new Set(["US", ...US_STATES.map((s) => s.value)]);

/** A state as a postal code ("Ohio", "oh" → "OH"; "US", "United States" → "US"); unmatched text trimmed, in capitals. */
function stateKey(state: string): string {
  // Read as the formulas read a State cell, so the import and OFFER.SCARCITY key a row alike.
  const text = state.trim();
  const code = stateOf(text);
  return typeof code === "string" ? code : text.toUpperCase();
}

/**
 * The identity of a supply row: its specialty and state, as typed names are compared ("FM" is Family
 * Medicine, "Ohio" is OH), so importing a row again replaces it instead of repeating it.
 */
export function supplyKey(specialty: string, state: string): string {
  const text = specialty.trim();
  return `${nameKey(findSpecialty(text) ?? text)}|${stateKey(state)}`;
}

/** The key of a row as read from the grid, or undefined for a row with no specialty or state. */
export function supplyKeyOfRow(columns: ColumnMap, row: readonly unknown[]): string | undefined {
  const text = (header: string) => {
    const i = columns.get(header);
    return i === undefined || isEmptyCell(row[i]) ? "" : String(row[i]).trim();
  };
  const specialty = text("Specialty");
  const state = text("State");
  return specialty === "" || state === "" ? undefined : supplyKey(specialty, state);
}

/** What the snapshot holds of the Supply table: the rows that read as rows, and one problem per row that does not. */
export interface SupplyRead {
  rows: SupplyRow[];
  problems: string[];
}

/**
 * The table's rows as the pane shows them. Blank rows are skipped; a row needs a specialty, a state and a
 * rate of 0 or more, and its data year. This is a plain reading for display: the
 * scarcity formulas check the table themselves (the supply argument), with their own rules and messages.
 */
export function readSupplyRows(columns: ColumnMap, body: readonly (readonly unknown[])[]): SupplyRead {
  const rows: SupplyRow[] = [];
  const problems: string[] = [];
  body.forEach((row, index) => {
    const cell = (header: string) => {
      const i = columns.get(header);
      return i === undefined ? null : row[i];
    };
    if (SUPPLY_HEADER.every((h) => isEmptyCell(cell(h)))) return;
    const specialty = isEmptyCell(cell("Specialty")) ? "" : String(cell("Specialty")).trim();
    const state = isEmptyCell(cell("State")) ? "" : stateKey(String(cell("State")));
    const per100k = cell("Per100k");
    const year = cell("Year");
    const wrong: string[] = [];
    if (specialty === "") wrong.push("Specialty is blank");
    if (state === "") wrong.push("State is blank");
    else if (!KNOWN_STATES.has(state))
      wrong.push("State must be a two-letter code or a state's name, or US for the nation");
    if (typeof per100k !== "number" || !Number.isFinite(per100k) || per100k < 0)
      wrong.push("Per100k must be a number of physicians per 100,000 residents, 0 or more");
    if (!(typeof year === "number" && Number.isInteger(year))) wrong.push("Year must be the data year, such as 2024");
    if (wrong.length > 0) {
      problems.push(`Supply row ${index + 2}: ${wrong.join("; ")}.`);
      return;
    }
    const source = isEmptyCell(cell("Source")) ? "" : String(cell("Source")).trim();
    rows.push({ specialty, state, per100k: per100k as number, source, year: year as number });
  });
  return { rows, problems };
}
