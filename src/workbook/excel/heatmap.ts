/**
 * Writing the Heatmap sheet (cells planned in src/core/sheets/heatmap-sheet.ts): the input cells, the tile
 * grid of live OFFER.SCARCITY formulas with a 3-colour scale (ExcelApi 1.6, under the manifest's 1.12), and
 * the Heatmap table. Not Excel's map chart, which sends region names to an online service.
 *
 * The sheet is the add-in's (marked as the other owned sheets are), so writing it again is safe: the inputs
 * and formulas are rewritten in place; the table's State column, which the user may have sorted, and the
 * colour scale, which the user may have restyled, are left as they are. A cell the add-in would write that
 * holds something it did not put there stops the write before anything changes, naming the cell.
 *
 * Syncs: two to read (what exists, then the sheet's cells), one to write; a first write that fails midway
 * takes one or two more to delete the half-made sheet, which is built under a temporary name.
 */
import { TILE_GRID_COLS, TILE_GRID_ROWS } from "../../core/scarcity/tile-grid";
import { rangeAddress } from "../../core/sheets/a1";
import { heatmapCellsInTheWay } from "../../core/sheets/heatmap-check";
import {
  GRID_LEFT,
  GRID_TOP,
  HEATMAP_COLUMNS,
  HEATMAP_HEADER,
  HEATMAP_ROWS,
  HEATMAP_SHEET,
  HEATMAP_TABLE,
  type HeatmapCell,
  type HeatmapInputs,
  type HeatmapResult,
  TABLE_ROWS,
  TABLE_TOP,
  heatmapCells,
} from "../../core/sheets/heatmap-sheet";
import { SUPPLY_TABLE } from "../../core/sheets/supply-table";
import { HEATMAP_LAYOUT, SCHEMA_PROPERTY } from "../../core/sheets/table-layouts";
import { SCHEMA_VERSION, StoreError } from "../store";
import { rollbackLayout, spareSheetName } from "./create-layout";
import { busy, newerLayout, sheetTaken, tableTaken } from "./messages";

/** Colours of the scale at 0, 50 and 100: white to blue, dark enough at 100 for black text to stay readable. */
export const HEATMAP_COLOURS = { low: "#FFFFFF", middle: "#9ECAE1", high: "#4292C6" } as const;

/** The add-in's cells as matrices over a block, null where it writes nothing (Office.js leaves those cells). */
function block(cells: readonly HeatmapCell[], top: number, left: number, rows: number, columns: number) {
  const contents: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(columns).fill(null));
  const formats = contents.map((row) => [...row]);
  for (const cell of cells) {
    const [r, c] = [cell.row - top, cell.col - left];
    if (r < 0 || r >= rows || c < 0 || c >= columns) continue;
    contents[r][c] = cell.content;
    formats[r][c] = cell.format;
  }
  return { address: rangeAddress(top, left, rows, columns), contents, formats };
}

/** Queues formats, then contents (so text formatted "@" stays text), of the cells of `kinds` in a block. */
function queueBlock(
  sheet: Excel.Worksheet,
  cells: readonly HeatmapCell[],
  area: { top: number; left: number; rows: number; columns: number },
): void {
  const planned = block(cells, area.top, area.left, area.rows, area.columns);
  const range = sheet.getRange(planned.address);
  range.numberFormat = planned.formats;
  range.formulas = planned.contents;
}

/** Queues the 3-colour scale over the grid: fixed 0, 50 and 100, so a colour means the same score for every specialty. */
function queueColourScale(sheet: Excel.Worksheet): void {
  const grid = sheet.getRange(rangeAddress(GRID_TOP, GRID_LEFT, TILE_GRID_ROWS, TILE_GRID_COLS));
  const scale = grid.conditionalFormats.add("ColorScale");
  scale.colorScale.criteria = {
    minimum: { type: "Number", formula: "0", color: HEATMAP_COLOURS.low },
    midpoint: { type: "Number", formula: "50", color: HEATMAP_COLOURS.middle },
    maximum: { type: "Number", formula: "100", color: HEATMAP_COLOURS.high },
  };
}

/** The top block (labels, inputs, note) and the grid, which every write rewrites. */
function queueTopAndGrid(sheet: Excel.Worksheet, cells: readonly HeatmapCell[]): void {
  queueBlock(sheet, cells, { top: 0, left: 0, rows: GRID_TOP, columns: 2 });
  queueBlock(sheet, cells, { top: GRID_TOP, left: GRID_LEFT, rows: TILE_GRID_ROWS, columns: TILE_GRID_COLS });
}

/** Queues the table: header, the table itself, the states, then the formulas (which need the table's State). */
function queueNewTable(sheet: Excel.Worksheet, cells: readonly HeatmapCell[]): void {
  const width = HEATMAP_HEADER.length;
  queueBlock(sheet, cells, { top: TABLE_TOP, left: 0, rows: 1, columns: width });
  const table = sheet.tables.add(rangeAddress(TABLE_TOP, 0, TABLE_ROWS, width), true);
  table.name = HEATMAP_TABLE;
  queueBlock(sheet, cells, { top: TABLE_TOP + 1, left: 0, rows: TABLE_ROWS - 1, columns: width });
}

/** Queues the table's formulas only: its states (perhaps sorted by the user) stay where they are. */
function queueTableFormulas(sheet: Excel.Worksheet, cells: readonly HeatmapCell[]): void {
  const formulas = cells.filter((c) => c.kind === "score" || c.kind === "reasons");
  queueBlock(sheet, formulas, { top: TABLE_TOP + 1, left: 1, rows: TABLE_ROWS - 1, columns: 2 });
}

