/**
 * The Contract quotes table's rows for an offer just saved, and the Mentor summary's "From the contract"
 * words for the rows read back (the table itself: quotes-table.ts).
 *
 * "Confirmed" means saved as the contract states it: a value the user changed before saving no longer comes
 * from that sentence, so its sentence is not kept. The Mentor summary says so when the offer has since been
 * edited away from the value a sentence backed.
 */
import { clipped } from "../format";
import { FIELDS, FIELD_KEYS, type FieldKey } from "../offer/fields";
import { type Offer, readFieldLeniently } from "../offer/schema";
import { valueInWords } from "../offer/value-words";
import type { ContractSentences } from "../extract/types";
import { whereInWords } from "../extract/where-words";
import { type SheetRow, partKey, rowOf } from "./derived-table";
import { QUOTES_SPEC, QUOTE_CELL_MAX, type SavedQuote } from "./quotes-table";

/** The value a field holds once saved, in words; "" when blank. */
function savedWords(offer: Offer, key: FieldKey): string {
  const value = offer[key];
  return value === null || value === undefined || value === "" ? "" : valueInWords(key, value as number | string);
}

/**
 * The rows to keep for an offer just saved from a contract: one per field whose saved value is the value
 * the contract's sentence gave (read from the same draft text entry was filled with), in the field table's
 * order.
 */
export function quoteRows(offer: Offer, contract: ContractSentences): SheetRow[] {
  return FIELD_KEYS.flatMap((key) => {
    const source = contract.sources[key];
    const text = contract.values[key];
    if (!source || text === undefined) return [];
    const read = readFieldLeniently(key, text);
    if (read === null || read !== offer[key]) return [];
    return [
      rowOf(QUOTES_SPEC, partKey(offer.id, key), {
        "Offer ID": offer.id,
        Employer: offer.employer,
        Field: FIELDS[key].label,
        "Value saved": savedWords(offer, key),
        "Contract says": clipped(source.quote, QUOTE_CELL_MAX),
        Where: whereInWords(source.where),
        Confidence: source.confidence,
        Contract: contract.source,
      }),
    ];
  });
}

/**
 * The Mentor summary's "From the contract" cell: a line per kept sentence, "Base salary ($290,000 per
 * year): “…” (page 2, Section 4.2)", and, where the offer has been edited since, what it says now.
 */
export function contractLines(offer: Offer, quotes: readonly SavedQuote[]): string {
  return quotes
    .map(({ field, valueSaved, quote, where }) => {
      const now = savedWords(offer, field);
      const changed = now === valueSaved ? "" : ` The offer now says ${now === "" ? "nothing (blank)" : now}.`;
      return `${FIELDS[field].label} (${valueSaved}): “${quote}”${where === "" ? "" : ` (${where})`}.${changed}`;
    })
    .join("\n");
}
