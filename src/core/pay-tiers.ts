/** Reads a tiered pay schedule from a two-column range (lower bound in wRVUs, $/wRVU). */
import { isBlank, readNumber } from "./cells";
import { badValue } from "./errors";
import type { PayTier } from "./wrvu";

/**
 * Parses tier rows. Trailing rows with nothing in them (blank or 0, since desktop Excel passes blank cells
 * as 0) are padding and ignored; the first row is always a tier, so {0, 0} can start a schedule.
 */
export function parsePayTiers(range: readonly (readonly unknown[])[]): PayTier[] {
  const rows = trimTrailingBlankRows(range);
  return rows.map((row, i) => {
    if (row.length !== 2) {
      throw badValue(
        `tiers must be a two-column range (lower bound in wRVUs, $/wRVU); got ${row.length} column${row.length === 1 ? "" : "s"}.`,
      );
    }
    return {
      from: readNumber(row[0], `tiers row ${i + 1} lower bound`),
      rate: readNumber(row[1], `tiers row ${i + 1} $/wRVU`),
    };
  });
}

/** Drops trailing rows whose cells are all blank, keeping at least the first row. */
function trimTrailingBlankRows<T extends readonly unknown[]>(range: readonly T[]): T[] {
  let end = range.length;
  while (end > 1 && range[end - 1].every(isBlank)) end--;
  return range.slice(0, end);
}
