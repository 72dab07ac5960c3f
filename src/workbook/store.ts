/**
 * The one interface the pane uses to keep offers, benchmarks and the job-search campaign in a workbook. Two implementations: Excel
 * (Office.js, the real workbook) and memory (tests and the preview). Both store rows through the same codec
 * (src/core/offer/offers-table.ts), so what the preview shows is what Excel would get.
 */
import type { Benchmark } from "../core/benchmarks/types";
import type { Offer } from "../core/offer/schema";
import type { StoredOffer } from "../core/offer/offers-table";
import type { SheetRow } from "../core/sheets/derived-table";
import type { RebuildOptions } from "../core/sheets/keyed-rows";
import type { SearchProcess } from "../core/campaign/search-row";
import type { StoredProcess } from "../core/campaign/search-table";
import type { SupplyRow } from "../core/sheets/supply-table";
import type { SavedQuote } from "../core/sheets/quotes-table";
import type { HeatmapInputs, HeatmapResult } from "../core/sheets/heatmap-sheet";

/**
 * The workbook layout version this add-in writes. A later version that changes the layout bumps it.
 * 2: ten more Offers columns (src/core/sheets/layout-upgrade.ts), appended to a version-1 table on its next write.
 */
export const SCHEMA_VERSION = 3;

/** A row of the Offers table that could not be read, e.g. after a hand edit in the grid. */
export interface UnreadableRow {
  /** Position among the table's data rows, from 1. */
  row: number;
  id: string;
  /** The employer, or "(no employer)", so the user can find the row. */
  label: string;
  problems: string[];
}

/** Everything the pane shows, read in one go. */
export interface WorkbookSnapshot {
  offers: StoredOffer[];
  unreadable: UnreadableRow[];
  /** The user's valid rows from the Benchmarks table; they beat shipped benchmarks. */
  benchmarks: Benchmark[];
  /** Problems with the Benchmarks table, one per bad row (formulas that use the table show the first). */
  benchmarkProblems: string[];
  /** Notes a mentor wrote in the Mentor summary, by offer ID (only non-empty notes). */
  mentorNotes: Readonly<Record<string, string>>;
  /**
   * The contract's sentences the user chose to keep (the Contract quotes table), by offer ID. Optional, as
   * the campaign's tables below: read a missing one as none.
   */
  contractQuotes?: Readonly<Record<string, readonly SavedQuote[]>>;
  /** What the candidate typed in the Profile table's "Your value" column, by setting (only non-empty values). */
  profileValues: Readonly<Record<string, string>>;
  /*
   * The campaign's tables. Both stores always set these; they are optional only so that snapshots written
   * out by hand before the tables existed (the pane's tests) stay valid: read a missing one as empty.
   */
  /** The job-search processes of the Search table, in table order. */
  processes?: StoredProcess[];
  /** Rows of the Search table that could not be read, with why (as for offers). */
  unreadableProcesses?: UnreadableRow[];
  /** The rows of the Supply table that read as rows. */
  supply?: SupplyRow[];
  /** Problems with the Supply table, one per bad row. */
  supplyProblems?: string[];
  /** Set when the workbook can be read but must not be written, with the reason (e.g. a newer layout). */
  readOnly?: string;
}

/** The tables Leverage builds from the offers on request. */
export type DerivedSheet = "compare" | "negotiation" | "mentor" | "profile" | "projection" | "quotes";

/**
 * The derived tables a rebuild refuses while there is no offer: those that show the offers. The Contract
 * quotes table is not one of them: deleting the last offer deletes its sentences too.
 */
export const SHOWS_OFFERS: Readonly<Record<DerivedSheet, boolean>> = {
  compare: true,
  negotiation: true,
  mentor: true,
  profile: true,
  projection: true,
  quotes: false,
};

/** What rebuilding a derived table did. */
export interface RebuildResult {
  /** Rows written (replaced or added). */
  written: number;
  /** Rows deleted because what they showed is gone. */
  removed: number;
  /** Rows that would have been deleted but hold the user's writing, kept. */
  kept: number;
  /** Compare only: why the chart was not made, if it was not. */
  chartSkipped?: string;
}

export type { RebuildOptions } from "../core/sheets/keyed-rows";

