/**
 * The offer store in memory: the same interface and the same row codec as the Excel store, with the two
 * tables held as arrays of cells. Tests use it, and so does the preview, which shows these rows as the
 * rows Excel would get. Nothing is persisted: closing the preview forgets everything (compensation data
 * lives only in a workbook).
 */
import { BENCHMARKS_HEADER } from "../core/benchmarks/import";
import type { Benchmark } from "../core/benchmarks/types";
import {
  CALCULATED_COLUMNS,
  type Cell,
  OFFERS_HEADER,
  type StoredOffer,
  idOfCell,
  mapColumns,
  offerToCells,
} from "../core/offer/offers-table";
import type { Offer } from "../core/offer/schema";
import type { SheetRow } from "../core/sheets/derived-table";
import { FROZEN_COPIES, calculatedValues, copyBlock, type CopyBlock } from "../core/sheets/frozen-copy";
import {
  BENCHMARKS_LAYOUT,
  DERIVED_LAYOUTS,
  OFFERS_LAYOUT,
  PROFILE_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
  type TableLayout,
} from "../core/sheets/table-layouts";
import { type TableRows, snapshotFromTables } from "./snapshot-tables";
import { PROFILE_SETTING, PROFILE_YOUR_VALUE } from "../core/sheets/profile-table";
import { profileRowsFor, profileRowsScope } from "../core/profile/table-rows";
import { planKeyedRows } from "../core/sheets/keyed-rows";
import { atRevision, findOfferRow } from "./offer-rows";
import {
  type DerivedSheet,
  type ImportResult,
  type OfferStore,
  type RebuildOptions,
  type RebuildResult,
  SHOWS_OFFERS,
  type WorkbookSnapshot,
} from "./store";
import { duplicateId, noOffersYet } from "./store-messages";
import { assertProfileSettings, profileCell } from "./profile-values";
import type { SearchProcess } from "../core/campaign/search-row";
import { SEARCH_HEADER, type StoredProcess, processCells } from "../core/campaign/search-table";
import { SUPPLY_HEADER, type SupplyRow } from "../core/sheets/supply-table";
import { findProcessRow, processAtRevision } from "./process-rows";
import { duplicateProcess } from "./store-messages";
import { type ImportPlan, importResult, planBenchmarkImport, planSupplyImport } from "./keyed-import";
import { type HeatmapInputs, type HeatmapResult, heatmapBlock, heatmapCells } from "../core/sheets/heatmap-sheet";

/** A table as the grid would show it: a header row and data rows (formulas as their text). */
export interface TableCells {
  header: string[];
  rows: Cell[][];
}

/** Where each column of the Offers table sits: the memory store always writes the full header. */
const COLUMNS = mapColumns(OFFERS_HEADER).columns;
const SEARCH_COLUMNS = mapColumns(SEARCH_HEADER).columns;

/** A full-width row of a table from the cells written by header; the other columns keep `row`'s cells (or are blank). */
function fullRow(header: readonly string[], cells: ReadonlyMap<string, Cell>, row?: readonly Cell[]): Cell[] {
  return header.map((h, i) => cells.get(h) ?? row?.[i] ?? "");
}

export interface MemoryStoreOptions {
  /** The clock for the Updated column. */
  now?: () => Date;
}

export class MemoryStore implements OfferStore {
  readonly kind = "memory";
  private readonly offers: Cell[][] = [];
  private readonly benchmarks: Cell[][] = [];
  /** The Search and Supply tables, each row the full header wide (empty until the first write). */
  private readonly search: Cell[][] = [];
  private readonly supply: Cell[][] = [];
  /** The derived tables made so far (Compare, Negotiation, Mentor summary), each row the full header wide. */
  private readonly derived = new Map<TableLayout, Cell[][]>();
  /** The value copies made so far, by sheet name. */
  private readonly copies = new Map<string, CopyBlock>();
  /** The Heatmap sheet's cells from A1, once written. */
  private heatmapCells?: string[][];
  private readonly now: () => Date;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  /** The Offers, Benchmarks, Search and Supply tables, and the derived tables made so far, cell by cell, for the preview. */
  tables(): {
    offers: TableCells;
    benchmarks: TableCells;
    search: TableCells;
    supply: TableCells;
    derived: Partial<Record<DerivedSheet, TableCells>>;
    copies: Record<string, Cell[][]>;
  } {
    const derived: Partial<Record<DerivedSheet, TableCells>> = {};
    for (const [sheet, layout] of Object.entries(DERIVED_LAYOUTS) as [DerivedSheet, TableLayout][]) {
      const rows = this.derived.get(layout);
      if (rows) derived[sheet] = { header: [...layout.header], rows: rows.map((row) => [...row]) };
    }
    return {
      offers: { header: [...OFFERS_HEADER], rows: this.offers.map((row) => [...row]) },
      benchmarks: { header: [...BENCHMARKS_HEADER], rows: this.benchmarks.map((row) => [...row]) },
      search: { header: [...SEARCH_HEADER], rows: this.search.map((row) => [...row]) },
      supply: { header: [...SUPPLY_HEADER], rows: this.supply.map((row) => [...row]) },
      derived,
      copies: Object.fromEntries(
        [...this.copies].map(([sheet, block]) => [sheet, block.values.map((row) => [...row])]),
      ),
    };
  }

