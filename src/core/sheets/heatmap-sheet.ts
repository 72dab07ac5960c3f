/**
 * The Heatmap sheet, "where is my skill scarce", as cells: three input cells at the top (specialty, market,
 * flexibility), a note, the US tile grid with one live =OFFER.SCARCITY formula per state (its number format
 * shows the state's code before the score, so the cell stays a number the colour scale can read), and
 * below the grid the Heatmap table (State, Score, Reasons): every state in a sortable table, the accessible
 * alternative to colours on a map. Every formula reads the input cells, so the user redraws the map by
 * typing in them. Both stores plan from here; the Excel store adds the colour scale (excel/heatmap.ts).
 *
 * The table sits below the grid, not beside it: filtering a table hides whole sheet rows, which would cut
 * through a grid drawn on the same rows.
 */
import { US_STATES, stateName } from "../offer/us-states";
import { TILE_GRID, TILE_GRID_COLS, TILE_GRID_ROWS } from "../scarcity/tile-grid";
import { SUPPLY_TABLE } from "./supply-table";
import { columnName } from "./a1";

export const HEATMAP_SHEET = "Heatmap";
export const HEATMAP_TABLE = "Heatmap";
export const HEATMAP_HEADER: readonly string[] = ["State", "Score", "Reasons"];

/** What the heatmap is drawn for: canonical specialty, market and flexibility items, as the pane holds them. */
export interface HeatmapInputs {
  specialty: string;
  market?: string;
  flexibility?: readonly string[];
}

/** What writing the heatmap did. */
export interface HeatmapResult {
  /** True when the sheet was made by this write. */
  created: boolean;
  /** True when the formulas read the Supply table (it exists); false: national and HRSA figures only. */
  withSupply: boolean;
}

/** The input rows: a label in column A, the value in column B (rows from 0). */
const INPUTS = [
  { label: "Specialty", row: 0 },
  { label: "Market", row: 1 },
  { label: "Flexibility", row: 2 },
] as const;
const INPUT_COLUMN = 1;
const NOTE_ROW = 3;
export const NOTE =
  "Each square is =OFFER.SCARCITY for that state, 0–100: higher means your skill is scarcer there. Type in B1:B3 to redraw. With a Supply table, write the heatmap again to add state supply. Numbers, not advice.";

/** Where the grid starts: row 6, column A. */
export const GRID_TOP = 5;
export const GRID_LEFT = 0;
/** The table's header row: one empty row below the grid. */
export const TABLE_TOP = GRID_TOP + TILE_GRID_ROWS + 1;
/** Rows of the table: the header and one per state and DC. */
export const TABLE_ROWS = 1 + US_STATES.length;
/** The block of cells the add-in writes on the sheet, from A1. */
export const HEATMAP_ROWS = TABLE_TOP + TABLE_ROWS;
export const HEATMAP_COLUMNS = Math.max(TILE_GRID_COLS, HEATMAP_HEADER.length);

/** An input cell's absolute address, e.g. "$B$1": absolute so the table's formulas stay right when sorted. */
function inputRef(row: number): string {
  return `$${columnName(INPUT_COLUMN)}$${row + 1}`;
}

const INPUT_REFS = INPUTS.map((input) => inputRef(input.row)).join(",");

/** The Supply argument: the whole table when it exists (a formula naming a missing table is refused by Excel). */
function supplyArgument(withSupply: boolean): string {
  return withSupply ? `,${SUPPLY_TABLE}[#All]` : "";
}

/** A tile's formula: the state as text, so the square stays right whatever the user sorts. */
export function tileFormula(code: string, withSupply: boolean): string {
  return `=OFFER.SCARCITY(${INPUT_REFS},"${code}"${supplyArgument(withSupply)})`;
}

/** The table's Score or Reasons formula, over the row's State. */
export function tableFormula(fn: "SCARCITY" | "SCARCITYWHY", withSupply: boolean): string {
  return `=OFFER.${fn}(${INPUT_REFS},[@[State]]${supplyArgument(withSupply)})`;
}

/** A tile's number format: the code before the score ("TX 72"), the value still a number. */
export function tileFormat(code: string): string {
  return `"${code} "0`;
}

/** Where each of the add-in's cells is on the sheet, and what it holds. */
export type HeatmapCellKind = "label" | "input" | "note" | "tile" | "header" | "state" | "score" | "reasons";

export interface HeatmapCell {
  row: number;
  col: number;
  kind: HeatmapCellKind;
  /** Text, or a formula starting "=". */
  content: string;
  format: string;
}

/** The tiles, in the grid's reading order (top row first, west to east). */
export function tileCells(withSupply: boolean): HeatmapCell[] {
  return Object.entries(TILE_GRID)
    .map(([code, place]) => ({
      row: GRID_TOP + place.row,
      col: GRID_LEFT + place.col,
      kind: "tile" as const,
      content: tileFormula(code, withSupply),
      format: tileFormat(code),
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The state names in the table's State column, in the state list's order. */
export const TABLE_STATES: readonly string[] = US_STATES.map(({ value }) => stateName(value));

/** Every cell the add-in writes, inputs included. */
export function heatmapCells(inputs: HeatmapInputs, withSupply: boolean): HeatmapCell[] {
  const values = [inputs.specialty, inputs.market ?? "", (inputs.flexibility ?? []).join(", ")];
  const top: HeatmapCell[] = INPUTS.flatMap(({ label, row }, i) => [
    { row, col: 0, kind: "label" as const, content: label, format: "@" },
    { row, col: INPUT_COLUMN, kind: "input" as const, content: values[i], format: "@" },
  ]);
  const note: HeatmapCell = { row: NOTE_ROW, col: 0, kind: "note", content: NOTE, format: "@" };
  const header = HEATMAP_HEADER.map((content, col): HeatmapCell => ({
    row: TABLE_TOP,
    col,
    kind: "header",
    content,
    format: "@",
  }));
  const body = TABLE_STATES.flatMap((name, i): HeatmapCell[] => [
    { row: TABLE_TOP + 1 + i, col: 0, kind: "state", content: name, format: "@" },
    { row: TABLE_TOP + 1 + i, col: 1, kind: "score", content: tableFormula("SCARCITY", withSupply), format: "0" },
    {
      row: TABLE_TOP + 1 + i,
      col: 2,
      kind: "reasons",
      content: tableFormula("SCARCITYWHY", withSupply),
      format: "General",
    },
  ]);
  return [...top, note, ...tileCells(withSupply), ...header, ...body];
}

/** The address of a cell of the block, e.g. (5, 11) → "L6". */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The block from A1 as the grid would hold it before calculation (formulas as their text, "" elsewhere). */
export function heatmapBlock(cells: readonly HeatmapCell[]): string[][] {
  const rows = Array.from({ length: HEATMAP_ROWS }, () => Array<string>(HEATMAP_COLUMNS).fill(""));
  for (const cell of cells) rows[cell.row][cell.col] = cell.content;
  return rows;
}
