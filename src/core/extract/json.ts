/**
 * The extraction as the JSON `npm run extract` prints (issue 14, item 5): each field's value, quote and
 * confidence, each clause's kind, quote and why, then the conflicts when there are any, and the facts no
 * field holds (wRVU tiers, the collections share) when found. Field order follows the Offers table.
 */
import { FIELD_KEYS } from "../offer/fields";
import type { Extraction } from "./types";

export function extractionJson(result: Extraction): string {
  const fields: Record<string, { value: number | string; quote: string; confidence: string }> = {};
  for (const key of FIELD_KEYS) {
    const f = result.fields[key];
    if (f) fields[key] = { value: f.value, quote: f.quote, confidence: f.confidence };
  }
  const shape: Record<string, unknown> = {
    fields,
    clauses: result.clauses.map((c) => ({ kind: c.kind, quote: c.quote, why: c.why })),
  };
  if (result.conflicts.length > 0) shape.conflicts = result.conflicts;
  if (result.details.wrvuTiers || result.details.collectionsPercent) {
    shape.details = {
      ...(result.details.wrvuTiers && {
        wrvuTiers: { tiers: result.details.wrvuTiers.tiers, quote: result.details.wrvuTiers.quote },
      }),
      ...(result.details.collectionsPercent && {
        collectionsPercent: {
          value: result.details.collectionsPercent.value,
          quote: result.details.collectionsPercent.quote,
        },
      }),
    };
  }
  return JSON.stringify(shape, null, 2);
}
