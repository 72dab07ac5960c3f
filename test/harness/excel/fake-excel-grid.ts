/**
 * The workbook behind the strict Excel fake (fake-excel.ts): sheets of cells, tables on them, and the few
 * behaviours of Excel the store depends on. Ranges and tables are positions counted from 0.
 *
 * Modelled: typed-input coercion of text written to a cell not formatted "@" (a leading "=", "+", "-" or
 * "@" makes a formula, numeric text a number, "12%" a percentage, "1/2" a date, TRUE/FALSE a boolean, and
 * a leading apostrophe keeps the rest as text);
 * tables with a header row, data rows, an optional Total Row and calculated columns; auto-expansion when
 * data is written to the row directly below a table (off when `autoExpand` is false, as when the user
 * turns off "Include new rows and columns in table"), with calculated columns filled into the new rows;
 * auto-expansion to the right when headers are written in the header row's cells directly right of a table
 * (the same option), the table taking in the full height of those columns and nothing moving;
 * insert with shift down, delete with shift up, deleting a table row, each moving tables and live range
 * objects the way Excel moves references; structured references checked against table and column names.
 *
 * Inserting or deleting cells across a table's full width inside its data rows inserts or deletes table
 * rows, as in Excel (this is how the store puts back a row it deleted by mistake).
 *
 * Not modelled (an Error says so if a test reaches it): formula evaluation (a formula cell's value reads as
 * NOT_EVALUATED), inserting or deleting cells that cut through a table's header, Total Row or edge, or
 * only part of its width, expanding a table to the right other than by headers written beside its header
 * row (typing beside its data rows, a header that repeats one of the table's, a column another table is in),
 * formats copied into inserted or expanded cells (inserted cells are "General"), merged cells, data
 * validation, protection, events, and undo.
 */

export type CellValue = string | number | boolean;

/** What a formula cell's value reads as: the fake does not calculate. */
export const NOT_EVALUATED = "#NOT-EVALUATED!";

export interface CellModel {
  value: CellValue;
  formula?: string;
  format: string;
}

/** A block of cells on a sheet. */
export interface Area {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  top: number;
  left: number;
  width: number;
  bodyRows: number;
  totals: boolean;
  /** Calculated columns: formula by column index within the table. */
  calculated: Map<number, string>;
}

/** An error Excel itself would raise, shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Thrown when a test reaches something the fake does not model; the fake also records it (see violations). */
export class NotModelled extends Error {
  constructor(what: string) {
    super(`fake-excel: ${what} is not modelled`);
    this.name = "NotModelled";
  }
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const PERCENT = /^([-+]?(\d+\.?\d*|\.\d+))%$/;
const DATE = /^(\d{1,2})\/(\d{1,2})(\/(\d{2,4}))?$/;

/** How Excel stores text entered into a cell that is not formatted as text. */
export function typedInput(text: string): Omit<CellModel, "format"> & { format?: string } {
  // A leading apostrophe keeps what follows as text, and is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  if (t.startsWith("=")) return { value: NOT_EVALUATED, formula: t };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (/^[+-]/.test(t)) return { value: NOT_EVALUATED, formula: `=${t}` };
  if (t.startsWith("@") && t.length > 1) return { value: NOT_EVALUATED, formula: `=${t.slice(1)}` };
  const percent = PERCENT.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  const date = DATE.exec(t);
  if (date && Number(date[1]) >= 1 && Number(date[1]) <= 12 && Number(date[2]) >= 1 && Number(date[2]) <= 31) {
    return { value: 45658 + (Number(date[1]) - 1) * 31 + Number(date[2]), format: "d-mmm" };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  return { value: text };
}

/** "A1" or "B2:D9" → position and size. */
export function parseAddress(address: string): Omit<Area, "sheet"> {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) throw new NotModelled(`the address "${address}" (the fake takes A1 or A1:B2 on the sheet itself)`);
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  const col = column(match[1]);
  const lastRow = match[4] ? Number(match[4]) - 1 : row;
  const lastCol = match[3] ? column(match[3]) : col;
  if (lastRow < row || lastCol < col) throw new NotModelled(`the reversed address "${address}"`);
  return { row, column: col, rows: lastRow - row + 1, columns: lastCol - col + 1 };
}

/** A chart on a sheet: what it shows and where its data comes from (the fake draws nothing). */
export interface ChartModel {
  name: string;
  type: string;
  /** The source block when the chart was made (Excel keeps the reference; tests read the address). */
  source: { row: number; column: number; rows: number; columns: number };
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells, when positioned. */
  position?: [string, string];
  /** The category labels' block set on each series, by series index. */
  categories: Record<number, { row: number; column: number; rows: number; columns: number }>;
}

/** A colour scale added over a block (Range.conditionalFormats.add("ColorScale"), ExcelApi 1.6). */
export interface ColourScaleModel {
  /** The block when the scale was added (Excel moves it with inserts and deletes; the fake does not). */
  area: { row: number; column: number; rows: number; columns: number };
  /** colorScale.criteria as the store set it, if it did. */
  criteria?: unknown;
}

export class SheetModel {
  readonly properties = new Map<string, { key: string; value: string }>();
  readonly charts: ChartModel[] = [];
  readonly colourScales: ColourScaleModel[] = [];
  frozenRows = 0;
  private readonly grid: (CellModel | undefined)[][] = [];

