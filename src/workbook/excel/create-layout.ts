/**
 * Creating the add-in's sheets and tables on the first write. Office.js batches are not transactions, so
 * each sheet is built under a temporary name and given its real name by the last operation: a batch that
 * fails midway leaves at most a sheet still under its temporary name, which `rollbackLayout` deletes. A
 * half-built sheet therefore never takes the name "Offers" or "Benchmarks" and never blocks the next try.
 */
import { rangeAddress } from "../../core/sheets/a1";
import { type TableLayout, SCHEMA_PROPERTY } from "../../core/sheets/table-layouts";
import { type Target, newTarget } from "./target";
import { SCHEMA_VERSION } from "../store";

/** A temporary sheet name, unlikely to exist (the read checks that it does not). */
export function spareSheetName(): string {
  return `Leverage setup ${Math.random().toString(36).slice(2, 8)}`;
}

/** Queues the creation of one layout's sheet and table; the table has one empty data row. */
export function queueLayout(context: Excel.RequestContext, layout: TableLayout, spareName: string): Target {
  const sheet = context.workbook.worksheets.add(spareName);
  sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
  const width = layout.header.length;
  const header = sheet.getRange(rangeAddress(0, 0, 1, width));
  // Header text stays text, whatever it looks like.
  header.numberFormat = [layout.header.map(() => "@")];
  header.values = [[...layout.header]];
  const table = sheet.tables.add(rangeAddress(0, 0, 2, width), true);
  table.name = layout.table;
  const firstRow = sheet.getRange(rangeAddress(1, 0, 1, width));
  firstRow.numberFormat = [layout.header.map((h) => layout.formats.get(h) ?? layout.displayFormats?.get(h) ?? null)];
  // A formula in the only row of an empty column makes a calculated column, which Excel fills down.
  if (layout.calculated.size > 0) firstRow.formulas = [layout.header.map((h) => layout.calculated.get(h) ?? null)];
  sheet.freezePanes.freezeRows(1);
  sheet.name = layout.sheet;
  return newTarget(layout, sheet, table);
}

/** Deletes sheets still under a temporary name after a failed batch. Best effort: the first error is the one reported. */
export async function rollbackLayout(context: Excel.RequestContext, spareNames: readonly string[]): Promise<void> {
  if (spareNames.length === 0) return;
  try {
    const left = spareNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    const unfinished = left.filter((sheet) => !sheet.isNullObject);
    if (unfinished.length === 0) return;
    unfinished.forEach((sheet) => sheet.delete());
    await context.sync();
  } catch {
    // Nothing more to do: the sheet keeps its temporary name and blocks nothing.
  }
}
