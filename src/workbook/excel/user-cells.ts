/**
 * Writing cells of a user column of one of the add-in's tables, at the user's request (the profile form
 * writes "Your value" in the Profile table): only the cells given, in one sync, as if typed. The column's
 * number format is left alone, so text that Excel would turn into something else as typed ("1/2", "5%",
 * "=…") gets the apostrophe a person would type to keep it text.
 *
 * The same check as the store's other writes (write.ts): the batch reads the rows it writes to, and the
 * table's height, ahead of the write; after the sync they are compared with what the action read a sync
 * earlier. If another writer changed them in between, the cells written are put back in the next sync and
 * the action reports a conflict.
 */
import type { Cell } from "../../core/offer/offers-table";
import { rangeAddress } from "../../core/sheets/a1";
import { tableChanged } from "./messages";
import type { Target } from "./target";
import { readAhead, rowsAddress, sameWrittenCells, syncQuietly, tableHeight } from "./write";

/**
 * Text as Excel should store it: as it is when typing it would give text anyway, else after an apostrophe
 * (a leading "=", "+", "-", "@", "#" or "'", a digit anywhere, which covers numbers, dates, times, fractions,
 * currency and percentages, or TRUE/FALSE). In a cell formatted as text ("@") Excel keeps an apostrophe as
 * typed; the add-in never formats this column so, and a person who does also gets text without one.
 */
export function typedText(text: string): string {
  return /^[=+\-@#']/.test(text) || /\d/.test(text) || /^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** What to write for a cell: a number as it is, text as typedText has it. */
function input(cell: Cell): Cell {
  return typeof cell === "number" ? cell : typedText(cell);
}

/** What puts a cell back as the batch found it: its formula, or its value as typed (text kept text). */
function restored(value: unknown, formula: unknown): unknown {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  return typeof value === "string" && value !== "" ? typedText(value) : value;
}

/**
 * Writes `cells` (by data-row index from 0) in the user column `header` of `target`, and checks in the same
 * batch that each row written to, and the table's height, are as the action read them: the add-in's columns
 * and the user column's cell. Throws the conflict error, after putting back what it wrote, when they are not.
 */
export async function writeUserCells(
  context: Excel.RequestContext,
  target: Target,
  header: string,
  cells: ReadonlyMap<number, Cell>,
): Promise<void> {
  const column = target.columns.get(header);
  if (column === undefined || cells.size === 0) throw new Error(`No cells to write in "${header}".`);
  const indexes = [...cells.keys()];
  const first = Math.min(...indexes);
  const count = Math.max(...indexes) - first + 1;
  const written = Array.from({ length: count }, (_, r) => {
    const cell = cells.get(first + r);
    return [cell === undefined ? null : input(cell)];
  });
  const address = rangeAddress(target.top + 1 + first, target.left + column, count, 1);
  const height = tableHeight(target);
  const rows = readAhead(target.sheet, rowsAddress(target, first, count));
  // Values only: the column keeps the number format the table (or the person) gave it.
  target.sheet.getRange(address).values = written;
  await context.sync();

  const landed =
    height.rowCount === target.height &&
    rows.values.every(
      (row, r) =>
        written[r][0] === null ||
        (sameWrittenCells(target, row, target.body[first + r]) && row[column] === target.body[first + r]?.[column]),
    );
  if (landed) return;
  const back = target.sheet.getRange(address);
  const only = <T>(cell: (r: number) => T) => written.map((w, r) => [w[0] === null ? null : cell(r)]);
  back.numberFormat = only((r) => rows.numberFormat[r][column]);
  back.values = only((r) => restored(rows.values[r][column], rows.formulas[r][column]));
  const undone = await syncQuietly(context);
  throw tableChanged(target.layout, { undone });
}
