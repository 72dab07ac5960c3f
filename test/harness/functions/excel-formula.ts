/**
 * A small compiler for the formulas of the add-in's calculated columns (the Offers and Compare tables), so
 * a test can check what the grid computes without Excel, and the bench can recalculate a sheet of offers
 * through the built bundle: a formula is parsed once into closures over a row, as Excel parses a formula
 * once, so repeated evaluation spends its time in the OFFER functions and not in re-reading formula text.
 * It understands numbers (signed, with an exponent), "text" (`""` for a quote), TRUE and FALSE, array
 * constants such as `{0, 0; 4800, 45}`, `[@[Header]]` and `[@Header]` references to the row, `Table[#All]`,
 * `Table[[Header]]` and `Table[Header]` columns, the operators `= <> < > <= >= + - * /`, IF (lazy, as in
 * Excel), OR, AND, INDEX and MATCH (exact match), and the OFFER functions (called as Excel calls them).
 * Blank cells follow Excel: equal to "" and to 0, 0 in arithmetic, shown as 0 when a formula returns one,
 * and passed to a custom function as null (Excel on the web) or 0 (desktop), the difference the add-in's
 * blank-cell rule exists for. It supports only what those formulas use.
 */
import { BY_ID, type CellResult } from "./call";

/** How a blank cell reaches a custom function. */
export type BlankAs = null | 0;

/** A custom function as Excel calls it: raw cell values in, a value out or a CustomFunctions.Error thrown. */
export type CellFunction = (...args: unknown[]) => unknown;

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

/** A compiled piece of a formula: its value on a row. */
type Node = (context: FormulaContext) => Value;

const isError = (v: unknown): v is ExcelError =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Column) && "error" in v;

/** Compiles `=...` once into a function of a row; `lookup` gives the custom function for an id such as TOTALCOMP. */
export function compileRowFormula(
  formula: string,
  lookup: (id: string) => CellFunction,
): (context: FormulaContext) => CellResult {
  const compiler = new Compiler(formula.replace(/^=/, ""), lookup);
  const node = compiler.expression();
  compiler.end();
  return (context) => {
    const value = node(context);
    if (value === BLANK) return 0;
    if (typeof value === "boolean" || Array.isArray(value) || value instanceof Column)
      throw new Error(`Unexpected formula result ${String(value)}`);
    return value as CellResult;
  };
}

/** The functions of src/functions by id, as the tests call them; an id there is none for is an unknown function. */
export function byIdLookup(id: string): CellFunction {
  const fn = BY_ID[id] as CellFunction | undefined;
  if (!fn) throw new Error(`Unknown function OFFER.${id}`);
  return fn;
}

// Property tests evaluate the same few formulas thousands of times: each is compiled once.
const compiled = new Map<string, (context: FormulaContext) => CellResult>();

/** Evaluates a formula such as `=OFFER.SCARCITY([@Specialty],[@Market])` over a row, with the functions of src/functions. */
export function evaluateRowFormula(formula: string, context: FormulaContext): CellResult {
  let run = compiled.get(formula);
  if (!run) {
    run = compileRowFormula(formula, byIdLookup);
    compiled.set(formula, run);
  }
  return run(context);
}

const NO_ROW: FormulaContext = { row: {}, tables: {}, blankAs: null };

/** Evaluates a formula of literals such as `=OFFER.CLAWBACK(40000, 24, 12)`, as Excel on the web would. */
export function evaluateFormula(formula: string): CellResult {
  return evaluateRowFormula(formula, NO_ROW);
}

const COMPARISONS = ["<>", "<=", ">=", "=", "<", ">"] as const;
type Comparison = (typeof COMPARISONS)[number];
const ORDERED: Record<Comparison, (order: number) => boolean> = {
  "=": (order) => order === 0,
  "<>": (order) => order !== 0,
  "<": (order) => order < 0,
  ">": (order) => order > 0,
  "<=": (order) => order <= 0,
  ">=": (order) => order >= 0,
};

type Arithmetic = (x: number, y: number) => number | ExcelError;
const ADD: Arithmetic = (x, y) => x + y;
const SUBTRACT: Arithmetic = (x, y) => x - y;
const MULTIPLY: Arithmetic = (x, y) => x * y;
const DIVIDE: Arithmetic = (x, y) => (y === 0 ? { error: "#DIV/0!" } : x / y);

