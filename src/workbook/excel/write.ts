/**
 * Writing rows to a table in as few range operations as possible, each row in one values write so that a
 * batch failing midway leaves every row either as it was or as saved. Rows are replaced in place; new rows
 * are written directly below the table, which Excel then takes into the table (Microsoft's advice for
 * coauthoring, instead of TableRowCollection.add). Cells already below the table are first moved down by
 * inserting empty cells, never overwritten. Whether the table grew is checked in the same batch; if it did
 * not (the user turned off the AutoCorrect option that grows tables), what was written is taken back. If
 * the batch fails midway, an append that did not make it into the table is taken back the same way.
 *
 * Every write lands where the action read, or is undone. The batch that writes first reads, ahead of its
 * writes, the cells it is about to change, the table's height and what is below it; after the sync these
 * are compared with what the action read a sync earlier. If another writer (a co-author, an edit in the
 * grid, another add-in) moved or changed them in between, the store puts back what it overwrote or deleted
 * in the next sync and reports a conflict. Office.js batches are not transactions: for the moment between
 * the write and its undo, a co-author could see the wrong cells.
 */
import { sameCells } from "../../core/cells";
import { rangeAddress } from "../../core/sheets/a1";
import { rollbackLayout } from "./create-layout";
import { tableChanged, tableDidNotGrow, totalsRowInTheWay } from "./messages";
import { type Block, type RowCells, blockOf } from "../../core/sheets/row-cells";
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
  /** Read ahead of the write in the same batch: the table's height and the cells the rows went to. */
  before?: { height: Excel.Range; cells: Excel.Range };
  /** What the append wrote (null: a cell it left alone), to put back only those cells. */
  block: { values: unknown[][] };
}

/** Queues a read of a range's cells as they are at this point of the batch, ahead of any write after it. */
export function readAhead(sheet: Excel.Worksheet, address: string): Excel.Range {
  const range = sheet.getRange(address);
  range.load("values,formulas,numberFormat");
  return range;
}

/** Syncs, and says whether the sync went through, for clean-up after a failure (whose first error is the one reported). */
export function syncQuietly(context: Excel.RequestContext): Promise<boolean> {
  return context.sync().then(
    () => true,
    () => false,
  );
}

/** A load of the table's height (rows, header and any Total Row included) at this point of the batch. */
export function tableHeight(target: Target): Excel.Range {
  const range = target.table.getRange();
  range.load("rowCount");
  return range;
}

/** `before`, where `written` has a value, else null: what puts back only the cells a write changed. */
function onlyWritten<T>(before: readonly (readonly T[])[], written: readonly (readonly unknown[])[]): (T | null)[][] {
  return before.map((row, r) => row.map((cell, c) => (written[r]?.[c] === null ? null : cell)));
}

/** The address of data rows `first`..`first + count - 1` (from 0) across the whole table. */
export function rowsAddress(target: Target, first: number, count: number): string {
  return rangeAddress(target.top + 1 + first, target.left, count, target.width);
}

/** True when a row as read ahead of the write still holds, in every column the add-in writes, what the action read. */
export function sameWrittenCells(
  target: Target,
  now: readonly unknown[],
  read: readonly unknown[] | undefined,
): boolean {
  if (!read) return false;
  for (const header of target.layout.formats.keys()) {
    const i = target.columns.get(header);
    if (i !== undefined && now[i] !== read[i]) return false;
  }
  return true;
}

/** Refuses, before anything is queued, new rows that a Total Row would keep out of the table. */
export function assertAppendable(target: Target | undefined, count: number): void {
  if (!target) return;
  const beyondPlaceholder = target.placeholder ? count - 1 : count;
  if (beyondPlaceholder > 0 && target.totalsRow) throw totalsRowInTheWay(target.layout);
}

/** The rows one write replaces, as one block from the first replaced row to the last (null: leave the cell). */
interface ReplaceBlock {
  first: number;
  block: Block;
}

