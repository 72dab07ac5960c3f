/**
 * The Office.js-shaped objects of the strict Excel fake (see fake-excel.ts for what it models): a request
 * context with its queue of operations, and proxies for worksheets, tables, ranges and custom properties
 * that queue what they are asked to do and hand back only what was loaded and synced.
 */
import {
  type Area,
  type CellModel,
  type ChartModel,
  type ColourScaleModel,
  FakeOfficeError,
  NotModelled,
  SheetModel,
  type TableModel,
  type WorkbookModel,
  bottomOf,
  typedInput,
} from "./fake-excel-grid";
import type { ChangeHandler, TableEvents } from "./fake-excel-events";

/** What the proxies need from the fake workbook (FakeExcel). */
export interface FakeHost {
  readonly model: WorkbookModel;
  syncCount: number;
  operationCount: number;
  writeCount: number;
  readonly log: string[];
  /** Called at the start of every sync, before its batch runs: a test can hold it to interleave writers. */
  beforeSync?: () => Promise<void>;
  /** Records a miss of the fake, and returns it to throw. */
  violation(error: NotModelled): NotModelled;
  /** The failure armed for an operation about to run, if any. */
  faultFor(kind: OpKind): ((op: Op) => FakeOfficeError) | undefined;
  checkSheetName(name: string): void;
  checkTableName(name: string, self?: TableModel): void;
  createTable(sheet: SheetModel, at: Omit<Area, "sheet">): TableModel;
  address(address: string): Omit<Area, "sheet">;
  /** Table change events and the runtime's enableEvents switch (fake-excel-events.ts). */
  readonly events: TableEvents;
  /** Resolves when the user leaves cell edit mode; undefined when no cell is being edited. */
  cellEdit(): Promise<void> | undefined;
}

/** Kinds of queued operation, for fault injection and the log. */
export type OpKind =
  | "load"
  | "get"
  | "values"
  | "formulas"
  | "numberFormat"
  | "insert"
  | "delete"
  | "clear"
  | "deleteRow"
  | "addSheet"
  | "deleteSheet"
  | "renameSheet"
  | "addProperty"
  | "addTable"
  | "renameTable"
  | "freeze"
  | "addChart"
  | "deleteChart"
  | "chartProperty"
  /** Adding a conditional format, and setting its rules. */
  | "conditionalFormat"
  /** Event registration and the runtime's enableEvents switch: not counted, so fault indices stay put. */
  | "events";

export interface Op {
  kind: OpKind;
  what: string;
  /** Counted operations can be made to fail; locating objects is not counted. */
  counted: boolean;
  run(): (() => void) | void;
}

const WRITES: ReadonlySet<OpKind> = new Set([
  "values",
  "formulas",
  "numberFormat",
  "insert",
  "delete",
  "clear",
  "deleteRow",
  "addSheet",
  "deleteSheet",
  "renameSheet",
  "addProperty",
  "addTable",
  "renameTable",
  "freeze",
  "addChart",
  "deleteChart",
  "chartProperty",
  "conditionalFormat",
]);

/** Properties that tooling (await, Jest) may probe on any object; they read as undefined rather than throw. */
const PROBED = new Set<PropertyKey>([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

/** Wraps a fake object so that any member it does not define throws instead of reading as undefined. */
export function strict<T extends object>(fake: FakeHost, target: T, type: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop in t || PROBED.has(prop)) return Reflect.get(t, prop, receiver);
      throw fake.violation(new NotModelled(`${type}.${prop}`));
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in t) return Reflect.set(t, prop, value, receiver);
      throw fake.violation(new NotModelled(`setting ${type}.${prop}`));
    },
  });
}

export class FakeContext {
  readonly workbook: object;
  /** Excel.Runtime (ExcelApi 1.5); only `enableEvents` (ExcelApi 1.8) is modelled, and only set. */
  readonly runtime: object;
  private queue: Op[] = [];
  private closed = false;

  constructor(
    readonly fake: FakeHost,
    /** Excel.RunOptions.delayForCellEdit: wait for the user to leave cell edit mode instead of failing. */
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = strict(
      fake,
      { worksheets: new Worksheets(this).proxy, tables: new Tables(this).proxy },
      "Workbook",
    );
    const runtime = {};
    Object.defineProperty(runtime, "enableEvents", {
      enumerable: true,
      set: (on: boolean) =>
        this.enqueue({
          kind: "events",
          what: `Runtime.enableEvents = ${on}`,
          counted: false,
          run: () => {
            fake.events.enabled = on;
          },
        }),
      get: () => {
        throw fake.violation(new NotModelled("reading Runtime.enableEvents"));
      },
    });
    this.runtime = strict(fake, runtime, "Runtime");
  }

