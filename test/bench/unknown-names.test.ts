/** The unknown-names bench measures what it says: the known name computes, the unknown one is #N/A with suggestions. */
import { measureNamePair, namePairs } from "../../bench/unknown-names";
import { BY_ID, cell } from "../harness/functions/call";

describe.each(namePairs().map((pair) => [pair.label, pair] as const))("%s", (_label, pair) => {
  const fn = BY_ID[pair.id];

  it("computes a number for the known name and an Excel error for the unknown one", () => {
    expect(typeof cell(fn, ...pair.known)).toBe("number");
    expect(cell(fn, ...pair.unknown)).toMatchObject({ error: "#N/A" });
  });

  it("differs only in the specialty, and only a table look-up is held to the budget", () => {
    expect(pair.budgeted).toBe(pair.known.some(Array.isArray));
    expect(pair.known.slice(1)).toEqual(pair.unknown.slice(1));
    expect(pair.known[0]).not.toBe(pair.unknown[0]);
  });

  it("times both and reports the ratio of their per-call times", () => {
    const { knownUs, unknownUs, ratio } = measureNamePair(fn, pair);
    expect(knownUs).toBeGreaterThan(0);
    expect(unknownUs).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo(unknownUs / knownUs, 9);
  });
});
