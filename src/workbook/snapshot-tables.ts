/**
 * The snapshot the pane shows, from the tables as read: the same in both stores, which differ only in how
 * they hold a table (Excel: read from the workbook; memory: arrays). Offers and processes through their
 * codecs, benchmarks and supply rows through the parsers the formulas use, the user's columns of the
 * Mentor summary and Profile by key, and the contract sentences kept by offer.
 */
import { parseBenchmarks } from "../core/benchmarks/parse";
import type { ColumnMap } from "../core/offer/offers-table";
import { userTextByKey } from "../core/sheets/keyed-rows";
import { MENTOR_NOTES } from "../core/sheets/mentor-table";
import { PROFILE_YOUR_VALUE } from "../core/sheets/profile-table";
import { readQuotes } from "../core/sheets/quotes-table";
import { readSupplyRows } from "../core/sheets/supply-table";
import {
  BENCHMARKS_LAYOUT,
  MENTOR_LAYOUT,
  OFFERS_LAYOUT,
  PROFILE_LAYOUT,
  QUOTES_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
  type TableLayout,
} from "../core/sheets/table-layouts";
import { readOfferRows } from "./offer-rows";
import { readProcessRows } from "./process-rows";
import type { WorkbookSnapshot } from "./store";

/** A table as read: its header, where each header stands, and its data rows. */
export interface TableRows {
  header: readonly unknown[];
  columns: ColumnMap;
  body: readonly (readonly unknown[])[];
}

/** Everything but whether the workbook is read-only, from `tableOf` (undefined for a table not made). */
export function snapshotFromTables(tableOf: (layout: TableLayout) => TableRows | undefined): WorkbookSnapshot {
  const offers = tableOf(OFFERS_LAYOUT);
  const bench = tableOf(BENCHMARKS_LAYOUT);
  const benchmarks = bench ? parseBenchmarks([bench.header, ...bench.body]) : { rows: [], problems: [] };
  const userText = (layout: TableLayout, header: string) => {
    const table = tableOf(layout);
    return table ? userTextByKey(layout, table.columns, table.body, header) : {};
  };
  const quotes = tableOf(QUOTES_LAYOUT);
  const search = tableOf(SEARCH_LAYOUT);
  const { processes, unreadable: unreadableProcesses } = search
    ? readProcessRows(search.columns, search.body)
    : { processes: [], unreadable: [] };
  const supplyTable = tableOf(SUPPLY_LAYOUT);
  const supply = supplyTable ? readSupplyRows(supplyTable.columns, supplyTable.body) : { rows: [], problems: [] };
  return {
    ...(offers ? readOfferRows(offers.columns, offers.body) : { offers: [], unreadable: [] }),
    benchmarks: benchmarks.rows,
    benchmarkProblems: benchmarks.problems,
    mentorNotes: userText(MENTOR_LAYOUT, MENTOR_NOTES),
    contractQuotes: quotes ? readQuotes(quotes.columns, quotes.body) : {},
    profileValues: userText(PROFILE_LAYOUT, PROFILE_YOUR_VALUE),
    processes,
    unreadableProcesses,
    supply: supply.rows,
    supplyProblems: supply.problems,
  };
}
