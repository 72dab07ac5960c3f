/**
 * Table change events for the strict Excel fake, modelled on the documented Office.js behaviour:
 *
 * - `Table.onChanged.add(handler)` (ExcelApi 1.7) registers when the batch is synced and returns an
 *   EventHandlerResult; `result.remove()` must run in the same RequestContext the handler was added in
 *   (OfficeExtension.EventHandlerResult), so removing it from another context is a violation here.
 * - A handler is called after the change, asynchronously (never inside the batch that made it), with
 *   TableChangedEventArgs: type "TableChanged", changeType, source ("Local" or "Remote"), address, tableId,
 *   worksheetId. `details` (ExcelApi 1.9, single-cell changes only) and `getRange` are not modelled.
 * - `context.runtime.enableEvents = false` (ExcelApi 1.8) stops events for the add-in's runtime, so changes
 *   made while it is off raise nothing, even once it is back on.
 * - A table that is deleted drops its handlers.
 *
 * One event per operation that changed a watched table's cells or shape (Excel may raise several for one
 * write; the fake raises exactly one, which is what a debouncing listener must cope with anyway).
 */
import type { TableModel, WorkbookModel } from "./fake-excel-grid";
import { bottomOf } from "./fake-excel-grid";

export type ChangeSource = "Local" | "Remote";

/** What a handler receives (the fields of Excel.TableChangedEventArgs the fake models). */
export interface FakeTableChangedArgs {
  type: "TableChanged";
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted";
  source: ChangeSource;
  address: string;
  tableId: string;
  worksheetId: string;
}

export type ChangeHandler = (args: FakeTableChangedArgs) => Promise<unknown>;

interface Registration {
  table: TableModel;
  handler: ChangeHandler;
  /** The FakeContext the handler was added in. */
  context: object;
}

/** The A1 address of a block (sheet-qualified as Excel reports table change addresses). */
function a1(row: number, column: number, rows: number, columns: number): string {
  const name = (i: number): string =>
    i < 26 ? String.fromCharCode(65 + i) : name(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
  return `${name(column)}${row + 1}:${name(column + columns - 1)}${row + rows}`;
}

export class TableEvents {
  private registrations: Registration[] = [];
  /** `context.runtime.enableEvents` of the add-in's runtime. */
  enabled = true;
  /** Every event raised, delivered or not (tests read it). */
  readonly raised: FakeTableChangedArgs[] = [];
  /** Handlers that threw or rejected: a listener must not fail on an event. */
  readonly handlerErrors: unknown[] = [];
  private inFlight = 0;
  private idle: Array<() => void> = [];
  private readonly ids = new WeakMap<TableModel, string>();

  constructor(private readonly model: WorkbookModel) {}

  add(table: TableModel, handler: ChangeHandler, context: object): void {
    this.registrations.push({ table, handler, context });
  }

  /** Removes a registration; false when it was added in another context (Office.js does not find it then). */
  remove(handler: ChangeHandler, context: object): boolean {
    const i = this.registrations.findIndex((r) => r.handler === handler);
    if (i < 0) return true;
    if (this.registrations[i].context !== context) return false;
    this.registrations.splice(i, 1);
    return true;
  }

  /** Handlers still registered on tables that still exist. */
  get count(): number {
    this.prune();
    return this.registrations.length;
  }

  /** A fingerprint of every watched table, to see which ones an operation changed. */
  fingerprints(): Map<TableModel, string> | undefined {
    this.prune();
    if (this.registrations.length === 0) return undefined;
    const out = new Map<TableModel, string>();
    for (const { table } of this.registrations) if (!out.has(table)) out.set(table, this.fingerprint(table));
    return out;
  }

  /** Raises an event for each watched table whose fingerprint changed since `before`, if events are on. */
  raiseChanged(before: Map<TableModel, string> | undefined, source: ChangeSource = "Local"): void {
    if (!before) return;
    for (const [table, print] of before) {
      if (!this.model.tables.includes(table) || this.fingerprint(table) === print) continue;
      this.raise(table, a1(table.top, table.left, bottomOf(table) - table.top + 1, table.width), source);
    }
  }

  /** Raises one event on a table for a change at `address`, if events are on and it has handlers. */
  raise(table: TableModel, address: string, source: ChangeSource): void {
    if (!this.enabled) return;
    const args: FakeTableChangedArgs = {
      type: "TableChanged",
      changeType: "RangeEdited",
      source,
      address,
      tableId: this.idOf(table),
      worksheetId: `{sheet:${table.sheet.name}}`,
    };
    this.raised.push(args);
    for (const r of this.registrations.filter((x) => x.table === table)) {
      this.inFlight++;
      // Delivered later, outside the batch that made the change, as Office.js delivers events.
      setTimeout(() => {
        Promise.resolve()
          .then(() => r.handler(args))
          .catch((error: unknown) => this.handlerErrors.push(error))
          .finally(() => {
            this.inFlight--;
            if (this.inFlight === 0) this.idle.splice(0).forEach((f) => f());
          });
      }, 0);
    }
  }

  /** Resolves once every event raised so far has been handled. */
  async delivered(): Promise<void> {
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private idOf(table: TableModel): string {
    if (!this.ids.has(table)) this.ids.set(table, `{table:${this.model.tables.indexOf(table) + 1}}`);
    return this.ids.get(table)!;
  }

  private prune(): void {
    this.registrations = this.registrations.filter((r) => this.model.tables.includes(r.table));
  }

  private fingerprint(table: TableModel): string {
    const cells: unknown[] = [table.top, table.left, table.width, table.bodyRows];
    for (let r = table.top; r <= bottomOf(table); r++)
      for (let c = table.left; c < table.left + table.width; c++) {
        const cell = table.sheet.cell(r, c);
        cells.push(cell.formula ?? cell.value);
      }
    return JSON.stringify(cells);
  }
}
