/** The fuzz's own instruments: the argument generator produces every kind of value, and the leak check is right. */
import fc from "fast-check";
import { BY_ID } from "../harness/functions/call";
import { FUZZ_HALVES, argument, problemWith } from "./fuzz-arguments";

describe("the argument generator", () => {
  // The property below is only as good as what it is fed: check that every kind of value Excel (or a
  // careless caller) can pass actually turns up, in a sample far smaller than one function's run.
  const sample = fc.sample(argument, { numRuns: 5_000, seed: 7 });
  const kinds: Record<string, (a: unknown) => boolean> = {
    null: (a) => a === null,
    undefined: (a) => a === undefined,
    NaN: (a) => Number.isNaN(a),
    Infinity: (a) => a === Infinity,
    "-Infinity": (a) => a === -Infinity,
    "huge number": (a) => typeof a === "number" && Math.abs(a) >= 1e300 && Number.isFinite(a),
    "negative number": (a) => typeof a === "number" && a < 0,
    "numeric text": (a) => a === "5100",
    text: (a) => typeof a === "string" && a.length > 3,
    boolean: (a) => typeof a === "boolean",
    "empty range": (a) => Array.isArray(a) && (a.length === 0 || (a.length === 1 && (a[0] as unknown[]).length === 0)),
    "ragged range": (a) => Array.isArray(a) && new Set((a as unknown[][]).map((r) => r.length)).size > 1,
    "range with a header": (a) => Array.isArray(a) && (a as unknown[][])[0]?.[0] === "Specialty",
  };

  it.each(Object.keys(kinds))("produces %s", (kind) => {
    expect(sample.some(kinds[kind])).toBe(true);
  });
});

describe("the leak check", () => {
  it("accepts good results and refuses NaN, Infinity, other codes, silent errors and leaked JavaScript", () => {
    expect(problemWith(480000, [])).toBeUndefined();
    expect(problemWith("Family Medicine", [])).toBeUndefined();
    expect(problemWith({ error: "#NUM!" }, [])).toBeUndefined();
    expect(
      problemWith({ error: "#VALUE!", message: 'specialty must be text; got the text "NaN".' }, ["NaN"]),
    ).toBeUndefined();
    expect(problemWith(NaN, [])).toBe("returned NaN");
    expect(problemWith(-Infinity, [])).toBe("returned -Infinity");
    expect(problemWith({ error: "#DIV/0!" }, [])).toMatch(/^returned/);
    expect(problemWith({ error: "#N/A" }, [])).toBe("#N/A without a message");
    expect(problemWith({ error: "#VALUE!", message: "Leverage could not compute this: x is undefined" }, [])).toMatch(
      /unexpected exception/,
    );
    expect(problemWith({ error: "#VALUE!", message: "base must be a number; got [object Object]." }, [])).toMatch(
      /with the message/,
    );
    expect(problemWith("Source: undefined", [])).toMatch(/returned the text/);
  });
});

describe("the two halves of the fuzz", () => {
  it("fuzz every function exactly once", () => {
    const fuzzed = [...FUZZ_HALVES.lookups, ...FUZZ_HALVES.money];
    expect(new Set(fuzzed).size).toBe(fuzzed.length);
    expect([...fuzzed].sort()).toEqual(Object.keys(BY_ID).sort());
  });
});