  constructor(public name: string) {}

  cell(row: number, column: number): CellModel {
    return this.grid[row]?.[column] ?? { value: "", format: "General" };
  }

  setCell(row: number, column: number, cell: CellModel): void {
    (this.grid[row] ??= [])[column] = cell;
  }

  /** The block from the first to the last row and column holding a value or formula, or null if none. */
  usedArea(): Area | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.grid.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === "" && cell.formula === undefined)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0
      ? null
      : { sheet: this, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Rows in use, for shifting. */
  get height(): number {
    return this.grid.length;
  }

  /** Moves the cells of columns [column, column+columns) from `row` down by `rows`; the gap is empty. */
  shiftDown(row: number, column: number, rows: number, columns: number): void {
    for (let r = this.grid.length - 1; r >= row; r--) {
      for (let c = column; c < column + columns; c++) {
        this.setCell(r + rows, c, this.cell(r, c));
        this.setCell(r, c, { value: "", format: "General" });
      }
    }
  }

  /** Removes rows [row, row+rows) of the columns and moves the cells below up. */
  shiftUp(row: number, column: number, rows: number, columns: number): void {
    for (let r = row; r < this.grid.length; r++) {
      for (let c = column; c < column + columns; c++) this.setCell(r, c, this.cell(r + rows, c));
    }
  }
}

/** Header names of a table, read from its header cells as Excel does. */
export function headerOf(table: TableModel): string[] {
  return Array.from({ length: table.width }, (_, i) => String(table.sheet.cell(table.top, table.left + i).value));
}

/** Last row of a table, Total Row included. */
export function bottomOf(table: TableModel): number {
  return table.top + table.bodyRows + (table.totals ? 1 : 0);
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  autoExpand = true;
  /** Range objects of the running batch, moved by inserts and deletes like Excel's references. */
  readonly live = new Set<Area>();

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  /** The table whose data rows hold a cell, if any. */
  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tablesOn(sheet).find(
      (t) => row > t.top && row <= t.top + t.bodyRows && column >= t.left && column < t.left + t.width,
    );
  }

  /** Range.insert with shift down. */
  insertDown(area: Area): void {
    this.moveTables(area, area.rows);
    area.sheet.shiftDown(area.row, area.column, area.rows, area.columns);
    this.moveLive(area, area.rows);
  }

  /** Range.delete with shift up. */
  deleteUp(area: Area): void {
    this.moveTables(area, -area.rows);
    area.sheet.shiftUp(area.row, area.column, area.rows, area.columns);
    this.moveLive(area, -area.rows);
  }

  /** TableRow.delete: the row's cells go and the table's columns below move up. */
  deleteTableRow(table: TableModel, index: number): void {
    if (index < 0 || index >= table.bodyRows)
      throw new FakeOfficeError(
        "ItemNotFound",
        "The requested resource doesn't exist.",
        "TableRowCollection.getItemAt",
      );
    if (table.bodyRows === 1) throw new NotModelled("deleting the only data row of a table");
    const area: Area = {
      sheet: table.sheet,
      row: table.top + 1 + index,
      column: table.left,
      rows: 1,
      columns: table.width,
    };
    table.bodyRows -= 1;
    this.moveTables(area, -1, table);
    area.sheet.shiftUp(area.row, area.column, 1, area.columns);
    this.moveLive(area, -1);
  }

  /** Moves the tables below a shifted band; refuses, as Excel does, to shift part of a table. */
  private moveTables(area: Area, by: number, except?: TableModel): void {
    for (const t of this.tablesOn(area.sheet)) {
      if (t === except || bottomOf(t) < area.row) continue;
      const inside = t.left >= area.column && t.left + t.width <= area.column + area.columns;
      const apart = t.left + t.width <= area.column || t.left >= area.column + area.columns;
      if (apart) continue;
      if (!inside)
        throw new FakeOfficeError(
          "InvalidOperation",
          "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
          "Range.insert",
        );
      if (area.row + (by < 0 ? -by : 0) <= t.top) {
        t.top += by;
        continue;
      }
      // Whole rows of a table's data, across its full width: Excel inserts or deletes table rows.
      const lastDataRow = t.top + t.bodyRows;
      const lastAffected = by > 0 ? area.row : area.row - by - 1;
      if (area.row > t.top && lastAffected <= lastDataRow && t.bodyRows + by >= 1 && t.width === area.columns) {
        t.bodyRows += by;
        continue;
      }
      throw new NotModelled("inserting or deleting cells across a table's header, Total Row or edge");
    }
  }

