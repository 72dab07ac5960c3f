/**
 * Parses the literal formulas used in docs (`=OFFER.TOTALCOMP(420000, 40000, , "FM", {0, 0; 4800, 45})`)
 * into a function name and the arguments Excel would pass: numbers, text, 2-D arrays, and null for an
 * omitted argument. Only literals: no cell references or nested calls.
 */
export interface ParsedFormula {
  name: string;
  args: unknown[];
}

export function parseFormula(formula: string): ParsedFormula {
  const match = /^=OFFER\.([A-Z]+)\((.*)\)$/s.exec(formula.trim());
  if (!match) throw new Error(`Not an OFFER formula: ${formula}`);
  const [, name, body] = match;
  const reader = new Reader(body);
  const args: unknown[] = [];
  if (reader.rest().trim() !== "") {
    for (;;) {
      args.push(reader.value(","));
      if (!reader.take(",")) break;
    }
  }
  reader.end();
  return { name, args };
}

class Reader {
  private i = 0;
  constructor(private readonly text: string) {}

  rest(): string {
    return this.text.slice(this.i);
  }

  private skip(): void {
    while (this.text[this.i] === " ") this.i++;
  }

  take(token: string): boolean {
    this.skip();
    if (this.text.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  end(): void {
    this.skip();
    if (this.i !== this.text.length) throw new Error(`Unexpected "${this.rest()}"`);
  }

  /** One argument; `separator` ends an omitted (null) argument. */
  value(separator: string): unknown {
    this.skip();
    const c = this.text[this.i];
    if (c === undefined || c === separator || c === ")") return null;
    if (c === '"') return this.string();
    if (c === "{") return this.array();
    return this.number();
  }

  private string(): string {
    let out = "";
    this.i++;
    for (;;) {
      const c = this.text[this.i++];
      if (c === undefined) throw new Error("Unterminated text");
      if (c === '"') {
        if (this.text[this.i] === '"') {
          out += '"';
          this.i++;
          continue;
        }
        return out;
      }
      out += c;
    }
  }

  private number(): number | boolean {
    const match = /^(TRUE|FALSE|[-+]?\d*\.?\d+(?:e[-+]?\d+)?)/i.exec(this.rest());
    if (!match) throw new Error(`Expected a literal at "${this.rest()}"`);
    this.i += match[0].length;
    if (/^true$/i.test(match[0])) return true;
    if (/^false$/i.test(match[0])) return false;
    return Number(match[0]);
  }

  private array(): unknown[][] {
    this.i++;
    const rows: unknown[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.value(","));
      if (this.take(",")) continue;
      if (this.take(";")) {
        rows.push([]);
        continue;
      }
      if (this.take("}")) return rows;
      throw new Error(`Bad array at "${this.rest()}"`);
    }
  }
}
