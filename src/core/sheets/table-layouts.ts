/**
 * What the Excel store owns in a workbook: sheets each holding one table whose header starts at A1, and a
 * worksheet custom property on each sheet that marks it as Leverage's and records the layout version.
 * Offers and Benchmarks hold the user's data; Compare, Negotiation and Mentor summary are built from it on
 * request. Search (the job-search campaign) and Supply (the user's physician supply figures) hold the user's
 * data too, each made on its own first write. Everything else in the workbook belongs to the user, and so do the columns made for the user to
 * write in (a mentor's notes, the status of an ask) even inside the add-in's tables.
 */
import { BENCHMARKS_HEADER, BENCHMARKS_SHEET, BENCHMARKS_TABLE } from "../benchmarks/import";
import { CALCULATED_COLUMNS, DATA_COLUMNS, OFFERS_HEADER, OFFERS_SHEET, OFFERS_TABLE } from "../offer/offers-table";
import {
  COMPARE_CALCULATED_COLUMNS,
  COMPARE_DATA_COLUMNS,
  COMPARE_HEADER,
  COMPARE_SHEET,
  COMPARE_TABLE,
} from "../compare/compare-table";
import { type DerivedTableSpec, headerOf } from "./derived-table";
import { MENTOR_SPEC } from "./mentor-table";
import { NEGOTIATION_SPEC } from "./negotiation-table";
import { QUOTES_SPEC } from "./quotes-table";
import { PROFILE_SPEC } from "./profile-table";
import { PROJECTION_FORMATS, PROJECTION_SPEC } from "./projection-table";
import { SEARCH_COLUMNS, SEARCH_NOTES, SEARCH_HEADER, SEARCH_SHEET, SEARCH_TABLE } from "../campaign/search-table";
import { SUPPLY_FORMATS, SUPPLY_HEADER, SUPPLY_SHEET, SUPPLY_TABLE } from "./supply-table";
import { HEATMAP_HEADER, HEATMAP_SHEET, HEATMAP_TABLE, tableFormula } from "./heatmap-sheet";

/** The worksheet custom property (ExcelApi 1.12) that marks an owned sheet; its value is the layout version. */
export const SCHEMA_PROPERTY = "LeverageSchema";

/** One owned table and the sheet it lives on. */
export interface TableLayout {
  sheet: string;
  table: string;
  /** What the user calls the table's rows, for messages. */
  rows: string;
  header: readonly string[];
  /** The columns the add-in writes, by header, with their number formats ("@" keeps typed text as text). */
  formats: ReadonlyMap<string, string>;
  /** The calculated columns' formulas, by header: set once when the table is made, then Excel fills them down. */
  calculated: ReadonlyMap<string, string>;
  /** Number formats of calculated columns, set once when the table is made. */
  displayFormats?: ReadonlyMap<string, string>;
  /** Columns made for the user to write in: created with the table, never written by the add-in. */
  userColumns: readonly string[];
  /** The column whose text names each row, for tables rebuilt row by row (none for Benchmarks). */
  key?: string;
}

export const OFFERS_LAYOUT: TableLayout = {
  sheet: OFFERS_SHEET,
  table: OFFERS_TABLE,
  rows: "offers",
  header: OFFERS_HEADER,
  formats: new Map(DATA_COLUMNS.map((c) => [c.header, c.numberFormat])),
  calculated: new Map(CALCULATED_COLUMNS.map((c) => [c.header, c.formula])),
  userColumns: [],
  key: "ID",
};

/** Text stays text; percentiles stay plain numbers ("General" never shows "4,763." the way "#,##0.##" does). */
const BENCHMARK_FORMATS: Readonly<Record<string, string>> = { Specialty: "@", Metric: "@", Source: "@", Year: "0" };

export const BENCHMARKS_LAYOUT: TableLayout = {
  sheet: BENCHMARKS_SHEET,
  table: BENCHMARKS_TABLE,
  rows: "benchmarks",
  header: BENCHMARKS_HEADER,
  formats: new Map(BENCHMARKS_HEADER.map((h) => [h, BENCHMARK_FORMATS[h] ?? "General"])),
  calculated: new Map(),
  userColumns: [],
};

/** The tables of the user's data, created together on the first write: the Offers formulas refer to Benchmarks. */
export const DATA_LAYOUTS: readonly TableLayout[] = [BENCHMARKS_LAYOUT, OFFERS_LAYOUT];

