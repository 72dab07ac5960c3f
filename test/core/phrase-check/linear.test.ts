/**
 * The signal check takes time linear in the text, whatever the text. Overlaps are resolved by a sort and
 * a sweep (checked here against the old every-with-every rule it replaces, on random inputs); every
 * pattern is held to the compiler's rules that keep matching linear; and every rule is run on 100 KB
 * adversarial texts built from its patterns and examples (long runs of each word its patterns hold, white
 * space and apostrophes inside its phrases, near misses repeated), with the results checked. The tests read no clock: Jest's 5 s
 * timeout is the guard (see `completes`). A quadratic pattern needs seconds on each 100 KB text (the old
 * apology pattern: 4 s on 100 KB of "so ", 3.8 s of "I'm ") and 40 s on the 300 KB runs below.
 */
import fc from "fast-check";
import { type Candidate, checkPhrases, resolveOverlaps } from "../../../src/core/phrase-check/check";
import { compilePattern, linearityProblem } from "../../../src/core/phrase-check/patterns";
import { PHRASE_RULES } from "../../../src/core/phrase-check/rules";
import type { PhraseMatch } from "../../../src/core/phrase-check/types";
import { DRAFT_FRAGMENTS, POSITIVES } from "./examples";

/** Adversarial texts are this long. */
const SIZE = 100_000;

/**
 * Runs `work`, then waits a turn of the event loop. Jest's timeout cannot stop synchronous work: a test
 * that blocks for a minute and then returns passes. Waiting a turn after the work lets Jest's timeout
 * timer, due before ours when the work took longer than the timeout, fire first and fail the test.
 */
async function completes<T>(work: () => T): Promise<T> {
  const result = work();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return result;
}

/** The overlap rule as it was: rank, then keep each candidate that overlaps none kept so far. */
function referenceResolve<C extends Candidate>(found: readonly C[]): C[] {
  const ranked = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const kept: C[] = [];
  for (const c of ranked) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** The signal check as it was, over the same rules: every match of every pattern, then the old rule. */
function referenceCheck(text: string): PhraseMatch[] {
  const found: Array<Candidate & { match: PhraseMatch }> = [];
  PHRASE_RULES.forEach((rule, order) => {
    for (const pattern of rule.patterns) {
      for (const m of text.matchAll(compilePattern(pattern))) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (end === start) continue;
        const match = {
          start,
          end,
          text: m[0],
          signal: rule.signal,
          rule: rule.id,
          why: rule.why,
          instead: rule.instead,
        };
        found.push({ start, end, order, match });
      }
    }
  });
  return referenceResolve(found).map((c) => c.match);
}

/** [rule, text with each run of white space as one space] for each match: what a text's results say. */
function gist(matches: readonly PhraseMatch[]): string[][] {
  return matches.map((m) => [m.rule, m.text.replace(/\s+/g, " ")]);
}

/** `unit` and a separator no pattern can cross, repeated to about SIZE characters. */
function repeated(unit: string, separator = " | "): { text: string; times: number } {
  const times = Math.max(2, Math.ceil(SIZE / (unit.length + separator.length)));
  return { text: (unit + separator).repeat(times), times };
}

/** `unit`'s matches, shifted to each copy of it in `repeated(unit)`. */
function periodic(unit: string, times: number, separator = " | "): Array<[number, number, string]> {
  const once = checkPhrases(unit + separator);
  const period = unit.length + separator.length;
  const all: Array<[number, number, string]> = [];
  for (let i = 0; i < times; i++) for (const m of once) all.push([m.start + i * period, m.end + i * period, m.rule]);
  return all;
}

const spans = (matches: readonly PhraseMatch[]) =>
  matches.map((m): [number, number, string] => [m.start, m.end, m.rule]);

/**
 * `expect(actual).toEqual(expected)` for the thousands of [start, end, rule] rows a 100 KB text gives:
 * compared as JSON, which is exact for rows of integers and text, where Jest's deep equality took 4 s of
 * this file; on a difference, toEqual runs too, to show it.
 */
function expectSameSpans(actual: Array<[number, number, string]>, expected: Array<[number, number, string]>): void {
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  if (!same) expect(actual).toEqual(expected);
  expect(same).toBe(true);
}

/** White space of every kind people paste: spaces, tabs, line breaks, non-breaking spaces. */
function whitespace(length: number): string {
  return " \t\n\u00a0\r\n ".repeat(Math.ceil(length / 7)).slice(0, length);
}

/** Apostrophes of every kind the patterns read. */
function apostrophes(length: number): string {
  return "'\u2019\u2018\u02bc".repeat(Math.ceil(length / 4)).slice(0, length);
}

