/**
 * A small evaluator for the formulas of the add-in's calculated columns (the Offers and Compare tables), so
 * a test can check what the grid computes without Excel: numbers, "text", `[@[Header]]` and `[@Header]`
 * references to the row, `Table[#All]`, `Table[[Header]]` and `Table[Header]` columns, the operators
 * `= <> < > <= >= + - * /`, IF, OR, AND, INDEX and MATCH (exact match), and the OFFER functions (called
 * as Excel calls them). Blank cells follow Excel: equal to "" and to 0, 0 in arithmetic, shown as 0 when a
 * formula returns one, and passed to a custom function as null (Excel on the web) or 0 (desktop), the
 * difference the add-in's blank-cell rule exists for. It supports only what those formulas use.
 */
import { BY_ID, type CellResult, cell } from "./call";

/** How a blank cell reaches a custom function. */
export type BlankAs = null | 0;

const BLANK = Symbol("blank");
type ExcelError = { error: string; message?: string };
/** A table column's data cells, as `Table[[Header]]` gives them. */
class Column {
  constructor(readonly cells: readonly unknown[]) {}
}
type Value = number | string | boolean | typeof BLANK | unknown[][] | Column | ExcelError;

export interface FormulaContext {
  /** This row's cells by header; "" is a blank cell. */
  row: Readonly<Record<string, unknown>>;
  /**
   * Tables by name, header row included, for `Name[#All]` and `Name[[Header]]`. In a table, null is a
   * blank cell, "" is empty text (what a formula returning "" leaves) and `{ error }` is an error value.
   */
  tables: Readonly<Record<string, unknown[][]>>;
  blankAs: BlankAs;
}

const isError = (v: unknown): v is ExcelError => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Column) && "error" in v;

/** Evaluates a formula such as `=OFFER.SCARCITY([@Specialty],[@Market])` over a row. */
export function evaluateRowFormula(formula: string, context: FormulaContext): CellResult {
  const parser = new Parser(formula.replace(/^=/, ""), context);
  const value = parser.expression();
  parser.end();
  if (value === BLANK) return 0;
  if (typeof value === "boolean" || Array.isArray(value) || value instanceof Column) throw new Error(`Unexpected formula result ${String(value)}`);
  return value as CellResult;
}

