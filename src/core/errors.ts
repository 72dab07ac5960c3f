/**
 * Why a calculation could not produce a number. The three kinds map one-to-one onto the Excel errors a
 * formula shows (#NUM!, #VALUE!, #N/A), but the core knows nothing of Excel: the pane shows the same
 * messages next to a field.
 */
export type OfferErrorKind =
  /** A number is out of range (negative money, a percentile above 100, zero forgiveness months). */
  | "num"
  /** Wrong type or malformed input (text where a number belongs, a ragged or unsorted range). */
  | "value"
  /** Reference data is missing (unknown specialty, no public benchmark for that metric). */
  | "na";

/** An input problem with a message that says what to fix. */
export class OfferError extends Error {
  constructor(
    readonly kind: OfferErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "OfferError";
  }
}

/** A number out of range: becomes #NUM!. */
export function outOfRange(message: string): OfferError {
  return new OfferError("num", message);
}

/** Wrong type or shape: becomes #VALUE!. */
export function badValue(message: string): OfferError {
  return new OfferError("value", message);
}

/** Missing reference data: becomes #N/A. */
export function notAvailable(message: string): OfferError {
  return new OfferError("na", message);
}
