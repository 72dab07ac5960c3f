/**
 * The offer store in memory: the same interface and the same row codec as the Excel store, with the two
 * tables held as arrays of cells. Tests use it, and so does the preview, which shows these rows as the
 * rows Excel would get. Nothing is persisted: closing the preview forgets everything (compensation data
 * lives only in a workbook).
 */
import { BENCHMARKS_HEADER, benchmarkToCells } from "../core/benchmarks/import";
import { parseBenchmarks } from "../core/benchmarks/parse";
import { type Benchmark, benchmarkKey } from "../core/benchmarks/types";
import { CALCULATED_COLUMNS, type Cell, OFFERS_HEADER, type StoredOffer, mapColumns, offerToCells } from "../core/offer/offers-table";
import type { Offer } from "../core/offer/schema";
import { atRevision, findOfferRow, readOfferRows } from "./offer-rows";
import type { ImportResult, OfferStore, WorkbookSnapshot } from "./store";
import { duplicateId } from "./store-messages";

/** A table as the grid would show it: a header row and data rows (formulas as their text). */
export interface TableCells {
  header: string[];
  rows: Cell[][];
}

/** Where each column of the Offers table sits: the memory store always writes the full header. */
const COLUMNS = mapColumns(OFFERS_HEADER).columns;

export interface MemoryStoreOptions {
  /** The clock for the Updated column. */
  now?: () => Date;
}

export class MemoryStore implements OfferStore {
  readonly kind = "memory";
  private readonly offers: Cell[][] = [];
  private readonly benchmarks: Cell[][] = [];
  private readonly now: () => Date;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  /** The Offers and Benchmarks tables, cell by cell, for the preview. */
  tables(): { offers: TableCells; benchmarks: TableCells } {
    return {
      offers: { header: [...OFFERS_HEADER], rows: this.offers.map((row) => [...row]) },
      benchmarks: { header: [...BENCHMARKS_HEADER], rows: this.benchmarks.map((row) => [...row]) },
    };
  }

  async load(): Promise<WorkbookSnapshot> {
    const parsed = parseBenchmarks([[...BENCHMARKS_HEADER], ...this.benchmarks]);
    return { ...readOfferRows(COLUMNS, this.offers), benchmarks: parsed.rows, benchmarkProblems: parsed.problems };
  }

  async create(offer: Offer): Promise<StoredOffer> {
    if (findOfferRow(COLUMNS, this.offers, offer.id)) throw duplicateId(offer.id);
    const stored = { offer, revision: 1, updated: this.now().toISOString() };
    this.offers.push(this.rowOf(stored));
    return stored;
  }

  async update(offer: Offer, expectedRevision: number): Promise<StoredOffer> {
    const i = this.current(offer.id, expectedRevision);
    const stored = { offer, revision: expectedRevision + 1, updated: this.now().toISOString() };
    this.offers[i] = this.rowOf(stored);
    return stored;
  }

  async remove(id: string, expectedRevision: number): Promise<void> {
    this.offers.splice(this.current(id, expectedRevision), 1);
  }

  async importBenchmarks(rows: readonly Benchmark[]): Promise<ImportResult> {
    const result = { added: 0, replaced: 0 };
    for (const b of rows) {
      const key = benchmarkKey(b.specialty, b.metric);
      const i = this.benchmarks.findIndex((cells) => benchmarkKey(String(cells[0]), String(cells[1])) === key);
      if (i >= 0) {
        this.benchmarks[i] = benchmarkToCells(b);
        result.replaced++;
      } else {
        this.benchmarks.push(benchmarkToCells(b));
        result.added++;
      }
    }
    return result;
  }

  /** The row of an offer with the calculated columns' formulas, as Excel would fill them. */
  private rowOf(stored: StoredOffer): Cell[] {
    return [...offerToCells(stored), ...CALCULATED_COLUMNS.map((c) => c.formula)];
  }

  /** The row index of an offer still at the expected revision. */
  private current(id: string, expectedRevision: number): number {
    return atRevision(findOfferRow(COLUMNS, this.offers, id), id, expectedRevision).index;
  }
}