const COMPARISONS = ["<>", "<=", ">=", "=", "<", ">"] as const;

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly context: FormulaContext,
  ) {}

  end(): void {
    if (this.i !== this.text.length) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
  }

  private peek(token: string): boolean {
    return this.text.startsWith(token, this.i);
  }

  private take(token: string): boolean {
    if (!this.peek(token)) return false;
    this.i += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new Error(`Expected "${token}" at "${this.text.slice(this.i)}"`);
  }

  /** comparison := sum (("=" | "<>" | "<" | ">" | "<=" | ">=") sum)? */
  expression(): Value {
    const left = this.sum();
    const operator = COMPARISONS.find((op) => this.take(op));
    if (operator === undefined) return left;
    const right = this.sum();
    if (isError(left)) return left;
    if (isError(right)) return right;
    const order = compare(left, right);
    switch (operator) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case ">":
        return order > 0;
      case "<=":
        return order <= 0;
      case ">=":
        return order >= 0;
    }
  }

  /** sum := product (("+" | "-") product)* */
  private sum(): Value {
    let value = this.product();
    for (;;) {
      if (this.take("+")) value = arithmetic(value, this.product(), (x, y) => x + y);
      else if (this.take("-")) value = arithmetic(value, this.product(), (x, y) => x - y);
      else return value;
    }
  }

  /** product := primary (("*" | "/") primary)* */
  private product(): Value {
    let value = this.primary();
    for (;;) {
      if (this.take("*")) value = arithmetic(value, this.primary(), (x, y) => x * y);
      else if (this.take("/")) value = arithmetic(value, this.primary(), (x, y) => (y === 0 ? { error: "#DIV/0!" } : x / y));
      else return value;
    }
  }

  private primary(): Value {
    if (this.take("(")) {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (this.peek('"')) return this.string();
    if (this.peek("[@")) return this.reference();
    const number = /^\d+(\.\d+)?/.exec(this.text.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(this.text.slice(this.i));
    if (!name) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
    this.i += name[0].length;
    if (this.peek("[")) return this.tablePart(name[0]);
    return this.call(name[0]);
  }

  private string(): string {
    this.expect('"');
    const end = this.text.indexOf('"', this.i);
    const text = this.text.slice(this.i, end);
    this.i = end + 1;
    return text;
  }

  /** A header inside brackets, up to `close`; `'` escapes the next character, as in Excel. */
  private header(close: string): string {
    let header = "";
    while (!this.take(close)) {
      if (this.i >= this.text.length) throw new Error(`Unterminated reference in ${this.text}`);
      if (this.take("'")) header += this.text[this.i++];
      else header += this.text[this.i++];
    }
    return header;
  }

  /** `[@[Header]]` or `[@Header]`: this row's cell. */
  private reference(): Value {
    this.expect("[@");
    const header = this.take("[") ? this.header("]]") : this.header("]");
    if (!(header in this.context.row)) throw new Error(`No column ${header}`);
    const value = this.context.row[header];
    return value === "" || value === null || value === undefined ? BLANK : (value as Value);
  }

  /** `Table[#All]` (the whole table) or `Table[[Header]]` / `Table[Header]` (a column's data cells). */
  private tablePart(name: string): Value {
    const table = this.context.tables[name];
    if (!table) throw new Error(`No table ${name}`);
    if (this.take("[#All]")) return table;
    this.expect("[");
    const header = this.take("[") ? this.header("]]") : this.header("]");
    const index = table[0].indexOf(header);
    if (index < 0) throw new Error(`No column ${header} in ${name}`);
    return new Column(table.slice(1).map((row) => row[index]));
  }

  /** Arguments as unevaluated thunks, so IF evaluates only the branch it takes; an omitted one is blank. */
  private call(name: string): Value {
    this.expect("(");
    const args: Array<() => Value> = [];
    if (!this.take(")")) {
      for (;;) {
        if (this.peek(",") || this.peek(")")) args.push(() => BLANK);
        else {
          const start = this.i;
          this.expression();
          const end = this.i;
          args.push(() => new Parser(this.text.slice(start, end), this.context).expression());
        }
        if (this.take(")")) break;
        this.expect(",");
      }
    }
    return apply(name, args, this.context.blankAs);
  }
}

/** A value in arithmetic: blank is 0, TRUE 1, numeric text its number; other text is #VALUE!. */
function toNumber(v: Value): number | ExcelError {
  if (isError(v)) return v;
  if (v === BLANK) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return { error: "#VALUE!" };
}

function arithmetic(a: Value, b: Value, op: (x: number, y: number) => number | ExcelError): Value {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  return op(x, y);
}

/** Excel's comparison order: numbers < text < booleans; text ignores case; a blank takes the other side's type. */
function compare(a: Value, b: Value): number {
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const blankLike = (other: Value) => (typeof other === "number" ? 0 : typeof other === "boolean" ? false : "");
  const x = a === BLANK ? blankLike(b) : a;
  const y = b === BLANK ? blankLike(a) : b;
  if (typeof x === "object" || typeof y === "object" || typeof x === "symbol" || typeof y === "symbol") throw new Error("Cannot compare ranges");
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const [p, q] = typeof x === "string" ? [x.toLowerCase(), (y as string).toLowerCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A table cell as a formula value: null is blank, an error object an error. */
function fromTable(cellValue: unknown): Value {
  return cellValue === null || cellValue === undefined ? BLANK : (cellValue as Value);
}

/** TRUE, or a nonzero number, as a condition. */
function truthy(v: Value): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

function apply(name: string, args: Array<() => Value>, blankAs: BlankAs): Value {
  switch (name) {
    case "IF": {
      const condition = args[0]();
      if (isError(condition)) return condition;
      return truthy(condition) ? args[1]() : args[2]();
    }
    case "OR":
    case "AND": {
      const values = args.map((a) => a());
      const failed = values.find(isError);
      if (failed) return failed;
      return name === "OR" ? values.some(truthy) : values.every(truthy);
    }
    case "INDEX": {
      const [column, position] = [args[0](), args[1]()];
      if (isError(position)) return position;
      if (!(column instanceof Column) || typeof position !== "number") throw new Error("INDEX supports a table column and a row number only");
      return position >= 1 && position <= column.cells.length ? fromTable(column.cells[Math.floor(position) - 1]) : { error: "#REF!" };
    }
    case "MATCH": {
      const [value, column, type] = [args[0](), args[1](), args[2]()];
      if (isError(value)) return value;
      if (!(column instanceof Column) || type !== 0) throw new Error("MATCH supports an exact match (0) in a table column only");
      if (value === BLANK) return { error: "#N/A" };
      const found = column.cells.findIndex((c) => {
        const candidate = fromTable(c);
        return candidate !== BLANK && !isError(candidate) && compare(value as Value, candidate) === 0;
      });
      return found < 0 ? { error: "#N/A" } : found + 1;
    }
    default: {
      const fn = name.startsWith("OFFER.") ? BY_ID[name.slice("OFFER.".length)] : undefined;
      if (!fn) throw new Error(`Unknown function ${name}`);
      const values = args.map((a) => a());
      const failed = values.find(isError);
      if (failed) return failed;
      if (values.some((v) => v instanceof Column)) throw new Error(`${name}: a table column cannot be passed to a custom function here`);
      return cell(fn, ...values.map((v) => (v === BLANK ? blankAs : v)));
    }
  }
}
