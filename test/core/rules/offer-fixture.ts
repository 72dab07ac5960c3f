/**
 * Offers and benchmark rows for the rules tests: an offer is built through the real schema, so a test
 * can only describe an offer the pane could hold; every field not given is blank (unknown).
 */
import { parseBenchmarks } from "../../../src/core/benchmarks/parse";
import type { Benchmark } from "../../../src/core/benchmarks/types";
import type { OfferFields } from "../../../src/core/offer/schema";
import { checkOffer } from "../../../src/core/rules";
import type { Flag } from "../../../src/core/rules/types";
import { offerFrom } from "../../harness/offers";

/** An offer from typed values (numbers, choice values or labels); unlisted fields are unknown. */
export function offerWith(fields: Record<string, unknown>): OfferFields {
  return offerFrom(fields);
}

export const BENCHMARK_HEADER = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];

/** The user's own benchmark rows, read the way the Benchmarks tab reads them. */
export function userRows(...rows: unknown[][]): Benchmark[] {
  const parsed = parseBenchmarks([BENCHMARK_HEADER, ...rows]);
  if (parsed.problems.length > 0) throw new Error(`invalid test rows: ${parsed.problems.join("; ")}`);
  return parsed.rows;
}

/** Every flag for an offer described by its fields. */
export function flagsFor(fields: Record<string, unknown>, benchmarks: readonly Benchmark[] = []): Flag[] {
  return checkOffer(offerWith(fields), { benchmarks });
}

/** The flag one rule raises for an offer, or undefined. */
export function flagOf(
  rule: string,
  fields: Record<string, unknown>,
  benchmarks: readonly Benchmark[] = [],
): Flag | undefined {
  return flagsFor(fields, benchmarks).find((flag) => flag.rule === rule);
}

/** Like {@link flagOf}, for a test that expects the flag: fails with the flags that were raised instead. */
export function expectFlag(rule: string, fields: Record<string, unknown>, benchmarks: readonly Benchmark[] = []): Flag {
  const flags = flagsFor(fields, benchmarks);
  const flag = flags.find((f) => f.rule === rule);
  if (!flag) throw new Error(`expected a ${rule} flag; got ${flags.map((f) => f.rule).join(", ") || "none"}`);
  return flag;
}
