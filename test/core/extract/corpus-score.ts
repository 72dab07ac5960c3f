/**
 * Scoring one contract of the corpus against what a careful reader wrote down from it
 * (test/fixtures/contracts/<name>.expected.json): each expected field, conflict, clause and detail is
 * one item, right or not. A wrong value read with high confidence is counted apart: the corpus test
 * allows none.
 */
import type { Extraction } from "../../../src/core/extract";

export interface Expected {
  kind: string;
  fields: Record<string, number | string>;
  /** Fields the contract states two ways: the extraction must report a conflict and no high value. */
  conflicts?: string[];
  /** Fields the contract does not state: a high-confidence value for one is wrong. */
  absent?: string[];
  clauses?: string[];
  details?: { collectionsPercent?: number };
}

export interface Score {
  right: number;
  total: number;
  misses: string[];
  /** Wrong values read with high confidence. */
  confidentlyWrong: string[];
}

const same = (a: unknown, b: unknown): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-6 : a === b;

export function score(result: Extraction, expected: Expected): Score {
  const misses: string[] = [];
  const confidentlyWrong: string[] = [];
  let right = 0;
  let total = 0;
  const fields = result.fields as Record<string, { value: unknown; confidence: string } | undefined>;
  for (const [key, want] of Object.entries(expected.fields)) {
    total++;
    const got = fields[key];
    if (got && same(got.value, want)) right++;
    else {
      misses.push(`${key}: want ${JSON.stringify(want)}, got ${got ? JSON.stringify(got.value) : "nothing"}`);
      if (got && got.confidence === "high") confidentlyWrong.push(`${key} = ${JSON.stringify(got.value)}`);
    }
  }
  for (const key of expected.conflicts ?? []) {
    total++;
    if (result.conflicts.some((c) => c.field === key)) right++;
    else misses.push(`conflict on ${key} not reported`);
    if (fields[key]?.confidence === "high") confidentlyWrong.push(`${key} = ${JSON.stringify(fields[key]!.value)}`);
  }
  for (const key of expected.absent ?? []) {
    if (fields[key]?.confidence === "high") confidentlyWrong.push(`${key} (not in the contract)`);
  }
  for (const kind of expected.clauses ?? []) {
    total++;
    if (result.clauses.some((c) => c.kind === kind)) right++;
    else misses.push(`clause ${kind} not found`);
  }
  if (expected.details?.collectionsPercent !== undefined) {
    total++;
    if (result.details.collectionsPercent?.value === expected.details.collectionsPercent) right++;
    else misses.push("collections percent");
  }
  return { right, total, misses, confidentlyWrong };
}
