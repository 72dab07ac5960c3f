/**
 * A small compiler for the formulas of the add-in's calculated columns (the Offers and Compare tables), so
 * a test can check what the grid computes without Excel, and the bench can recalculate a sheet of offers
 * through the built bundle: a formula is parsed once into closures over a row, as Excel parses a formula
 * once, so repeated evaluation spends its time in the OFFER functions and not in re-reading formula text.
 * It understands numbers (signed, with an exponent), "text" (`""` for a quote), TRUE and FALSE, array
 * constants such as `{0, 0; 4800, 45}`, `[@[Header]]` and `[@Header]` references to the row, `Table[#All]`,
 * `Table[[Header]]` and `Table[Header]` columns, the operators `= <> < > <= >= & + - * / ^` with Excel's
 * precedence (negation, then ^, then * and /, then + and -, then &, then comparisons; so -2^2 is 4 and
 * 2^3^2 is 64, left to right), IF (lazy, as in Excel), OR, AND, INDEX and MATCH (exact match), MIN, MAX,
 * ROUNDUP, SUMIFS and COUNTIFS (equality and "" criteria), and the OFFER functions (called as Excel calls them). Blank cells follow Excel: equal to "" and
 * to 0, 0 in arithmetic and "" in text, shown as 0 when a formula returns one, and passed to a custom
 * function as null (Excel on the web) or 0 (desktop), the difference the add-in's blank-cell rule exists
 * for. It supports only what those formulas use.
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

/**
 * Columns already read, by table and header, so a formula that looks up a sheet of 1,000 offers 80 times a
 * row reads each column once, not 80,000 times. A table is taken as unchanged while it has the same
 * header row and the same number of rows: the tests and the bench build a new table for new contents and
 * never edit a cell of one in place while formulas read it.
 */
const COLUMNS = new WeakMap<unknown[][], { header: unknown[]; rows: number; columns: Map<string, Column> }>();

function columnOf(table: unknown[][], header: string, name: string): Column {
  let cached = COLUMNS.get(table);
  if (!cached || cached.header !== table[0] || cached.rows !== table.length) {
    cached = { header: table[0], rows: table.length, columns: new Map() };
    COLUMNS.set(table, cached);
  }
  let column = cached.columns.get(header);
  if (!column) {
    const index = table[0].indexOf(header);
    if (index < 0) throw new Error(`No column ${header} in ${name}`);
    column = new Column(table.slice(1).map((row) => row[index]));
    cached.columns.set(header, column);
  }
  return column;
}

/**
 * MATCH's exact-match key: equal keys are what `compare` calls equal (text without case; a number never
 * equals text, nor TRUE 1).
 */
function matchKey(value: unknown): string {
  if (typeof value === "number") return `n${value === 0 ? 0 : value}`;
  if (typeof value === "string") return `s${value.toLowerCase()}`;
  if (typeof value === "boolean") return `b${value}`;
  throw new Error("MATCH looks up a single value only");
}

/**
 * Each value's first position (1-based) in a column, built once per column, as Excel's lookup cache does for
 * repeated exact matches over an unchanged range; blank and error cells match nothing.
 */
const POSITIONS = new WeakMap<Column, Map<string, number>>();

