/**
 * Executable documentation: every example on the help pages (src/help/function-help.json) and in the
 * README's formula reference is evaluated here, so the docs cannot drift from the code.
 */
import fs from "fs";
import path from "path";
import help from "../../src/help/function-help.json";
import { SHIPPED_BENCHMARKS } from "../../src/core/benchmarks/shipped";
import { shown } from "../harness/functions/call";
import { evaluateFormula } from "../harness/functions/excel-formula";

const examples = Object.entries(help.functions).flatMap(([id, entry]) => entry.examples.map((e) => ({ id, ...e })));

describe("help page examples", () => {
  it.each(examples.map((e) => [e.formula, e.result] as const))("%s → %p", (formula, result) => {
    const actual = shown(evaluateFormula(formula));
    if (typeof result === "number" && typeof actual === "number") expect(actual).toBeCloseTo(result, 9);
    else expect(actual).toBe(result);
  });

  it("every function has examples that cover a success and an error", () => {
    for (const [id, entry] of Object.entries(help.functions)) {
      const results = entry.examples.map((e) => e.result);
      expect({ id, success: results.some((r) => typeof r === "number" || !String(r).startsWith("#")) }).toEqual({
        id,
        success: true,
      });
      expect(entry.errors.length).toBeGreaterThan(0);
    }
  });
});

describe("README formula reference", () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  // Lines such as: | `=OFFER.CLAWBACK(40000, 24, 12)` | `20000` |
  const rows = [...readme.matchAll(/`(=OFFER\.[A-Z]+\(.*?\))`\s*\|\s*`([^`]+)`/g)].map((m) => [m[1], m[2]] as const);

  it("has an example for every function", () => {
    const documented = new Set(rows.map(([formula]) => /^=OFFER\.([A-Z]+)/.exec(formula)?.[1]));
    expect([...documented].sort()).toEqual(Object.keys(help.functions).sort());
  });

  it.each(rows)("%s → %s", (formula, expected) => {
    const actual = shown(evaluateFormula(formula));
    expect(String(actual)).toBe(expected.replace(/^"|"$/g, ""));
  });
});

describe("README data section", () => {
  it("names the source of every shipped benchmark", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    for (const url of new Set(SHIPPED_BENCHMARKS.map((row) => row.provenance.url))) expect(readme).toContain(url);
  });
});
