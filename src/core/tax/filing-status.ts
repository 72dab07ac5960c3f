/**
 * A filing status as typed in a cell or the Profile table ("MFJ", "Head of household"), on its own so the
 * pane can read a profile without loading the tax tables.
 */
import { badValue } from "../errors";
import { quoted } from "../format";
import type { FilingStatus } from "./types";

// A Map, not an object literal, so "constructor" typed in a cell finds nothing inherited.
const STATUS_WORDS: ReadonlyMap<string, FilingStatus> = new Map([
  ["single", "single"],
  ["married", "married"],
  ["married filing jointly", "married"],
  ["mfj", "married"],
  ["head of household", "head"],
  ["head", "head"],
  ["hoh", "head"],
]);

/** A filing status from what a user typed; blank means single, the commonest status at the end of training. */
export function resolveFilingStatus(text: string | null | undefined): FilingStatus {
  if (!text) return "single";
  // Typed as listed ("single", "Single"): no need to tidy the text first.
  const exact = STATUS_WORDS.get(text) ?? STATUS_WORDS.get(text.toLowerCase());
  if (exact !== undefined) return exact;
  const key = (text ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "") return "single";
  const status = STATUS_WORDS.get(key);
  if (status === undefined) {
    throw badValue(
      `Filing status must be "single", "married" (married filing jointly) or "head" (head of household); ` +
        `got ${quoted(text ?? "")}.`,
    );
  }
  return status;
}