function positionsOf(column: Column): Map<string, number> {
  let positions = POSITIONS.get(column);
  if (!positions) {
    positions = new Map();
    for (const [i, cellValue] of column.cells.entries()) {
      const candidate = fromTable(cellValue);
      if (candidate === BLANK || isError(candidate)) continue;
      const key = matchKey(candidate);
      if (!positions.has(key)) positions.set(key, i + 1);
    }
    POSITIONS.set(column, positions);
  }
  return positions;
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
/** A result Excel cannot hold (beyond about ±1.8E+308) is #NUM!, as Excel shows for =1E+308*10. */
const finite = (result: number): number | ExcelError => (Number.isFinite(result) ? result : { error: "#NUM!" });
const ADD: Arithmetic = (x, y) => finite(x + y);
const SUBTRACT: Arithmetic = (x, y) => finite(x - y);
const MULTIPLY: Arithmetic = (x, y) => finite(x * y);
const DIVIDE: Arithmetic = (x, y) => (y === 0 ? { error: "#DIV/0!" } : finite(x / y));
/** Excel's ^: 0^0 and a root of a negative number are #NUM!, 0 to a negative power #DIV/0!, an overflow #NUM!. */
const POWER: Arithmetic = (x, y) => {
  if (x === 0 && y === 0) return { error: "#NUM!" };
  if (x === 0 && y < 0) return { error: "#DIV/0!" };
  return finite(x ** y);
};

/**
 * Nodes whose value is a cell reference (`[@X]`, INDEX of a column, an IF whose branches both are), not a
 * computed value. MIN and MAX treat the two differently (see `extremum`). Excel's IF returns a reference
 * whenever the branch it takes is one; no formula here passes an IF of a reference and a value to MIN or
 * MAX, so an IF with one value branch is treated as a value throughout.
 */
const REFERENCES = new WeakSet<Node>();
const asReference = (node: Node): Node => (REFERENCES.add(node), node);

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

  /** comparison := concatenation (("=" | "<>" | "<" | ">" | "<=" | ">=") concatenation)? */
  expression(): Node {
    const left = this.concatenation();
    const operator = COMPARISONS.find((op) => this.take(op));
    if (operator === undefined) return left;
    const right = this.concatenation();
    const holds = ORDERED[operator];
    return (c) => {
      const a = left(c);
      const b = right(c);
      if (isError(a)) return a;
      if (isError(b)) return b;
      return holds(compare(a, b));
    };
  }

  /** concatenation := sum ("&" sum)*: below + and -, so 1+2&3 is "33". */
  private concatenation(): Node {
    let node = this.sum();
    while (this.take("&")) {
      const [left, right] = [node, this.sum()];
      node = (c) => {
        const a = toText(left(c));
        if (isError(a)) return a;
        const b = toText(right(c));
        return isError(b) ? b : a + b;
      };
    }
    return node;
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

  /** product := power (("*" | "/") power)* */
  private product(): Node {
    let node = this.power();
    for (;;) {
      if (this.take("*")) node = arithmetic(node, this.power(), MULTIPLY);
      else if (this.take("/")) node = arithmetic(node, this.power(), DIVIDE);
      else return node;
    }
  }

  /** power := primary ("^" primary)*, left to right; a primary carries its own sign, so -2^2 is (-2)^2 = 4. */
  private power(): Node {
    let node = this.primary();
    while (this.take("^")) node = arithmetic(node, this.primary(), POWER);
    return node;
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
    return asReference(({ row }) => {
      if (!(header in row)) throw new Error(`No column ${header}`);
      const value = row[header];
      return value === "" || value === null || value === undefined ? BLANK : (value as Value);
    });
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
    return (c) => columnOf(tableOf(c), header, name);
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
        const node: Node = (c) => {
          const test = condition(c);
          if (isError(test)) return test;
          return truthy(test) ? then(c) : otherwise(c);
        };
        return REFERENCES.has(then) && REFERENCES.has(otherwise) ? asReference(node) : node;
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
        return asReference((c) => {
          const [column, position] = [columnOf(c), positionOf(c)];
          if (isError(position)) return position;
          if (!(column instanceof Column) || typeof position !== "number")
            throw new Error("INDEX supports a table column and a row number only");
          return position >= 1 && position <= column.cells.length
            ? fromTable(column.cells[Math.floor(position) - 1])
            : { error: "#REF!" };
        });
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
          const found = positionsOf(column).get(matchKey(value));
          return found === undefined ? { error: "#N/A" } : found;
        };
      }
      case "MIN":
      case "MAX": {
        if (args.length < 1) throw new Error(`${name} takes at least 1 argument`);
        const pick = name === "MIN" ? Math.min : Math.max;
        const parts = args.map((node) => ({ node, reference: REFERENCES.has(node) }));
        return (c) => extremum(pick, parts, c);
      }
      case "ROUNDUP": {
        arity(2, 2);
        const [valueOf, digitsOf] = args;
        return (c) => {
          const x = toNumber(valueOf(c));
          if (isError(x)) return x;
          const digits = toNumber(digitsOf(c));
          return isError(digits) ? digits : roundUp(x, digits);
        };
      }
      case "SUMIFS":
      case "COUNTIFS": {
        // SUMIFS(sum_range, criteria_range1, criteria1, ...); COUNTIFS(criteria_range1, criteria1, ...).
        const sums = name === "SUMIFS";
        const [sumOf, pairs] = sums ? [args[0], args.slice(1)] : [undefined, args];
        if (pairs.length < 2 || pairs.length % 2 !== 0)
          throw new Error(`${name} takes ${sums ? "a sum range, then " : ""}pairs of a range and a criterion`);
        return (c) =>
          conditionalTotal(
            sumOf?.(c),
            Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i](c), pairs[2 * i + 1](c)] as const),
          );
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

/**
 * MIN or MAX as Microsoft documents them (support.microsoft.com, "MIN function"): in an argument that is a
 * reference, only numbers count, and empty cells, logical values and text are ignored, so MIN(A1,5) with A1
 * blank is 5, not 0; an argument typed or computed directly counts TRUE as 1 and numeric text as its
 * number, and other text is #VALUE!; an error anywhere is the result; with no number at all the result is 0.
 */
function extremum(
  pick: (...values: number[]) => number,
  parts: readonly { node: Node; reference: boolean }[],
  c: FormulaContext,
): Value {
  const numbers: number[] = [];
  for (const { node, reference } of parts) {
    const value = node(c);
    if (isError(value)) return value;
    if (value instanceof Column || Array.isArray(value)) throw new Error("MIN and MAX take single values here");
    if (reference) {
      if (typeof value === "number") numbers.push(value);
      continue;
    }
    // A computed blank (an omitted argument) is 0, as in arithmetic.
    const n = toNumber(value);
    if (isError(n)) return n;
    numbers.push(n);
  }
  return numbers.length === 0 ? 0 : pick(...numbers);
}

