/**
 * A contract's extraction turned into what guided entry opens with: each value as the text entry's input
 * would hold it (numbers as `draftFromOffer` writes them, choices as their stored values, the state as its
 * code), with the quote and confidence it came from. Pure, so the hand-over is tested without a pane.
 *
 * A value entry could not hold is dropped rather than passed on: a choice outside the field's options or a
 * number for a text field would only show the user an error for something they never typed.
 */
import type { Extraction, FieldValue, QuoteSource } from "../../core/extract";
import { detailNote } from "../../core/extract/detail-words";
import { figure } from "../../core/format";
import { FIELDS, FIELD_KEYS, type FieldKey } from "../../core/offer/fields";
import type { ContractPrefill } from "./prefill";

/** The draft text of an extracted value, or undefined when the field cannot hold it. */
export function draftTextOf(key: FieldKey, value: FieldValue): string | undefined {
  const spec = FIELDS[key];
  switch (spec.kind) {
    case "number":
      // As draftFromOffer writes a stored number, so a pre-filled field reads like an edited one.
      return typeof value === "number" && Number.isFinite(value) ? figure(value) : undefined;
    case "choice":
      return typeof value === "string" && spec.options.some((o) => o.value === value) ? value : undefined;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    case "text":
      return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, spec.max) : undefined;
  }
}

/** The prefill for entry from a contract read from `source` (a file's name, or "pasted text"). */
export function prefillFromExtraction(extraction: Extraction, source: string): ContractPrefill {
  const values: Partial<Record<FieldKey, string>> = {};
  const sources: Partial<Record<FieldKey, QuoteSource>> = {};
  // In the field table's order, so entry and any list built from this read in the steps' order.
  for (const key of FIELD_KEYS) {
    const found = extraction.fields[key];
    if (!found) continue;
    const text = draftTextOf(key, found.value);
    if (text === undefined) continue;
    values[key] = text;
    sources[key] = { quote: found.quote, confidence: found.confidence, where: found.where };
  }
  // Terms with no field of their own (tiers past the first, a collections share) go to the notes, to confirm there.
  const note = detailNote(extraction.details);
  if (note !== "" && values.notes === undefined) values.notes = draftTextOf("notes", note);
  return { source, values, sources, conflicts: extraction.conflicts, clauses: extraction.clauses };
}
