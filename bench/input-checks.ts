/**
 * Pasted text never freezes the pane. The Benchmarks import is checked row by row in steps (the pane runs
 * one step per slice of a frame, src/taskpane/benchmarks/use-paste-check.ts); the signal check runs at
 * once. Here both run on the core, in Node, on a valid 1 MB paste, on adversarial pastes that used to take
 * seconds (one long line of digits, a million short lines) and on 1 MB of text for the signal check (more
 * than the pane accepts, so the core's own speed shows). Best of three runs each.
 */
import { BENCHMARKS_HEADER, startPasteCheck } from "../src/core/benchmarks/import";
import { PASTE_LINES_PER_STEP } from "../src/core/input-limits";
import { checkPhrases } from "../src/core/phrase-check";
import { KNOWN_SPECIALTIES } from "../src/core/specialties";

const RUNS = 3;
const ONE_MB = 1_000_000;

/**
 * About `chars` characters of tab-separated Benchmarks rows under a header, as copied from a spreadsheet:
 * every column of the table (source and year included), so 1 MB is about 15,000 rows, under the row limit.
 */
export function validPaste(chars = ONE_MB): string {
  const lines = [BENCHMARKS_HEADER.join("\t")];
  let size = lines[0].length;
  const metrics = ["wRVU", "CompPerWrvu", "TotalComp"];
  for (let i = 0; ; i++) {
    const specialty = i < KNOWN_SPECIALTIES.length * 3 ? KNOWN_SPECIALTIES[Math.floor(i / 3)] : `Subspecialty ${i}`;
    const p = 4000 + (i % 900);
    const line = [specialty, metrics[i % 3], p - 600, p, p + 800, p + 1600, p + 2400, "Imported survey", 2025].join(
      "\t",
    );
    if (size + line.length + 1 > chars) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** Pastes that used to take seconds or render hundreds of thousands of items, 1 MB each. */
export const ADVERSARIAL_PASTES: Readonly<Record<string, () => string>> = {
  "one line of digits ending in a letter": () =>
    `Specialty\tMetric\tP25\nPsychiatry\twRVU\t${"9".repeat(ONE_MB - 40)}x`,
  'half a million lines of "x"': () => "x\n".repeat(ONE_MB / 2),
  "a million newlines": () => "\n".repeat(ONE_MB),
};

/** Texts for the signal check: ordinary paragraphs, and the repetitions that used to be slow. */
export const SIGNAL_TEXTS: Readonly<Record<string, () => string>> = {
  "1 MB of email paragraphs": () =>
    "Thank you for the offer. I'm pretty open to anything, and I just need a job near family. ".repeat(
      Math.ceil(ONE_MB / 90),
    ),
  '300 KB of "so "': () => `${"so ".repeat(100_000)}sorry to keep asking`,
};

/** The best of RUNS: total milliseconds of a paste's check, its longest step, and its outcome in words. */
export function measurePasteCheck(text: string): { totalMs: number; longestStepMs: number; outcome: string } {
  let best = { totalMs: Infinity, longestStepMs: Infinity, outcome: "" };
  for (let run = 0; run < RUNS; run++) {
    let longest = 0;
    const start = performance.now();
    const check = startPasteCheck(text, []);
    while (check.outcome === undefined) {
      const stepStart = performance.now();
      check.step(PASTE_LINES_PER_STEP);
      longest = Math.max(longest, performance.now() - stepStart);
    }
    const totalMs = performance.now() - start;
    const { accepted, refused, problem } = check.outcome;
    const outcome = problem
      ? "refused"
      : `${accepted.length.toLocaleString("en-US")} rows read, ${refused.length} refused`;
    if (totalMs < best.totalMs) best = { totalMs, longestStepMs: longest, outcome };
  }
  return best;
}

/** The best of RUNS: milliseconds of the signal check over `text`, and how many phrases it marks. */
export function measureSignalCheck(text: string): { ms: number; marks: number } {
  let best = { ms: Infinity, marks: 0 };
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const marks = checkPhrases(text).length;
    const ms = performance.now() - start;
    if (ms < best.ms) best = { ms, marks };
  }
  return best;
}
