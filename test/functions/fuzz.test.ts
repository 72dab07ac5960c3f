/**
 * Whatever Excel passes — blanks, text, booleans, NaN, infinities, huge or negative numbers, ragged or
 * empty ranges — every OFFER function returns a finite number or text, or throws a CustomFunctions.Error.
 * `cell` rethrows anything else, which fails the property.
 */
import fc from "fast-check";
import { BY_ID, cell } from "../support/call";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

const words = fc.constantFrom(
  "Psychiatry", "psych", "FM", "Primary Care", "Hospitalist IM", "OB/GYN", "Sports Medicine", "Pyschiatry", "",
  "rural", "secondary", "saturated metro", "downtown", "nights, weekends", "nights, golf", "TotalComp", "wRVU",
  "SignOn", "5100", "-3", "1e309", "Specialty", "Metric", "P25", "P50", "P75", "P90", "P10",
);
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e7, max: 1e7 }),
  fc.constantFrom(0, -0, 1, 50, 100, 101, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
);
const scalar = fc.oneof(number, words, fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const row = fc.array(scalar, { maxLength: 8 });
const range = fc.oneof(
  fc.array(row, { maxLength: 6 }),
  fc.constant([]),
  fc.constant([[]]),
  // a well-formed header followed by random rows, so row parsing is exercised too
  fc.array(row, { maxLength: 5 }).map((rows) => [["Specialty", "Metric", "P25", "P50", "P75", "P90"], ...rows]),
  fc.array(fc.tuple(number, number), { maxLength: 5 }).map((rows) => rows.map(([a, b]) => [a, b])),
);
const argument = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: range });

describe.each(Object.entries(BY_ID))("%s under random arguments", (_id, fn) => {
  it("returns a finite number or text, or an Excel error; never a plain exception", () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: fn.length + 1 }), (args) => {
        const result = cell(fn, ...args);
        if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        else if (typeof result === "object") {
          expect(["#VALUE!", "#N/A", "#NUM!"]).toContain(result.error);
          // #VALUE! and #N/A always say what to fix; #NUM! cannot carry a message in Excel.
          if (result.error !== "#NUM!") expect(result.message?.length).toBeGreaterThan(10);
        }
        else expect(typeof result).toBe("string");
      }),
      { numRuns: RUNS },
    );
  });
});
