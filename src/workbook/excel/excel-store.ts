/**
 * The offer store in an Excel workbook, through Office.js. Every action reads the workbook afresh in a
 * fixed number of syncs, checks that the layout is the add-in's and may be written, then writes only the
 * add-in's own cells: the data columns of its two tables, found by header name. The user's columns, cells
 * beside or below the tables and the calculated columns are never written (after the table is created).
 *
 * Syncs per action, whatever the number of rows: load 2; create 3 (4 if Excel refuses to grow the table);
 * update 3; remove 3; importBenchmarks at most 4; saveProcess and removeProcess 3 (a new process 4 if Excel
 * refuses to grow the table); importSupply at most 4; setProfileValues 3 (7 when it makes or rebuilds the
 * Profile table first); writeHeatmap 3 (heatmap.ts). On a workbook without the tables, load takes 1 and the first create 2. Only a failing batch costs more: up to two syncs to take back what it left behind.
 *
 * An Offers table saved by an earlier version of Leverage (its sheet marked with an older layout version)
 * is read as it is, the fields it has no column for reading as blank. The first create, update, remove or
 * rebuild appends the columns it lacks and marks the sheet with this version (upgrade.ts), then reads the
 * workbook again and writes as usual: up to four more syncs, once.
 *
 * Every Excel.run asks Excel to wait while the user is typing in a cell (`delayForCellEdit`) instead of
 * failing; if Excel refuses anyway, the message says to finish the cell edit (office-errors.ts).
 *
 * Grid edits (watch): once the pane watches, each read registers a change handler on each of the tables
 * the pane shows (Offers, Benchmarks, Profile, Mentor summary, Search, Supply: watched.ts) that exists and has none yet, one more sync
 * that time only; a table made later gets its handler at the read after the save that made it. While a
 * handler is registered, a write turns the runtime's events off for its own changes
 * (`context.runtime.enableEvents`, ExcelApi 1.8) and back on at its end: one more sync per write. Events
 * are off for the few syncs of the write only, and the pane reads the workbook after every write, so a
 * person's edit in that window still reaches the pane. Suppressing instead by "an action is running" would
 * not do: Office.js delivers events after the batch that caused them, possibly once the action is over.
 *
 * Startup (`office`): each read sets the add-in to load with this workbook once it holds the Offers table,
 * and back to none when it does not (startup-behavior.ts).
 */
import type { Benchmark } from "../../core/benchmarks/types";
import { type StoredOffer, idOfCell } from "../../core/offer/offers-table";
import type { Offer } from "../../core/offer/schema";
import { queueLayout, spareSheetName } from "./create-layout";
import { COMPARE_CHART_SERIES } from "../../core/compare/compare-table";
import type { SheetRow } from "../../core/sheets/derived-table";
import { type ChartColumns, rebuildChart } from "./chart";
import {
  BENCHMARKS_LAYOUT,
  DATA_LAYOUTS,
  DERIVED_LAYOUTS,
  OFFERS_LAYOUT,
  PROFILE_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
  type TableLayout,
} from "../../core/sheets/table-layouts";
import type { SearchProcess } from "../../core/campaign/search-row";
import { type StoredProcess, processCells } from "../../core/campaign/search-table";
import type { SupplyRow } from "../../core/sheets/supply-table";
import { findProcessRow, processAtRevision } from "../process-rows";
import { importResult, planBenchmarkImport, planSupplyImport } from "../keyed-import";
import { FROZEN_COPIES } from "../../core/sheets/frozen-copy";
import { freezeCopies } from "./freeze";
import { planUpgrade } from "../../core/sheets/layout-upgrade";
import { upgradeTable } from "./upgrade";
import { busy, tableChanged, yourValueMissing } from "./messages";
import { type ReadOptions, type TableRead, type WorkbookRead, partOf, readWorkbook, tableOf } from "./read";
import { blankCells, offerCells } from "../../core/sheets/row-cells";
import { findOffer, readOnlyReason, snapshotOf } from "./snapshot";
import { type Target, targetOf } from "./target";
import { type RowsPlan, assertAppendable, writeRows } from "./write";
import { type OfficeErrorOptions, describeOfficeError } from "./office-errors";
import { atRevision } from "../offer-rows";
import { hasKeyedRows, planKeyedRows } from "../../core/sheets/keyed-rows";
import {
  type DerivedSheet,
  type ImportResult,
  type OfferStore,
  type RebuildOptions,
  type RebuildResult,
  SCHEMA_VERSION,
  SHOWS_OFFERS,
  StoreError,
  type WorkbookSnapshot,
} from "../store";
import { duplicateId, duplicateProcess, missing, noOffersYet, processMissing, readOnly } from "../store-messages";
import { assertProfileSettings, profileCell } from "../profile-values";
import { PROFILE_SETTING, PROFILE_YOUR_VALUE } from "../../core/sheets/profile-table";
import { profileRowsFor, profileRowsScope } from "../../core/profile/table-rows";
import { writeUserCells } from "./user-cells";
import { type OfficeStartupApi, StartupBehaviorSync } from "./startup-behavior";
import { WATCHED_LAYOUTS } from "../watched";
import type { HeatmapInputs, HeatmapResult } from "../../core/sheets/heatmap-sheet";
import { writeHeatmapSheet } from "./heatmap";