/** A recursive-descent parser that returns, for each piece of the formula, a closure computing it. */
class Compiler {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly lookup: (id: string) => CellFunction,
  ) {}

  end(): void {
    this.skipSpaces();
    if (this.i !== this.text.length) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
  }

  /** Spaces between tokens mean nothing (`{0, 0; 4800, 45}`); inside a header or text they are kept. */
  private skipSpaces(): void {
    while (this.text[this.i] === " ") this.i++;
  }

  private peek(token: string): boolean {
    this.skipSpaces();
    return this.text.startsWith(token, this.i);
  }

  private take(token: string): boolean {
    if (!this.peek(token)) return false;
    this.i += token.length;
    return true;
  }

  /** `take` without skipping spaces, for the characters of a header. */
  private takeExactly(token: string): boolean {
    if (!this.text.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new Error(`Expected "${token}" at "${this.text.slice(this.i)}"`);
  }

  /** comparison := sum (("=" | "<>" | "<" | ">" | "<=" | ">=") sum)? */
  expression(): Node {
    const left = this.sum();
    const operator = COMPARISONS.find((op) => this.take(op));
    if (operator === undefined) return left;
    const right = this.sum();
    const holds = ORDERED[operator];
    return (c) => {
      const a = left(c);
      const b = right(c);
      if (isError(a)) return a;
      if (isError(b)) return b;
      return holds(compare(a, b));
    };
  }

  /** sum := product (("+" | "-") product)* */
  private sum(): Node {
    let node = this.product();
    for (;;) {
      if (this.take("+")) node = arithmetic(node, this.product(), ADD);
      else if (this.take("-")) node = arithmetic(node, this.product(), SUBTRACT);
      else return node;
    }
  }

  /** product := primary (("*" | "/") primary)* */
  private product(): Node {
    let node = this.primary();
    for (;;) {
      if (this.take("*")) node = arithmetic(node, this.primary(), MULTIPLY);
      else if (this.take("/")) node = arithmetic(node, this.primary(), DIVIDE);
      else return node;
    }
  }

  private primary(): Node {
    if (this.take("(")) {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (this.peek('"')) {
      const text = this.string();
      return () => text;
    }
    if (this.peek("[@")) return this.reference();
    if (this.peek("{")) {
      const array = this.arrayConstant();
      return () => array;
    }
    if (this.take("-")) return arithmetic(() => 0, this.primary(), SUBTRACT);
    if (this.take("+")) return arithmetic(() => 0, this.primary(), ADD);
    const number = this.number();
    if (number !== undefined) return () => number;
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(this.text.slice(this.i));
    if (!name) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
    this.i += name[0].length;
    if (this.peek("[")) return this.tablePart(name[0]);
    const logical = /^(TRUE|FALSE)$/i.exec(name[0]);
    if (logical && !this.peek("(")) {
      const value = logical[1].toUpperCase() === "TRUE";
      return () => value;
    }
    return this.call(name[0]);
  }

  /** An unsigned number literal at the cursor (`4800`, `.5`, `1e309`), or undefined when there is none. */
  private number(): number | undefined {
    this.skipSpaces();
    const match = /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/i.exec(this.text.slice(this.i));
    if (!match) return undefined;
    this.i += match[0].length;
    return Number(match[0]);
  }

  /** Text in quotes; two quotes inside stand for one, as in Excel. */
  private string(): string {
    this.expect('"');
    let text = "";
    for (;;) {
      const end = this.text.indexOf('"', this.i);
      if (end < 0) throw new Error(`Unterminated text in ${this.text}`);
      text += this.text.slice(this.i, end);
      this.i = end + 1;
      if (!this.takeExactly('"')) return text;
      text += '"';
    }
  }

  /** `{1, 2; 3, 4}`: rows split by ";", values by ","; each a literal, an omitted one null (a blank). */
  private arrayConstant(): unknown[][] {
    this.expect("{");
    const rows: unknown[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.literal());
      if (this.take(",")) continue;
      if (this.take(";")) rows.push([]);
      else if (this.take("}")) return rows;
      else throw new Error(`Bad array constant at "${this.text.slice(this.i)}"`);
    }
  }

  /** A constant inside an array: a signed number, text, TRUE or FALSE, or nothing (null). */
  private literal(): unknown {
    if (this.peek(",") || this.peek(";") || this.peek("}")) return null;
    if (this.peek('"')) return this.string();
    const logical = /^(TRUE|FALSE)\b/i.exec(this.text.slice(this.i));
    if (logical) {
      this.i += logical[0].length;
      return logical[1].toUpperCase() === "TRUE";
    }
    const sign = this.take("-") ? -1 : (this.take("+"), 1);
    const number = this.number();
    if (number === undefined) throw new Error(`Expected a constant at "${this.text.slice(this.i)}"`);
    return sign * number;
  }

  /** A header inside brackets, up to `close`; `'` escapes the next character, as in Excel. */
  private header(close: string): string {
    let header = "";
    while (!this.takeExactly(close)) {
      if (this.i >= this.text.length) throw new Error(`Unterminated reference in ${this.text}`);
      this.takeExactly("'");
      header += this.text[this.i++];
    }
    return header;
  }

  /** `[@[Header]]` or `[@Header]`: this row's cell, a blank when "" or missing. */
  private reference(): Node {
    this.expect("[@");
    const header = this.take("[") ? this.header("]]") : this.header("]");
    return ({ row }) => {
      if (!(header in row)) throw new Error(`No column ${header}`);
      const value = row[header];
      return value === "" || value === null || value === undefined ? BLANK : (value as Value);
    };
  }

  /** `Table[#All]` (the whole table) or `Table[[Header]]` / `Table[Header]` (a column's data cells). */
  private tablePart(name: string): Node {
    const tableOf = ({ tables }: FormulaContext): unknown[][] => {
      const table = tables[name];
      if (!table) throw new Error(`No table ${name}`);
      return table;
    };
    if (this.take("[#All]")) return tableOf;
    this.expect("[");
    const header = this.take("[") ? this.header("]]") : this.header("]");
    return (c) => {
      const table = tableOf(c);
      const index = table[0].indexOf(header);
      if (index < 0) throw new Error(`No column ${header} in ${name}`);
      return new Column(table.slice(1).map((row) => row[index]));
    };
  }

  /** A call's arguments, each compiled once; an omitted one is blank. */
  private call(name: string): Node {
    this.expect("(");
    const args: Node[] = [];
    if (!this.take(")")) {
      for (;;) {
        args.push(this.peek(",") || this.peek(")") ? () => BLANK : this.expression());
        if (this.take(")")) break;
        this.expect(",");
      }
    }
    return this.function(name, args);
  }

  private function(name: string, args: Node[]): Node {
    const arity = (min: number, max: number) => {
      if (args.length < min || args.length > max)
        throw new Error(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments, not ${args.length}`);
    };
    switch (name) {
      case "IF": {
        // Only the branch taken is evaluated, as in Excel; a missing else is FALSE.
        arity(2, 3);
        const [condition, then, otherwise = () => false] = args;
        return (c) => {
          const test = condition(c);
          if (isError(test)) return test;
          return truthy(test) ? then(c) : otherwise(c);
        };
      }
      case "OR":
      case "AND": {
        const combine =
          name === "OR" ? (values: Value[]) => values.some(truthy) : (values: Value[]) => values.every(truthy);
        return (c) => {
          const values = args.map((a) => a(c));
          return values.find(isError) ?? combine(values);
        };
      }
      case "INDEX": {
        arity(2, 2);
        const [columnOf, positionOf] = args;
        return (c) => {
          const [column, position] = [columnOf(c), positionOf(c)];
          if (isError(position)) return position;
          if (!(column instanceof Column) || typeof position !== "number")
            throw new Error("INDEX supports a table column and a row number only");
          return position >= 1 && position <= column.cells.length
            ? fromTable(column.cells[Math.floor(position) - 1])
            : { error: "#REF!" };
        };
      }
      case "MATCH": {
        arity(3, 3);
        const [valueOf, columnOf, typeOf] = args;
        return (c) => {
          const [value, column, type] = [valueOf(c), columnOf(c), typeOf(c)];
          if (isError(value)) return value;
          if (!(column instanceof Column) || type !== 0)
            throw new Error("MATCH supports an exact match (0) in a table column only");
          if (value === BLANK) return { error: "#N/A" };
          const found = column.cells.findIndex((cellValue) => {
            const candidate = fromTable(cellValue);
            return candidate !== BLANK && !isError(candidate) && compare(value as Value, candidate) === 0;
          });
          return found < 0 ? { error: "#N/A" } : found + 1;
        };
      }
      default:
        return this.customFunction(name, args);
    }
  }

  /** `OFFER.ID(...)`: every argument evaluated, an error argument returned, blanks passed as the context says. */
  private customFunction(name: string, args: Node[]): Node {
    if (!name.startsWith("OFFER.")) throw new Error(`Unknown function ${name}`);
    const fn = this.lookup(name.slice("OFFER.".length));
    return (c) => {
      const values = args.map((a) => a(c));
      const failed = values.find(isError);
      if (failed) return failed;
      if (values.some((v) => v instanceof Column))
        throw new Error(`${name}: a table column cannot be passed to a custom function here`);
      try {
        return fn(...values.map((v) => (v === BLANK ? c.blankAs : v))) as Value;
      } catch (error) {
        const cellError = asCellError(error);
        if (cellError) return cellError;
        throw error;
      }
    };
  }
}

/**
 * A CustomFunctions.Error as the cell shows it, or undefined for any other throw (a bug, rethrown). Known by
 * its Excel code ("#VALUE!"), not its class, so errors of the bundle's own runtime (bench) count as well.
 */
function asCellError(error: unknown): ExcelError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("#")) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message !== code ? { error: code, message } : { error: code };
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

/** `left op right`, both sides evaluated, the first error (left, then right) winning. */
function arithmetic(left: Node, right: Node, op: Arithmetic): Node {
  return (c) => {
    const a = left(c);
    const b = right(c);
    const x = toNumber(a);
    if (isError(x)) return x;
    const y = toNumber(b);
    if (isError(y)) return y;
    return op(x, y);
  };
}

/** Excel's comparison order: numbers < text < booleans; text ignores case; a blank takes the other side's type. */
function compare(a: Value, b: Value): number {
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const blankLike = (other: Value) => (typeof other === "number" ? 0 : typeof other === "boolean" ? false : "");
  const x = a === BLANK ? blankLike(b) : a;
  const y = b === BLANK ? blankLike(a) : b;
  if (typeof x === "object" || typeof y === "object" || typeof x === "symbol" || typeof y === "symbol")
    throw new Error("Cannot compare ranges");
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