/** The user's cells stand where the add-in writes. */
function cellsInTheWay(taken: readonly string[]): StoreError {
  const shown = taken.length > 6 ? `${taken.slice(0, 6).join(", ")} and ${taken.length - 6} more` : taken.join(", ");
  const one = taken.length === 1;
  return new StoreError(
    "read-only",
    `The ${HEATMAP_SHEET} sheet has ${one ? "a cell" : "cells"} Leverage did not write where it writes the heatmap (${shown}). Move or clear ${one ? "that cell" : "those cells"}, or rename the sheet so Leverage makes a new one, then try again. Nothing was changed.`,
  );
}

/** The table is no longer where the add-in made it (moved, resized or its headers renamed). */
function tableMoved(): StoreError {
  return new StoreError(
    "read-only",
    `The ${HEATMAP_TABLE} table is no longer where Leverage made it (${rangeAddress(TABLE_TOP, 0, TABLE_ROWS, HEATMAP_HEADER.length)}, headers ${HEATMAP_HEADER.join(", ")}). Rename or delete the ${HEATMAP_SHEET} sheet so Leverage makes a new one, then try again. Nothing was changed.`,
  );
}

interface Found {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  supply: Excel.Table;
  spare: Excel.Worksheet;
  spareName: string;
}

/** Sync 1: which of the sheet, the table, the Supply table and a spare sheet name exist. */
async function findParts(context: Excel.RequestContext): Promise<Found> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItemOrNullObject(HEATMAP_SHEET);
  sheet.load("name");
  const table = context.workbook.tables.getItemOrNullObject(HEATMAP_TABLE);
  table.load("name");
  const supply = context.workbook.tables.getItemOrNullObject(SUPPLY_TABLE);
  supply.load("name");
  const spareName = spareSheetName();
  const spare = sheets.getItemOrNullObject(spareName);
  await context.sync();
  return { sheet, table, supply, spare, spareName };
}

/**
 * Sync 2 for a sheet that exists: refuses, before anything is written, a sheet or table that is not the
 * add-in's, a table moved, or the user's cells where the add-in writes. Resolves to whether the table is there.
 */
async function checkExisting(context: Excel.RequestContext, found: Found): Promise<boolean> {
  const marker = found.sheet.customProperties.getItemOrNullObject(SCHEMA_PROPERTY);
  marker.load("value");
  const cells = found.sheet.getRange(rangeAddress(0, 0, HEATMAP_ROWS, HEATMAP_COLUMNS));
  cells.load("formulas");
  const hasTable = !found.table.isNullObject;
  const tableSheet = hasTable ? found.table.worksheet : undefined;
  tableSheet?.load("name");
  const whole = hasTable ? found.table.getRange() : undefined;
  whole?.load("rowIndex,columnIndex,rowCount,columnCount");
  const header = hasTable ? found.table.getHeaderRowRange() : undefined;
  header?.load("values");
  await context.sync();

  if (marker.isNullObject)
    throw new StoreError("name-taken", `${sheetTaken(HEATMAP_LAYOUT, found.sheet.name)} Nothing was changed.`);
  if (!(Number(marker.value) <= SCHEMA_VERSION)) throw new StoreError("read-only", newerLayout(marker.value));
  if (tableSheet && whole && header) {
    if (tableSheet.name !== found.sheet.name)
      throw new StoreError(
        "name-taken",
        `${tableTaken(HEATMAP_LAYOUT, HEATMAP_TABLE, tableSheet.name)} Nothing was changed.`,
      );
    const headers = header.values[0].slice(0, HEATMAP_HEADER.length).map((h) => String(h).trim());
    const inPlace =
      whole.rowIndex === TABLE_TOP &&
      whole.columnIndex === 0 &&
      whole.rowCount === TABLE_ROWS &&
      whole.columnCount >= HEATMAP_HEADER.length &&
      headers.every((h, i) => h === HEATMAP_HEADER[i]);
    if (!inPlace) throw tableMoved();
  }
  const taken = heatmapCellsInTheWay(cells.formulas);
  if (taken.length > 0) throw cellsInTheWay(taken);
  return hasTable;
}

/** Sync 2 when the sheet is missing: the table's name must be free too. */
async function checkNew(context: Excel.RequestContext, found: Found): Promise<void> {
  if (found.table.isNullObject) return;
  const tableSheet = found.table.worksheet;
  tableSheet.load("name");
  await context.sync();
  throw new StoreError(
    "name-taken",
    `${tableTaken(HEATMAP_LAYOUT, HEATMAP_TABLE, tableSheet.name)} Nothing was changed.`,
  );
}

/** Writes the Heatmap sheet for `inputs`, making it on first use. */
export async function writeHeatmapSheet(context: Excel.RequestContext, inputs: HeatmapInputs): Promise<HeatmapResult> {
  const found = await findParts(context);
  const withSupply = !found.supply.isNullObject;
  const cells = heatmapCells(inputs, withSupply);

  if (!found.sheet.isNullObject) {
    const hasTable = await checkExisting(context, found);
    queueTopAndGrid(found.sheet, cells);
    if (hasTable) queueTableFormulas(found.sheet, cells);
    else queueNewTable(found.sheet, cells);
    await context.sync();
    return { created: false, withSupply };
  }

  await checkNew(context, found);
  if (!found.spare.isNullObject) throw busy();
  // Built under a temporary name and named last, so a batch that fails midway never leaves a half-made "Heatmap".
  const sheet = context.workbook.worksheets.add(found.spareName);
  sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
  queueTopAndGrid(sheet, cells);
  queueNewTable(sheet, cells);
  queueColourScale(sheet);
  sheet.name = HEATMAP_SHEET;
  try {
    await context.sync();
  } catch (error) {
    await rollbackLayout(context, [found.spareName]);
    throw error;
  }
  return { created: true, withSupply };
}