/** How the store reaches Excel: `Excel.run(options, batch)` in the pane, a fake in tests. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * The options of every Excel.run. delayForCellEdit: a batch that reaches Excel while the user is typing in
 * a cell waits until they finish instead of failing. The docs name no requirement set for it; it is a plain
 * property of the options object, so a build that does not know it ignores it (and then the message for
 * InvalidOperationInCellEditMode asks the user to finish the cell edit).
 */
export const RUN_OPTIONS: Readonly<Excel.RunOptions> = { delayForCellEdit: true };

/**
 * The options of this store's runs: RUN_OPTIONS, and where Excel has ExcelApi 1.20, one undo step per
 * action (mergeUndoGroup), so Ctrl+Z takes back a whole save or sheet update rather than its last sync.
 */
function runOptionsFor(office: OfficeStartupApi | undefined): Readonly<Excel.RunOptions> {
  return office?.context.requirements.isSetSupported("ExcelApi", "1.20")
    ? { ...RUN_OPTIONS, mergeUndoGroup: true }
    : RUN_OPTIONS;
}

export interface ExcelStoreOptions {
  run: ExcelRun;
  /** The clock for the Updated column. */
  now?: () => Date;
  /** The `Office` global, to set the add-in's startup behaviour; without it the store leaves it alone. */
  office?: OfficeStartupApi;
}

type ChangeHandler = OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;

/** A workbook read for a write, with the spare sheet names checked free for creating missing sheets. */
interface WriteRead {
  workbook: WorkbookRead;
  spares: readonly string[];
  /** How it was read (spares included), to read it again the same way after an upgrade. */
  options: ReadOptions;
  /** The layouts the write checked, to check them again after an upgrade. */
  checked: readonly TableLayout[];
}

export class ExcelStore implements OfferStore {
  readonly kind = "excel";
  private readonly run: ExcelRun;
  private readonly now: () => Date;
  private readonly startup?: StartupBehaviorSync;
  private readonly runOptions: Readonly<Excel.RunOptions>;
  /** Called when a watched table changes; undefined when nobody watches. */
  private listener?: () => void;
  /** The change handler registered on each watched table, by layout. */
  private readonly handlers = new Map<TableLayout, ChangeHandler>();
  /** A write could not turn events back on: the next action does. */
  private eventsMayBeOff = false;

  constructor(options: ExcelStoreOptions) {
    this.run = options.run;
    this.now = options.now ?? (() => new Date());
    this.startup = options.office && new StartupBehaviorSync(options.office);
    this.runOptions = runOptionsFor(options.office);
  }

  async load(): Promise<WorkbookSnapshot> {
    const { snapshot, offersTable } = await this.act(
      async (context) => {
        const workbook = await readWorkbook(context);
        if (this.attachHandlers(workbook)) await context.sync();
        return { snapshot: snapshotOf(workbook), offersTable: tableOf(workbook, OFFERS_LAYOUT) !== undefined };
      },
      {},
      false,
    );
    await this.startup?.follow({ offersTable });
    return snapshot;
  }

