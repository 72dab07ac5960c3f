/** The OfferError kind a calculation throws ("num", "value", "na"), or "ok" when it returns. */
import { OfferError } from "../../../src/core/errors";

export function errorKind(calculate: () => unknown): string {
  try {
    calculate();
    return "ok";
  } catch (error) {
    if (error instanceof OfferError) return error.kind;
    throw error;
  }
}
