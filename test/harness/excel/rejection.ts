/** The StoreError a store action rejects with; anything else (or no rejection) fails the test. */
import { StoreError } from "../../../src/workbook/store";

export async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected a StoreError");
}