  /**
   * Calls `onEdit` whenever a person (or a co-author) changes one of the tables the pane shows; the store's
   * own writes raise nothing. Handlers are registered at the next load. Resolves the returned function once
   * every handler is removed.
   */
  watch(onEdit: () => void): () => Promise<void> {
    this.listener = onEdit;
    return async () => {
      if (this.listener === onEdit) this.listener = undefined;
      const results = [...this.handlers.values()];
      this.handlers.clear();
      // Office.js removes a handler only in the RequestContext it was added in.
      const byContext = new Map<Excel.RequestContext, ChangeHandler[]>();
      for (const r of results) {
        const context = r.context as Excel.RequestContext;
        byContext.set(context, [...(byContext.get(context) ?? []), r]);
      }
      for (const [context, list] of byContext) {
        await this.run({ ...this.runOptions, previousObjects: context }, async (ctx) => {
          list.forEach((r) => r.remove());
          await ctx.sync();
        }).catch(() => undefined); // a table deleted since: its handler went with it
      }
    };
  }

  /** A change in a watched table: tell the listener (the event's details do not matter, the pane reads all). */
  private readonly onTableChanged = async (): Promise<void> => {
    this.listener?.();
  };

  /** Queues a handler on each watched table that exists and has none; true when one was queued. */
  private attachHandlers(workbook: WorkbookRead): boolean {
    if (!this.listener) return false;
    let queued = false;
    for (const layout of WATCHED_LAYOUTS) {
      const read = tableOf(workbook, layout);
      // A table that is gone took its handler with it; one made again gets a new one.
      if (!read) this.handlers.delete(layout);
      else if (!this.handlers.has(layout)) {
        this.handlers.set(layout, read.table.onChanged.add(this.onTableChanged));
        queued = true;
      }
    }
    return queued;
  }

  async create(offer: Offer): Promise<StoredOffer> {
    return this.act(async (context) => {
      const write = await this.readForWrite(context, { below: new Map([[OFFERS_LAYOUT, 1]]) }, DATA_LAYOUTS);
      const check = (workbook: WorkbookRead) => {
        const existing = tableOf(workbook, OFFERS_LAYOUT);
        if (existing && findOffer(existing, offer.id)) throw duplicateId(offer.id);
        assertAppendable(existing && targetOf(existing), 1);
      };
      check(write.workbook);
      const workbook = await this.upgraded(context, write);
      check(workbook);
      const { spares } = write;
      const stored: StoredOffer = { offer, revision: 1, updated: this.now().toISOString() };
      const { targets, created } = this.layoutTargets(context, workbook, spares, DATA_LAYOUTS);
      await writeRows(
        context,
        { target: targets.get(OFFERS_LAYOUT)!, replace: new Map(), append: [offerCells(stored)] },
        created,
      );
      return stored;
    });
  }

  async update(offer: Offer, expectedRevision: number): Promise<StoredOffer> {
    return this.act(async (context) => {
      const write = await this.readForWrite(context);
      this.current(write.workbook, offer.id, expectedRevision);
      const { read, index } = this.current(await this.upgraded(context, write), offer.id, expectedRevision);
      const stored: StoredOffer = { offer, revision: expectedRevision + 1, updated: this.now().toISOString() };
      await writeRows(
        context,
        { target: targetOf(read), replace: new Map([[index, offerCells(stored)]]), append: [] },
        [],
      );
      return stored;
    });
  }

  async remove(id: string, expectedRevision: number): Promise<void> {
    return this.act(async (context) => {
      const write = await this.readForWrite(context);
      this.current(write.workbook, id, expectedRevision);
      const { read, index } = this.current(await this.upgraded(context, write), id, expectedRevision);
      const target = targetOf(read);
      // A table keeps at least one data row: the last offer's cells are emptied instead, leaving the placeholder.
      const plan: RowsPlan =
        read.body.length === 1
          ? { target, replace: new Map([[index, blankCells(read.layout)]]), append: [] }
          : { target, replace: new Map(), append: [], remove: [index] };
      await writeRows(context, plan, []);
    });
  }

