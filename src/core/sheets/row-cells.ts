/**
 * The cells of rows the store writes, as blocks for a single Range write each. Office.js leaves a cell
 * alone when its entry in a values or numberFormat array is null, so one write over whole table rows
 * changes only the add-in's columns: the user's own columns and the calculated columns stay as they are,
 * wherever they sit in the table.
 */
import { BENCHMARKS_HEADER, benchmarkToCells } from "../benchmarks/import";
import type { Benchmark } from "../benchmarks/types";
import { type Cell, type ColumnMap, DATA_COLUMNS, type StoredOffer, offerToCells } from "../offer/offers-table";
import type { TableLayout } from "./table-layouts";

/** A row to write: a cell for each column the add-in writes, by header. */
export type RowCells = ReadonlyMap<string, Cell>;

/** The cells of an offer's row. */
export function offerCells(stored: StoredOffer): RowCells {
  const cells = offerToCells(stored);
  return new Map(DATA_COLUMNS.map((c, i) => [c.header, cells[i]]));
}

/** The cells of a benchmark's row. */
export function benchmarkCells(benchmark: Benchmark): RowCells {
  const cells = benchmarkToCells(benchmark);
  return new Map(BENCHMARKS_HEADER.map((h, i) => [h, cells[i]]));
}

/** A row with every written column blank. */
export function blankCells(layout: TableLayout): RowCells {
  return new Map([...layout.formats.keys()].map((h) => [h, ""]));
}

/** What one values write and one numberFormat write put in a block of table rows (null: leave the cell). */
export interface Block {
  values: (Cell | null)[][];
  numberFormat: (string | null)[][];
}

/** The block for `rows` (undefined: leave that row alone) across a table `width` columns wide. */
export function blockOf(
  layout: TableLayout,
  columns: ColumnMap,
  width: number,
  rows: readonly (RowCells | undefined)[],
): Block {
  const values = rows.map((): (Cell | null)[] => new Array<Cell | null>(width).fill(null));
  const numberFormat = rows.map((): (string | null)[] => new Array<string | null>(width).fill(null));
  rows.forEach((cells, r) => {
    if (!cells) return;
    for (const [header, format] of layout.formats) {
      const i = columns.get(header);
      if (i === undefined || i >= width) continue;
      values[r][i] = cells.get(header) ?? "";
      numberFormat[r][i] = format;
    }
  });
  return { values, numberFormat };
}
