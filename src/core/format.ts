/** Formats figures for messages, so every error and source line reads the same way. */

// One formatter each, made once: toLocaleString with options builds a new one per call, about 50 times slower.
const WHOLE_OR_CENTS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const CENTS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$290,000", "$45.34": whole dollars unless there are cents. */
export function dollars(value: number): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  return `$${(cents ? CENTS : WHOLE_OR_CENTS).format(value)}`;
}

/** "4,763", "0.5": thousands separators, at most two decimals. */
export function figure(value: number): string {
  return WHOLE_OR_CENTS.format(value);
}

/** Shows any cell value the way a user would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "a blank cell";
  if (typeof value === "string") return value.trim() === "" ? "an empty text" : `the text ${quoted(value)}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? figure(value) : String(value);
  if (Array.isArray(value)) return "a range";
  return "an unsupported value";
}

/** Longest user text a message quotes, in characters; longer text is cut, ending in "…". */
export const QUOTE_MAX = 60;

/**
 * User text quoted in a message: trimmed, in double quotes, cut to {@link QUOTE_MAX} characters ending in
 * "…", so a pasted paragraph or a 100,000-character cell never makes a message as long. Every message
 * that repeats what the user typed quotes it through here. A cut never splits a character made of two
 * UTF-16 units (an emoji, a rare letter).
 */
export function quoted(text: string, max = QUOTE_MAX): string {
  return `"${clipped(text, max)}"`;
}

/** User text named in a message without quotes (a specialty from the user's rows): trimmed and cut as {@link quoted}. */
export function clipped(text: string, max = QUOTE_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let cut = trimmed.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** "a, b or c". */
export function oneOf(options: readonly string[]): string {
  return listWith(options, "or");
}

/** "a, b and c". */
export function allOf(items: readonly string[]): string {
  return listWith(items, "and");
}

function listWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
