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

export interface Seed {
  offers?: readonly StoredOffer[];
  benchmarks?: readonly (readonly CellValue[])[];
  /** The layout version on both sheets. */
  schema?: string;
  /** The user turned on the Offers table's Total Row. */
  totals?: boolean;
}

/** A workbook with the add-in's two sheets and tables, as the store lays them out. */
export function seededWorkbook(seed: Seed = {}, fake = new FakeExcel()): FakeExcel {
  const schema = seed.schema ?? "1";
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
    header: OFFERS_HEADER,
    rows: (seed.offers ?? []).map((s) => [...offerToCells(s), ...CALCULATED_COLUMNS.map(() => "")]),
    formats: OFFER_FORMATS,
    calculated: CALCULATED,
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