  /** A table as the stores' shared code reads it; undefined for a derived table not made yet. */
  private tableRows(layout: TableLayout): TableRows | undefined {
    const data = new Map<TableLayout, Cell[][]>([
      [OFFERS_LAYOUT, this.offers],
      [BENCHMARKS_LAYOUT, this.benchmarks],
      [SEARCH_LAYOUT, this.search],
      [SUPPLY_LAYOUT, this.supply],
    ]);
    const body = data.get(layout) ?? this.derived.get(layout);
    return body && { header: layout.header, columns: mapColumns(layout.header).columns, body };
  }

  async load(): Promise<WorkbookSnapshot> {
    return snapshotFromTables((layout) => this.tableRows(layout));
  }

  async saveProcess(process: SearchProcess, expectedRevision?: number): Promise<StoredProcess> {
    const found = findProcessRow(SEARCH_COLUMNS, this.search, process.id);
    if (expectedRevision === undefined) {
      if (found) throw duplicateProcess(process.id);
      const stored = { process, revision: 1, updated: this.now().toISOString() };
      this.search.push(fullRow(SEARCH_HEADER, processCells(stored)));
      return stored;
    }
    const { index } = processAtRevision(found, process.id, expectedRevision);
    const stored = { process, revision: expectedRevision + 1, updated: this.now().toISOString() };
    this.search[index] = fullRow(SEARCH_HEADER, processCells(stored), this.search[index]);
    return stored;
  }

  async removeProcess(id: string, expectedRevision: number): Promise<void> {
    const { index } = processAtRevision(findProcessRow(SEARCH_COLUMNS, this.search, id), id, expectedRevision);
    this.search.splice(index, 1);
  }

  async importSupply(rows: readonly SupplyRow[]): Promise<ImportResult> {
    const plan = planSupplyImport(this.tableRows(SUPPLY_LAYOUT), rows);
    this.applyImport(this.supply, SUPPLY_HEADER, plan);
    return importResult(plan, rows.length);
  }

  /** Writes an import's plan into a table's rows: replacements in place, the rest appended. */
  private applyImport(table: Cell[][], header: readonly string[], plan: ImportPlan): void {
    for (const [index, cells] of plan.replace) table[index] = fullRow(header, cells, table[index]);
    table.push(...plan.append.map((cells) => fullRow(header, cells)));
  }

  async writeHeatmap(inputs: HeatmapInputs): Promise<HeatmapResult> {
    // As in Excel, the formulas read the Supply table only when it exists.
    const withSupply = this.supply.length > 0;
    const created = this.heatmapCells === undefined;
    this.heatmapCells = heatmapBlock(heatmapCells(inputs, withSupply));
    return { created, withSupply };
  }

  /** The Heatmap sheet's cells from A1 (formulas as text), or undefined before the first write: for tests and the preview. */
  heatmap(): string[][] | undefined {
    return this.heatmapCells?.map((row) => [...row]);
  }

  /** Writes in the Search table's Notes column, as a person would in the grid: for tests and the preview. */
  writeProcessNote(id: string, text: string): void {
    const found = findProcessRow(SEARCH_COLUMNS, this.search, id);
    if (!found) throw new Error(`No process "${id}" in the Search table.`);
    this.search[found.index][SEARCH_HEADER.indexOf("Notes")] = text;
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
    const plan = planBenchmarkImport(this.tableRows(BENCHMARKS_LAYOUT), rows);
    this.applyImport(this.benchmarks, BENCHMARKS_LAYOUT.header, plan);
    return importResult(plan, rows.length);
  }

  async rebuild(sheet: DerivedSheet, rows: readonly SheetRow[], options: RebuildOptions = {}): Promise<RebuildResult> {
    const layout = DERIVED_LAYOUTS[sheet];
    if (SHOWS_OFFERS[sheet] && this.offers.length === 0) throw noOffersYet(`the ${layout.table} table`);
    return this.rebuildTable(layout, rows, options);
  }

