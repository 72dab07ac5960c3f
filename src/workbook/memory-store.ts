/**
 * The offer store in memory: the same interface and the same row codec as the Excel store, with the two
 * tables held as arrays of cells. Tests use it, and so does the preview, which shows these rows as the
 * rows Excel would get. Nothing is persisted: closing the preview forgets everything (compensation data
 * lives only in a workbook).
 */
import { BENCHMARKS_HEADER, benchmarkToCells } from "../core/benchmarks/import";
import { parseBenchmarks } from "../core/benchmarks/parse";
import { type Benchmark, benchmarkKey } from "../core/benchmarks/types";
import { CALCULATED_COLUMNS, type Cell, OFFERS_HEADER, type StoredOffer, cellsToStored, mapColumns, offerToCells } from "../core/offer/offers-table";
import type { Offer } from "../core/offer/schema";
import type { ImportResult, OfferStore, UnreadableRow, WorkbookSnapshot } from "./store";
import { conflict, duplicateId, missing } from "./store-messages";

/** A table as the grid would show it: a header row and data rows (formulas as their text). */
export interface TableCells {
  header: string[];
  rows: Cell[][];
}

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
    const { columns } = mapColumns(OFFERS_HEADER);
    const offers: StoredOffer[] = [];
    const unreadable: UnreadableRow[] = [];
    this.offers.forEach((row, i) => {
      const read = cellsToStored(columns, row);
      if (read.ok) offers.push(read.stored);
      else unreadable.push({ row: i + 1, id: read.id, label: read.label, problems: read.problems });
    });
    const parsed = parseBenchmarks([[...BENCHMARKS_HEADER], ...this.benchmarks]);
    return { offers, unreadable, benchmarks: parsed.rows, benchmarkProblems: parsed.problems };
  }

  async create(offer: Offer): Promise<StoredOffer> {
    if (this.indexOf(offer.id) >= 0) throw duplicateId(offer.id);
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

  private indexOf(id: string): number {
    return this.offers.findIndex((row) => row[0] === id);
  }

  /** The row index of an offer still at the expected revision. */
  private current(id: string, expectedRevision: number): number {
    const i = this.indexOf(id);
    if (i < 0) throw missing(id);
    const { columns } = mapColumns(OFFERS_HEADER);
    const read = cellsToStored(columns, this.offers[i]);
    const revision = read.ok ? read.stored.revision : Number.NaN;
    if (revision !== expectedRevision) throw conflict(read.ok ? read.stored.offer.employer : read.label, expectedRevision, revision);
    return i;
  }
}
