/** Reading the range and mixed-type arguments Excel passes to the OFFER functions. */
import { isBlank, isNumericText, isRange, readNumber } from "../core/cells";
import { badValue } from "../core/errors";
import { describeValue } from "../core/format";

/** A 2-D range as rows of cells; a single value (an inline constant or one cell) becomes a 1×1 range. */
export function readRange(value: unknown, name: string): unknown[][] {
  if (isRange(value)) return value;
  if (Array.isArray(value)) throw badValue(`${name} must be a range of rows and columns.`);
  if (value === null || value === undefined) throw badValue(`${name} is missing: give a range.`);
  return [[value]];
}

/**
 * A number (expected wRVUs) or a specialty name: numbers and numeric text are numbers, other text is a
 * specialty. Blank or 0 is refused: 0 expected wRVUs would mean "not given" on desktop Excel.
 */
export function readSpecialtyOrNumber(value: unknown, name: string): number | string {
  if (isBlank(value))
    throw badValue(`${name} is blank: give expected wRVUs per year (a number) or a specialty (text).`);
  if (typeof value === "number" || isNumericText(value)) return readNumber(value, name);
  if (typeof value === "string") return value.trim();
  throw badValue(`${name} must be a number of wRVUs or a specialty; got ${describeValue(value)}.`);
}
