/**
 * Bringing one of the add-in's tables on a sheet marked with an older layout version up to this version,
 * before the first write to it (the columns come from src/core/sheets/layout-upgrade.ts). New columns go
 * at the table's right end, into cells that must be empty: their headers are written just right of the
 * header row, which Excel takes into the table as it takes rows written just below it, so nothing is moved,
 * renamed or overwritten. The sheet is marked with the new version last, so that a sheet marked new always
 * has the new columns.
 *
 * Syncs: one to read the cells where the columns go (skipped when none are missing), one to write them and
 * the marker. Only a failing batch costs more: up to two syncs to see what it left and put it back.
 * Office.js batches are not transactions: if Excel fails after the table took the new columns, they stay
 * (taking them out again would shift the user's cells right of the table), and the marker is set again so
 * the table is whole; the action itself is then not done, and the error says so.
 */
import { rangeAddress } from "../../core/sheets/a1";
import { type AppendedColumn, cellsInTheWay } from "../../core/sheets/layout-upgrade";
import { SCHEMA_PROPERTY } from "../../core/sheets/table-layouts";
import { type UpgradeOutcome, besideTaken, columnsDidNotGrow, tableChanged, upgradeFailed } from "./messages";
import { describeOfficeError } from "./office-errors";
import type { TableRead } from "./read";
import { SCHEMA_VERSION } from "../store";

/** The cells right of the table where the new columns go, as the store found them. */
interface Beside {
  address: string;
  formulas: unknown[][];
  formats: unknown[][];
}

/** Rows of `count` copies of `row`, one per table row (header, data rows, any Total Row). */
function rowsOf<T>(count: number, row: readonly T[]): T[][] {
  return Array.from({ length: count }, () => [...row]);
}

/** Queues the writes that make a calculated column of each appended column that has a formula. */
function queueFormulas(read: TableRead, append: readonly AppendedColumn[]): void {
  const rows = read.body.length;
  append.forEach((column, i) => {
    if (column.formula === undefined || rows === 0) return;
    const cells = read.sheet.getRange(rangeAddress(read.top + 1, read.left + read.width + i, rows, 1));
    // The same formula in every data row of a column makes it a calculated column, which Excel fills down.
    cells.formulas = rowsOf(rows, [column.formula]);
  });
}

/** Queues putting back the cells beside the table as `found` has them, and the sheet's old marker (the table did not take the columns). */
function queueUndo(read: TableRead, beside: Beside, found: { formulas: unknown[][]; formats: unknown[][] }): void {
  const range = read.sheet.getRange(beside.address);
  range.formulas = found.formulas;
  range.numberFormat = found.formats;
  read.sheet.customProperties.add(SCHEMA_PROPERTY, read.version);
}

/**
 * After a failed or refused batch: puts back the cells beside the table when the table did not take the
 * columns, or finishes the upgrade (formulas, marker) when it did. Best effort; the first error is the one
 * reported.
 */
async function settle(
  context: Excel.RequestContext,
  read: TableRead,
  append: readonly AppendedColumn[],
  beside: Beside,
  found: { formulas: unknown[][]; formats: unknown[][] },
): Promise<UpgradeOutcome> {
  try {
    const now = read.table.getRange();
    now.load("columnCount");
    await context.sync();
    if (now.columnCount === read.width) {
      queueUndo(read, beside, found);
      await context.sync();
      return "undone";
    }
    if (now.columnCount === read.width + append.length) {
      queueFormulas(read, append);
      read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
      await context.sync();
      return "upgraded";
    }
  } catch {
    // Keep the original error.
  }
  return "unknown";
}

/** Reads the cells where the new columns go and refuses, before writing anything, if any holds something. */
async function readBeside(
  context: Excel.RequestContext,
  read: TableRead,
  append: readonly AppendedColumn[],
): Promise<Beside> {
  const address = rangeAddress(read.top, read.left + read.width, read.height, append.length);
  const range = read.sheet.getRange(address);
  range.load("formulas,numberFormat");
  await context.sync();
  const taken = cellsInTheWay(range.formulas, read.top, read.left + read.width);
  if (taken.length > 0)
    throw besideTaken(
      read.layout,
      append.map((c) => c.header),
      address,
      taken,
    );
  return { address, formulas: range.formulas, formats: range.numberFormat };
}

/** Marks a sheet whose table already has every column with this version (one sync). */
async function markOnly(context: Excel.RequestContext, read: TableRead): Promise<void> {
  read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
  try {
    await context.sync();
  } catch (error) {
    const { code, location } = describeOfficeError(error);
    throw upgradeFailed(read.layout, [], "undone", code, location);
  }
}

/**
 * Appends `append` at the right end of the table and marks its sheet with this version. Refuses, changing
 * nothing, when a cell where the columns go holds something; on any failure, reports what was left.
 */
export async function upgradeTable(
  context: Excel.RequestContext,
  read: TableRead,
  append: readonly AppendedColumn[],
): Promise<void> {
  if (append.length === 0) return markOnly(context, read);
  const headers = append.map((c) => c.header);
  const beside = await readBeside(context, read, append);

  // Read ahead of the writes, in the same batch: the table's size and the cells beside it, to check that
  // nobody changed them since the read above.
  const size = read.table.getRange();
  size.load("rowCount,columnCount");
  const ahead = read.sheet.getRange(beside.address);
  ahead.load("formulas,numberFormat");

  const right = read.left + read.width;
  // Formats first, so the headers stay text and the new cells take the layout's formats as soon as they are typed in.
  read.sheet.getRange(rangeAddress(read.top, right, 1, append.length)).numberFormat = [append.map(() => "@")];
  if (read.body.length > 0)
    read.sheet.getRange(rangeAddress(read.top + 1, right, read.body.length, append.length)).numberFormat = rowsOf(
      read.body.length,
      append.map((c) => c.numberFormat),
    );
  read.sheet.getRange(rangeAddress(read.top, right, 1, append.length)).values = [headers];
  queueFormulas(read, append);
  const grown = read.table.getRange();
  grown.load("columnCount");
  // Last: a sheet marked with this version has every column of it.
  read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));

  try {
    await context.sync();
  } catch (error) {
    const { code, location } = describeOfficeError(error);
    throw upgradeFailed(read.layout, headers, await settle(context, read, append, beside, beside), code, location);
  }
  const untouched =
    size.rowCount === read.height &&
    size.columnCount === read.width &&
    cellsInTheWay(ahead.formulas, 0, 0).length === 0;
  if (!untouched) {
    const outcome = await settle(context, read, append, beside, {
      formulas: ahead.formulas,
      formats: ahead.numberFormat,
    });
    throw tableChanged(read.layout, { undone: outcome === "undone" });
  }
  if (grown.columnCount !== read.width + append.length) {
    const outcome = await settle(context, read, append, beside, beside);
    throw columnsDidNotGrow(read.layout, headers, outcome === "undone");
  }
}
