/**
 * A Benchmarks table broken the ways people break them — a header missing or misspelt, no header row at
 * all, text or TRUE typed where a number belongs, the same specialty and metric twice (also under another
 * name) — gives exactly one message per problem that names the row or the column, never a crash. The
 * parser feeds both the formulas (one #VALUE! with the first problem) and the pane (every problem listed),
 * so both are checked here; test/workbook/benchmarks-malformed.test.ts loads such a table from a workbook.
 */
import fc from "fast-check";
import { EXPECTED_HEADER, parseBenchmarks, readBenchmarks } from "../../src/core/benchmarks/parse";
import { OfferError } from "../../src/core/errors";
import { KNOWN_SPECIALTIES } from "../../src/core/specialties";
import { BY_ID, cell } from "../harness/functions/call";

const HEADER = ["Specialty", "Metric", "P25", "P50", "P75", "P90"] as const;
const PERCENTILE_COLUMNS = [2, 3, 4, 5];

/** A valid table: one wRVU row per specialty, percentiles rising. */
function table(specialties: readonly string[]): unknown[][] {
  return [[...HEADER], ...specialties.map((s, i) => [s, "wRVU", 4000 + i, 5000 + i, 6000 + i, 7000 + i])];
}

const validTable = fc.uniqueArray(fc.constantFrom(...KNOWN_SPECIALTIES), { minLength: 1, maxLength: 8 }).map(table);
const notANumber = fc.constantFrom("n/a", "—", "TBD", "see note", "5k", "about 5000");

/** The message a formula shows for a range: the #VALUE! it throws, or "ok". */
function formulaMessage(range: unknown): string {
  try {
    readBenchmarks(range);
    return "ok";
  } catch (error) {
    if (!(error instanceof OfferError) || error.kind !== "value") throw error;
    return error.message;
  }
}

