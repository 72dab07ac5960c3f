/**
 * Reading a pasted or typed table's data rows one at a time, each against the rows before it, for tables
 * keyed by two names (Benchmarks: specialty and metric; Supply: specialty and state): a blank row is
 * skipped, a row that names the same pair as an earlier one is refused with that row's number. One at a
 * time, so a long paste can be read a slice at a time.
 */
import { isBlank } from "./cells";

/**
 * Why a row was refused, in parts, so a formula's message ("benchmarks row 3 (Psychiatry wRVU): …") and a
 * pasted line's reason ("Psychiatry wRVU: …") are both built from it: `name` is the row's pair when it was
 * read, and a row that repeats an earlier one has `repeats`, that row's number.
 */
export interface RowRefusal {
  problem: string;
  name?: string;
  repeats?: number;
}

/** Reads a data row: the record, why it is refused, or undefined for a blank row (skipped). */
export interface UniqueRowReader<T> {
  read(row: readonly unknown[], rowNumber: number): T | RowRefusal | undefined;
}

/** A reader over `readRow` that refuses a row whose `keyOf` an earlier row already gave. */
export function uniqueRowReader<T extends object>(
  readRow: (row: readonly unknown[], rowNumber: number) => T | RowRefusal,
  isRecord: (result: T | RowRefusal) => result is T,
  keyOf: (record: T) => { key: string; name: string },
): UniqueRowReader<T> {
  const firstRowOf = new Map<string, number>();
  return {
    read(row, rowNumber) {
      if (row.every(isBlank)) return undefined;
      const result = readRow(row, rowNumber);
      if (!isRecord(result)) return result;
      const { key, name } = keyOf(result);
      const first = firstRowOf.get(key);
      if (first !== undefined) return { problem: "repeats an earlier row", name, repeats: first };
      firstRowOf.set(key, rowNumber);
      return result;
    },
  };
}