describe("resolving overlaps", () => {
  const candidate = fc
    .record({ start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 1, max: 9 }), order: fc.nat(3) })
    .map(({ start, length, order }) => ({ start, end: start + length, order }));

  it("keeps exactly what the old rule kept (longest, then earliest, then earlier rule, then found first)", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 25 }), (raw) => {
        // Each candidate is its own object, so the test sees which of two equal ones is kept.
        const found = raw.map((c, id) => ({ ...c, id }));
        expect(resolveOverlaps(found, 40).map((c) => c.id)).toEqual(referenceResolve(found).map((c) => c.id));
      }),
      { numRuns: 3_000 },
    );
  });

  it("keeps nothing of nothing, and one of identical candidates", () => {
    expect(resolveOverlaps([], 0)).toEqual([]);
    const same = [0, 1, 2].map((id) => ({ start: 2, end: 5, order: 1, id }));
    expect(resolveOverlaps(same, 5).map((c) => c.id)).toEqual([0]);
  });

  it("finds what the old signal check found, on random drafts", () => {
    const draft = fc
      .array(fc.oneof(DRAFT_FRAGMENTS, fc.string({ maxLength: 6 })), { maxLength: 14 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(draft, (text) => {
        expect(checkPhrases(text)).toEqual(referenceCheck(text));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("the pattern language keeps matching linear", () => {
  it.each([
    ["(?:(?:I'm|so) )*sorry", '"*"'],
    ["so+rry", '"+"'],
    ["(?:so ){2,}sorry", '"{2,}"'],
    ["I (?:really)? need", "a space, a group that may match nothing, then a space"],
    ["I (?:really){0,2} need", "a space, a group that may match nothing, then a space"],
    ["whatever (?!x) works", "a space, a group that may match nothing, then a space"],
  ])("refuses %p", (pattern, problem) => {
    expect(linearityProblem(pattern)).toContain(problem);
    expect(() => compilePattern(pattern)).toThrow(/could take more than linear time/);
  });

  it.each(["a [*+{]", "1\\+1", "(?:so ){0,4}sorry", "I (?:really )?need", "a(?: b)? c", "x{3}"])(
    "accepts %p",
    (pattern) => {
      expect(linearityProblem(pattern)).toBeUndefined();
      expect(compilePattern(pattern)).toBeInstanceOf(RegExp);
    },
  );

  it("accepts every rule's every pattern", () => {
    for (const rule of PHRASE_RULES)
      for (const pattern of rule.patterns) expect(linearityProblem(pattern)).toBeUndefined();
  });
});

describe("100 KB adversarial drafts, rule by rule", () => {
  // 300 KB: long enough that the old apology pattern takes 40 s on "so" (and fails on the timeout),
  // short enough that it fails in under a minute rather than hanging the run.
  it.each(["so", "really", "I'm", "I am", "I'm so", "sorry", "I", "I'll", "not", "any", "the"])(
    "finds nothing in 300 KB of %p repeated",
    async (word) => {
      const text = `${word} `.repeat(Math.floor(300_000 / (word.length + 1)));
      expect(await completes(() => checkPhrases(text))).toEqual([]);
    },
  );

  it("finds nothing in 1 MB of white space, of apostrophes, or of one long word", async () => {
    for (const text of [
      whitespace(1_000_000),
      apostrophes(1_000_000),
      "so".repeat(500_000),
      `I${" ".repeat(999_998)}m`,
    ]) {
      expect(await completes(() => checkPhrases(text))).toEqual([]);
    }
  });

  it('marks "sorry to bother you" after 100 KB of "so", with at most four words before "sorry"', async () => {
    const text = `${"so ".repeat(SIZE / 3)}sorry to bother you`;
    const matches = await completes(() => checkPhrases(text));
    expect(matches.map((m) => [m.rule, m.text])).toEqual([["apology", "so so so so sorry to bother you"]]);
    expect(matches[0].end).toBe(text.length);
    expect(checkPhrases("I'm really so so sorry to ask")[0].text).toBe("I'm really so so sorry to ask");
  });

  for (const rule of PHRASE_RULES) {
    describe(rule.id, () => {
      const examples = POSITIVES[rule.id];
      // Every word its patterns spell out (so each pattern's first word), and every word of its examples.
      const words = [
        ...new Set([
          ...rule.patterns.flatMap((p) => p.match(/[A-Za-z']+/g) ?? []),
          ...examples.flatMap((e) => e.split(" ")),
        ]),
      ];

      it.each(words)("finds nothing in 100 KB of %p repeated", async (word) => {
        const text = `${word} `.repeat(Math.ceil(SIZE / (word.length + 1)));
        expect(await completes(() => checkPhrases(text))).toEqual([]);
      });

      it.each(examples)("finds %p whole across 100 KB of white space between its words", async (example) => {
        const parts = example.split(" ");
        const text = parts.join(whitespace(Math.floor(SIZE / (parts.length - 1))));
        const matches = await completes(() => checkPhrases(text));
        expect(matches.map((m) => [m.rule, m.start, m.end])).toEqual([[rule.id, 0, text.length]]);
      });

      it.each(examples)(
        "reads %p without its last word, across 100 KB of white space, as with one space",
        async (example) => {
          const parts = example.split(" ").slice(0, -1);
          const text = `${parts.join(whitespace(Math.floor(SIZE / parts.length)))}${whitespace(1_000)}x`;
          const matches = await completes(() => checkPhrases(text));
          expect(gist(matches)).toEqual(gist(checkPhrases(`${parts.join(" ")} x`)));
        },
      );

      it.each(examples)("finds %p each time in 100 KB of it repeated", async (example) => {
        const { text, times } = repeated(example);
        const matches = await completes(() => checkPhrases(text));
        expect(matches).toHaveLength(times);
        expectSameSpans(spans(matches), periodic(example, times));
        expect(new Set(matches.map((m) => m.text))).toEqual(new Set([example]));
      });

      it.each(examples)("reads 100 KB of near misses of %p as one near miss, repeated", async (example) => {
        // A near miss: its last letter missing, and glued to the word before it.
        const near = `x${example.slice(0, -1)}`;
        const { text, times } = repeated(near);
        expectSameSpans(spans(await completes(() => checkPhrases(text))), periodic(near, times));
      });

      const withApostrophe = examples.filter((e) => /['’]/.test(e));
      if (withApostrophe.length > 0) {
        it.each(withApostrophe)("reads %p with 100 KB of apostrophes as with two", async (example) => {
          const at = example.search(/['’]/);
          const text = example.slice(0, at) + apostrophes(SIZE) + example.slice(at + 1);
          const short = example.slice(0, at) + apostrophes(2) + example.slice(at + 1);
          expect(gist(await completes(() => checkPhrases(text)))).toEqual(gist(checkPhrases(short)));
        });
      }
    });
  }
});
