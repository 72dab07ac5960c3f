/**
 * Reading raw cell values. Excel hands an empty cell to a function as 0 on Windows and Mac desktop but as
 * null on the web (and as "" inside a range), so wherever a blank means "not given" Leverage treats
 * null, undefined, "" and 0 alike. Keeping that rule here gives formulas, the pane and tests one answer.
 */
import { badValue, outOfRange } from "./errors";
import { describeValue } from "./format";

/** True for a cell with nothing in it: null, undefined or whitespace-only text. */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** True for a cell that means "not given": empty, or 0 (how desktop Excel passes an empty cell). */
export function isBlank(value: unknown): boolean {
  return value === 0 || isEmptyCell(value);
}

/** True for a 2-D range: an array of rows, each an array of cells. */
export function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/** Text that reads as a plain number ("4763", " 45.5 "), the way Excel itself coerces text arguments. */
// Each digit can be read one way only (no `\d+\.?\d*`, which backtracks quadratically on 40,000 digits + "x").
const NUMERIC_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** True for text that reads as a plain number. */
export function isNumericText(value: unknown): value is string {
  return typeof value === "string" && NUMERIC_TEXT.test(value.trim());
}

/**
 * Text as people write figures ("$290,000", " 4,763 ", "52,5") read as a number; undefined when it is not
 * one. Commas are read the way the figure shows them, never guessed: groups of three digits are thousands
 * ("290,000", "1,234.5"); one comma followed by one, two, or four or more digits is a decimal comma ("52,5"
 * is 52.5, "4,25" is 4.25); dots as thousands with a decimal comma ("1.234,5") are read as written. Any
 * other comma ("1,23,4", "5,") leaves the text unread, so the field says it is not a number instead of
 * taking "52,5" for 525.
 */
export function figureFromText(text: string): number | undefined {
  const plain = withDecimalPoint(text.trim().replace(/^\$/, ""));
  return plain !== undefined && isNumericText(plain) ? Number(plain) : undefined;
}

/** The figure with thousands separators removed and a decimal point, or undefined when its commas are unclear. */
function withDecimalPoint(figure: string): string | undefined {
  if (!figure.includes(",")) return figure;
  const sign = /^[-+]/.test(figure) ? figure[0] : "";
  const digits = figure.slice(sign.length);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return sign + digits.replace(/,/g, "");
  if (/^\d+,(\d{1,2}|\d{4,})$/.test(digits)) return sign + digits.replace(",", ".");
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(digits)) return sign + digits.replace(/\./g, "").replace(",", ".");
  return undefined;
}

/** True when both ranges hold the same cells (strict equality per cell, NaN equal to NaN). */
export function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j] && !(Number.isNaN(x[j]) && Number.isNaN(y[j]))) return false;
  }
  return true;
}

/**
 * Reads a number from a cell: blank counts as 0, numeric text is accepted, anything else is #VALUE!.
 * `name` is the argument or column name used in the message.
 */
export function readNumber(value: unknown, name: string): number {
  if (typeof value === "number") {
    if (Number.isNaN(value)) throw badValue(`${name} is not a number.`);
    if (!Number.isFinite(value)) throw outOfRange(`${name} must be a finite number.`);
    return value;
  }
  if (isEmptyCell(value)) return 0;
  if (isNumericText(value)) return readNumber(Number(value.trim()), name);
  throw badValue(`${name} must be a number; got ${describeValue(value)}.`);
}

/** Reads an optional number: blank or 0 means "not given" and gives undefined. */
export function readOptionalNumber(value: unknown, name: string): number | undefined {
  const n = readNumber(value, name);
  return n === 0 ? undefined : n;
}

/** Reads text from a cell: blank gives "", numbers are refused (#VALUE!) so a misplaced argument is caught. */
export function readText(value: unknown, name: string): string {
  // Text first, trimmed once: whitespace-only text is blank, as isBlank says.
  if (typeof value === "string") return value.trim();
  if (isBlank(value)) return "";
  throw badValue(`${name} must be text; got ${describeValue(value)}.`);
}

/** Text answers a yes/no cell accepts, in lower case. */
const YES_TEXT = new Set(["yes", "y", "true", "1"]);
const NO_TEXT = new Set(["no", "n", "false", "0"]);

/**
 * Reads a yes/no answer: TRUE/FALSE, 1/0, or "yes"/"no"/"y"/"n" in any case; blank means no. Anything
 * else is #VALUE!, because guessing what "maybe" or 2 means would be worse than asking.
 */
export function readYesNo(value: unknown, name: string): boolean {
  if (typeof value === "boolean") return value;
  if (value === 1) return true;
  if (isBlank(value)) return false;
  if (typeof value === "string") {
    const answer = value.trim().toLowerCase();
    if (YES_TEXT.has(answer)) return true;
    if (NO_TEXT.has(answer)) return false;
  }
  throw badValue(
    `${name} must be yes or no: enter TRUE or FALSE, 1 or 0, or "yes" or "no" (blank means no); got ${describeValue(value)}.`,
  );
}