/** The layout of a table built from the offers on request. */
function derivedLayout(spec: DerivedTableSpec): TableLayout {
  return {
    sheet: spec.sheet,
    table: spec.table,
    rows: spec.rows,
    header: headerOf(spec),
    formats: new Map(spec.written.map((c) => [c.header, c.numberFormat])),
    calculated: new Map(spec.calculated.map((c) => [c.header, c.formula])),
    userColumns: spec.userColumns,
    key: spec.key,
  };
}

/** Compare: the ID and flag counts written, every other column a live formula over the Offers table. */
export const COMPARE_LAYOUT: TableLayout = {
  sheet: COMPARE_SHEET,
  table: COMPARE_TABLE,
  rows: "offers compared",
  header: COMPARE_HEADER,
  formats: new Map(COMPARE_DATA_COLUMNS.map((c) => [c.header, c.numberFormat])),
  calculated: new Map(COMPARE_CALCULATED_COLUMNS.map((c) => [c.header, c.formula])),
  displayFormats: new Map(COMPARE_CALCULATED_COLUMNS.map((c) => [c.header, c.numberFormat])),
  userColumns: [],
  key: "ID",
};

export const NEGOTIATION_LAYOUT = derivedLayout(NEGOTIATION_SPEC);
export const MENTOR_LAYOUT = derivedLayout(MENTOR_SPEC);
export const PROFILE_LAYOUT = derivedLayout(PROFILE_SPEC);
export const QUOTES_LAYOUT = derivedLayout(QUOTES_SPEC);
export const PROJECTION_LAYOUT: TableLayout = { ...derivedLayout(PROJECTION_SPEC), displayFormats: PROJECTION_FORMATS };

/** The tables built from the offers on request, by the name the store's callers use. */
export const DERIVED_LAYOUTS = {
  compare: COMPARE_LAYOUT,
  negotiation: NEGOTIATION_LAYOUT,
  mentor: MENTOR_LAYOUT,
  profile: PROFILE_LAYOUT,
  projection: PROJECTION_LAYOUT,
  quotes: QUOTES_LAYOUT,
} as const;

/**
 * Search: one row per process of the job search, kept by ID and revision as offers are. "Notes" is the
 * candidate's column, made with the table and never written.
 */
export const SEARCH_LAYOUT: TableLayout = {
  sheet: SEARCH_SHEET,
  table: SEARCH_TABLE,
  rows: "processes",
  header: SEARCH_HEADER,
  formats: new Map(SEARCH_COLUMNS.map((c) => [c.header, c.numberFormat])),
  calculated: new Map(),
  userColumns: [SEARCH_NOTES],
  key: "ID",
};

/** Supply: physicians per 100,000 by specialty and state, imported by the user as Benchmarks are. */
export const SUPPLY_LAYOUT: TableLayout = {
  sheet: SUPPLY_SHEET,
  table: SUPPLY_TABLE,
  rows: "supply rows",
  header: SUPPLY_HEADER,
  formats: new Map(SUPPLY_HEADER.map((h) => [h, SUPPLY_FORMATS[h]])),
  calculated: new Map(),
  userColumns: [],
};

/**
 * Heatmap: every state's scarcity for the inputs at the top of its sheet, below the tile grid
 * (src/core/sheets/heatmap-sheet.ts). Not in LAYOUTS: its own writer reads and checks it
 * (src/workbook/excel/heatmap.ts), so no other action reads it or waits for it. The formulas here are those
 * without a Supply table; the writer picks the variant.
 */
export const HEATMAP_LAYOUT: TableLayout = {
  sheet: HEATMAP_SHEET,
  table: HEATMAP_TABLE,
  rows: "heatmap",
  header: HEATMAP_HEADER,
  formats: new Map([["State", "@"]]),
  calculated: new Map([
    ["Score", tableFormula("SCARCITY", false)],
    ["Reasons", tableFormula("SCARCITYWHY", false)],
  ]),
  displayFormats: new Map([
    ["Score", "0"],
    ["Reasons", "General"],
  ]),
  userColumns: [],
};

/**
 * The campaign's tables: the user's data, each made on its own first write (a workbook saved before they
 * existed simply lacks them until then). Unlike Offers and Benchmarks, a problem with one of them stops only
 * the writes to it.
 */
export const CAMPAIGN_LAYOUTS: readonly TableLayout[] = [SEARCH_LAYOUT, SUPPLY_LAYOUT];

/** Every table the add-in owns: the data tables, those built from them on request, then the campaign's. */
export const LAYOUTS: readonly TableLayout[] = [
  ...DATA_LAYOUTS,
  ...Object.values(DERIVED_LAYOUTS),
  ...CAMPAIGN_LAYOUTS,
];
