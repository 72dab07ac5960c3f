/**
 * Weighing every reading of a field: readings of the strongest confidence found decide. One value among
 * them is the field's value (its first quote); two or more values are a conflict, and the field is left
 * empty rather than one of them picked. Weaker readings that disagree with the decided value are ignored:
 * a labelled statement outranks a figure found in passing.
 */
import type { FieldKey } from "../offer/fields";
import type { Candidate, Confidence, Conflict, ExtractedField } from "./types";

const RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };

const same = (a: Candidate["value"], b: Candidate["value"]): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;

export function resolveCandidates(candidates: readonly Candidate[]): {
  fields: Partial<Record<FieldKey, ExtractedField>>;
  conflicts: Conflict[];
} {
  const byField = new Map<FieldKey, Candidate[]>();
  for (const c of candidates) {
    const list = byField.get(c.field) ?? [];
    list.push(c);
    byField.set(c.field, list);
  }
  const fields: Partial<Record<FieldKey, ExtractedField>> = {};
  const conflicts: Conflict[] = [];
  for (const [field, list] of byField) {
    const best = Math.max(...list.map((c) => RANK[c.confidence]));
    const top = list.filter((c) => RANK[c.confidence] === best).sort((a, b) => a.index - b.index);
    const values: Candidate[] = [];
    for (const c of top) if (!values.some((v) => same(v.value, c.value))) values.push(c);
    if (values.length === 1) {
      const { value, quote, where, confidence } = values[0];
      fields[field] = { value, quote, where, confidence };
    } else {
      conflicts.push({ field, values: values.map((v) => v.value), quotes: values.map((v) => v.quote) });
    }
  }
  return { fields, conflicts };
}