/** Why a store action did not happen. In every case nothing in the workbook was changed by it. */
export type StoreErrorCode =
  /** A sheet or table name the add-in needs belongs to the user. */
  | "name-taken"
  /** The row changed since the pane read it (a co-author, or an edit in the grid). */
  | "conflict"
  /** The row is gone. */
  | "missing"
  /** An offer (or a process of the Search table) with this ID already exists. */
  | "duplicate-id"
  /** The workbook cannot be written (newer layout, a required column renamed or deleted). */
  | "read-only"
  /** Office.js failed; the message says what to do. */
  | "office";

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For a bug report: where Office.js says it failed. */
    readonly location?: string,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

/** What an import wrote. */
export interface ImportResult {
  added: number;
  replaced: number;
}

/** Offers and benchmarks kept in a workbook. Every action reads the workbook afresh before writing. */
export interface OfferStore {
  readonly kind: "excel" | "memory";
  load(): Promise<WorkbookSnapshot>;
  /** Adds an offer (its ID chosen by the caller) at revision 1. */
  create(offer: Offer): Promise<StoredOffer>;
  /** Replaces an offer's row if it is still at `expectedRevision`; the revision goes up by one. */
  update(offer: Offer, expectedRevision: number): Promise<StoredOffer>;
  /** Deletes an offer's row if it is still at `expectedRevision`. */
  remove(id: string, expectedRevision: number): Promise<void>;
  /** Writes benchmark rows: a row for the same specialty and metric is replaced, others are added. */
  importBenchmarks(rows: readonly Benchmark[]): Promise<ImportResult>;
  /**
   * Rebuilds a derived table so its rows in scope are exactly `rows`: rows kept by key are rewritten in
   * place (the add-in's columns only), new ones appended, stale ones deleted unless the user wrote in them.
   * The table and its sheet are made on first use. Compare also gets its chart of total comp by offer.
   */
  rebuild(sheet: DerivedSheet, rows: readonly SheetRow[], options?: RebuildOptions): Promise<RebuildResult>;
  /**
   * Copies the Offers and Compare tables with their formulas' results as values onto sheets of their own
   * ("Offers (values)", "Compare (values)"), replacing the add-in's earlier copies but refusing one a
   * person has changed. `when` is shown on the copies. Resolves to the sheets written.
   */
  freezeCopies(when: string): Promise<string[]>;
  /**
   * Writes what the candidate set in the pane's profile form into the Profile table's "Your value" column,
   * by setting name ("" clears the cell), as if typed in the grid: a plain number as a number, anything else
   * as text, the column's number format left alone. Only those cells are written; the table is made (or
   * rebuilt, when a setting has lost its row) first if need be. This is the one write Leverage makes to that
   * column, and only when the user saves the form. No offer is needed: the profile belongs to the person.
   */
  setProfileValues(values: ReadonlyMap<string, string>): Promise<void>;
  /**
   * Saves a process of the job search in the Search table, the table made on first use. Without
   * `expectedRevision` the process is added at revision 1 (refused if its ID is taken); with it, its row
   * is replaced if it is still at that revision, and the revision goes up by one. Only the add-in's columns
   * are written: the Notes column and the user's own columns stay as they are.
   */
  saveProcess(process: SearchProcess, expectedRevision?: number): Promise<StoredProcess>;
  /** Deletes a process's row if it is still at `expectedRevision`. */
  removeProcess(id: string, expectedRevision: number): Promise<void>;
  /**
   * Writes checked supply rows to the Supply table, the table made on first use: a row for the same
   * specialty and state is replaced, others are added. Importing the same rows twice changes nothing more.
   */
  importSupply(rows: readonly SupplyRow[]): Promise<ImportResult>;
  /**
   * Writes the Heatmap sheet for a specialty, market and flexibility: the inputs in B1:B3, a US tile grid of
   * live =OFFER.SCARCITY formulas (one per state, with the Supply table when it exists) under a colour
   * scale, and the Heatmap table (State, Score, Reasons) below it. The sheet is made on first use; writing
   * again rewrites the inputs and formulas in place and leaves the table's order and the colours alone.
   * Refused, with nothing changed, when a cell it writes holds something Leverage did not put there.
   */
  writeHeatmap(inputs: HeatmapInputs): Promise<HeatmapResult>;
  /**
   * Calls `onEdit` when a person (or a co-author) changes one of the tables the pane shows in the grid; the
   * store's own writes do not call it. Returns a function that stops watching. Only a store over a grid has
   * it (Excel; the memory store has no grid).
   */
  watch?(onEdit: () => void): () => Promise<void>;
}
