/**
 * Compiles the formulas of the Offers table's calculated columns once into functions of a row, so a
 * recalculation spends its time in the OFFER functions, as Excel's would, and not in re-reading formula
 * text. It understands what those formulas use, the same subset as test/support/excel-formula.ts (whose
 * interpreter the bench's test checks it against): numbers, "text", `[@[Header]]`, `Table[#All]`, `=`,
 * `+`, IF, OR and OFFER functions. Blank cells follow Excel: "" when compared, 0 when added, and passed
 * to a custom function as null (Excel on the web) or 0 (desktop).
 */
import type { CellFunction } from "./workload";

/** How a blank cell reaches a custom function. */
export type BlankAs = null | 0;

/** What a cell shows: a value, or an Excel error with its message. */
export type CellResult = number | string | { error: string; message?: string };

/** The row a formula is evaluated on, the tables it may reference, and how blanks are passed. */
export interface RowContext {
  row: Readonly<Record<string, unknown>>;
  tables: Readonly<Record<string, unknown[][]>>;
  blankAs: BlankAs;
}

const BLANK = Symbol("blank");
type ErrorValue = { error: string; message?: string };
type Value = number | string | boolean | typeof BLANK | unknown[][] | ErrorValue;
type Node = (context: RowContext) => Value;

const isError = (v: Value): v is ErrorValue => typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

/** An Excel error thrown by a custom function: an object with an Excel error code ("#VALUE!"). */
function asCellError(error: unknown): ErrorValue | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("#")) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message !== code ? { error: code, message } : { error: code };
}

/** Compiles `=...` into a function of a row; `lookup` gives the custom function for an id such as TOTALCOMP. */
export function compileRowFormula(formula: string, lookup: (id: string) => CellFunction): (context: RowContext) => CellResult {
  const compiler = new Compiler(formula.replace(/^=/, ""), lookup);
  const node = compiler.expression();
  compiler.end();
  return (context) => {
    const value = node(context);
    if (value === BLANK) return 0;
    if (typeof value === "boolean" || Array.isArray(value)) throw new Error(`Unexpected formula result ${String(value)}`);
    return value as CellResult;
  };
}

class Compiler {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly lookup: (id: string) => CellFunction,
  ) {}

  end(): void {
    if (this.i !== this.text.length) throw new Error(`Unexpected "${this.text.slice(this.i)}"`);
  }

  private take(token: string): boolean {
    if (!this.text.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new Error(`Expected "${token}" at "${this.text.slice(this.i)}"`);
  }

  /** comparison := sum ("=" sum)?, text compared without regard to case, a blank as "". */
  expression(): Node {
    const left = this.sum();
    if (!this.take("=")) return left;
    const right = this.sum();
    return (c) => {
      const a = left(c);
      const b = right(c);
      if (isError(a)) return a;
      if (isError(b)) return b;
      const [x, y] = [a === BLANK ? "" : a, b === BLANK ? "" : b];
      return typeof x === "string" && typeof y === "string" ? x.toLowerCase() === y.toLowerCase() : x === y;
    };
  }

  /** sum := primary ("+" primary)*, a blank counting as 0. */
  private sum(): Node {
    let node = this.primary();
    while (this.take("+")) {
      const [left, right] = [node, this.primary()];
      node = (c) => add(left(c), right(c));
    }
    return node;
  }

  private primary(): Node {
    if (this.take("(")) {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    const rest = this.text.slice(this.i);
    if (rest.startsWith('"')) {
      const end = this.text.indexOf('"', this.i + 1);
      const text = this.text.slice(this.i + 1, end);
      this.i = end + 1;
      return () => text;
    }
    if (this.take("[@[")) {
      const end = this.text.indexOf("]]", this.i);
      const header = this.text.slice(this.i, end);
      this.i = end + 2;
      return (c) => {
        if (!(header in c.row)) throw new Error(`No column ${header}`);
        const value = c.row[header];
        return value === "" || value === null || value === undefined ? BLANK : (value as Value);
      };
    }
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (number) {
      this.i += number[0].length;
      const value = Number(number[0]);
      return () => value;
    }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(rest);
    if (!name) throw new Error(`Unexpected "${rest}"`);
    this.i += name[0].length;
    if (this.take("[#All]")) {
      const table = name[0];
      return (c) => {
        const range = c.tables[table];
        if (!range) throw new Error(`No table ${table}`);
        return range;
      };
    }
    return this.call(name[0]);
  }

  /** A call; an omitted argument is blank. IF evaluates only the branch it takes. */
  private call(name: string): Node {
    this.expect("(");
    const args: Node[] = [];
    if (!this.take(")")) {
      for (;;) {
        args.push(this.text[this.i] === "," || this.text[this.i] === ")" ? () => BLANK : this.expression());
        if (this.take(")")) break;
        this.expect(",");
      }
    }
    if (name === "IF") {
      const [condition, then, otherwise = () => false] = args;
      return (c) => {
        const test = condition(c);
        if (isError(test)) return test;
        return test === true ? then(c) : otherwise(c);
      };
    }
    if (name === "OR") {
      return (c) => {
        const values = args.map((a) => a(c));
        return values.find(isError) ?? values.some((v) => v === true);
      };
    }
    if (!name.startsWith("OFFER.")) throw new Error(`Unknown function ${name}`);
    const fn = this.lookup(name.slice("OFFER.".length));
    return (c) => {
      const values = args.map((a) => a(c));
      const failed = values.find(isError);
      if (failed) return failed;
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

function add(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const [x, y] = [a === BLANK ? 0 : a, b === BLANK ? 0 : b];
  if (typeof x !== "number" || typeof y !== "number") return { error: "#VALUE!" };
  return x + y;
}