  async importBenchmarks(rows: readonly Benchmark[]): Promise<ImportResult> {
    if (rows.length === 0) return { added: 0, replaced: 0 };
    // Many rows in one batch: if it fails midway, some rows may be saved. Importing again is safe, since a
    // row for the same specialty and metric is replaced, never repeated.
    return this.act((context) => this.importRows(context, rows), { partial: true });
  }

  /** Writes benchmark rows: replacements in place, new rows appended below the table. */
  private async importRows(context: Excel.RequestContext, rows: readonly Benchmark[]): Promise<ImportResult> {
    const { workbook, spares } = await this.readForWrite(
      context,
      { below: new Map([[BENCHMARKS_LAYOUT, rows.length]]) },
      DATA_LAYOUTS,
    );
    const existing = tableOf(workbook, BENCHMARKS_LAYOUT);
    const plan = planBenchmarkImport(existing, rows);
    assertAppendable(existing && targetOf(existing), plan.append.length);
    const { targets, created } = this.layoutTargets(context, workbook, spares, DATA_LAYOUTS);
    await writeRows(context, { target: targets.get(BENCHMARKS_LAYOUT)!, ...plan }, created);
    return importResult(plan, rows.length);
  }

  async saveProcess(process: SearchProcess, expectedRevision?: number): Promise<StoredProcess> {
    const layout = SEARCH_LAYOUT;
    const adding = expectedRevision === undefined;
    return this.act(async (context) => {
      const below = adding ? new Map([[layout, 1]]) : undefined;
      const write = await this.readForWrite(context, { below }, [layout]);
      // Where the row goes: undefined for a new process (its ID checked free), else its row at the revision read.
      const check = (workbook: WorkbookRead) => {
        const read = tableOf(workbook, layout);
        if (adding) {
          if (read && findProcessRow(read.columns, read.body, process.id)) throw duplicateProcess(process.id);
          assertAppendable(read && targetOf(read), 1);
          return undefined;
        }
        if (!read) throw processMissing(process.id);
        const found = findProcessRow(read.columns, read.body, process.id);
        return { read, index: processAtRevision(found, process.id, expectedRevision).index };
      };
      check(write.workbook);
      const workbook = await this.upgraded(context, write, [layout]);
      const at = check(workbook);
      const stored: StoredProcess = {
        process,
        revision: adding ? 1 : expectedRevision + 1,
        updated: this.now().toISOString(),
      };
      if (at) {
        const plan: RowsPlan = {
          target: targetOf(at.read),
          replace: new Map([[at.index, processCells(stored)]]),
          append: [],
        };
        await writeRows(context, plan, []);
      } else {
        const { targets, created } = this.layoutTargets(context, workbook, write.spares, [layout]);
        await writeRows(
          context,
          { target: targets.get(layout)!, replace: new Map(), append: [processCells(stored)] },
          created,
        );
      }
      return stored;
    });
  }

  async removeProcess(id: string, expectedRevision: number): Promise<void> {
    const layout = SEARCH_LAYOUT;
    return this.act(async (context) => {
      const write = await this.readForWrite(context, {}, [layout]);
      const current = (workbook: WorkbookRead) => {
        const read = tableOf(workbook, layout);
        if (!read) throw processMissing(id);
        return {
          read,
          index: processAtRevision(findProcessRow(read.columns, read.body, id), id, expectedRevision).index,
        };
      };
      current(write.workbook);
      const { read, index } = current(await this.upgraded(context, write, [layout]));
      const target = targetOf(read);
      // A table keeps at least one data row: the last process's cells are emptied instead (the Notes stay).
      const plan: RowsPlan =
        read.body.length === 1
          ? { target, replace: new Map([[index, blankCells(layout)]]), append: [] }
          : { target, replace: new Map(), append: [], remove: [index] };
      await writeRows(context, plan, []);
    });
  }