/** The block for `replace`, built once for the write and for the read ahead of it; undefined when none. */
function replaceBlock(target: Target, replace: ReadonlyMap<number, RowCells>): ReplaceBlock | undefined {
  if (replace.size === 0) return undefined;
  const indexes = [...replace.keys()];
  const first = Math.min(...indexes);
  const rows = Array.from({ length: Math.max(...indexes) - first + 1 }, (_, i) => replace.get(first + i));
  return { first, block: blockOf(target.layout, target.columns, target.width, rows) };
}

/** Queues whole-row writes in place: one numberFormat and one values write from the first replaced row to the last. */
function queueReplace(target: Target, { first, block }: ReplaceBlock): void {
  const range = target.sheet.getRange(rowsAddress(target, first, block.values.length));
  // The text format goes first, so that Excel stores "=HYPERLINK(…)", "00123" or "1/2" as typed.
  range.numberFormat = block.numberFormat;
  range.values = block.values;
}

/** Queues new rows directly below the table, and a read of the table's height to check that it grew. */
function queueAppend(target: Target, rows: readonly RowCells[]): Append {
  const address = rowsAddress(target, target.bodyRows, rows.length);
  const before = target.check ? { height: tableHeight(target), cells: readAhead(target.sheet, address) } : undefined;
  const occupied = (target.below?.formulas ?? [])
    .slice(0, rows.length)
    .some((row) => row.some((cell) => cell !== "" && cell !== null));
  let range = target.sheet.getRange(address);
  // After an insert the old range object follows the user's cells down; the inserted cells are the returned range.
  if (occupied) range = range.insert("Down");
  const block = blockOf(target.layout, target.columns, target.width, rows);
  range.numberFormat = block.numberFormat;
  range.values = block.values;
  const height = tableHeight(target);
  return { target, count: rows.length, address, inserted: occupied, height, before, block };
}

/**
 * True when the append went where the action read: the table had the height read a sync earlier, and the
 * cells below it still held what was read there (nothing, or the user's cells that were moved down).
 */
function appendLanded(append: Append): boolean {
  const { target, before, count } = append;
  if (!before) return true;
  if (before.height.rowCount !== target.height) return false;
  const expected = (target.below?.formulas ?? []).slice(0, count);
  const blank = (cell: unknown) => cell === "" || cell === null;
  return before.cells.formulas.every((row, r) =>
    row.every((cell, c) => cell === expected[r]?.[c] || (blank(cell) && blank(expected[r]?.[c]))),
  );
}

/** Queues putting back what an append overwrote or moved, as the batch found it. */
function queueUndoAppend(append: Append): void {
  const range = append.target.sheet.getRange(append.address);
  if (append.inserted) {
    range.delete("Up");
    return;
  }
  const cells = append.before!.cells;
  range.numberFormat = onlyWritten(cells.numberFormat, append.block.values);
  range.formulas = onlyWritten(cells.formulas, append.block.values);
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
    const height = tableHeight(append.target);
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
  if (!appendLanded(appended)) {
    queueUndoAppend(appended);
    const undone = await syncQuietly(context);
    throw tableChanged(target.layout, { undone });
  }
  if (appended.height.rowCount !== target.bodyRows + 1 + appended.count) {
    queueTakeBack(appended);
    const cleaned = await syncQuietly(context);
    throw tableDidNotGrow(target.layout, appended.count, cleaned);
  }
}

/** The rows a replace-and-delete batch read ahead of its writes, and what to compare them with. */
interface RowsAhead {
  height: Excel.Range;
  /** The block from the first replaced row to the last, as written by queueReplace. */
  replaced?: { first: number; range: Excel.Range; written: unknown[][] };
  removed: { index: number; range: Excel.Range }[];
}

