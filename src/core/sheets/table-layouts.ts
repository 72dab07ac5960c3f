/**
 * What the Excel store owns in a workbook: sheets each holding one table whose header starts at A1, and a
 * worksheet custom property on each sheet that marks it as Leverage's and records the layout version.
 * Offers and Benchmarks hold the user's data; Compare, Negotiation and Mentor summary are built from it on
 * request. Everything else in the workbook belongs to the user, and so do the columns made for the user to
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
import { PROFILE_SPEC } from "./profile-table";
import { PROJECTION_FORMATS, PROJECTION_SPEC } from "./projection-table";

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
export const PROJECTION_LAYOUT: TableLayout = { ...derivedLayout(PROJECTION_SPEC), displayFormats: PROJECTION_FORMATS };

/** The tables built from the offers on request, by the name the store's callers use. */
export const DERIVED_LAYOUTS = {
  compare: COMPARE_LAYOUT,
  negotiation: NEGOTIATION_LAYOUT,
  mentor: MENTOR_LAYOUT,
  profile: PROFILE_LAYOUT,
  projection: PROJECTION_LAYOUT,
} as const;

/** Every table the add-in owns: the data tables, then those built from them on request. */
export const LAYOUTS: readonly TableLayout[] = [...DATA_LAYOUTS, ...Object.values(DERIVED_LAYOUTS)];
