/** How an ask names the figure it rests on: a short source and data year, read from the benchmark's provenance. */
import type { Benchmark } from "../benchmarks/types";

/**
 * "AMN Healthcare (Merritt Hawkins) 2022 Review": the report's name without its long subtitle or trailing
 * note, short enough to say out loud.
 */
export function shortSource(b: Benchmark): string {
  const full = b.provenance.source;
  const review = full.indexOf(" Review of ");
  const name = review >= 0 ? full.slice(0, review + " Review".length) : full;
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim() || full;
}

/** "AMN Healthcare (Merritt Hawkins) 2022 Review, 2021 data": the short source with its data year when known. */
export function citation(b: Benchmark): string {
  const year = b.provenance.year;
  return year === undefined ? shortSource(b) : `${shortSource(b)}, ${year} data`;
}
