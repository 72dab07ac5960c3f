/**
 * Writing rows to a table in as few range operations as possible, each row in one values write so that a
 * batch failing midway leaves every row either as it was or as saved. Rows are replaced in place; new rows
 * are written directly below the table, which Excel then takes into the table (Microsoft's advice for
 * coauthoring, instead of TableRowCollection.add). Cells already below the table are first moved down by
 * inserting empty cells, never overwritten. Whether the table grew is checked in the same batch; if it did
 * not (the user turned off the AutoCorrect option that grows tables), what was written is taken back. If
 * the batch fails midway, an append that did not make it into the table is taken back the same way.
 */
import { sameCells } from "../../core/cells";
import { rangeAddress } from "../../core/sheets/a1";
import { rollbackLayout } from "./create-layout";
import { tableDidNotGrow, totalsRowInTheWay } from "./messages";
import { type RowCells, blockOf } from "../../core/sheets/row-cells";
import type { Target } from "./target";
import { StoreError } from "../store";

/** The rows one action writes to one table: replacements by data-row index (from 0), new rows, rows to delete. */
export interface RowsPlan {
  target: Target;
  replace: ReadonlyMap<number, RowCells>;
  append: readonly RowCells[];
  /** Data-row indexes (as read, before the append) to delete, highest first. */
  remove?: readonly number[];
}

/** An append queued in a batch, and what to check after it. */
interface Append {
  target: Target;
  count: number;
  address: string;
  inserted: boolean;
  height: Excel.Range;
}

/** Refuses, before anything is queued, new rows that a Total Row would keep out of the table. */
export function assertAppendable(target: Target | undefined, count: number): void {
  if (!target) return;
  const beyondPlaceholder = target.placeholder ? count - 1 : count;
  if (beyondPlaceholder > 0 && target.totalsRow) throw totalsRowInTheWay(target.layout);
}

/** Queues whole-row writes in place: one numberFormat and one values write from the first replaced row to the last. */
export function queueReplace(target: Target, replace: ReadonlyMap<number, RowCells>): boolean {
  if (replace.size === 0) return false;
  const indexes = [...replace.keys()];
  const first = Math.min(...indexes);
  const rows = Array.from({ length: Math.max(...indexes) - first + 1 }, (_, i) => replace.get(first + i));
  const block = blockOf(target.layout, target.columns, target.width, rows);
  const range = target.sheet.getRange(rangeAddress(target.top + 1 + first, target.left, rows.length, target.width));
  // The text format goes first, so that Excel stores "=HYPERLINK(…)", "00123" or "1/2" as typed.
  range.numberFormat = block.numberFormat;
  range.values = block.values;
  return true;
}

/** Queues new rows directly below the table, and a read of the table's height to check that it grew. */
function queueAppend(target: Target, rows: readonly RowCells[]): Append {
  const address = rangeAddress(target.top + 1 + target.bodyRows, target.left, rows.length, target.width);
  const occupied = (target.below?.formulas ?? [])
    .slice(0, rows.length)
    .some((row) => row.some((cell) => cell !== "" && cell !== null));
  let range = target.sheet.getRange(address);
  // After an insert the old range object follows the user's cells down; the inserted cells are the returned range.
  if (occupied) range = range.insert("Down");
  const block = blockOf(target.layout, target.columns, target.width, rows);
  range.numberFormat = block.numberFormat;
  range.values = block.values;
  const height = target.table.getRange();
  height.load("rowCount");
  return { target, count: rows.length, address, inserted: occupied, height };
}

/** Queues taking back an append that Excel did not take into the table. */
function queueTakeBack(append: Append): void {
  const range = append.target.sheet.getRange(append.address);
  if (append.inserted) {
    range.delete("Up");
    return;
  }
  range.clear("Contents");
  const formats = append.target.below?.formats.slice(0, append.count);
  range.numberFormat =
    formats && formats.length === append.count
      ? formats
      : Array.from({ length: append.count }, () => new Array(append.target.width).fill("General"));
}

/**
 * After a failed batch: whether the append made it into its table, taking it back if it did not. The
 * rows are in the table when it grew by exactly their number (the batch failed after their values were
 * written, e.g. while reading the table's height). An insert happened if the cells at the append's
 * address no longer hold what was there before (they were moved down). Best effort: if this fails too,
 * the append counts as not made and the first error is the one reported.
 */
async function recoverAppend(context: Excel.RequestContext, append: Append): Promise<boolean> {
  try {
    const height = append.target.table.getRange();
    height.load("rowCount");
    const block = append.target.sheet.getRange(append.address);
    block.load("formulas");
    await context.sync();
    if (height.rowCount === append.target.bodyRows + 1 + append.count) return true;
    if (height.rowCount !== append.target.bodyRows + 1) return false;
    if (append.inserted && sameCells(block.formulas, (append.target.below?.formulas ?? []).slice(0, append.count)))
      return false;
    queueTakeBack(append);
    await context.sync();
  } catch {
    // Keep the original error.
  }
  return false;
}

/** Appends rows in one sync and checks the table took them; a failure that left them in the table is not one. */
async function appendRows(context: Excel.RequestContext, target: Target, rows: readonly RowCells[]): Promise<void> {
  const appended = queueAppend(target, rows);
  try {
    await context.sync();
  } catch (error) {
    if (await recoverAppend(context, appended)) return;
    throw error;
  }
  if (appended.height.rowCount !== target.bodyRows + 1 + appended.count) {
    queueTakeBack(appended);
    const cleaned = await context.sync().then(
      () => true,
      () => false,
    );
    throw tableDidNotGrow(target.layout, appended.count, cleaned);
  }
}

/**
 * Writes a plan: new rows first (one sync, with the check that the table grew), then replacements and
 * deletions (one sync), so an append Excel refuses is taken back before anything else changes. A new table's empty
 * placeholder row takes the first new row. On an Office.js failure, an append left outside the table is
 * taken back (one that made it in stands, and the write goes on) and sheets still under their temporary
 * names (`spares`) are deleted. Resolves to the table's data rows after the write.
 */
export async function writeRows(
  context: Excel.RequestContext,
  plan: RowsPlan,
  spares: readonly string[],
): Promise<number> {
  const { target, append, remove = [] } = plan;
  const fill = target.placeholder && append.length > 0;
  const replace = fill ? new Map(plan.replace).set(0, append[0]) : plan.replace;
  const rest = fill ? append.slice(1) : append;
  try {
    if (rest.length > 0) await appendRows(context, target, rest);
    const replaced = queueReplace(target, replace);
    // Highest index first, after the writes above: each deletion leaves the rows above it where they were.
    for (const index of remove) target.table.rows.getItemAt(index).delete();
    if (replaced || remove.length > 0 || rest.length === 0) await context.sync();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    await rollbackLayout(context, spares);
    throw error;
  }
  return target.bodyRows + rest.length - remove.length;
}
