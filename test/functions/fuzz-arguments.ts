/**
 * The fuzz of every OFFER function, shared by the fuzz suites (split in two so Jest's two workers share the
 * work): whatever Excel passes — blanks, text, booleans, NaN, infinities, huge or negative numbers, ragged or
 * empty ranges — every OFFER function returns a finite number or text, or throws a CustomFunctions.Error
 * whose message says what to fix. `cell` rethrows anything else, which fails the property; and since
 * `evaluate` turns an unexpected exception inside a calculation into "#VALUE! Leverage could not compute
 * this: ...", that message fails it too, so a TypeError deep in the core cannot hide behind #VALUE!.
 *
 * 100,000 argument tuples per function by default, as the hardening issue asks: about 35 s of one core
 * for all twenty functions on the two-core development machine; the look-ups of names (SPECIALTY,
 * PRICELEVEL) and the tax functions are the slowest. For a quick pass:
 * FUZZ_RUNS=2000 npx jest test/functions/fuzz. A failure prints the seed and the shrunk arguments.
 */
import fc from "fast-check";
import { BY_ID, type CellResult, cell } from "../harness/functions/call";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
// A generous bound (about 5 ms a tuple, ten times the slowest function) so a slow machine does not fail it.
export const TIMEOUT = Math.max(30_000, RUNS * 5);

const words = fc.constantFrom(
  "Psychiatry",
  "psych",
  "FM",
  "Primary Care",
  "Hospitalist IM",
  "OB/GYN",
  "Sports Medicine",
  "Pyschiatry",
  "",
  "rural",
  "secondary",
  "saturated metro",
  "downtown",
  "nights, weekends",
  "nights, golf",
  "TotalComp",
  "wRVU",
  "SignOn",
  "5100",
  "-3",
  "1e309",
  "Specialty",
  "Metric",
  "P25",
  "P50",
  "P75",
  "P90",
  "P10",
  "$290,000",
  "  ",
  // OFFER.TAKEHOME and OFFER.TAX: states as typed and as the Offers table labels them, a misspelling,
  // filing statuses, and the tax parts.
  "TX",
  "Texas",
  "TX \u00b7 Texas",
  "Calfornia",
  "married",
  "head of household",
  "hoh",
  "federal",
  "state payroll",
  // OFFER.PRICELEVEL: a metro by its city, and "rural" (which needs a state).
  "San Jose",
  // OFFER.PSLF: employer types, plans and parts.
  "Nonprofit 501(c)(3)",
  "For-profit",
  "RAP",
  "IBR",
  "year",
  "amount",
  // OFFER.SCARCITY's state and Supply table.
  "State",
  "Per100k",
  "US",
);
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e7, max: 1e7 }),
  fc.constantFrom(0, -0, 1, 50, 100, 101, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
);
const scalar = fc.oneof(number, words, fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const row = fc.array(scalar, { maxLength: 8 });
const range = fc.oneof(
  // ragged: rows of different lengths
  fc.array(row, { maxLength: 6 }),
  fc.constant([]),
  fc.constant([[]]),
  // a well-formed header followed by random rows, so row parsing is exercised too
  fc.array(row, { maxLength: 5 }).map((rows) => [["Specialty", "Metric", "P25", "P50", "P75", "P90"], ...rows]),
  fc.array(row, { maxLength: 5 }).map((rows) => [["Specialty", "State", "Per100k", "Source", "Year"], ...rows]),
  fc.array(fc.tuple(number, number), { maxLength: 5 }).map((rows) => rows.map(([a, b]) => [a, b])),
);
export const argument = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: range });

const CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);
/** What never belongs in a cell or a message: JavaScript leaking through (unless the user typed it). */
const LEAK = /\[object |\bundefined\b|\bNaN\b/;

/**
 * What the caller passed, as a message may quote it: every string at any depth, and NaN or an infinity as
 * written (a message may say "got NaN" when NaN was passed), so an echo is not mistaken for a leak.
 */
function typedText(args: readonly unknown[]): string[] {
  const quoted = (a: unknown): string[] =>
    Array.isArray(a)
      ? a.flatMap(quoted)
      : typeof a === "string"
        ? [a, a.trim()]
        : typeof a === "number" && !Number.isFinite(a)
          ? [String(a)]
          : [];
  return args.flatMap(quoted).filter((s) => s !== "");
}

function leaks(text: string, args: readonly unknown[]): boolean {
  // Most results hold no leak-like word at all: then there is no echo to take out first.
  if (!LEAK.test(text)) return false;
  const own = typedText(args).reduce((rest, typed) => rest.split(typed).join(" "), text);
  return LEAK.test(own);
}

/** Why a result is not something a cell may show, or undefined when it is fine. */
export function problemWith(result: CellResult, args: readonly unknown[]): string | undefined {
  if (typeof result === "number") return Number.isFinite(result) ? undefined : `returned ${result}`;
  if (typeof result === "string")
    return leaks(result, args) ? `returned the text ${JSON.stringify(result)}` : undefined;
  if (typeof result !== "object" || result === null || !CODES.has(result.error))
    return `returned ${JSON.stringify(result)}`;
  // #NUM! cannot carry a message in Excel; #VALUE! and #N/A always say what to fix.
  if (result.error === "#NUM!") return undefined;
  const message = result.message ?? "";
  if (message.length <= 10) return `${result.error} without a message`;
  if (message.startsWith("Leverage could not compute this"))
    return `an unexpected exception behind ${result.error}: ${message}`;
  if (leaks(message, args)) return `${result.error} with the message ${JSON.stringify(message)}`;
  return undefined;
}

/** The two halves of the fuzz, by Excel id: functions that look names up or read a table (the slower half), and the rest. */
export const FUZZ_HALVES = {
  lookups: ["SCARCITY", "SCARCITYWHY", "SPECIALTY", "BENCHMARK", "BENCHMARKSOURCE", "WRVUPCTL", "PRICELEVEL"],
  money: [
    "TOTALCOMP",
    "TIEREDPAY",
    "CLAWBACK",
    "WRVUGAP",
    "CALLPAY",
    "HOURLY",
    "EXITCOST",
    "TAILCOST",
    "NONCOMPETECOST",
    "TIER",
    "TAKEHOME",
    "TAX",
    "PSLF",
  ],
} as const;

/** Fuzzes each function named, by Excel id, with RUNS random argument lists. */
export function fuzzFunctions(ids: readonly string[]): void {
  describe.each(ids.map((id) => [id, BY_ID[id]] as const))("%s under random arguments", (_id, fn) => {
    it(
      `returns a finite number or text, or an Excel error with a message; never a plain exception (${RUNS.toLocaleString("en-US")} tuples)`,
      () => {
        // Most tuples are refused with an error: capturing each one's stack would be most of the loop's time,
        // and no check reads a stack: a failure is reported by its problem and its shrunk arguments.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
          fuzzOnce(fn);
        } finally {
          Error.stackTraceLimit = limit;
        }
      },
      TIMEOUT,
    );
  });
}

/** RUNS random argument lists through one function; a problem fails the property with its shrunk arguments. */
function fuzzOnce(fn: (...args: unknown[]) => unknown): void {
  fc.assert(
    // Plain checks rather than expect() in the hot loop: 100,000 tuples per function must stay fast.
    fc.property(fc.array(argument, { maxLength: fn.length + 1 }), (args) => {
      const problem = problemWith(cell(fn as never, ...args), args);
      if (problem) throw new Error(problem);
    }),
    { numRuns: RUNS },
  );
}
