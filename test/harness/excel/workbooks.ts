/**
 * Workbooks for the Excel store's tests, built directly in the fake: the add-in's layout as a previous
 * save would have left it (checked against what the store itself creates in excel-store.test.ts), plus
 * helpers to read offers back and to make stored offers.
 */
import { BENCHMARKS_HEADER, BENCHMARKS_SHEET, BENCHMARKS_TABLE } from "../../../src/core/benchmarks/import";
import {
  CALCULATED_COLUMNS,
  DATA_COLUMNS,
  OFFERS_HEADER,
  OFFERS_SHEET,
  OFFERS_TABLE,
  type StoredOffer,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import type { Offer } from "../../../src/core/offer/schema";
import { ExcelStore } from "../../../src/workbook/excel/excel-store";
import { SCHEMA_VERSION } from "../../../src/workbook/store";
import { FakeExcel } from "./fake-excel";
import type { CellValue } from "./fake-excel-grid";
import { offerFrom } from "../offers";

export const NOW = new Date("2026-11-25T10:00:00.000Z");
export const UPDATED = NOW.toISOString();

/** A valid offer with defaults for the fields a test does not care about. */
export function offer(fields: Record<string, unknown> = {}): Offer {
  return offerFrom({ id: "OF-SEED0001", employer: "Mercy Health", ...fields });
}

/** Offers at revision 1, saved at NOW. */
export function stored(offers: readonly Offer[]): StoredOffer[] {
  return offers.map((o) => ({ offer: o, revision: 1, updated: UPDATED }));
}

const OFFER_FORMATS = Object.fromEntries(DATA_COLUMNS.map((c) => [c.header, c.numberFormat]));
const CALCULATED = Object.fromEntries(CALCULATED_COLUMNS.map((c) => [c.header, c.formula]));
const BENCHMARK_FORMATS = { Specialty: "@", Metric: "@", Source: "@", Year: "0" };

/**
 * The ten Offers columns layout version 2 added, written out by hand from the release notes rather than
 * taken from the code under test: a version-1 table is the current one without them.
 */
export const ADDED_IN_VERSION_2: readonly string[] = [
  "Price area",
  "Employer type",
  "Local income tax %",
  "Retirement plan",
  "Match vests after years",
  "Health premium paid per year",
  "Annual raise %",
  "Retention paid in year",
  "Buy-in paid over years",
  "Expected partner income",
];

/** The Offers header as version 1 of the add-in laid it out. */
export const OFFERS_HEADER_V1: readonly string[] = OFFERS_HEADER.filter((h) => !ADDED_IN_VERSION_2.includes(h));

/** A stored offer's row laid out under `header`: its data cells by header, the calculated columns blank. */
export function offerRow(stored: StoredOffer, header: readonly string[]): CellValue[] {
  const cells = offerToCells(stored);
  return header.map((h) => {
    const i = DATA_COLUMNS.findIndex((c) => c.header === h);
    return i >= 0 ? cells[i] : "";
  });
}

export interface Seed {
  offers?: readonly StoredOffer[];
  benchmarks?: readonly (readonly CellValue[])[];
  /** The layout version on both sheets (this version's unless given). */
  schema?: string;
  /** The Offers header, e.g. OFFERS_HEADER_V1 for a table an earlier version saved (this version's unless given). */
  header?: readonly string[];
  /** The user turned on the Offers table's Total Row. */
  totals?: boolean;
  /** Calculated columns' formulas by header where an earlier version wrote another (this version's unless given). */
  formulas?: Readonly<Record<string, string>>;
}

/** A workbook with the add-in's two sheets and tables, as the store lays them out. */
export function seededWorkbook(seed: Seed = {}, fake = new FakeExcel()): FakeExcel {
  const schema = seed.schema ?? String(SCHEMA_VERSION);
  const header = seed.header ?? OFFERS_HEADER;
  fake.addSheet(BENCHMARKS_SHEET, { schema });
  fake.addTable({
    sheet: BENCHMARKS_SHEET,
    name: BENCHMARKS_TABLE,
    header: BENCHMARKS_HEADER,
    rows: seed.benchmarks,
    formats: BENCHMARK_FORMATS,
  });
  fake.addSheet(OFFERS_SHEET, { schema });
  fake.addTable({
    sheet: OFFERS_SHEET,
    name: OFFERS_TABLE,
    header,
    rows: (seed.offers ?? []).map((s) => offerRow(s, header)),
    formats: OFFER_FORMATS,
    calculated: Object.fromEntries(
      Object.entries({ ...CALCULATED, ...seed.formulas }).filter(([h]) => header.includes(h)),
    ),
    totals: seed.totals,
  });
  return fake;
}

/** A store over a fake workbook, with the test clock. */
export function storeOver(fake: FakeExcel): ExcelStore {
  return new ExcelStore({ run: fake.run, now: () => NOW });
}

export { rejection } from "./rejection";

/** Where a header sits in the Offers table. */
export function col(header: string): number {
  const i = OFFERS_HEADER.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}
