/**
 * Memoises a function of a range by the range's contents. Excel hands every formula call a fresh copy of
 * the same table, so a 1,000-row Benchmarks table referenced by 10,000 formulas would otherwise be parsed
 * 10,000 times per recalculation; comparing cells is far cheaper than parsing them. Outcomes, thrown
 * errors included, are kept for the few most recent distinct ranges.
 */

import { isRange, sameCells } from "./cells";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** `compute` memoised on range contents; non-range arguments are passed straight through. */
export function memoByCells<T>(compute: (range: unknown) => T, size = 4): (range: unknown) => T {
  const recent: Array<{ cells: unknown[][]; outcome: Outcome<T> }> = [];
  return (range: unknown): T => {
    if (!isRange(range)) return compute(range);
    let entry = recent.find((e) => sameCells(e.cells, range));
    if (!entry) {
      let outcome: Outcome<T>;
      try {
        outcome = { ok: true, value: compute(range) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      // Keep a copy: the caller's array is not ours to hold on to unchanged.
      entry = { cells: range.map((row) => row.slice()), outcome };
      recent.unshift(entry);
      if (recent.length > size) recent.pop();
    }
    if (entry.outcome.ok) return entry.outcome.value;
    throw entry.outcome.error;
  };
}

/**
 * `compute` memoised by the identity of its argument: for what is built from a table's rows once per table
 * (the rows arrive memoised by contents, so the same table is the same array). Held weakly, so a table that
 * is gone takes its entry with it. An empty list is computed afresh each time (callers give it a constant).
 */
export function memoByReference<K extends readonly unknown[], V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
