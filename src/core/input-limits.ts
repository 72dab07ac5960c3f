/**
 * How much text the pane's two paste boxes read, and what they say when given more. Both checks are linear
 * in the length of what they read; the limits keep the longest of them well under a second, and are far
 * above real use, so only a wrong paste (a whole report, a log file, a book) ever meets them. The text over
 * a limit is never thrown away: it stays in its box, and the message says how much was received and what
 * the limit is.
 */
import { figure } from "./format";

/**
 * The Benchmarks import reads at most 1,000,000 characters (1 MB of plain text). A survey export for every
 * specialty and metric is a few thousand rows of about 50 characters: a few hundred KB.
 */
export const BENCHMARK_PASTE_MAX_CHARS = 1_000_000;

/** ...and at most 20,000 rows (lines with something on them), several times the largest survey export. */
export const BENCHMARK_PASTE_MAX_ROWS = 20_000;

/**
 * ...each of at most 1,000 cells. A benchmark row needs nine columns and a wide survey table a few dozen;
 * a longer line is not a table (or was copied with the wrong separator), and reading it cell by cell
 * would cost more than the whole rest of a paste.
 */
export const BENCHMARK_PASTE_MAX_CELLS = 1_000;

/**
 * The signal check reads at most 50,000 characters, about 8,000 words: a long email thread or a whole
 * call's notes. A draft email is a few thousand characters.
 */
export const SIGNAL_CHECK_MAX_CHARS = 50_000;

/**
 * Lines of a paste the Benchmarks check reads between looks at the clock: a few milliseconds even at the
 * widest rows allowed. The pane and the bench step by the same count.
 */
export const PASTE_LINES_PER_STEP = 25;

/** The Benchmarks limits in words, the same in every message. */
const PASTE_LIMIT = `1 MB (${figure(BENCHMARK_PASTE_MAX_CHARS)} characters, about ${figure(BENCHMARK_PASTE_MAX_ROWS)} rows)`;

/**
 * A paste's size as the message states it: megabytes to one decimal ("5.2 MB"), or the exact number of
 * characters when one decimal would not show it is over the limit ("1,040,000 characters", not "1.0 MB").
 */
function pasteSize(chars: number): string {
  const megabytes = Math.round(chars / 100_000) / 10;
  return megabytes > BENCHMARK_PASTE_MAX_CHARS / 1_000_000 ? `${megabytes} MB` : `${figure(chars)} characters`;
}

/** "This paste is 5.2 MB; the Benchmarks import takes at most 1 MB (…). Paste fewer rows at a time." */
export function pasteTooLargeMessage(chars: number): string {
  return `This paste is ${pasteSize(chars)}; the Benchmarks import takes at most ${PASTE_LIMIT}. Paste fewer rows at a time.`;
}

/** "This paste has 25,310 rows; the Benchmarks import takes at most 20,000 rows (1 MB). …" */
export function pasteTooManyRowsMessage(rows: number): string {
  return `This paste has ${figure(rows)} rows; the Benchmarks import takes at most ${figure(BENCHMARK_PASTE_MAX_ROWS)} rows (1 MB). Paste fewer rows at a time.`;
}

/** "Line 3 has 500,001 cells; …": a line far wider than any table of benchmarks. */
export function rowTooWideMessage(line: number, cells: number): string {
  return `Line ${figure(line)} has ${figure(cells)} cells; the Benchmarks import reads rows of at most ${figure(BENCHMARK_PASTE_MAX_CELLS)} cells. Copy only the columns of the benchmarks table.`;
}

/** "This text is 120,000 characters long; the signal check reads at most 50,000 …". */
export function draftTooLongMessage(chars: number): string {
  return `This text is ${figure(chars)} characters long; the signal check reads at most ${figure(SIGNAL_CHECK_MAX_CHARS)} characters (about 8,000 words). Paste one email or one call's notes at a time.`;
}

/** Why the Benchmarks import will not read `text` at all, from its length alone; undefined when it may. */
export function pasteLengthProblem(text: string): string | undefined {
  return text.length > BENCHMARK_PASTE_MAX_CHARS ? pasteTooLargeMessage(text.length) : undefined;
}

/** Why the signal check will not read `text`; undefined when it will. */
export function draftLengthProblem(text: string): string | undefined {
  return text.length > SIGNAL_CHECK_MAX_CHARS ? draftTooLongMessage(text.length) : undefined;
}
