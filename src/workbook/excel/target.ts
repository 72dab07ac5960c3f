/**
 * A table the store is about to write to: where it is, where each column is, and what is below it. Made
 * from a table just read, or from one queued for creation in the same batch.
 */
import { type ColumnMap, mapColumns } from "../../core/offer/offers-table";
import type { TableLayout } from "../../core/sheets/table-layouts";
import type { TableRead } from "./read";
import { hasPlaceholder } from "./snapshot";

export interface Target {
  layout: TableLayout;
  sheet: Excel.Worksheet;
  table: Excel.Table;
  /** Sheet row and column of the header's first cell, from 0. */
  top: number;
  left: number;
  width: number;
  /** Data rows before this action. */
  bodyRows: number;
  columns: ColumnMap;
  /** The only data row is empty and takes the first new row. */
  placeholder: boolean;
  /** A Total Row sits below the data rows, so rows cannot be appended by writing below the table. */
  totalsRow: boolean;
  /** The rows below the table as read (undefined: a new sheet, empty below the table). */
  below?: { formulas: unknown[][]; formats: unknown[][] };
  /** Rows of the whole table as read: header, data rows and a Total Row if there is one. */
  height: number;
  /** The data rows as read, to check in the write's own batch that nothing moved or changed since. */
  body: readonly (readonly unknown[])[];
  /** False for a table created in the write's own batch: no other writer can have touched it. */
  check: boolean;
}

/** The target for a table that was read. */
export function targetOf(read: TableRead): Target {
  return {
    layout: read.layout,
    sheet: read.sheet,
    table: read.table,
    top: read.top,
    left: read.left,
    width: read.width,
    bodyRows: read.body.length,
    columns: read.columns,
    placeholder: hasPlaceholder(read),
    totalsRow: read.height > read.body.length + 1,
    below: read.below,
    height: read.height,
    body: read.body,
    check: true,
  };
}

/** The target for a table created in this batch at A1 with one empty data row. */
export function newTarget(layout: TableLayout, sheet: Excel.Worksheet, table: Excel.Table): Target {
  return {
    layout,
    sheet,
    table,
    top: 0,
    left: 0,
    width: layout.header.length,
    bodyRows: 1,
    columns: mapColumns(layout.header).columns,
    placeholder: true,
    totalsRow: false,
    height: 2,
    body: [layout.header.map(() => "")],
    check: false,
  };
}
