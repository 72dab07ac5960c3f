/**
 * Bringing one of the add-in's tables on a sheet marked with an older layout version up to this version,
 * before the first write to it (the columns and formulas come from src/core/sheets/layout-upgrade.ts). New
 * columns go at the table's right end, into cells that must be empty: their headers are written just right
 * of the header row, which Excel takes into the table as it takes rows written just below it, so nothing is
 * moved, renamed or overwritten. A calculated column whose formula this version changed is rewritten when
 * every row still holds a formula an earlier version wrote (a column a person changed stays theirs). The
 * sheet is marked with the new version last, so that a sheet marked new always has the new columns.
 *
 * Syncs: one to read the cells where the columns go and the changed columns' formulas (skipped when there
 * is neither), one to write them and the marker. Only a failing batch costs more: up to two syncs to see
 * what it left and put it back (the cells beside the table, and the old formulas).
 * Office.js batches are not transactions: if Excel fails after the table took the new columns, they stay
 * (taking them out again would shift the user's cells right of the table), the formulas are written again
 * and the marker is set again so the table is whole; the action itself is then not done, and the error says so.
 */
import { rangeAddress } from "../../core/sheets/a1";
import {
  type AppendedColumn,
  FORMULAS_CHANGED,
  type FormulaRewrite,
  cellsInTheWay,
  formulasToRewrite,
} from "../../core/sheets/layout-upgrade";
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

/** The calculated columns this upgrade rewrites, with the formulas each data row held before (one per row). */
interface Rewrites {
  columns: FormulaRewrite[];
  before: Map<number, unknown[][]>;
}

const NO_REWRITES: Rewrites = { columns: [], before: new Map() };

/** The data cells of one table column, by its place in the table. */
function columnCells(read: TableRead, column: number): Excel.Range {
  return read.sheet.getRange(rangeAddress(read.top + 1, read.left + column, read.body.length, 1));
}

/**
 * Queues loading the data cells' formulas of each column whose formula this version changed; after the
 * sync, gives the columns to rewrite. Undefined, with nothing queued, when the table has no such column.
 */
function queueFormulaRead(read: TableRead): (() => Rewrites) | undefined {
  const changed = Object.keys(FORMULAS_CHANGED[read.layout.table] ?? {});
  const at = changed.map((h) => read.columns.get(h)).filter((c): c is number => c !== undefined);
  if (at.length === 0 || read.body.length === 0) return undefined;
  const ranges = at.map((column) => {
    const range = columnCells(read, column);
    range.load("formulas");
    return { column, range };
  });
  return () => {
    // The rows as formulasToRewrite reads them: only the changed columns are filled in.
    const body = read.body.map((_, r) => {
      const row: unknown[] = [];
      for (const { column, range } of ranges) row[column] = range.formulas[r][0];
      return row;
    });
    const before = new Map(ranges.map(({ column, range }) => [column, range.formulas]));
    return { columns: formulasToRewrite(read.layout, read.columns, body), before };
  };
}

/** Queues writing each rewritten column's new formula into every data row, which keeps it a calculated column. */
function queueRewrites(read: TableRead, rewrites: Rewrites): void {
  for (const { column, formula } of rewrites.columns)
    columnCells(read, column).formulas = rowsOf(read.body.length, [formula]);
}

/** Queues putting back the formulas the rewritten columns held before. */
function queueRewritesUndo(read: TableRead, rewrites: Rewrites): void {
  for (const { column } of rewrites.columns) columnCells(read, column).formulas = rewrites.before.get(column)!;
}

/** Queues putting back the cells beside the table as `found` has them, and the sheet's old marker (the table did not take the columns). */
function queueUndo(
  read: TableRead,
  beside: Beside,
  found: { formulas: unknown[][]; formats: unknown[][] },
  rewrites: Rewrites,
): void {
  queueRewritesUndo(read, rewrites);
  const range = read.sheet.getRange(beside.address);
  range.formulas = found.formulas;
  range.numberFormat = found.formats;
  read.sheet.customProperties.add(SCHEMA_PROPERTY, read.version);
}

/**
 * After a failed or refused batch: puts back the cells beside the table when the table did not take the
 * columns (and the old formulas of the rewritten ones), or finishes the upgrade (formulas, marker) when it
 * did. Best effort; the first error is the one reported.
 */
