/**
 * The contract's sentences kept with an offer (the Contract quotes table, src/core/sheets/quotes-table.ts):
 * written after an offer filled from a contract is saved, when the user ticked the box, and deleted with
 * the offer. Each runs after the offer's own write has succeeded, so a failure here never reads as the
 * offer not saved (or not deleted): it comes back as a sentence for the notice.
 */
import type { Offer } from "../../core/offer/schema";
import { isPartOf } from "../../core/sheets/derived-table";
import type { OfferStore } from "../../workbook/store";
import type { ContractPrefill } from "./prefill";

/**
 * The rows to write, loaded when first needed: most saves keep no sentence, and the first screen's bundle
 * has little room to spare. A failure to load is caught below like a failed write.
 */
const quoteRowsModule = () => import(/* webpackChunkName: "quote-rows" */ "../../core/sheets/quote-rows");

/** What went wrong, as the user reads it. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps the sentences behind the values saved as the contract states them. Resolves to what the notice
 * adds: "" when nothing was asked, else how many were kept or why none were.
 */
export async function keepQuotes(
  store: OfferStore,
  offer: Offer,
  prefill: ContractPrefill | null,
  asked: boolean,
): Promise<string> {
  if (!prefill || !asked) return "";
  try {
    const { quoteRows } = await quoteRowsModule();
    const rows = quoteRows(offer, prefill);
    if (rows.length === 0) return " No value was saved as the contract states it, so no sentence was kept.";
    await store.rebuild("quotes", rows, { inScope: isPartOf(offer.id) });
    const n = rows.length;
    return ` ${n} sentence${n === 1 ? "" : "s"} from the contract kept in the Contract quotes table.`;
  } catch (error) {
    return ` The contract's sentences were not kept: ${reason(error)}`;
  }
}

/** Deletes a deleted offer's sentences, if it had any. Resolves to what the notice adds ("" when all went). */
export async function forgetQuotes(store: OfferStore, offerId: string, had: boolean): Promise<string> {
  if (!had) return "";
  try {
    await store.rebuild("quotes", [], { inScope: isPartOf(offerId) });
    return " Its sentences in the Contract quotes table were deleted too.";
  } catch (error) {
    return ` Its sentences are still in the Contract quotes table (delete them there): ${reason(error)}`;
  }
}
