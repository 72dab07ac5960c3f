/**
 * Planning an import into a table of uniquely keyed rows (Benchmarks by specialty and metric, Supply by
 * specialty and state), the same way in both stores: a row whose key is already in the table replaces that
 * row in place, a new one is appended, and two imported rows with one key become one (the later wins).
 * Importing the same rows twice therefore adds nothing the second time.
 */
import { parseBenchmarks } from "../core/benchmarks/parse";
import { type Benchmark, benchmarkKey } from "../core/benchmarks/types";
import { type RowCells, benchmarkCells } from "../core/sheets/row-cells";
import { type SupplyRow, supplyCells, supplyKey, supplyKeyOfRow } from "../core/sheets/supply-table";
import type { TableRows } from "./snapshot-tables";
import type { ImportResult } from "./store";

/** What an import writes: rows replaced by data-row index (from 0), and rows appended. */
export interface ImportPlan {
  replace: Map<number, RowCells>;
  append: RowCells[];
}

/** Plans writing `rows`, given where each key already stands (its first data row). */
function planByKey<R>(
  existing: ReadonlyMap<string, number>,
  rows: readonly R[],
  keyOf: (row: R) => string,
  cellsOf: (row: R) => RowCells,
): ImportPlan {
  const replace = new Map<number, RowCells>();
  const append: RowCells[] = [];
  const appended = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const at = existing.get(key);
    if (at !== undefined) replace.set(at, cellsOf(row));
    else if (appended.has(key)) append[appended.get(key)!] = cellsOf(row);
    else appended.set(key, append.push(cellsOf(row)) - 1);
  }
  return { replace, append };
}

/** What a plan of `imported` rows did: every row not appended replaced one. */
export function importResult(plan: ImportPlan, imported: number): ImportResult {
  return { added: plan.append.length, replaced: imported - plan.append.length };
}

/** Plans writing `rows` into the Supply table as read (undefined when it is not made yet). */
export function planSupplyImport(table: TableRows | undefined, rows: readonly SupplyRow[]): ImportPlan {
  const existing = new Map<string, number>();
  table?.body.forEach((row, i) => {
    const key = supplyKeyOfRow(table.columns, row);
    if (key !== undefined && !existing.has(key)) existing.set(key, i);
  });
  return planByKey(existing, rows, (row) => supplyKey(row.specialty, row.state), supplyCells);
}

/**
 * Each benchmark row's first data row by specialty and metric, as typed and as the parser names them ("FM"
 * and "Family Medicine"), so an import replaces the row the formulas read for that key.
 */
function benchmarkRowsByKey({ header, columns, body }: TableRows): Map<string, number> {
  const keys = new Map<string, number>();
  const text = (row: readonly unknown[], name: string) => {
    const i = columns.get(name);
    return i === undefined ? "" : String(row[i] ?? "");
  };
  body.forEach((row, i) => {
    const key = benchmarkKey(text(row, "Specialty"), text(row, "Metric"));
    if (key !== "|" && !keys.has(key)) keys.set(key, i);
  });
  // Parsed rows know the canonical names; provenance.row counts the header as row 1.
  for (const b of parseBenchmarks([header, ...body]).rows) {
    const key = benchmarkKey(b.specialty, b.metric);
    if (!keys.has(key) && b.provenance.row !== undefined) keys.set(key, b.provenance.row - 2);
  }
  return keys;
}

/** Plans writing benchmark rows into the Benchmarks table as read (undefined when it is not made yet). */
export function planBenchmarkImport(table: TableRows | undefined, rows: readonly Benchmark[]): ImportPlan {
  const existing = table ? benchmarkRowsByKey(table) : new Map<string, number>();
  return planByKey(existing, rows, (b) => benchmarkKey(b.specialty, b.metric), benchmarkCells);
}