  /** Lets an Excel.run given this context in `previousObjects` use it again. */
  reopen(): void {
    this.closed = false;
  }

  enqueue(op: Op): void {
    if (this.closed) throw this.fake.violation(new NotModelled("using an object after its Excel.run ended"));
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    // A race test holds each sync here and lets them through in the order it chooses.
    await this.fake.beforeSync?.();
    // A batch that reaches Excel while the user is typing in a cell fails, unless the run asked to wait.
    const editing = this.fake.cellEdit();
    if (editing && !this.delayForCellEdit) {
      this.queue = [];
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in cell edit mode.",
        "RequestContext.sync",
      );
    }
    if (editing) await editing;
    this.fake.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const commits: Array<() => void> = [];
    await Promise.resolve();
    for (const op of ops) {
      if (op.counted) {
        const fault = this.fake.faultFor(op.kind);
        if (fault) throw fault(op);
      }
      let commit: (() => void) | void;
      const before = WRITES.has(op.kind) ? this.fake.events.fingerprints() : undefined;
      try {
        commit = op.run();
      } catch (error) {
        if (error instanceof NotModelled) this.fake.violation(error);
        throw error;
      }
      if (op.counted) this.fake.operationCount++;
      if (WRITES.has(op.kind)) this.fake.writeCount++;
      this.fake.log.push(op.what);
      if (commit) commits.push(commit);
      this.fake.events.raiseChanged(before);
    }
    commits.forEach((commit) => commit());
  }
}

/** Loading and reading properties, shared by every proxy. */
abstract class FakeObject<M> {
  readonly proxy: this;
  protected model: M | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined = undefined;

  constructor(
    protected readonly ctx: FakeContext,
    readonly type: string,
    /** Finds the object when the batch reaches it: null for a missing *OrNullObject item. */
    private readonly locate: () => M | null,
    private readonly nullable = false,
  ) {
    this.proxy = strict(ctx.fake, this, type);
    ctx.enqueue({
      kind: nullable ? "get" : "load",
      what: `locate ${type}`,
      counted: nullable,
      run: () => this.instantiate(),
    });
  }

  /** Scalar properties `load` accepts. */
  protected abstract loadable(): readonly string[];
  /** A loadable property's current value. */
  protected abstract current(name: string): unknown;

  protected instantiate(): (() => void) | void {
    this.model = this.locate();
    if (this.model === null && !this.nullable)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", `${this.type}`);
    if (this.nullable) {
      const isNull = this.model === null;
      return () => {
        this.nullObject = isNull;
      };
    }
  }

  /** The object, for an operation; a null object cannot be operated on. */
  protected target(what: string): M {
    // An object whose batch failed before reaching it is located by the next batch that uses it, as in Office.js.
    if (this.model === undefined) this.instantiate()?.();
    if (this.model === null || this.model === undefined) throw new NotModelled(`${what} on a null object`);
    return this.model;
  }

