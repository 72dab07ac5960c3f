/**
 * The Benchmarks import read a slice at a time: whatever the slices, the outcome is what the one-shot
 * reading gave before (checked against a copy of it, on random pastes); a paste over a limit is refused
 * whole with a message that says how much it is and what the limit is; and 1 MB adversarial pastes (one
 * huge line, a million newlines, a megabyte of tabs, commas or quotes, a million digits) complete with
 * the right outcome. The tests read no clock: Jest's 5 s timeout is the guard (see `completes`).
 */
import fc from "fast-check";
import { figureFromText, readNumber } from "../../src/core/cells";
import {
  type BenchmarkCell,
  type ImportCheck,
  checkImport,
  checkPaste,
  readPastedTable,
  startPasteCheck,
} from "../../src/core/benchmarks/import";
import { EXPECTED_HEADER, figureOfText, parseBenchmarks } from "../../src/core/benchmarks/parse";
import { describeValue } from "../../src/core/format";
import {
  BENCHMARK_PASTE_MAX_CELLS,
  BENCHMARK_PASTE_MAX_CHARS,
  BENCHMARK_PASTE_MAX_ROWS,
  pasteTooLargeMessage,
  pasteTooManyRowsMessage,
  rowTooWideMessage,
} from "../../src/core/input-limits";

/**
 * Runs `work`, then waits a turn of the event loop, so that Jest's timeout timer, due first when the work
 * took longer than the timeout, fails the test (it cannot interrupt synchronous work).
 */
async function completes<T>(work: () => T): Promise<T> {
  const result = work();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return result;
}

/** The import check as it was before it was read in slices: text to rows, rows to a parsed table. */
function referenceCheck(text: string): ImportCheck {
  const splitCsv = (line: string): string[] => {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        cells.push(cell);
        cell = "";
      } else cell += c;
    }
    cells.push(cell);
    return cells;
  };
  const tabbed = text.includes("\t");
  const pasted: BenchmarkCell[][] = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => (tabbed ? line.split("\t") : splitCsv(line)).map((cell) => figureFromText(cell) ?? cell.trim()));
  const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
  const rows = pasted.filter((row) => row.some((cell) => cell !== ""));
  if (rows.length === 0) {
    return {
      accepted: [],
      refused: [],
      problem: "Nothing to import: paste rows with a Specialty, a Metric and P25, P50, P75, P90.",
    };
  }
  const headed = rows[0].some(
    (cell) =>
      typeof cell === "string" && ["specialty", "metric"].includes(cell.toLowerCase().replace(/[^a-z0-9]/g, "")),
  );
  const offset = headed ? 0 : 1;
  const parsed = parseBenchmarks(headed ? rows : [header, ...rows]);
  if (parsed.rows.length === 0 && parsed.refused.length === 0 && parsed.problems.length > 0) {
    return { accepted: [], refused: [], problem: `${parsed.problems[0]} Expected: ${EXPECTED_HEADER}.` };
  }
  const reasonOf = (message: string) => {
    const duplicate = /^benchmarks rows (\d+) and \d+ both give (.*); keep one\.$/.exec(message);
    if (duplicate) return `Repeats ${duplicate[2]} from line ${Number(duplicate[1]) - offset}; keep one.`;
    return message.replace(/^benchmarks row \d+ \(([^)]*)\): /, "$1: ").replace(/^benchmarks row \d+: /, "");
  };
  return {
    accepted: parsed.rows.map((benchmark) => ({
      line: (benchmark.provenance.row ?? 0) - offset,
      benchmark,
      replaces: false,
    })),
    refused: parsed.refused.map(({ row, message }) => ({ line: row - offset, reason: reasonOf(message) })),
    assumedHeader: headed ? undefined : header.join(", "),
  };
}

/** Runs a paste check to the end, `lines` lines a step, recording the progress after each step. */
function inSteps(text: string, lines: number): { outcome: ImportCheck; progress: number[]; total: number } {
  const check = startPasteCheck(text, []);
  const progress: number[] = [];
  let outcome = check.outcome;
  while (outcome === undefined) {
    outcome = check.step(lines);
    progress.push(check.done);
  }
  return { outcome, progress, total: check.total };
}