  async importSupply(rows: readonly SupplyRow[]): Promise<ImportResult> {
    if (rows.length === 0) return { added: 0, replaced: 0 };
    const layout = SUPPLY_LAYOUT;
    // Many rows in one batch: if it fails midway, some rows may be saved. Importing again is safe, since a
    // row for the same specialty and state is replaced, never repeated.
    return this.act(
      async (context) => {
        const write = await this.readForWrite(context, { below: new Map([[layout, rows.length]]) }, [layout]);
        const workbook = await this.upgraded(context, write, [layout]);
        const existing = tableOf(workbook, layout);
        const plan = planSupplyImport(existing, rows);
        assertAppendable(existing && targetOf(existing), plan.append.length);
        const { targets, created } = this.layoutTargets(context, workbook, write.spares, [layout]);
        await writeRows(context, { target: targets.get(layout)!, ...plan }, created);
        return importResult(plan, rows.length);
      },
      { partial: true },
    );
  }

  async writeHeatmap(inputs: HeatmapInputs): Promise<HeatmapResult> {
    // A rewrite that fails midway may leave some formulas rewritten and others not: writing again is safe.
    return this.act((context) => writeHeatmapSheet(context, inputs), { partial: true });
  }

  async rebuild(sheet: DerivedSheet, rows: readonly SheetRow[], options: RebuildOptions = {}): Promise<RebuildResult> {
    const layout = DERIVED_LAYOUTS[sheet];
    // Many rows in one batch: if it fails midway, some may be written. Rebuilding again is safe: rows are matched by key.
    return this.act(
      async (context) => {
        const write = await this.readForWrite(context, { below: new Map([[layout, rows.length]]) }, [layout]);
        return (await this.rebuildRead(context, write, sheet, rows, options, SHOWS_OFFERS[sheet])).result;
      },
      { partial: true },
    );
  }

  /**
   * A rebuild after its read (see rebuild). `needsOffers`: the table shows the offers, so it is refused
   * without one and the Offers table is brought up to date first. Resolves to what it did, and whether it
   * made the table.
   */
  private async rebuildRead(
    context: Excel.RequestContext,
    write: WriteRead,
    sheet: DerivedSheet,
    rows: readonly SheetRow[],
    options: RebuildOptions,
    needsOffers: boolean,
  ): Promise<{ result: RebuildResult; created: boolean }> {
    const layout = DERIVED_LAYOUTS[sheet];
    const what = `the ${layout.table} table`;
    const nothing = { result: { written: 0, removed: 0, kept: 0 }, created: false };
    if (needsOffers) assertOffers(write.workbook, what);
    if (rows.length === 0 && !tableOf(write.workbook, layout)) return nothing;
    // The tables built on request refer to the Offers columns by name, so the Offers table is brought up
    // to date first, and the table itself gets the columns this version added to it.
    const workbook = await this.upgraded(context, write, needsOffers ? [OFFERS_LAYOUT, layout] : [layout]);
    if (needsOffers) assertOffers(workbook, what);
    const { spares } = write;
    const existing = tableOf(workbook, layout);
    // A table not made yet plans as an empty one: every row is appended.
    const plan = planKeyedRows(layout, existing?.columns ?? new Map(), existing?.body ?? [], rows, options);
    const result: RebuildResult = { written: rows.length, removed: plan.remove.length, kept: plan.kept };
    if (!existing && rows.length === 0) return { ...nothing, result };
    assertAppendable(existing && targetOf(existing), plan.append.length);
    const { targets, created } = this.layoutTargets(context, workbook, spares, [layout]);
    const target = targets.get(layout)!;
    const bodyRows = await writeRows(context, { target, ...plan }, created);
    const made = created.length > 0;
    const chart = CHARTS[sheet];
    if (!chart) return { result, created: made };
    const chartSkipped = await rebuildChart(context, target, chart, bodyRows);
    return { result: chartSkipped ? { ...result, chartSkipped } : result, created: made };
  }

