/**
 * A small, strict fake of the part of the Excel JavaScript API the workbook store uses: the proxies in
 * fake-excel-proxies.ts over the workbook model in fake-excel-grid.ts (see that file for the Excel
 * behaviour modelled: typed-input coercion, table growth, calculated columns, inserts and deletes).
 *
 * API surface: `workbook.worksheets` (getItem, getItemOrNullObject, add), `workbook.tables` (getItem,
 * getItemOrNullObject); Worksheet (name, customProperties.add/getItemOrNullObject, tables.add, getRange
 * by A1 address, freezePanes.freezeRows, delete); Table (name, worksheet, getRange, getHeaderRowRange,
 * getDataBodyRange, rows.getItemAt().delete()); Worksheet.charts; Range (values, formulas, numberFormat, rowIndex,
 * columnIndex, rowCount, columnCount, getRowsBelow, insert("Down"), delete("Up"), clear("Contents")).
 *
 * Faithful where the store's correctness depends on it:
 * - Proxy objects and batches: property writes, method calls and loads are queued and run in order at
 *   `context.sync()`; reading a property that was not loaded and synced throws (PropertyNotLoaded); a batch
 *   that fails keeps the operations before the failing one applied and delivers none of its loads.
 * - Objects are located when the batch reaches them (getItem on a missing name fails then, ItemNotFound);
 *   `*OrNullObject` objects get `isNullObject` at the sync; range objects move with inserts and deletes,
 *   and `insert` returns the inserted cells.
 * - Names of sheets and tables are unique without regard to case; tables are looked up workbook-wide.
 * - Range.conditionalFormats.add("ColorScale") with colorScale.criteria (ExcelApi 1.6), kept per sheet
 *   (`colourScales`); any other conditional format is a violation.
 * - Worksheet custom properties (ExcelApi 1.12), `freezePanes.freezeRows`; charts (ExcelApi 1.1: add over a
 *   range of the same sheet, getItemOrNullObject by name, name, title.text, series.getItemAt().setXAxisValues (ExcelApi 1.7),
 *   setPosition, delete; nothing drawn).
 * - `Excel.run` syncs what is still queued when the batch resolves.
 * - Interleaving: `beforeSync` is awaited at the start of every sync, so a test can hold batches of two
 *   stores (or a pane and a co-author) and release them in any order (excel/held-syncs.ts).
 * - Fault injection: the N-th counted operation (loads, `*OrNullObject` look-ups and every write) or the
 *   next operation of a kind fails with an OfficeExtension.Error-like object after those before it applied.
 *
 * - Table change events (`Table.onChanged`, `context.runtime.enableEvents`; fake-excel-events.ts), run
 *   options (`delayForCellEdit`, `previousObjects` as a context, `mergeUndoGroup` on a host with ExcelApi 1.20;
 *   every run's options are kept in `runOptions`),
 *   cell edit mode (`startCellEdit`/`finishCellEdit`: a batch fails with InvalidOperationInCellEditMode
 *   unless its run asked to wait), and `Office.addin` startup behaviour (fake-office.ts).
 *
 * Not modelled: other events, `set()`, `track()`, Excel enums (the store passes their string values), loading
 * without property names, formula evaluation, and everything outside the surface above.
 *
 * Strict: any property or method the fake does not implement throws, and so does loading a property it
 * does not know. Such misses are also recorded in `violations`, so a test cannot pass on a store that
 * swallowed the error; tests assert `violations` is empty.
 */
import type { ExcelRun } from "../../../src/workbook/excel/excel-store";
import {
  type Area,
  type CellModel,
  type CellValue,
  type ChartModel,
  type ColourScaleModel,
  FakeOfficeError,
  NotModelled,
  SheetModel,
  type TableModel,
  WorkbookModel,
  bottomOf,
  headerOf,
  parseAddress,
} from "./fake-excel-grid";
import { FakeContext, type FakeHost, type Op, type OpKind } from "./fake-excel-proxies";
import { type ChangeSource, TableEvents } from "./fake-excel-events";
import { FakeOffice } from "./fake-office";

export type { OpKind } from "./fake-excel-proxies";

export type FaultCode = "InvalidArgument" | "ItemNotFound" | "GeneralException";

/** A table to set up before a test: header at `at`, data rows, calculated formulas by header. */
export interface TableSetup {
  sheet: string;
  name: string;
  at?: string;
  header: readonly string[];
  rows?: readonly (readonly CellValue[])[];
  /** Number formats by header, applied to the data rows. */
  formats?: Readonly<Record<string, string>>;
  calculated?: Readonly<Record<string, string>>;
  totals?: boolean;
}