/**
 * SUMIFS (given a sum range) or COUNTIFS (without): over the rows where every range's cell meets its
 * criterion, the sum of the sum range's numbers, or the count of rows. As Microsoft documents them
 * (support.microsoft.com, "SUMIFS function" and "COUNTIFS function"): every range must have the same size,
 * else #VALUE!; a row counts only when all its criteria hold. The sum adds numbers only: blank and text
 * cells are skipped, and an error in a row that counts is the result. Microsoft's page says TRUE and FALSE
 * in the sum range count as 1 and 0 while Excel itself skips them; no add-in formula sums them, so they
 * are refused here rather than guessed.
 */
function conditionalTotal(sumRange: Value | undefined, conditions: ReadonlyArray<readonly [Value, Value]>): Value {
  const columnOrFail = (v: Value | undefined): Column => {
    if (isError(v)) throw new Error("SUMIFS and COUNTIFS take table columns here, not an error");
    if (!(v instanceof Column)) throw new Error("SUMIFS and COUNTIFS take table columns as ranges here");
    return v;
  };
  const sums = sumRange === undefined ? undefined : columnOrFail(sumRange);
  const tests = conditions.map(([range, criterion]) => ({
    cells: columnOrFail(range).cells,
    holds: criterionTest(criterion),
  }));
  const size = sums?.cells.length ?? tests[0].cells.length;
  if (tests.some((t) => t.cells.length !== size)) return { error: "#VALUE!" };
  let total = 0;
  for (let i = 0; i < size; i++) {
    if (!tests.every((t) => t.holds(fromTable(t.cells[i])))) continue;
    if (!sums) {
      total++;
      continue;
    }
    const cell = fromTable(sums.cells[i]);
    if (isError(cell)) return cell;
    if (typeof cell === "boolean") throw new Error("SUMIFS does not sum TRUE or FALSE here");
    if (typeof cell === "number") total += cell;
  }
  return total;
}

/**
 * The test a SUMIFS or COUNTIFS criterion makes of a cell, for the criteria the add-in's formulas use:
 * equality with a value, and "". A reference to an empty cell is the criterion 0, as Microsoft's COUNTIFS
 * page says, so it matches cells holding 0 and not blank ones. "" matches empty cells and cells holding
 * empty text (a formula's ""). Text matches text equal to it without case, and a number an equal number.
 * Criteria with an operator (">5", "<>x", "="), wildcards (* ? ~), or text Excel would read as a number
 * or logical value ("32", "TRUE") mean more than equality in Excel, and are refused rather than guessed.
 */
function criterionTest(criterion: Value): (cell: Value) => boolean {
  if (criterion === BLANK) return (cell) => cell === 0;
  if (typeof criterion === "number") return (cell) => cell === criterion;
  if (typeof criterion === "boolean") return (cell) => cell === criterion;
  if (criterion === "") return (cell) => cell === BLANK || cell === "";
  if (typeof criterion === "string") {
    const trimmed = criterion.trim();
    if (/^[=<>]/.test(criterion) || /[*?~]/.test(criterion))
      throw new Error(`The criterion "${criterion}" has an operator or a wildcard, which is not supported here`);
    if ((trimmed !== "" && Number.isFinite(Number(trimmed))) || /^(TRUE|FALSE)$/i.test(trimmed))
      throw new Error(`The criterion "${criterion}" reads as a number or a logical value, which is not supported here`);
    const text = criterion.toLowerCase();
    return (cell) => typeof cell === "string" && cell.toLowerCase() === text;
  }
  throw new Error("SUMIFS and COUNTIFS take a single value as a criterion here");
}

/**
 * ROUNDUP: away from zero to `digits` decimals (digits truncated to a whole number; negative rounds to tens,
 * hundreds...). The scaled value is first read to 15 significant digits, as Excel stores numbers, so that
 * ROUNDUP(0.1*3,1) is 0.3 and not 0.4 from the binary 0.30000000000000004.
 */
function roundUp(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.ceil(scaled)) / factor;
}

/**
 * A value as & joins it: blank is "", TRUE and FALSE their names, a number as the General format shows it
 * in a wide cell: up to 15 significant digits, no trailing zeros, so 1/3&"" is "0.333333333333333". Where
 * Excel switches to E notation is not documented; this switches from 1E+15 up and below 1E-9, and no
 * add-in formula joins a number that large or small.
 */
function toText(v: Value): string | ExcelError {
  if (isError(v)) return v;
  if (v === BLANK) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberText(v);
  throw new Error("& takes single values here");
}

function numberText(n: number): string {
  if (n === 0) return "0";
  const [mantissa, exponentText] = Math.abs(n).toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  const exponent = Number(exponentText);
  const sign = n < 0 ? "-" : "";
  if (exponent >= 15 || exponent < -9) {
    const shown = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${shown}E${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
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