  async setProfileValues(values: ReadonlyMap<string, string>): Promise<void> {
    assertProfileSettings(values);
    if (values.size === 0) return;
    const layout = PROFILE_LAYOUT;
    const rows = profileRowsFor(values.keys());
    return this.act(async (context) => {
      const write = await this.readForWrite(context, { below: new Map([[layout, rows.length]]) }, [layout]);
      const first = tableOf(write.workbook, layout);
      if (first && !first.columns.has(PROFILE_YOUR_VALUE)) throw readOnly(yourValueMissing());
      // What a failure leaves behind, for its message: the rebuild's rows, or a table made and not removed.
      let partial = false;
      let made = false;
      try {
        let workbook: WorkbookRead;
        if (settingRows(first, values.keys())) workbook = await this.upgraded(context, write, [layout]);
        else {
          // A setting without a row (a new workbook, or a row deleted in the grid): the table is made or
          // rebuilt first, then read again, so the values go to the rows as they now are.
          partial = first !== undefined;
          made = (await this.rebuildRead(context, write, "profile", rows, { inScope: profileRowsScope(rows) }, false))
            .created;
          workbook = await readWorkbook(context);
          assertWritable(workbook, write.checked);
        }
        const read = tableOf(workbook, layout);
        const at = read && settingRows(read, values.keys());
        if (!read || !at) throw tableChanged(layout, { undone: true });
        const cells = new Map([...values].map(([key, text]) => [at.get(key)!, profileCell(text)]));
        await writeUserCells(context, targetOf(read), PROFILE_YOUR_VALUE, cells);
      } catch (error) {
        const conflict = error instanceof StoreError && error.code === "conflict";
        // The table made for these values goes again, so a failed save leaves the workbook as it was; not
        // after a conflict, when another writer has been at it since.
        if (made && !conflict && !(await deleteSheet(context, layout.sheet))) partial = true;
        if (error instanceof StoreError) throw error;
        const { message, location } = describeOfficeError(error, { partial });
        throw new StoreError("office", message, location);
      }
    });
  }

  async freezeCopies(when: string): Promise<string[]> {
    return this.act(async (context) => {
      const { workbook, spares } = await this.readForWrite(context, {}, [], FROZEN_COPIES.length);
      const tables = new Map<string, Excel.Table>();
      for (const layout of [OFFERS_LAYOUT, DERIVED_LAYOUTS.compare]) {
        const read = tableOf(workbook, layout);
        if (read) tables.set(layout.table, read.table);
      }
      assertOffers(workbook, "the value copies");
      return freezeCopies(context, tables, when, spares);
    });
  }

  /**
   * Reads for a write and refuses a workbook whose names are taken or that must not be written. `creates`
   * are the layouts this write makes if they are missing; they are checked along with the data tables.
   * `otherSheets` asks for more spare names, for sheets that hold no table (the value copies).
   */
  private async readForWrite(
    context: Excel.RequestContext,
    options: ReadOptions = {},
    creates: readonly TableLayout[] = [],
    otherSheets = 0,
  ): Promise<WriteRead> {
    // Sheets are created under spare names (see excel-create-layout.ts); the read checks that they are free.
    const spares = Array.from({ length: creates.length + otherSheets }, () => spareSheetName());
    const read: ReadOptions = { ...options, spares };
    const workbook = await readWorkbook(context, read);
    const checked = [...new Set([...DATA_LAYOUTS, ...creates])];
    assertWritable(workbook, checked);
    return { workbook, spares, options: read, checked };
  }

  /**
   * Before the first write to a table saved by an earlier version of Leverage (the Offers table, and the
   * table a rebuild writes): appends the columns it lacks, marks its sheet with this version, and reads the
   * workbook again (checked as before), so the action writes to the table as it now is. Actions call it
   * after their own checks, so an action that is refused changes nothing; the action checks again on what
   * this returns.
   */
  private async upgraded(
    context: Excel.RequestContext,
    write: WriteRead,
    layouts: readonly TableLayout[] = [OFFERS_LAYOUT],
  ): Promise<WorkbookRead> {
    let upgraded = false;
    for (const layout of layouts) {
      const read = tableOf(write.workbook, layout);
      const version = Number(read?.version);
      if (!read || version >= SCHEMA_VERSION) continue;
      await upgradeTable(context, read, planUpgrade(layout, version, read.columns).append);
      upgraded = true;
    }
    if (!upgraded) return write.workbook;
    const workbook = await readWorkbook(context, write.options);
    assertWritable(workbook, write.checked);
    return workbook;
  }