/** Queues the reads that let the batch check, and undo, its replacements and deletions. */
function queueRowsAhead(target: Target, replaced: ReplaceBlock | undefined, remove: readonly number[]): RowsAhead {
  const ahead: RowsAhead = { height: tableHeight(target), removed: [] };
  if (replaced) {
    const { first, block } = replaced;
    const range = readAhead(target.sheet, rowsAddress(target, first, block.values.length));
    ahead.replaced = { first, range, written: block.values };
  }
  for (const index of remove)
    ahead.removed.push({ index, range: readAhead(target.sheet, rowsAddress(target, index, 1)) });
  return ahead;
}

/** True when every row the batch replaced or deleted was, at that moment, the row the action had read. */
function rowsLanded(target: Target, ahead: RowsAhead, appended: number): boolean {
  if (ahead.height.rowCount !== target.height + appended) return false;
  const { replaced } = ahead;
  const replacedLanded =
    !replaced ||
    replaced.range.values.every(
      (row, r) =>
        replaced.written[r].every((cell) => cell === null) ||
        sameWrittenCells(target, row, target.body[replaced.first + r]),
    );
  return (
    replacedLanded &&
    ahead.removed.every(({ index, range }) => sameWrittenCells(target, range.values[0], target.body[index]))
  );
}

/** Queues putting back, as the batch found them, the rows it deleted (lowest first) and then those it replaced. */
function queueUndoRows(target: Target, ahead: RowsAhead): void {
  const calculated = new Set([...target.layout.calculated.keys()].map((h) => target.columns.get(h)));
  for (const { index, range } of [...ahead.removed].sort((a, b) => a.index - b.index)) {
    const row = target.sheet.getRange(rowsAddress(target, index, 1)).insert("Down");
    row.numberFormat = range.numberFormat;
    // A formula that refers to its own row ([@Column]) is valid only once the row is in the table again,
    // which the other cells bring about (a row written just below a table joins it); calculated columns
    // fill themselves.
    const ownRow = (cell: unknown) => typeof cell === "string" && cell.startsWith("=") && cell.includes("[@");
    row.formulas = range.formulas.map((cells) => cells.map((cell) => (ownRow(cell) ? null : cell)));
    const later = range.formulas.map((cells) =>
      cells.map((cell, c) => (ownRow(cell) && !calculated.has(c) ? cell : null)),
    );
    if (later.some((cells) => cells.some((cell) => cell !== null))) {
      target.sheet.getRange(rowsAddress(target, index, 1)).formulas = later;
    }
  }
  const { replaced } = ahead;
  if (!replaced) return;
  const block = target.sheet.getRange(rowsAddress(target, replaced.first, replaced.written.length));
  block.numberFormat = onlyWritten(replaced.range.numberFormat, replaced.written);
  block.formulas = onlyWritten(replaced.range.formulas, replaced.written);
}

/**
 * Writes a plan: new rows first (one sync, with the check that the table grew), then replacements and
 * deletions (one sync), so an append Excel refuses is taken back before anything else changes. A new table's
 * empty placeholder row takes the first new row. Each sync checks that it wrote where the action read, and
 * undoes its own writes when it did not (a conflict). On an Office.js failure, an append left outside the
 * table is taken back (one that made it in stands, and the write goes on) and sheets still under their
 * temporary names (`spares`) are deleted. Resolves to the table's data rows after the write.
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
    const replaced = replaceBlock(target, replace);
    const ahead =
      target.check && (replaced || remove.length > 0) ? queueRowsAhead(target, replaced, remove) : undefined;
    if (replaced) queueReplace(target, replaced);
    // Highest index first, after the writes above: each deletion leaves the rows above it where they were.
    for (const index of remove) target.table.rows.getItemAt(index).delete();
    if (replaced || remove.length > 0 || rest.length === 0) await context.sync();
    if (ahead && !rowsLanded(target, ahead, rest.length)) {
      queueUndoRows(target, ahead);
      const undone = await syncQuietly(context);
      throw tableChanged(target.layout, { undone, appended: rest.length });
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    await rollbackLayout(context, spares);
    throw error;
  }
  return target.bodyRows + rest.length - remove.length;
}