  async setProfileValues(values: ReadonlyMap<string, string>): Promise<void> {
    assertProfileSettings(values);
    if (values.size === 0) return;
    const columns = mapColumns(PROFILE_LAYOUT.header).columns;
    const keyAt = columns.get(PROFILE_SETTING)!;
    const valueAt = columns.get(PROFILE_YOUR_VALUE)!;
    // The first row of a setting, as the snapshot reads it (a copied row below it is ignored there too).
    const rowOf = (key: string) => this.derived.get(PROFILE_LAYOUT)?.find((row) => idOfCell(row[keyAt]) === key);
    if ([...values.keys()].some((key) => !rowOf(key))) {
      const rows = profileRowsFor(values.keys());
      this.rebuildTable(PROFILE_LAYOUT, rows, { inScope: profileRowsScope(rows) });
    }
    for (const [key, text] of values) rowOf(key)![valueAt] = profileCell(text);
  }

  /** Rebuilds a derived table by key (see planKeyedRows), making it on first use. */
  private rebuildTable(layout: TableLayout, rows: readonly SheetRow[], options: RebuildOptions = {}): RebuildResult {
    const table = this.derived.get(layout) ?? [];
    const plan = planKeyedRows(layout, mapColumns(layout.header).columns, table, rows, options);
    const full = (cells: ReadonlyMap<string, Cell>, row?: Cell[]): Cell[] =>
      layout.header.map((h, i) => cells.get(h) ?? row?.[i] ?? layout.calculated.get(h) ?? "");
    for (const [index, cells] of plan.replace) table[index] = full(cells, table[index]);
    for (const index of plan.remove) table.splice(index, 1);
    const added = plan.append.map((cells) => full(cells));
    // As in Excel, a table's emptied last row is its placeholder, which the first new row fills.
    if (
      added.length > 0 &&
      table.length === 1 &&
      table[0].every((cell, i) => cell === "" || layout.calculated.has(layout.header[i]))
    )
      table.splice(0, 1);
    table.push(...added);
    this.derived.set(layout, table);
    return { written: rows.length, removed: plan.remove.length, kept: plan.kept };
  }

  async freezeCopies(when: string): Promise<string[]> {
    if (this.offers.length === 0) throw noOffersYet("the value copies");
    const { offers, benchmarks } = await this.load();
    const byId = new Map(offers.map((s) => [s.offer.id, s.offer]));
    const compare = DERIVED_LAYOUTS.compare;
    const sources: Record<
      string,
      { header: readonly string[]; calculated: ReadonlySet<string>; rows: Cell[][] } | undefined
    > = {
      Offers: {
        header: OFFERS_HEADER,
        calculated: new Set(CALCULATED_COLUMNS.map((c) => c.header)),
        rows: this.offers,
      },
      Compare: this.derived.has(compare)
        ? { header: compare.header, calculated: new Set(compare.calculated.keys()), rows: this.derived.get(compare)! }
        : undefined,
    };
    const written: string[] = [];
    for (const copy of FROZEN_COPIES) {
      const source = sources[copy.table];
      if (!source) continue;
      const header = [...source.header];
      const idAt = header.indexOf("ID");
      // Formula columns take the result the core computes for the row's offer, as Excel would show it.
      const rows = source.rows.map((row) => {
        const offer = byId.get(String(row[idAt]));
        const values = offer ? calculatedValues(offer, { benchmarks }) : new Map<string, Cell>();
        return row.map((cell, i) => (source.calculated.has(header[i]) ? (values.get(header[i]) ?? "") : cell));
      });
      this.copies.set(copy.sheet, copyBlock(copy, when, [header, ...rows], []));
      written.push(copy.sheet);
    }
    return written;
  }

  /**
   * Writes in a user column of a derived table, as a person would in the grid (a mentor's note, the status
   * of an ask): for tests and for the preview, which has no grid to type in.
   */
  writeUserCell(sheet: DerivedSheet, key: string, header: string, text: string): void {
    const layout = DERIVED_LAYOUTS[sheet];
    const column = layout.userColumns.includes(header) ? layout.header.indexOf(header) : -1;
    const keyColumn = layout.header.indexOf(layout.key ?? "");
    const row = this.derived.get(layout)?.find((r) => r[keyColumn] === key);
    if (column < 0 || !row) throw new Error(`No user column "${header}" in a row "${key}" of ${layout.table}.`);
    row[column] = text;
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
