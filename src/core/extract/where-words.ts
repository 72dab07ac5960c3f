/** Where a quote stands in the contract, in words: for the review card and the Contract quotes table. */
import type { Where } from "./types";

/** "page 3, Section 4.2", "Exhibit A", or "" when the text had neither. */
export function whereInWords(where: Where): string {
  return [where.page === undefined ? "" : `page ${where.page}`, where.section ?? ""].filter(Boolean).join(", ");
}
