/**
 * A small evaluator for the formulas of the Offers table's calculated columns, so a test can check what
 * the grid computes without Excel: numbers, "text", `[@[Header]]` references to the row, `Table[#All]`,
 * `=` and `+`, IF, OR and the OFFER functions (called as Excel calls them). Blank cells follow Excel: equal
 * to "", 0 in arithmetic, and passed to a custom function as null (Excel on the web) or 0 (desktop), the
 * difference the add-in's blank-cell rule exists for. It supports only what those formulas use.
 */
import { BY_ID, type CellResult, cell } from "./call";

/** How a blank cell reaches a custom function. */
export type BlankAs = null | 0;

const BLANK = Symbol("blank");
type Value = number | string | boolean | typeof BLANK | unknown[][] | { error: string; message?: string };

export interface FormulaContext {
  /** This row's cells by header; "" is a blank cell. */
  row: Readonly<Record<string, unknown>>;
  /** Tables for `Name[#All]`, header row included. */
  tables: Readonly<Record<string, unknown[][]>>;
  blankAs: BlankAs;
}

const isError = (v: Value): v is { error: string } => typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

/** Evaluates a formula such as `=OFFER.SCARCITY([@Specialty],[@Market])` over a row. */
export function evaluateRowFormula(formula: string, context: FormulaContext): CellResult {
  const parser = new Parser(formula.replace(/^=/, ""), context);
  const value = parser.expression();
  parser.end();
  if (value === BLANK) return 0;
  if (typeof value === "boolean" || Array.isArray(value)) throw new Error(`Unexpected formula result ${String(value)}`);
  return value as CellResult;
}

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

  /** comparison := sum ("=" sum)? */
  expression(): Value {
    const left = this.sum();
    if (!this.take("=")) return left;
    const right = this.sum();
    if (isError(left)) return left;
    if (isError(right)) return right;
    const norm = (v: Value) => (v === BLANK ? "" : v);
    const [a, b] = [norm(left), norm(right)];
    return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
  }

  /** sum := primary ("+" primary)* */
  private sum(): Value {
    let value = this.primary();
    while (this.take("+")) {
      const right = this.primary();
      value = add(value, right);
    }
    return value;
  }

  private primary(): Value {
    if (this.take("(")) {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (this.peek('"')) return this.string();
    if (this.peek("[@[")) return this.reference();
    const number = /^\d+(\.\d+)?/.exec(this.text.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(this.text.slice(this.i));
    if (!name) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
    this.i += name[0].length;
    if (this.take("[#All]")) {
      const table = this.context.tables[name[0]];
      if (!table) throw new Error(`No table ${name[0]}`);
      return table;
    }
    return this.call(name[0]);
  }

  private string(): string {
    this.expect('"');
    const end = this.text.indexOf('"', this.i);
    const text = this.text.slice(this.i, end);
    this.i = end + 1;
    return text;
  }

  private reference(): Value {
    this.expect("[@[");
    const end = this.text.indexOf("]]", this.i);
    const header = this.text.slice(this.i, end);
    this.i = end + 2;
    if (!(header in this.context.row)) throw new Error(`No column ${header}`);
    const value = this.context.row[header];
    return value === "" || value === null || value === undefined ? BLANK : (value as Value);
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

function add(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const n = (v: Value) => (v === BLANK ? 0 : v);
  const [x, y] = [n(a), n(b)];
  if (typeof x !== "number" || typeof y !== "number") return { error: "#VALUE!" };
  return x + y;
}

function apply(name: string, args: Array<() => Value>, blankAs: BlankAs): Value {
  switch (name) {
    case "IF": {
      const condition = args[0]();
      if (isError(condition)) return condition;
      return condition === true ? args[1]() : args[2]();
    }
    case "OR": {
      const values = args.map((a) => a());
      return values.find(isError) ?? values.some((v) => v === true);
    }
    default: {
      const fn = name.startsWith("OFFER.") ? BY_ID[name.slice("OFFER.".length)] : undefined;
      if (!fn) throw new Error(`Unknown function ${name}`);
      const values = args.map((a) => a());
      const failed = values.find(isError);
      if (failed) return failed;
      return cell(fn, ...values.map((v) => (v === BLANK ? blankAs : v)));
    }
  }
}