const HEADER_LINE = "Specialty\tMetric\tP25\tP50\tP75\tP90";

/** `n` distinct valid tab-separated rows (specialties of the user's own naming). */
function validRows(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Specialty ${i}\twRVU\t3,695\t4,763\t5,887\t7,342`);
}

describe("a paste checked a slice at a time", () => {
  // Pieces of pastes: cells good and bad, separators, quotes, blank and white-space lines, both line ends.
  const piece = fc.constantFrom(
    "Specialty",
    "Metric",
    "P25",
    "P50",
    "P75",
    "P90",
    "Source",
    "FM",
    "Psychiatry",
    "wRVU",
    "CompPerWrvu",
    "3,695",
    "$45.34",
    "4763",
    "0",
    "-5",
    "n/a",
    "",
    " ",
    "\t",
    ",",
    '"',
    '""',
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " \t\n",
    "\u00a0",
    "1e3",
    "x",
  );
  const paste = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));

  it("gives exactly what reading it at once gave before, whatever the step", () => {
    fc.assert(
      fc.property(paste, fc.integer({ min: 1, max: 7 }), (text, lines) => {
        const expected = referenceCheck(text);
        expect(inSteps(text, lines).outcome).toEqual(expected);
        expect(checkPaste(text, [])).toEqual(expected);
        expect(checkImport(readPastedTable(text), [])).toEqual(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  it("counts the rows read, one line a step, up to the rows in all", () => {
    const text = [HEADER_LINE, "", ...validRows(3), "  ", "\r"].join("\n");
    const { outcome, progress, total } = inSteps(text, 1);
    expect(total).toBe(4);
    // Blank lines take a step but are no row.
    expect(progress).toEqual([1, 1, 2, 3, 4, 4, 4]);
    expect(outcome.accepted.map((a) => a.line)).toEqual([2, 3, 4]);
  });

  it("marks a row that replaces one already in the workbook", () => {
    const existing = parseBenchmarks([
      ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
      ["FM", "wRVU", 1, 2, 3, 4],
    ]).rows;
    const check = checkPaste("Family Medicine\twRVU\t1\t2\t3\t4\nIM\twRVU\t1\t2\t3\t4", existing);
    expect(check.accepted.map((a) => [a.benchmark.specialty, a.replaces])).toEqual([
      ["Family Medicine", true],
      ["Internal Medicine", false],
    ]);
  });

  it("says a refused row's reason whole when its specialty holds brackets", () => {
    // The reason was once cut out of the formula's message with a pattern that stopped at the first ")".
    const check = checkPaste("Surgery (General)\twRVU\t5\t4\t6\t7", []);
    expect(check.refused).toEqual([
      { line: 1, reason: "Surgery (General) wRVU: P50 (4) is below P25 (5); percentiles must not decrease." },
    ]);
  });
});

describe("the limits of a paste", () => {
  it("reads a paste of exactly 1,000,000 characters, and refuses one character more, saying both sizes", () => {
    const rows = validRows(14_000).join("\n");
    const text = rows + "\n".repeat(BENCHMARK_PASTE_MAX_CHARS - rows.length);
    expect(text).toHaveLength(BENCHMARK_PASTE_MAX_CHARS);
    expect(checkPaste(text, []).accepted).toHaveLength(14_000);
    const over = checkPaste(`${text}x`, []);
    expect(over).toEqual({ accepted: [], refused: [], problem: pasteTooLargeMessage(1_000_001) });
    expect(over.problem).toBe(
      "This paste is 1,000,001 characters; the Benchmarks import takes at most 1 MB (1,000,000 characters, about 20,000 rows). Paste fewer rows at a time.",
    );
  });

  it("refuses 5.2 MB at once, before reading a line", () => {
    const check = startPasteCheck("x\n".repeat(2_600_000), []);
    expect(check.outcome?.problem).toBe(
      "This paste is 5.2 MB; the Benchmarks import takes at most 1 MB (1,000,000 characters, about 20,000 rows). Paste fewer rows at a time.",
    );
    expect(check.done).toBe(0);
  });

  it("reads 20,000 rows, and refuses 20,001 (blank lines do not count), saying how many", async () => {
    const most = await completes(() => checkPaste(validRows(BENCHMARK_PASTE_MAX_ROWS).join("\n\n"), []));
    expect(most.accepted).toHaveLength(BENCHMARK_PASTE_MAX_ROWS);
    expect(most.accepted.at(-1)?.line).toBe(BENCHMARK_PASTE_MAX_ROWS);
    const text = [HEADER_LINE, ...validRows(BENCHMARK_PASTE_MAX_ROWS)].join("\n");
    expect(checkPaste(text, [])).toEqual({ accepted: [], refused: [], problem: pasteTooManyRowsMessage(20_001) });
    expect(pasteTooManyRowsMessage(20_001)).toBe(
      "This paste has 20,001 rows; the Benchmarks import takes at most 20,000 rows (1 MB). Paste fewer rows at a time.",
    );
  });

  it("reads a line of 1,000 cells, and stops at a line of 1,001, naming the line", () => {
    const wide = (cells: number) => ["FM", "wRVU", 1, 2, 3, 4, ...Array(cells - 6).fill("")].join("\t");
    expect(checkPaste([HEADER_LINE, wide(BENCHMARK_PASTE_MAX_CELLS)].join("\n"), []).accepted).toHaveLength(1);
    const check = checkPaste([HEADER_LINE, validRows(1)[0], wide(1_001), ...validRows(3)].join("\n"), []);
    expect(check).toEqual({ accepted: [], refused: [], problem: rowTooWideMessage(3, 1_001) });
    expect(check.problem).toBe(
      "Line 3 has 1,001 cells; the Benchmarks import reads rows of at most 1,000 cells. Copy only the columns of the benchmarks table.",
    );
  });
});

describe("1 MB adversarial pastes", () => {
  const MB = BENCHMARK_PASTE_MAX_CHARS;

  it("reads 1 MB of valid rows, line by line", async () => {
    // Rows with a source, about 66 characters each: 1 MB is some 15,000 of them, under the row limit.
    const lines = [`${HEADER_LINE}\tSource`];
    for (let i = 0, size = lines[0].length; size < MB - 80; i++) {
      lines.push(`Specialty ${i}\twRVU\t3,695\t4,763\t5,887\t7,342\tMGMA 2024 (licensed)`);
      size += lines[lines.length - 1].length + 1;
    }
    const text = lines.join("\n");
    const { outcome, total } = await completes(() => inSteps(text, 500));
    expect(total).toBe(lines.length);
    expect(outcome.refused).toEqual([]);
    expect(outcome.accepted).toHaveLength(lines.length - 1);
    expect(outcome.accepted.at(-1)).toMatchObject({ line: lines.length, benchmark: { metric: "wRVU" } });
  });

  it("refuses 1 MB of one repeated row as repeats of the first", async () => {
    const row = "Family Medicine\twRVU\t3,695.00\t4,763.00\t5,887.00\t7,342.00\tMGMA";
    const text = `${row}\n`.repeat(Math.floor(MB / (row.length + 1)) - 1);
    const check = await completes(() => checkPaste(text, []));
    expect(check.accepted).toHaveLength(1);
    expect(check.refused[0]).toEqual({ line: 2, reason: "Repeats Family Medicine wRVU from line 1; keep one." });
    expect(new Set(check.refused.map((r) => r.reason)).size).toBe(1);
  });

  it("finds nothing to import in 1 MB of newlines, of tabs, of white space or of carriage returns", async () => {
    for (const text of [
      "\n".repeat(MB),
      "\t".repeat(MB),
      " \t\u00a0\n".repeat(MB / 4),
      "\r".repeat(MB),
      "\t\n".repeat(MB / 2),
    ]) {
      const { outcome, total } = await completes(() => inSteps(text, 10_000));
      expect(total).toBe(0);
      expect(outcome.problem).toMatch(/^Nothing to import/);
    }
  });

  it("reads 1 MB on one line as one row, whatever it holds", async () => {
    // One cell of text: no metric.
    expect((await completes(() => checkPaste("x".repeat(MB), []))).refused).toEqual([
      { line: 1, reason: "Metric is blank." },
    ]);
    // Quotes: the whole line is one quoted cell, with every pair of quotes read as one.
    expect((await completes(() => checkPaste('"'.repeat(MB), []))).refused).toEqual([
      { line: 1, reason: "Metric is blank." },
    ]);
    // Digits that end in a letter, where a figure belongs: refused as text, quoted short.
    const digits = `FM\twRVU\t${"1".repeat(MB - 20)}x\t2\t3\t4`;
    const check = await completes(() => checkPaste(digits, []));
    expect(check.refused).toEqual([
      {
        line: 1,
        reason: `Family Medicine wRVU: P25 must be a number; got ${describeValue(`${"1".repeat(MB - 20)}x`)}.`,
      },
    ]);
    expect(check.refused[0].reason.length).toBeLessThan(200);
    // All digits: a number too large to be finite.
    expect((await completes(() => checkPaste(`FM,wRVU,${"9".repeat(MB - 20)},2,3,4`, []))).refused).toEqual([
      { line: 1, reason: "Family Medicine wRVU: P25 must be a finite number." },
    ]);
  });

  it("stops at 1 MB of commas: one line of a million cells", async () => {
    const check = await completes(() => checkPaste(",".repeat(MB), []));
    expect(check.problem).toBe(rowTooWideMessage(1, MB + 1));
  });

  it("refuses 1 MB of short lines by their number, and reads 20,000 of them as before", async () => {
    for (const line of ["x", "a,b", '"",', "0\t0", "Specialty", "FM\twRVU\t1"]) {
      const text = `${line}\n`.repeat(Math.floor(MB / (line.length + 1)));
      const rows = Math.floor(MB / (line.length + 1));
      expect(await completes(() => checkPaste(text, []))).toEqual({
        accepted: [],
        refused: [],
        problem: pasteTooManyRowsMessage(rows),
      });
      const most = `${line}\n`.repeat(BENCHMARK_PASTE_MAX_ROWS);
      const [sliced, reference] = await completes(() => [inSteps(most, 997).outcome, referenceCheck(most)]);
      expect(sliced).toEqual(reference);
    }
  });
});

describe("figures of any length", () => {
  // Texts people put where a figure belongs, and runs of digits long enough to matter.
  const texts = fc.oneof(
    fc.stringMatching(/^[-+$ ,.eE0-9x]{0,12}$/),
    fc
      .tuple(
        fc.constantFrom("", " ", "$", "-", "+", "."),
        fc.integer({ min: 90, max: 400 }),
        fc.constantFrom("", "x", ".5", "e3", "e", ".", " ", ","),
      )
      .map(([before, n, after]) => `${before}${"7".repeat(n)}${after}`),
  );

  it("reads a pasted cell as a figure exactly as cells.ts does, up to 100 characters; longer, as text", () => {
    fc.assert(
      fc.property(texts, fc.nat(30), (text, padding) => {
        const cell = " ".repeat(padding) + text;
        expect(figureOfText(cell)).toBe(text.trim().length <= 100 ? figureFromText(cell) : undefined);
      }),
      { numRuns: 2_000 },
    );
    expect(figureOfText(`${" ".repeat(200)}4,763`)).toBe(4763);
    expect(figureOfText("7".repeat(101))).toBeUndefined();
  });

  it("refuses or reads a cell of any length where a figure belongs exactly as readNumber would", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { rows, problems } = parseBenchmarks([
          ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
          ["FM", "wRVU", text, "", "", ""],
        ]);
        let value = 0;
        let message: string | undefined;
        try {
          value = readNumber(text, "P25");
        } catch (error) {
          message = (error as Error).message;
        }
        if (message !== undefined) expect(problems).toEqual([`benchmarks row 2 (Family Medicine wRVU): ${message}`]);
        else if (value > 0) expect(rows[0].points).toEqual([{ p: 25, value }]);
        // 0 means "not given" (so no values at all), and a negative figure is refused.
        else expect(problems[0]).toMatch(/no percentile values|P25 cannot be negative/);
      }),
      { numRuns: 1_000 },
    );
  });
});