  private moveLive(area: Area, by: number): void {
    for (const a of this.live) {
      if (a.sheet !== area.sheet || a.column < area.column || a.column + a.columns > area.column + area.columns)
        continue;
      if (a.row >= area.row + (by < 0 ? -by : 0)) a.row += by;
    }
  }

  /** Checks the structured references of a formula entered at a cell, as Excel refuses unknown names. */
  checkFormula(formula: string, sheet: SheetModel, row: number, column: number): void {
    for (const [, name] of formula.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\[#All\]/g)) {
      if (!this.table(name))
        throw new FakeOfficeError(
          "InvalidArgument",
          `There's a problem with this formula: no table named ${name}.`,
          "Range.formulas",
        );
    }
    const own = [...formula.matchAll(/\[@\[([^\]]+)\]\]/g)].map((m) => m[1]);
    if (own.length === 0) return;
    const table = this.tableAt(sheet, row, column);
    const header = table ? headerOf(table) : [];
    const unknown = own.find((h) => !header.includes(h));
    if (unknown !== undefined)
      throw new FakeOfficeError(
        "InvalidArgument",
        `There's a problem with this formula: no column [${unknown}] here.`,
        "Range.formulas",
      );
  }

  /**
   * After data is written: a table whose next row received data grows over the written rows that have data
   * (when autoExpand is on), and its calculated columns fill the new rows.
   */
  expandAfterWrite(area: Area): void {
    for (const t of this.tablesOn(area.sheet)) {
      if (this.expandRight(t, area)) continue;
      if (t.totals || area.row !== t.top + 1 + t.bodyRows) continue;
      if (area.column + area.columns <= t.left || area.column >= t.left + t.width) continue;
      if (area.column < t.left || area.column + area.columns > t.left + t.width)
        throw new NotModelled("writing below a table and beside it in one range");
      let rows = 0;
      while (
        rows < area.rows &&
        Array.from({ length: t.width }, (_, c) => area.sheet.cell(area.row + rows, t.left + c).value).some(
          (v) => v !== "",
        )
      )
        rows++;
      if (rows === 0 || !this.autoExpand) continue;
      for (let r = 0; r < rows; r++) {
        for (const [c, formula] of t.calculated) {
          const cell = area.sheet.cell(area.row + r, t.left + c);
          if (cell.value === "" && cell.formula === undefined)
            area.sheet.setCell(area.row + r, t.left + c, { ...cell, value: NOT_EVALUATED, formula });
        }
      }
      t.bodyRows += rows;
    }
  }

  /**
   * After data is written into the header row directly right of a table: the table takes in the columns of
   * the non-empty headers written, from the first one on (when autoExpand is on). True when the write was
   * beside the table's header row, whether or not it grew.
   */
  private expandRight(t: TableModel, area: Area): boolean {
    const right = t.left + t.width;
    if (area.column !== right || area.row > t.top || area.row + area.rows <= t.top) return false;
    if (area.row + area.rows > t.top + 1 && !this.blankBeside(t, area))
      throw new NotModelled("writing beside a table's data rows");
    let columns = 0;
    while (columns < area.columns && area.sheet.cell(t.top, right + columns).value !== "") columns++;
    if (columns === 0 || !this.autoExpand) return true;
    const header = headerOf(t).map((h) => h.toLowerCase());
    for (let c = 0; c < columns; c++) {
      const name = String(area.sheet.cell(t.top, right + c).value).toLowerCase();
      if (header.includes(name)) throw new NotModelled("a header beside a table that repeats one of its headers");
      header.push(name);
    }
    const blocked = this.tablesOn(area.sheet).some(
      (o) =>
        o !== t && o.top <= bottomOf(t) && bottomOf(o) >= t.top && o.left < right + columns && o.left + o.width > right,
    );
    if (blocked) throw new NotModelled("expanding a table into columns another table is in");
    t.width += columns;
    return true;
  }

  /** True when the rows of a write below a table's header row, beside the table, are all blank. */
  private blankBeside(t: TableModel, area: Area): boolean {
    for (let r = t.top + 1; r < area.row + area.rows; r++)
      for (let c = area.column; c < area.column + area.columns; c++) {
        const cell = area.sheet.cell(r, c);
        if (cell.value !== "" || cell.formula !== undefined) return false;
      }
    return true;
  }

  /** After formulas are written: a table column whose data rows all hold one formula becomes a calculated column. */
  calculateAfterWrite(area: Area): void {
    for (const t of this.tablesOn(area.sheet)) {
      for (let c = 0; c < t.width; c++) {
        const column = t.left + c;
        if (column < area.column || column >= area.column + area.columns) continue;
        const formulas = Array.from({ length: t.bodyRows }, (_, r) => area.sheet.cell(t.top + 1 + r, column).formula);
        if (formulas[0] !== undefined && formulas.every((f) => f === formulas[0])) t.calculated.set(c, formulas[0]);
      }
    }
  }
}
