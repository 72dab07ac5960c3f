/**
 * Turns whatever a calculation throws into a CustomFunctions.Error, so no plain exception, NaN or
 * Infinity ever reaches a cell. Only #VALUE! and #N/A can carry a message in Excel; #NUM! cannot (an
 * Excel limit), so its causes are listed on each function's help page instead.
 */
import { OfferError } from "../core/errors";

/** The Excel error for anything a calculation threw. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof OfferError) {
    switch (error.kind) {
      case "num":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
      case "na":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
      case "value":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    }
  }
  // Not expected: every input problem is an OfferError. Say so rather than show a stack trace.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Leverage could not compute this: ${detail}`,
  );
}

/** Runs a calculation for a cell: returns its finite number, or throws the matching Excel error. */
export function evaluate<T extends number | string>(calculate: () => T): T {
  let result: T;
  try {
    result = calculate();
  } catch (error) {
    throw toExcelError(error);
  }
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  }
  return result;
}