  get isNullObject(): boolean {
    if (!this.nullable)
      throw this.ctx.fake.violation(
        new NotModelled(`${this.type}.isNullObject on an object that is not an *OrNullObject result`),
      );
    if (this.nullObject === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property 'isNullObject' is not available before context.sync().`,
      );
    return this.nullObject;
  }

  load(names?: string | string[]): this {
    if (names === undefined)
      throw this.ctx.fake.violation(new NotModelled(`${this.type}.load() without property names`));
    const list = (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim()).filter((n) => n !== "");
    for (const name of list) {
      if (!this.loadable().includes(name))
        throw this.ctx.fake.violation(new NotModelled(`${this.type}.load("${name}")`));
    }
    this.ctx.enqueue({
      kind: "load",
      what: `${this.type}.load(${list.join(",")})`,
      counted: true,
      run: () => {
        if (this.model === null) return;
        this.target("load");
        const values = list.map((name) => [name, this.current(name)] as const);
        return () => values.forEach(([name, value]) => this.loaded.set(name, value));
      },
    });
    return this.proxy;
  }

  /** A loaded property; throws like Office.js when it was not loaded and synced. */
  protected read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.loaded.get(name);
  }

  /** Queues a write or a structural change. */
  protected queue(kind: OpKind, what: string, run: (model: M) => void): void {
    this.ctx.enqueue({
      kind,
      what: `${this.type}.${what}`,
      counted: true,
      run: () => {
        run(this.target(what));
      },
    });
  }
}

class Worksheets {
  readonly proxy: this;
  constructor(private readonly ctx: FakeContext) {
    this.proxy = strict(ctx.fake, this, "WorksheetCollection");
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.model.sheet(name) ?? null).proxy;
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.model.sheet(name) ?? null, true).proxy;
  }

  add(name: string): Worksheet {
    let added: SheetModel | undefined;
    this.ctx.enqueue({
      kind: "addSheet",
      what: `WorksheetCollection.add(${name})`,
      counted: true,
      run: () => {
        this.ctx.fake.checkSheetName(name);
        added = new SheetModel(name);
        this.ctx.fake.model.sheets.push(added);
      },
    });
    return new Worksheet(this.ctx, () => added ?? null).proxy;
  }
}

/** A sheet or a table: loadable by name, renamed by a queued operation that checks the new name is free. */
abstract class NamedObject<M extends { name: string }> extends FakeObject<M> {
  protected loadable() {
    return ["name"];
  }

  protected current(): unknown {
    return this.target("load").name;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.queue(this.renameKind, `name = ${name}`, (model) => {
      this.checkName(name, model);
      model.name = name;
    });
  }

  protected abstract readonly renameKind: OpKind;
  /** Throws as Excel does when `name` is taken by another object. */
  protected abstract checkName(name: string, model: M): void;
}

class Worksheet extends NamedObject<SheetModel> {
  protected readonly renameKind = "renameSheet";

  constructor(ctx: FakeContext, locate: () => SheetModel | null, nullable = false) {
    super(ctx, "Worksheet", locate, nullable);
  }

  protected checkName(name: string, sheet: SheetModel): void {
    if (this.ctx.fake.model.sheet(name) !== sheet) this.ctx.fake.checkSheetName(name);
  }

  get customProperties(): CustomProperties {
    return new CustomProperties(this.ctx, () => this.target("customProperties")).proxy;
  }

  get tables(): SheetTables {
    return new SheetTables(this.ctx, () => this.target("tables")).proxy;
  }

  get charts(): Charts {
    return new Charts(this.ctx, () => this.target("charts")).proxy;
  }

  get freezePanes(): object {
    const freezeRows = (count: number) =>
      this.queue("freeze", `freezePanes.freezeRows(${count})`, (sheet) => (sheet.frozenRows = count));
    return strict(this.ctx.fake, { freezeRows }, "WorksheetFreezePanes");
  }

  getRange(address: string): Range {
    const at = this.ctx.fake.address(address);
    return new Range(this.ctx, () => ({ sheet: this.target("getRange"), ...at })).proxy;
  }

  /** The smallest block holding every cell with a value or formula (valuesOnly: formats are not modelled). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    if (valuesOnly !== true)
      throw this.ctx.fake.violation(new NotModelled("Worksheet.getUsedRangeOrNullObject() without valuesOnly"));
    return new Range(this.ctx, () => this.target("getUsedRangeOrNullObject").usedArea(), true).proxy;
  }

  delete(): void {
    this.queue("deleteSheet", "delete()", (sheet) => {
      const { model } = this.ctx.fake;
      if (model.sheets.length === 1)
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      for (const t of model.tablesOn(sheet)) model.tables.splice(model.tables.indexOf(t), 1);
    });
  }
}

/** Worksheet.charts: add a chart over a range, find one by name. */
class Charts {
  readonly proxy: this;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    this.proxy = strict(ctx.fake, this, "ChartCollection");
  }

  add(type: string, sourceData: Range, seriesBy: string): Chart {
    let added: ChartModel | undefined;
    this.ctx.enqueue({
      kind: "addChart",
      what: `ChartCollection.add(${type})`,
      counted: true,
      run: () => {
        const sheet = this.sheet();
        const a = sourceData.fakeArea("ChartCollection.add");
        if (a.sheet !== sheet)
          throw new FakeOfficeError(
            "InvalidArgument",
            "The chart's source data must be on the chart's sheet in this fake.",
            "ChartCollection.add",
          );
        added = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: { row: a.row, column: a.column, rows: a.rows, columns: a.columns },
          seriesBy,
          title: "",
          categories: {},
        };
        sheet.charts.push(added);
      },
    });
    return new Chart(this.ctx, () => added ?? null, false, this.sheet).proxy;
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(
      this.ctx,
      () => this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null,
      true,
      this.sheet,
    ).proxy;
  }
}

class Chart extends FakeObject<ChartModel> {
  constructor(
    ctx: FakeContext,
    locate: () => ChartModel | null,
    nullable: boolean,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx, "Chart", locate, nullable);
  }

  protected loadable() {
    return ["name"];
  }

  protected current(): unknown {
    return this.target("load").name;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.queue("chartProperty", `name = ${name}`, (chart) => (chart.name = name));
  }

  get title(): object {
    const set = (text: string) => this.queue("chartProperty", `title.text = ${text}`, (chart) => (chart.title = text));
    const title = { text: "" };
    Object.defineProperty(title, "text", {
      set,
      get: () => {
        throw this.ctx.fake.violation(new NotModelled("reading ChartTitle.text"));
      },
    });
    return strict(this.ctx.fake, title, "ChartTitle");
  }

  /** Series by index (one per source column when made "Columns"): only setXAxisValues is modelled. */
  get series(): object {
    const getItemAt = (index: number) => {
      const setXAxisValues = (range: Range) =>
        this.queue("chartProperty", `series.getItemAt(${index}).setXAxisValues(…)`, (chart) => {
          const count = chart.seriesBy === "Columns" ? chart.source.columns : chart.source.rows;
          if (index < 0 || index >= count)
            throw new FakeOfficeError(
              "ItemNotFound",
              "The requested resource doesn't exist.",
              "ChartSeriesCollection.getItemAt",
            );
          const a = range.fakeArea("ChartSeries.setXAxisValues");
          chart.categories[index] = { row: a.row, column: a.column, rows: a.rows, columns: a.columns };
        });
      return strict(this.ctx.fake, { setXAxisValues }, "ChartSeries");
    };
    return strict(this.ctx.fake, { getItemAt }, "ChartSeriesCollection");
  }

  setPosition(startCell: string, endCell: string): void {
    this.queue(
      "chartProperty",
      `setPosition(${startCell}, ${endCell})`,
      (chart) => (chart.position = [startCell, endCell]),
    );
  }

  delete(): void {
    this.queue("deleteChart", "delete()", (chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

class CustomProperties {
  readonly proxy: this;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    this.proxy = strict(ctx.fake, this, "WorksheetCustomPropertyCollection");
  }

  add(key: string, value: string): void {
    this.ctx.enqueue({
      kind: "addProperty",
      what: `WorksheetCustomPropertyCollection.add(${key}, ${value})`,
      counted: true,
      run: () => {
        // Adding a key that exists overwrites it (keys compare without case).
        this.sheet().properties.set(key.toLowerCase(), { key, value });
      },
    });
  }

  getItemOrNullObject(key: string): CustomProperty {
    return new CustomProperty(this.ctx, () => this.sheet().properties.get(key.toLowerCase()) ?? null).proxy;
  }
}

class CustomProperty extends FakeObject<{ key: string; value: string }> {
  constructor(ctx: FakeContext, locate: () => { key: string; value: string } | null) {
    super(ctx, "WorksheetCustomProperty", locate, true);
  }

  protected loadable() {
    return ["key", "value"];
  }

  protected current(name: string): unknown {
    const p = this.target("load");
    return name === "key" ? p.key : p.value;
  }

  get value(): string {
    return this.read("value") as string;
  }

  get key(): string {
    return this.read("key") as string;
  }
}

class Tables {
  readonly proxy: this;
  constructor(private readonly ctx: FakeContext) {
    this.proxy = strict(ctx.fake, this, "TableCollection");
  }

  getItem(name: string): Table {
    return new Table(this.ctx, () => this.ctx.fake.model.table(name) ?? null).proxy;
  }

  getItemOrNullObject(name: string): Table {
    return new Table(this.ctx, () => this.ctx.fake.model.table(name) ?? null, true).proxy;
  }
}

class SheetTables {
  readonly proxy: this;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    this.proxy = strict(ctx.fake, this, "WorksheetTableCollection");
  }

  add(address: string, hasHeaders: boolean): Table {
    if (!hasHeaders) throw this.ctx.fake.violation(new NotModelled("a table without headers"));
    let added: TableModel | undefined;
    this.ctx.enqueue({
      kind: "addTable",
      what: `TableCollection.add(${address})`,
      counted: true,
      run: () => {
        added = this.ctx.fake.createTable(this.sheet(), this.ctx.fake.address(address));
      },
    });
    return new Table(this.ctx, () => added ?? null).proxy;
  }
}

class Table extends NamedObject<TableModel> {
  protected readonly renameKind = "renameTable";

  constructor(ctx: FakeContext, locate: () => TableModel | null, nullable = false) {
    super(ctx, "Table", locate, nullable);
  }

  protected checkName(name: string, table: TableModel): void {
    this.ctx.fake.checkTableName(name, table);
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.target("worksheet").sheet).proxy;
  }

  /** Table.onChanged (ExcelApi 1.7): the handler is registered when the batch is synced. */
  get onChanged(): object {
    const { ctx } = this;
    const add = (handler: ChangeHandler) => {
      ctx.enqueue({
        kind: "events",
        what: "Table.onChanged.add",
        counted: false,
        run: () => ctx.fake.events.add(this.target("onChanged.add"), handler, ctx),
      });
      // Queued on the context the handler was added in: once its Excel.run has ended, only a run given that
      // context (previousObjects) can use it, as Office.js requires for removing a handler.
      const remove = () =>
        ctx.enqueue({
          kind: "events",
          what: "EventHandlerResult.remove",
          counted: false,
          run: () => {
            ctx.fake.events.remove(handler, ctx);
          },
        });
      return strict(ctx.fake, { context: ctx, remove }, "EventHandlerResult");
    };
    return strict(ctx.fake, { add }, "EventHandlers");
  }

  get rows(): object {
    const getItemAt = (index: number) => {
      const deleteRow = () =>
        this.queue("deleteRow", `rows.getItemAt(${index}).delete()`, (table) =>
          this.ctx.fake.model.deleteTableRow(table, index),
        );
      return strict(this.ctx.fake, { delete: deleteRow }, "TableRow");
    };
    return strict(this.ctx.fake, { getItemAt }, "TableRowCollection");
  }

  getRange(): Range {
    return this.range((t) => ({ row: t.top, rows: bottomOf(t) - t.top + 1 }));
  }

  getHeaderRowRange(): Range {
    return this.range((t) => ({ row: t.top, rows: 1 }));
  }

  getDataBodyRange(): Range {
    return this.range((t) => ({ row: t.top + 1, rows: t.bodyRows }));
  }

  private range(rows: (t: TableModel) => { row: number; rows: number }): Range {
    return new Range(this.ctx, () => {
      const t = this.target("range");
      return { sheet: t.sheet, column: t.left, columns: t.width, ...rows(t) };
    }).proxy;
  }
}

type Matrix = unknown[][];

class Range extends FakeObject<Area> {
  constructor(ctx: FakeContext, locate: () => Area | null, nullable = false) {
    super(ctx, "Range", locate, nullable);
  }

  protected override instantiate(): (() => void) | void {
    const commit = super.instantiate();
    // A range object is a reference: inserts and deletes move it, as they move references in formulas.
    if (this.model) this.ctx.fake.model.live.add(this.model);
    return commit;
  }

  protected loadable() {
    return ["values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }

  /** Fake only (no such member in Office.js): the cells this range refers to when the batch reaches it, for chart sources. */
  fakeArea(what: string): Area {
    return this.target(what);
  }

  protected current(name: string): unknown {
    const a = this.target("load");
    const each = (f: (cell: CellModel) => unknown) =>
      Array.from({ length: a.rows }, (_, r) =>
        Array.from({ length: a.columns }, (_, c) => f(a.sheet.cell(a.row + r, a.column + c))),
      );
    switch (name) {
      case "values":
        return each((cell) => cell.value);
      case "formulas":
        return each((cell) => cell.formula ?? cell.value);
      case "numberFormat":
        return each((cell) => cell.format);
      case "rowIndex":
        return a.row;
      case "columnIndex":
        return a.column;
      case "rowCount":
        return a.rows;
      default:
        return a.columns;
    }
  }

  get values(): Matrix {
    return this.read("values") as Matrix;
  }
  set values(values: Matrix) {
    this.write("values", values);
  }
  get formulas(): Matrix {
    return this.read("formulas") as Matrix;
  }
  set formulas(formulas: Matrix) {
    this.write("formulas", formulas);
  }
  get numberFormat(): Matrix {
    return this.read("numberFormat") as Matrix;
  }
  set numberFormat(formats: Matrix) {
    this.write("numberFormat", formats);
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }

  /** Range.conditionalFormats (ExcelApi 1.6): `add("ColorScale")` and its `colorScale.criteria` only. */
  get conditionalFormats(): object {
    const fake = this.ctx.fake;
    const add = (type: string): object => {
      if (type !== "ColorScale") throw fake.violation(new NotModelled(`ConditionalFormatCollection.add("${type}")`));
      const scale: ColourScaleModel = { area: { row: 0, column: 0, rows: 0, columns: 0 } };
      this.queue("conditionalFormat", `conditionalFormats.add(${type})`, (a) => {
        scale.area = { row: a.row, column: a.column, rows: a.rows, columns: a.columns };
        a.sheet.colourScales.push(scale);
      });
      const queue = (what: string, run: () => void) => this.queue("conditionalFormat", what, run);
      const colorScale = strict(
        fake,
        {
          set criteria(criteria: unknown) {
            queue("colorScale.criteria = …", () => (scale.criteria = criteria));
          },
        },
        "ColorScaleConditionalFormat",
      );
      return strict(fake, { colorScale }, "ConditionalFormat");
    };
    return strict(fake, { add }, "ConditionalFormatCollection");
  }

  getRowsBelow(count = 1): Range {
    return new Range(this.ctx, () => {
      const a = this.target("getRowsBelow");
      return { sheet: a.sheet, row: a.row + a.rows, column: a.column, rows: count, columns: a.columns };
    }).proxy;
  }

  insert(shift: string): Range {
    if (shift !== "Down") throw this.ctx.fake.violation(new NotModelled(`Range.insert("${shift}")`));
    let inserted: Area | undefined;
    this.queue("insert", `insert(${shift})`, (a) => {
      inserted = { ...a };
      this.ctx.fake.model.insertDown(inserted);
    });
    return new Range(this.ctx, () => inserted!).proxy;
  }

  delete(shift: string): void {
    if (shift !== "Up") throw this.ctx.fake.violation(new NotModelled(`Range.delete("${shift}")`));
    this.queue("delete", `delete(${shift})`, (a) => this.ctx.fake.model.deleteUp({ ...a }));
  }

  clear(applyTo: string): void {
    if (applyTo !== "Contents") throw this.ctx.fake.violation(new NotModelled(`Range.clear("${applyTo}")`));
    this.queue("clear", `clear(${applyTo})`, (a) =>
      this.eachCell(a, (row, column, cell) => a.sheet.setCell(row, column, { value: "", format: cell.format })),
    );
  }

  private eachCell(a: Area, f: (row: number, column: number, cell: CellModel) => void): void {
    for (let r = 0; r < a.rows; r++)
      for (let c = 0; c < a.columns; c++) f(a.row + r, a.column + c, a.sheet.cell(a.row + r, a.column + c));
  }

  private write(kind: "values" | "formulas" | "numberFormat", matrix: Matrix): void {
    this.queue(kind, `${kind} = …`, (a) => {
      if (
        !Array.isArray(matrix) ||
        matrix.length !== a.rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== a.columns)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          `Range.${kind}`,
        );
      }
      const { model } = this.ctx.fake;
      // Every cell is checked before any is written: Excel refuses a write as a whole.
      const changes: Array<[number, number, CellModel]> = [];
      matrix.forEach((row, r) =>
        row.forEach((input, c) => {
          // null leaves the cell as it is (Office.js "null input in 2-D array").
          if (input === null) return;
          const [at, col] = [a.row + r, a.column + c];
          const cell = a.sheet.cell(at, col);
          const next =
            kind === "numberFormat"
              ? { ...cell, format: input === "" ? "General" : String(input) }
              : enter(cell, input, kind);
          if (next.formula !== undefined) model.checkFormula(next.formula, a.sheet, at, col);
          changes.push([at, col, next]);
        }),
      );
      changes.forEach(([row, column, cell]) => a.sheet.setCell(row, column, cell));
      if (kind === "numberFormat") return;
      if (kind === "formulas") model.calculateAfterWrite(a);
      model.expandAfterWrite(a);
    });
  }
}

/** A cell after a value or formula is entered, with Excel's coercion of typed text unless formatted "@". */
function enter(cell: CellModel, input: unknown, kind: "values" | "formulas"): CellModel {
  if (typeof input === "number" || typeof input === "boolean") return { value: input, format: cell.format };
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `Cannot write ${typeof input} to a cell.`, `Range.${kind}`);
  if (cell.format === "@") return { value: input, format: cell.format };
  if (input === "") return { value: "", format: cell.format };
  const typed = typedInput(input);
  return {
    value: typed.value,
    ...(typed.formula !== undefined ? { formula: typed.formula } : {}),
    format: typed.format ?? cell.format,
  };
}
