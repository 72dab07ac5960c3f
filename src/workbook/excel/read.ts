/**
 * Reads the workbook in two syncs, whatever the number of rows or tables: the first finds which of the
 * add-in's sheets and tables exist (by name, which Excel compares without case); the second reads each
 * table's position, header and rows, and the marker on each sheet that decides whether it is the add-in's.
 * Nothing is written here.
 */
import { type ColumnMap, mapColumns } from "../../core/offer/offers-table";
import { LAYOUTS, SCHEMA_PROPERTY, type TableLayout } from "../../core/sheets/table-layouts";
import { sheetTaken, tableLost, tableTaken } from "./messages";

/** One of the add-in's tables as read. Positions count from 0, as Office.js does. */
export interface TableRead {
  layout: TableLayout;
  sheet: Excel.Worksheet;
  table: Excel.Table;
  sheetName: string;
  /** The layout version on the sheet's marker. */
  version: string;
  top: number;
  left: number;
  width: number;
  /** Rows of the whole table: header, data rows and a Total Row if there is one. */
  height: number;
  header: unknown[];
  /** Where each header sits in `header`. */
  columns: ColumnMap;
  body: unknown[][];
  /** The rows just below the table, when the action may append: what is there, and how it is formatted. */
  below?: { formulas: unknown[][]; formats: unknown[][] };
}

/** What stands at one layout's names: nothing, the add-in's table, the user's sheet or table, or a broken layout. */
export type PartRead =
  | { kind: "absent" }
  | { kind: "taken"; reason: string }
  | { kind: "lost"; reason: string }
  | { kind: "ours"; read: TableRead };

export interface WorkbookRead {
  /** What stands at each layout's names, for every layout in LAYOUTS. */
  parts: ReadonlyMap<TableLayout, PartRead>;
  /** True when every spare sheet name asked for is free. */
  sparesFree: boolean;
}

/** What stands at one layout's names. */
export function partOf(workbook: WorkbookRead, layout: TableLayout): PartRead {
  return workbook.parts.get(layout) ?? { kind: "absent" };
}

/** The layout's table when it is the add-in's. */
export function tableOf(workbook: WorkbookRead, layout: TableLayout): TableRead | undefined {
  const part = partOf(workbook, layout);
  return part.kind === "ours" ? part.read : undefined;
}

/** What to read besides the tables: rows below some tables (for appends) and sheet names that must be free. */
export interface ReadOptions {
  below?: ReadonlyMap<TableLayout, number>;
  spares?: readonly string[];
}

interface Probe {
  layout: TableLayout;
  sheet: Excel.Worksheet;
  table: Excel.Table;
}

/** Queues the reads of one existing table and its sheet's marker; resolves them after the sync. */
function queueTable(probe: Probe, belowRows: number): () => PartRead {
  const sheet = probe.table.worksheet;
  sheet.load("name");
  const marker = sheet.customProperties.getItemOrNullObject(SCHEMA_PROPERTY);
  marker.load("value");
  const whole = probe.table.getRange();
  whole.load("rowIndex,columnIndex,rowCount,columnCount");
  const header = probe.table.getHeaderRowRange();
  header.load("values");
  const body = probe.table.getDataBodyRange();
  body.load("values");
  const below = belowRows > 0 ? whole.getRowsBelow(belowRows) : undefined;
  below?.load("formulas,numberFormat");
  return () => {
    if (marker.isNullObject) return { kind: "taken", reason: tableTaken(probe.layout, probe.table.name, sheet.name) };
    const read: TableRead = {
      layout: probe.layout,
      sheet,
      table: probe.table,
      sheetName: sheet.name,
      version: marker.value,
      top: whole.rowIndex,
      left: whole.columnIndex,
      width: whole.columnCount,
      height: whole.rowCount,
      header: header.values[0],
      columns: mapColumns(header.values[0]).columns,
      body: body.values,
      below: below ? { formulas: below.formulas, formats: below.numberFormat } : undefined,
    };
    return { kind: "ours", read };
  };
}

/** Queues the marker read of a sheet that has the layout's name but not its table. */
function queueSheet(probe: Probe): () => PartRead {
  const marker = probe.sheet.customProperties.getItemOrNullObject(SCHEMA_PROPERTY);
  return () =>
    marker.isNullObject
      ? { kind: "taken", reason: sheetTaken(probe.layout, probe.sheet.name) }
      : { kind: "lost", reason: tableLost(probe.layout, probe.sheet.name) };
}

/** Reads every layout in at most two syncs. */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const probes: Probe[] = LAYOUTS.map((layout) => {
    // Only scalar loads on objects that may be null: navigating from a null object is not defined.
    const sheet = context.workbook.worksheets.getItemOrNullObject(layout.sheet);
    sheet.load("name");
    const table = context.workbook.tables.getItemOrNullObject(layout.table);
    table.load("name");
    return { layout, sheet, table };
  });
  const spares = (options.spares ?? []).map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const sparesFree = spares.every((s) => s.isNullObject);

  const pending = probes.map((probe): [TableLayout, () => PartRead] => {
    if (!probe.table.isNullObject) return [probe.layout, queueTable(probe, options.below?.get(probe.layout) ?? 0)];
    if (!probe.sheet.isNullObject) return [probe.layout, queueSheet(probe)];
    return [probe.layout, () => ({ kind: "absent" })];
  });
  if (probes.some((p) => !p.table.isNullObject || !p.sheet.isNullObject)) await context.sync();
  return { parts: new Map(pending.map(([layout, resolve]) => [layout, resolve()])), sparesFree };
}
