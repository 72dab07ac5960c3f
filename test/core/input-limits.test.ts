/** The limits on what the pane's paste boxes read, and the messages that say them. */
import fc from "fast-check";
import {
  BENCHMARK_PASTE_MAX_CELLS,
  BENCHMARK_PASTE_MAX_CHARS,
  BENCHMARK_PASTE_MAX_ROWS,
  SIGNAL_CHECK_MAX_CHARS,
  draftLengthProblem,
  draftTooLongMessage,
  pasteLengthProblem,
  pasteTooLargeMessage,
  pasteTooManyRowsMessage,
  rowTooWideMessage,
} from "../../src/core/input-limits";

describe("the limits", () => {
  it("are far above real use: a full survey export, a long email thread", () => {
    expect(BENCHMARK_PASTE_MAX_CHARS).toBe(1_000_000);
    expect(BENCHMARK_PASTE_MAX_ROWS).toBe(20_000);
    expect(BENCHMARK_PASTE_MAX_CELLS).toBe(1_000);
    expect(SIGNAL_CHECK_MAX_CHARS).toBe(50_000);
  });

  it("let text up to the limit through and refuse one character more", () => {
    expect(pasteLengthProblem("x".repeat(BENCHMARK_PASTE_MAX_CHARS))).toBeUndefined();
    expect(pasteLengthProblem("x".repeat(BENCHMARK_PASTE_MAX_CHARS + 1))).toBe(pasteTooLargeMessage(1_000_001));
    expect(draftLengthProblem("x".repeat(SIGNAL_CHECK_MAX_CHARS))).toBeUndefined();
    expect(draftLengthProblem("x".repeat(SIGNAL_CHECK_MAX_CHARS + 1))).toBe(draftTooLongMessage(50_001));
    expect(pasteLengthProblem("")).toBeUndefined();
    expect(draftLengthProblem("")).toBeUndefined();
  });
});

describe("the messages", () => {
  it("say how large a paste is in MB, and the limit with what to do", () => {
    expect(pasteTooLargeMessage(5_200_000)).toBe(
      "This paste is 5.2 MB; the Benchmarks import takes at most 1 MB (1,000,000 characters, about 20,000 rows). Paste fewer rows at a time.",
    );
    expect(pasteTooLargeMessage(1_160_000)).toMatch(/^This paste is 1\.2 MB;/);
  });

  it("say the exact number of characters when one decimal of a MB would not show the paste is over", () => {
    expect(pasteTooLargeMessage(1_000_001)).toMatch(/^This paste is 1,000,001 characters; /);
    expect(pasteTooLargeMessage(1_049_999)).toMatch(/^This paste is 1,049,999 characters; /);
    expect(pasteTooLargeMessage(1_050_000)).toMatch(/^This paste is 1\.1 MB; /);
  });

  it("never state a size at or under the limit for a paste over it", () => {
    fc.assert(
      fc.property(fc.integer({ min: BENCHMARK_PASTE_MAX_CHARS + 1, max: 50_000_000 }), (chars) => {
        const [, size, unit] = /^This paste is ([\d,.]+) (MB|characters);/.exec(pasteTooLargeMessage(chars))!;
        const stated = unit === "MB" ? Number(size) * 1_000_000 : Number(size.replace(/,/g, ""));
        expect(stated).toBeGreaterThan(BENCHMARK_PASTE_MAX_CHARS);
        if (unit === "characters") expect(stated).toBe(chars);
        else expect(Math.abs(stated - chars)).toBeLessThanOrEqual(50_000);
      }),
    );
  });

  it("say how many rows, how wide a line, how long a draft, each with the limit", () => {
    expect(pasteTooManyRowsMessage(25_310)).toBe(
      "This paste has 25,310 rows; the Benchmarks import takes at most 20,000 rows (1 MB). Paste fewer rows at a time.",
    );
    expect(rowTooWideMessage(3, 500_001)).toBe(
      "Line 3 has 500,001 cells; the Benchmarks import reads rows of at most 1,000 cells. Copy only the columns of the benchmarks table.",
    );
    expect(draftTooLongMessage(120_000)).toBe(
      "This text is 120,000 characters long; the signal check reads at most 50,000 characters (about 8,000 words). Paste one email or one call's notes at a time.",
    );
  });
});
