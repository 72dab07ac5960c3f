/**
 * Turns what was read from the workbook into what the pane shows: offers, unreadable rows, benchmarks, and
 * whether the workbook may be written. The same rules as the memory store: rows read through the Offers
 * table codec, benchmarks through the parser the formulas use.
 */
import { parseBenchmarks } from "../core/benchmarks/parse";
import { type ColumnMap, type RowRead, type StoredOffer, cellsToStored, mapColumns } from "../core/offer/offers-table";
import { columnsMissing, newerLayout } from "./excel-messages";
import type { PartRead, TableRead, WorkbookRead } from "./excel-read";
import { SCHEMA_VERSION, type UnreadableRow, type WorkbookSnapshot } from "./store";

/** An offer row of the table: its position among the data rows (from 0) and what it reads as. */
export interface OfferRow {
  index: number;
  id: string;
  read: RowRead;
}

/** Where each header sits in a table's header row. */
export function columnsOf(read: TableRead): ColumnMap {
  return mapColumns(read.header).columns;
}

/** True for a cell with nothing in it. */
function isEmpty(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** True when none of the columns the add-in writes has anything in this row (a placeholder or spacer row). */
function isBlankRow(read: TableRead, columns: ColumnMap, row: readonly unknown[]): boolean {
  return [...read.layout.formats.keys()].every((header) => {
    const i = columns.get(header);
    return i === undefined || isEmpty(row[i]);
  });
}

/** True for a table whose only data row is empty apart from calculated columns: a new offer fills it. */
export function hasPlaceholder(read: TableRead): boolean {
  if (read.body.length !== 1) return false;
  const columns = columnsOf(read);
  const calculated = new Set([...read.layout.calculated.keys()].map((h) => columns.get(h)));
  return read.body[0].every((cell, i) => calculated.has(i) || isEmpty(cell));
}

/** The offer rows, blank rows left out. */
function offerRows(read: TableRead): OfferRow[] {
  const columns = columnsOf(read);
  const rows: OfferRow[] = [];
  read.body.forEach((row, index) => {
    if (isBlankRow(read, columns, row)) return;
    const result = cellsToStored(columns, row);
    rows.push({ index, id: result.ok ? result.stored.offer.id : result.id, read: result });
  });
  return rows;
}

/** The ID in a row's ID cell, read as the codec reads it. */
function idOf(columns: ColumnMap, row: readonly unknown[]): string {
  const i = columns.get("ID");
  const cell = i === undefined ? undefined : row[i];
  return typeof cell === "string" ? cell.trim() : String(cell ?? "");
}

/**
 * The first row with this ID (later rows with the same ID are reported unreadable and never written).
 * Only the ID column is scanned and only the row found is parsed, so an action costs little per row.
 */
export function findOffer(read: TableRead, id: string): OfferRow | undefined {
  const columns = columnsOf(read);
  const index = read.body.findIndex((row) => idOf(columns, row) === id);
  if (index < 0) return undefined;
  const result = cellsToStored(columns, read.body[index]);
  return { index, id, read: result };
}

/** Why the layout must not be written, if it must not. */
function partProblem(part: PartRead): string | undefined {
  if (part.kind === "taken" || part.kind === "lost") return part.reason;
  if (part.kind !== "ours") return undefined;
  const { read } = part;
  const version = Number(read.version);
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) return newerLayout(read.version);
  const columns = columnsOf(read);
  const missing = [...read.layout.formats.keys()].filter((h) => !columns.has(h));
  return missing.length > 0 ? columnsMissing(read.layout, missing) : undefined;
}

/** The reasons the workbook is read-only, or undefined when it may be written. */
export function readOnlyReason(workbook: WorkbookRead): string | undefined {
  const problems = [workbook.offers, workbook.benchmarks].map(partProblem).filter((p): p is string => p !== undefined);
  return problems.length > 0 ? [...new Set(problems)].join(" ") : undefined;
}

function offersOf(part: PartRead): { offers: StoredOffer[]; unreadable: UnreadableRow[] } {
  const offers: StoredOffer[] = [];
  const unreadable: UnreadableRow[] = [];
  if (part.kind !== "ours") return { offers, unreadable };
  const first = new Map<string, number>();
  for (const row of offerRows(part.read)) {
    const earlier = row.id === "" ? undefined : first.get(row.id);
    if (earlier !== undefined) {
      const label = row.read.ok ? row.read.stored.offer.employer : row.read.label;
      unreadable.push({ row: row.index + 1, id: row.id, label, problems: [`Row ${earlier + 1} has the same ID; Leverage uses that row. Give this row a new ID or delete it.`] });
      continue;
    }
    if (row.id !== "") first.set(row.id, row.index);
    if (row.read.ok) offers.push(row.read.stored);
    else unreadable.push({ row: row.index + 1, id: row.read.id, label: row.read.label, problems: row.read.problems });
  }
  return { offers, unreadable };
}

/** The snapshot the pane shows. */
export function snapshotOf(workbook: WorkbookRead): WorkbookSnapshot {
  const { offers, unreadable } = offersOf(workbook.offers);
  const bench = workbook.benchmarks;
  const parsed = bench.kind === "ours" ? parseBenchmarks([bench.read.header, ...bench.read.body]) : { rows: [], problems: [] };
  const readOnly = readOnlyReason(workbook);
  return { offers, unreadable, benchmarks: parsed.rows, benchmarkProblems: parsed.problems, ...(readOnly ? { readOnly } : {}) };
}