async function settle(
  context: Excel.RequestContext,
  read: TableRead,
  append: readonly AppendedColumn[],
  beside: Beside,
  found: { formulas: unknown[][]; formats: unknown[][] },
  rewrites: Rewrites,
): Promise<UpgradeOutcome> {
  try {
    const now = read.table.getRange();
    now.load("columnCount");
    await context.sync();
    if (now.columnCount === read.width) {
      queueUndo(read, beside, found, rewrites);
      await context.sync();
      return "undone";
    }
    if (now.columnCount === read.width + append.length) {
      queueFormulas(read, append);
      queueRewrites(read, rewrites);
      read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
      await context.sync();
      return "upgraded";
    }
  } catch {
    // Keep the original error.
  }
  return "unknown";
}

/**
 * Queues reading the cells where the new columns go; after the sync, refuses, before writing anything, if
 * any holds something.
 */
function queueBesideRead(read: TableRead, append: readonly AppendedColumn[]): () => Beside {
  const address = rangeAddress(read.top, read.left + read.width, read.height, append.length);
  const range = read.sheet.getRange(address);
  range.load("formulas,numberFormat");
  return () => besideChecked(read, append, address, range);
}

/** The cells beside the table as read, or the refusal naming those that hold something. */
function besideChecked(
  read: TableRead,
  append: readonly AppendedColumn[],
  address: string,
  range: Excel.Range,
): Beside {
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

/**
 * Marks a sheet whose table already has every column with this version, after rewriting the formulas to
 * rewrite (one sync, or two with formulas to read first). If Excel fails, the old formulas are put back.
 */
async function markOnly(context: Excel.RequestContext, read: TableRead, rewrites: Rewrites): Promise<void> {
  queueRewrites(read, rewrites);
  read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));
  try {
    await context.sync();
  } catch (error) {
    const { code, location } = describeOfficeError(error);
    throw upgradeFailed(read.layout, [], await undoRewrites(context, read, rewrites), code, location);
  }
}

/** After a failed marking: puts back the rewritten columns' old formulas. Best effort. */
async function undoRewrites(
  context: Excel.RequestContext,
  read: TableRead,
  rewrites: Rewrites,
): Promise<UpgradeOutcome> {
  if (rewrites.columns.length === 0) return "undone";
  try {
    queueRewritesUndo(read, rewrites);
    await context.sync();
    return "undone";
  } catch {
    return "unknown";
  }
}

/**
 * Appends `append` at the right end of the table, rewrites the calculated columns whose formula this
 * version changed (when no row was changed by a person), and marks its sheet with this version. Refuses,
 * changing nothing, when a cell where the columns go holds something; on any failure, reports what was left.
 */
export async function upgradeTable(
  context: Excel.RequestContext,
  read: TableRead,
  append: readonly AppendedColumn[],
): Promise<void> {
  const formulas = queueFormulaRead(read);
  const besideRead = append.length > 0 ? queueBesideRead(read, append) : undefined;
  // One sync reads both; a table with neither new columns nor changed formulas needs no read.
  if (besideRead || formulas) await context.sync();
  const rewrites = formulas ? formulas() : NO_REWRITES;
  if (!besideRead) return markOnly(context, read, rewrites);
  const headers = append.map((c) => c.header);
  const beside = besideRead();

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
  // After the new columns: a failure before it leaves nothing of the rewrite to put back.
  queueRewrites(read, rewrites);
  const grown = read.table.getRange();
  grown.load("columnCount");
  // Last: a sheet marked with this version has every column of it.
  read.sheet.customProperties.add(SCHEMA_PROPERTY, String(SCHEMA_VERSION));

  try {
    await context.sync();
  } catch (error) {
    const { code, location } = describeOfficeError(error);
    throw upgradeFailed(
      read.layout,
      headers,
      await settle(context, read, append, beside, beside, rewrites),
      code,
      location,
    );
  }
  const untouched =
    size.rowCount === read.height &&
    size.columnCount === read.width &&
    cellsInTheWay(ahead.formulas, 0, 0).length === 0;
  if (!untouched) {
    const outcome = await settle(
      context,
      read,
      append,
      beside,
      { formulas: ahead.formulas, formats: ahead.numberFormat },
      rewrites,
    );
    throw tableChanged(read.layout, { undone: outcome === "undone" });
  }
  if (grown.columnCount !== read.width + append.length) {
    const outcome = await settle(context, read, append, beside, beside, rewrites);
    throw columnsDidNotGrow(read.layout, headers, outcome === "undone");
  }
}