  /** The table of each layout, queuing the creation of those that do not exist yet (under `spares`, in order). */
  private layoutTargets(
    context: Excel.RequestContext,
    workbook: WorkbookRead,
    spares: readonly string[],
    layouts: readonly TableLayout[],
  ) {
    const targets = new Map<TableLayout, Target>();
    const created: string[] = [];
    layouts.forEach((layout, i) => {
      const read = tableOf(workbook, layout);
      if (read) targets.set(layout, targetOf(read));
      else {
        // A table made anew (its old one deleted since the last read) needs a handler of its own.
        this.handlers.delete(layout);
        targets.set(layout, queueLayout(context, layout, spares[i]));
        created.push(spares[i]);
      }
    });
    return { targets, created };
  }

  /** The offer's row if it is still at the expected revision. */
  private current(workbook: WorkbookRead, id: string, expectedRevision: number): { read: TableRead; index: number } {
    const read = tableOf(workbook, OFFERS_LAYOUT);
    if (!read) throw missing(id);
    return { read, index: atRevision(findOffer(read, id), id, expectedRevision).index };
  }

  /**
   * Runs an action; any failure that is not already a StoreError becomes one, with Excel's reason. A write
   * (`write`) runs with the runtime's events off while handlers are registered, so its own changes raise none.
   */
  private async act<T>(
    action: (context: Excel.RequestContext) => Promise<T>,
    options: OfficeErrorOptions = {},
    write = true,
  ): Promise<T> {
    try {
      return await this.run(this.runOptions, async (context) => {
        if (this.eventsMayBeOff) {
          context.runtime.enableEvents = true;
          this.eventsMayBeOff = false;
        }
        if (!write || this.handlers.size === 0) return action(context);
        context.runtime.enableEvents = false;
        try {
          return await action(context);
        } finally {
          context.runtime.enableEvents = true;
          await context.sync().catch(() => (this.eventsMayBeOff = true));
        }
      });
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const { message, location } = describeOfficeError(error, options);
      throw new StoreError("office", message, location);
    }
  }
}

/** Refuses a workbook whose names are taken or that must not be written (checking `layouts`). */
function assertWritable(workbook: WorkbookRead, layouts: readonly TableLayout[]): void {
  const taken = layouts.map((layout) => partOf(workbook, layout)).find((p) => p.kind === "taken");
  if (taken?.kind === "taken") throw new StoreError("name-taken", `${taken.reason} Nothing was changed.`);
  const reason = readOnlyReason(workbook, layouts);
  if (reason) throw readOnly(reason);
  if (!workbook.sparesFree) throw busy();
}

/** Refuses to build `what` from a workbook with no saved offer (a table made on request needs one). */
function assertOffers(workbook: WorkbookRead, what: string): void {
  const offers = tableOf(workbook, OFFERS_LAYOUT);
  if (!offers || !hasKeyedRows(OFFERS_LAYOUT, offers.columns, offers.body)) throw noOffersYet(what);
}

/** The derived tables that carry a chart, and the columns it shows. */
const CHARTS: Partial<Record<DerivedSheet, ChartColumns>> = {
  compare: { categories: COMPARE_CHART_SERIES[0], series: COMPARE_CHART_SERIES.slice(1) },
};

/** Each setting's first data row in the Profile table (as the snapshot reads it), or undefined when one of `keys` has none. */
function settingRows(read: TableRead | undefined, keys: Iterable<string>): Map<string, number> | undefined {
  const keyAt = read?.columns.get(PROFILE_SETTING);
  if (!read || keyAt === undefined) return undefined;
  const rows = new Map<string, number>();
  read.body.forEach((row, i) => {
    const key = idOfCell(row[keyAt]);
    if (key !== "" && !rows.has(key)) rows.set(key, i);
  });
  for (const key of keys) if (!rows.has(key)) return undefined;
  return rows;
}

/** Deletes a sheet the action made, after it failed. Best effort: false when that failed too. */
async function deleteSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  try {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