describe("a Benchmarks table with a missing header", () => {
  it("names the missing column once, and lists the columns expected", () => {
    fc.assert(
      fc.property(
        validTable,
        fc.constantFrom(...HEADER.keys()),
        fc.constantFrom("", "Q3", "Percentile", null),
        (good, column, replacement) => {
          const bad = good.map((row) => [...row]);
          bad[0][column] = replacement;
          const message = `benchmarks header row has no ${HEADER[column]} column. Expected columns: ${EXPECTED_HEADER}.`;
          expect(parseBenchmarks(bad)).toEqual({ rows: [], problems: [message], refused: [] });
          expect(formulaMessage(bad)).toBe(message);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a table pasted without its header row as a missing header, not as data", () => {
    const noHeader = table(["Psychiatry", "Urology"]).slice(1);
    const { rows, problems } = parseBenchmarks(noHeader);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      `benchmarks header row has no Specialty, Metric, P25, P50, P75 or P90 column. Expected columns: ${EXPECTED_HEADER}.`,
    ]);
  });

  it("names a column given twice", () => {
    const bad = [
      [...HEADER, "P50"],
      ["Psychiatry", "wRVU", 1, 2, 3, 4, 5],
    ];
    expect(parseBenchmarks(bad).problems).toEqual(['benchmarks header row names the column "P50" twice.']);
  });
});

describe("a Benchmarks table with text in a number column", () => {
  it("gives one message naming the row, the specialty and the column, and keeps the other rows", () => {
    fc.assert(
      fc.property(
        validTable,
        fc.nat(),
        fc.constantFrom(...PERCENTILE_COLUMNS),
        notANumber,
        (good, pick, column, text) => {
          const bad = good.map((row) => [...row]);
          const r = 1 + (pick % (bad.length - 1));
          bad[r][column] = text;
          const message = `benchmarks row ${r + 1} (${bad[r][0]} wRVU): ${HEADER[column]} must be a number; got the text "${text}".`;
          const parsed = parseBenchmarks(bad);
          expect(parsed.problems).toEqual([message]);
          expect(parsed.refused).toEqual([{ row: r + 1, message }]);
          expect(parsed.rows.map((b) => b.specialty)).toEqual(
            good
              .slice(1)
              .filter((_, i) => i !== r - 1)
              .map((row) => row[0]),
          );
          expect(formulaMessage(bad)).toBe(message);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names TRUE and a range typed where a number belongs", () => {
    const bad = [[...HEADER], ["Psychiatry", "wRVU", 1, true, 3, 4], ["Urology", "wRVU", 1, 2, [[3]], 4]];
    expect(parseBenchmarks(bad).problems).toEqual([
      "benchmarks row 2 (Psychiatry wRVU): P50 must be a number; got TRUE.",
      "benchmarks row 3 (Urology wRVU): P75 must be a number; got a range.",
    ]);
  });

  it("accepts numbers typed as text, as Excel does", () => {
    const { rows, problems } = parseBenchmarks([[...HEADER], ["Psychiatry", "wRVU", "4000", " 5000 ", "6000", "7000"]]);
    expect(problems).toEqual([]);
    expect(rows[0].points.map((p) => p.value)).toEqual([4000, 5000, 6000, 7000]);
  });
});

describe("a Benchmarks table with duplicate rows", () => {
  it("refuses the later copy with one message naming both rows, and keeps the first", () => {
    fc.assert(
      fc.property(validTable, fc.nat(), fc.boolean(), (good, pick, changeFigures) => {
        const r = 1 + (pick % (good.length - 1));
        const copy = [...good[r]];
        if (changeFigures) copy[3] = Number(copy[3]) + 1;
        const bad = [...good, copy];
        const message = `benchmarks rows ${r + 1} and ${bad.length} both give ${good[r][0]} wRVU; keep one.`;
        const parsed = parseBenchmarks(bad);
        expect(parsed.problems).toEqual([message]);
        expect(parsed.rows).toHaveLength(good.length - 1);
        expect(parsed.rows.find((b) => b.specialty === good[r][0])?.provenance.row).toBe(r + 1);
        expect(formulaMessage(bad)).toBe(message);
      }),
      { numRuns: 200 },
    );
  });

  it("counts a specialty or metric written another way as the same row", () => {
    const bad = [
      [...HEADER],
      ["Family Medicine", "wRVU", 1, 2, 3, 4],
      ["FM", "wrvu", 1, 2, 3, 4],
      ["family medicine", "WRVU", 1, 2, 3, 4],
    ];
    expect(parseBenchmarks(bad).problems).toEqual([
      "benchmarks rows 2 and 3 both give Family Medicine wRVU; keep one.",
      "benchmarks rows 2 and 4 both give Family Medicine wRVU; keep one.",
    ]);
    expect(formulaMessage(bad)).toBe(
      "benchmarks rows 2 and 3 both give Family Medicine wRVU; keep one. (and 1 more problem)",
    );
  });
});

describe("any malformed table", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(...HEADER, "Source", "Year", "P10"),
  );
  const anyRange = fc.array(fc.array(anyCell, { maxLength: 9 }), { maxLength: 8 });

  it("never throws; each refused row is one message that names it; a formula shows the first problem as #VALUE!", () => {
    fc.assert(
      fc.property(anyRange, (range) => {
        const { rows, problems, refused } = parseBenchmarks(range);
        for (const { row, message } of refused)
          expect(message).toMatch(new RegExp(`^benchmarks rows? (\\d+ and )?${row}\\b`));
        // At most one outcome per row: a row is read or refused, and a bad header is the only message.
        expect(problems.length + rows.length).toBeLessThanOrEqual(Math.max(1, range.length - 1));
        const more =
          problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
        expect(formulaMessage(range)).toBe(problems.length > 0 ? `${problems[0]}${more}` : "ok");
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("OFFER formulas given a malformed Benchmarks range", () => {
  const TEXT = [[...HEADER], ["Family Medicine", "wRVU", 4000, "n/a", 6000, 7000]];
  const TEXT_MESSAGE = 'benchmarks row 2 (Family Medicine wRVU): P50 must be a number; got the text "n/a".';
  const DUPLICATE = [
    [...HEADER],
    ["Family Medicine", "wRVU", 4000, 5000, 6000, 7000],
    ["FM", "wRVU", 4000, 5000, 6000, 7000],
  ];
  const DUPLICATE_MESSAGE = "benchmarks rows 2 and 3 both give Family Medicine wRVU; keep one.";
  const NO_P90 = [
    ["Specialty", "Metric", "P25", "P50", "P75"],
    ["Family Medicine", "wRVU", 4000, 5000, 6000],
  ];
  const NO_P90_MESSAGE = `benchmarks header row has no P90 column. Expected columns: ${EXPECTED_HEADER}.`;

  // Each function that takes a benchmarks range, with that range as its last argument.
  const calls: Record<string, (range: unknown) => unknown[]> = {
    WRVUGAP: (range) => [6000, "Family Medicine", null, null, range],
    WRVUPCTL: (range) => [5500, "Family Medicine", range],
    BENCHMARK: (range) => ["Family Medicine", "wRVU", null, range],
    BENCHMARKSOURCE: (range) => ["Family Medicine", "wRVU", range],
  };

  it.each(Object.keys(calls))("OFFER.%s shows one #VALUE! that says what is wrong and where", (id) => {
    for (const [range, message] of [
      [TEXT, TEXT_MESSAGE],
      [DUPLICATE, DUPLICATE_MESSAGE],
      [NO_P90, NO_P90_MESSAGE],
    ] as const) {
      expect(cell(BY_ID[id], ...calls[id](range))).toEqual({ error: "#VALUE!", message });
    }
    // And the same table, mended, gives a number or text.
    const mended = cell(BY_ID[id], ...calls[id](table(["Family Medicine"])));
    expect(typeof mended === "number" || typeof mended === "string").toBe(true);
  });
});