/** The fake workbook: set it up, hand `run` to the store, then inspect. */
export class FakeExcel implements FakeHost {
  readonly model = new WorkbookModel();
  syncCount = 0;
  /** Counted operations run so far (loads, look-ups, writes). */
  operationCount = 0;
  /** Operations that changed the workbook. */
  writeCount = 0;
  readonly log: string[] = [];
  /** What the store reached that the fake does not model: must stay empty. */
  readonly violations: string[] = [];
  /** Called at the start of every sync (see held-syncs.ts): lets a test interleave two writers' batches. */
  beforeSync?: () => Promise<void>;
  private faults: Array<{ at?: number; kind?: OpKind; code: FaultCode }> = [];
  private armedAt = 0;
  readonly events = new TableEvents(this.model);
  /** The `Office` global's startup-behaviour members, over this fake (fake-office.ts). */
  readonly office = new FakeOffice(this);
  /** The options of every Excel.run, in order (undefined for a run given none). */
  readonly runOptions: Array<Excel.RunOptions | undefined> = [];
  private editing: { done: Promise<void>; finish: () => void } | undefined;

  /**
   * Excel.run, with or without options: a new context (or the one in `previousObjects`); what is still
   * queued when the batch resolves is synced.
   */
  readonly run = (async <T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof first === "function" ? undefined : first;
    const batch = typeof first === "function" ? first : second!;
    this.runOptions.push(options);
    const previous = options?.previousObjects;
    if (previous !== undefined && !(previous instanceof FakeContext))
      throw this.violation(new NotModelled("previousObjects other than a RequestContext"));
    for (const key of Object.keys(options ?? {}))
      if (!this.runOptionKnown(key)) throw this.violation(new NotModelled(`Excel.run option ${key}`));
    const context = previous ?? new FakeContext(this, options?.delayForCellEdit === true);
    context.reopen();
    this.model.live.clear();
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }) as ExcelRun & (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>);

  /**
   * Whether this host knows a run option: delayForCellEdit and previousObjects always; mergeUndoGroup only
   * with ExcelApi 1.20, where it merges a run's syncs into one undo step (undo itself is not modelled).
   */
  private runOptionKnown(key: string): boolean {
    if (key === "delayForCellEdit" || key === "previousObjects") return true;
    return key === "mergeUndoGroup" && this.office.context.requirements.isSetSupported("ExcelApi", "1.20");
  }

  /** The user starts typing in a cell: batches fail, or wait when their run asked to (delayForCellEdit). */
  startCellEdit(): void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.editing = { done, finish };
  }

  /** The user presses Enter or Esc: batches that waited go on. */
  finishCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.finish();
  }

  cellEdit(): Promise<void> | undefined {
    return this.editing?.done;
  }

  /**
   * A person changes cells in the grid (typing, pasting, or a co-author with `source` "Remote"): the
   * values go in as typed (see setCells), and each watched table the block touches raises one event.
   */
  editCells(
    sheetName: string,
    address: string,
    values: readonly (readonly CellValue[])[],
    source: ChangeSource = "Local",
  ): void {
    const before = this.events.fingerprints();
    this.setCells(sheetName, address, values);
    this.events.raiseChanged(before, source);
  }

  /** A person deletes a sheet by hand (its tables and their handlers go with it). */
  deleteSheet(sheetName: string): void {
    const sheet = this.sheetNamed(sheetName);
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    for (const t of this.model.tablesOn(sheet)) this.model.tables.splice(this.model.tables.indexOf(t), 1);
  }

  get autoExpand(): boolean {
    return this.model.autoExpand;
  }
  set autoExpand(on: boolean) {
    this.model.autoExpand = on;
  }

  /** Makes the `index`-th counted operation from now (0 first) fail. */
  failOperation(index: number, code: FaultCode = "GeneralException"): void {
    this.armedAt = this.operationCount;
    this.faults.push({ at: index, code });
  }

  /** Makes the next operation of a kind fail. */
  failNext(kind: OpKind, code: FaultCode = "GeneralException"): void {
    this.faults.push({ kind, code });
  }

  /** The failure for an operation about to run, if one is armed for it (each fires once). */
  faultFor(kind: OpKind): ((op: Op) => FakeOfficeError) | undefined {
    const i = this.faults.findIndex((f) =>
      f.at !== undefined ? this.operationCount - this.armedAt === f.at : f.kind === kind,
    );
    if (i < 0) return undefined;
    const [fault] = this.faults.splice(i, 1);
    return (op) => new FakeOfficeError(fault.code, `Injected ${fault.code} at ${op.what}.`, op.what);
  }

  /** Reads an address; one the fake does not take is a violation. */
  address(address: string): Omit<Area, "sheet"> {
    try {
      return parseAddress(address);
    } catch (error) {
      throw error instanceof NotModelled ? this.violation(error) : error;
    }
  }

  /** Records a miss of the fake, and returns it to throw. */
  violation(error: NotModelled): NotModelled {
    this.violations.push(error.message);
    return error;
  }

  checkSheetName(name: string): void {
    if (name === "" || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name.`, "Worksheet.name");
    if (this.model.sheet(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`, "Worksheet.name");
  }

  checkTableName(name: string, self?: TableModel): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`, "Table.name");
    const other = this.model.table(name);
    if (other && other !== self)
      throw new FakeOfficeError("ItemAlreadyExists", `A table named "${name}" already exists.`, "Table.name");
  }

  /** A table over a range whose first row holds the header, as TableCollection.add(address, true). */
  createTable(sheet: SheetModel, at: Omit<Area, "sheet">): TableModel {
    if (at.rows < 2) throw this.violation(new NotModelled("a table over a single row"));
    const overlaps = this.model
      .tablesOn(sheet)
      .some(
        (t) =>
          at.row <= bottomOf(t) &&
          at.row + at.rows > t.top &&
          at.column < t.left + t.width &&
          at.column + at.columns > t.left,
      );
    if (overlaps)
      throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
    const seen = new Set<string>();
    for (let c = 0; c < at.columns; c++) {
      const cell = sheet.cell(at.row, at.column + c);
      let name = String(cell.value) === "" ? `Column${c + 1}` : String(cell.value);
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${cell.value}${n}`;
      seen.add(name.toLowerCase());
      sheet.setCell(at.row, at.column + c, { value: name, format: cell.format });
    }
    let n = 1;
    while (this.model.table(`Table${n}`)) n++;
    const table: TableModel = {
      name: `Table${n}`,
      sheet,
      top: at.row,
      left: at.column,
      width: at.columns,
      bodyRows: at.rows - 1,
      totals: false,
      calculated: new Map(),
    };
    this.model.tables.push(table);
    return table;
  }

  // ----- Setting up a workbook (not Office.js: the state a test starts from) -----

  /** Adds a sheet, marked with the layout version when `schema` is given. */
  addSheet(name: string, options: { schema?: string } = {}): SheetModel {
    this.checkSheetName(name);
    const sheet = new SheetModel(name);
    if (options.schema !== undefined)
      sheet.properties.set("leverageschema", { key: "LeverageSchema", value: options.schema });
    this.model.sheets.push(sheet);
    return sheet;
  }

  /** Puts values in cells as they are (no coercion); strings starting with "=" are formulas. */
  setCells(sheetName: string, address: string, values: readonly (readonly CellValue[])[], format = "General"): void {
    const sheet = this.sheetNamed(sheetName);
    const at = parseAddress(address);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = typeof value === "string" && value.startsWith("=") ? value : undefined;
        sheet.setCell(
          at.row + r,
          at.column + c,
          formula ? { value: "#NOT-EVALUATED!", formula, format } : { value, format },
        );
      }),
    );
  }

  /** Sets the number format of a block, as a user would. */
  formatCells(sheetName: string, address: string, format: string): void {
    const sheet = this.sheetNamed(sheetName);
    const a = parseAddress(address);
    for (let r = 0; r < a.rows; r++)
      for (let c = 0; c < a.columns; c++)
        sheet.setCell(a.row + r, a.column + c, { ...sheet.cell(a.row + r, a.column + c), format });
  }

  /** Adds a table with its header, rows and calculated columns. */
  addTable(setup: TableSetup): TableModel {
    const sheet = this.sheetNamed(setup.sheet);
    const at = parseAddress(setup.at ?? "A1");
    const rows = setup.rows && setup.rows.length > 0 ? setup.rows : [setup.header.map(() => "")];
    this.setCells(setup.sheet, rangeAt(at.row, at.column, 1, setup.header.length), [setup.header]);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = setup.formats?.[setup.header[c]] ?? "General";
        this.setCells(setup.sheet, rangeAt(at.row + 1 + r, at.column + c, 1, 1), [[value]], format);
      }),
    );
    const table = this.createTable(sheet, { ...at, rows: rows.length + 1, columns: setup.header.length });
    this.checkTableName(setup.name, table);
    table.name = setup.name;
    for (const [header, formula] of Object.entries(setup.calculated ?? {})) {
      const c = setup.header.indexOf(header);
      table.calculated.set(c, formula);
      rows.forEach((_, r) =>
        sheet.setCell(at.row + 1 + r, at.column + c, { value: "#NOT-EVALUATED!", formula, format: "General" }),
      );
    }
    if (setup.totals) {
      table.totals = true;
      sheet.setCell(bottomOf(table), at.column, { value: "Total", format: "General" });
    }
    return table;
  }

  // ----- Inspecting -----

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** The raw values of a block (a formula cell reads as its formula). */
  cells(sheetName: string, address: string): CellValue[][] {
    return this.block(sheetName, address, (cell) => cell.formula ?? cell.value);
  }

  /** The values of a block as Excel would return them (a formula cell reads as not evaluated). */
  values(sheetName: string, address: string): CellValue[][] {
    return this.block(sheetName, address, (cell) => cell.value);
  }

  formats(sheetName: string, address: string): string[][] {
    return this.block(sheetName, address, (cell) => cell.format);
  }

  /** A table as the grid shows it. */
  table(name: string): {
    sheet: string;
    top: number;
    left: number;
    header: string[];
    rows: CellValue[][];
    calculated: Record<string, string>;
    totals: boolean;
  } {
    const t = this.model.table(name);
    if (!t) throw new Error(`no table ${name}`);
    const header = headerOf(t);
    const rows = Array.from({ length: t.bodyRows }, (_, r) =>
      Array.from({ length: t.width }, (_, c) => t.sheet.cell(t.top + 1 + r, t.left + c)).map(
        (cell) => cell.formula ?? cell.value,
      ),
    );
    const calculated = Object.fromEntries([...t.calculated].map(([c, f]) => [header[c], f]));
    return { sheet: t.sheet.name, top: t.top, left: t.left, header, rows, calculated, totals: t.totals };
  }

  /** A sheet's custom property, if set. */
  property(sheetName: string, key: string): string | undefined {
    return this.sheetNamed(sheetName).properties.get(key.toLowerCase())?.value;
  }

  /** The charts on a sheet, as made (name, type, source block, title, position). */
  charts(sheetName: string): ChartModel[] {
    return this.sheetNamed(sheetName).charts.map((c) => ({
      ...c,
      source: { ...c.source },
      categories: { ...c.categories },
    }));
  }

  /** The colour scales added on every sheet, sheet by sheet in order, each with its sheet's name now. */
  colourScales(): Array<{ sheet: string } & ColourScaleModel> {
    return this.model.sheets.flatMap((s) =>
      s.colourScales.map((scale) => ({ sheet: s.name, area: { ...scale.area }, criteria: scale.criteria })),
    );
  }

  frozenRows(sheetName: string): number {
    return this.sheetNamed(sheetName).frozenRows;
  }

  /** Everything in the workbook, to compare before and after. */
  dump(): string {
    const sheets = this.model.sheets.map((s) => {
      const cells: Array<[number, number, CellModel]> = [];
      for (let r = 0; r < s.height; r++)
        for (let c = 0; c < 200; c++)
          if (s.cell(r, c).value !== "" || s.cell(r, c).format !== "General") cells.push([r, c, s.cell(r, c)]);
      const { name, frozenRows: frozen, charts, colourScales } = s;
      return { name, properties: [...s.properties.values()], frozen, cells, charts, colourScales };
    });
    const tables = this.model.tables.map((t) => ({ ...t, sheet: t.sheet.name, calculated: [...t.calculated] }));
    return JSON.stringify({ sheets, tables });
  }

  private sheetNamed(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  private block<T>(sheetName: string, address: string, f: (cell: CellModel) => T): T[][] {
    const sheet = this.sheetNamed(sheetName);
    const a = parseAddress(address);
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.columns }, (_, c) => f(sheet.cell(a.row + r, a.column + c))),
    );
  }
}

/** The A1 address of a block, for setting up. */
export function rangeAt(row: number, column: number, rows: number, columns: number): string {
  const name = (i: number): string =>
    i < 26 ? String.fromCharCode(65 + i) : name(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
  return `${name(column)}${row + 1}:${name(column + columns - 1)}${row + rows}`;
}
