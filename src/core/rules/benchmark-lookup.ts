/**
 * Benchmark look-ups for the rules that never throw: a missing benchmark or a figure a benchmark cannot
 * give (a percentile of a mean-only row) comes back as undefined, so each rule can skip its check or say
 * what data is missing. Only the core's own "no data" errors are absorbed; anything else is a bug and
 * still throws.
 */
import { allSpecialtiesBenchmark, benchmarkPlacement, benchmarkValue, findBenchmark } from "../benchmarks/lookup";
import { ALL_SPECIALTIES, type Benchmark } from "../benchmarks/types";
import { OfferError } from "../errors";
import { dollars, figure } from "../format";
import type { PercentilePlacement } from "../percentile";
import type { Evidence, RuleContext } from "./types";

function orUndefined<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof OfferError) return undefined;
    throw error;
  }
}

/**
 * The specialty's own benchmark for a metric (the user's rows beat shipped ones), or undefined. An
 * "All specialties" row does not count: pay and production differ too much between specialties.
 */
export function specialtyBenchmark(
  specialty: string | null,
  metric: string,
  context: RuleContext,
): Benchmark | undefined {
  // A draft being typed has no specialty yet (blank reads as null): no benchmark, never an exception.
  if (!specialty) return undefined;
  const found = orUndefined(() => findBenchmark(specialty, metric, context.benchmarks));
  return found && found.specialty !== ALL_SPECIALTIES ? found : undefined;
}

/**
 * A benchmark for a market-wide incentive (sign-on, relocation): the specialty's row when there is one,
 * else the "All specialties" row, also for a specialty Leverage does not know by name.
 */
export function incentiveBenchmark(specialty: string, metric: string, context: RuleContext): Benchmark | undefined {
  return orUndefined(() => findBenchmark(specialty, metric, context.benchmarks)) ?? allSpecialtiesRow(metric, context);
}

/**
 * The "All specialties" row for a metric (the user's first), looked up directly: findBenchmark cannot
 * reach it for a specialty it does not know.
 */
export function allSpecialtiesRow(metric: string, context: RuleContext): Benchmark | undefined {
  return allSpecialtiesBenchmark(metric, context.benchmarks);
}

/** The benchmark's headline figure (mean or starting offer, else the median), or undefined. */
export function headlineFigure(b: Benchmark): number | undefined {
  return orUndefined(() => benchmarkValue(b));
}

/** The figure at a percentile (0–100), or undefined when the benchmark has no percentiles to read it from. */
export function figureAt(b: Benchmark, percentile: number): number | undefined {
  return orUndefined(() => benchmarkValue(b, percentile));
}

/**
 * Where a value sits among the benchmark's points, inside the data (see percentile.ts), or undefined when
 * the benchmark has fewer than two points. What any sentence naming a percentile is built from.
 */
export function placementOf(b: Benchmark, value: number): PercentilePlacement | undefined {
  return orUndefined(() => benchmarkPlacement(b, value));
}

/**
 * What the headline figure of a benchmark is, for a metric described as `noun`: "average starting offer",
 * "average total compensation", "median signing bonus".
 */
export function headlineLabel(b: Benchmark, noun: string): string {
  switch (b.statistic) {
    case "starting offer":
      return "average starting offer";
    case "mean":
      return `average ${noun}`;
    case "median":
    case "percentiles":
      return `median ${noun}`;
  }
}

/** A benchmark figure as money or as a count, by metric. */
export function benchmarkFigure(b: Benchmark, value: number): string {
  return b.metric === "wRVU" ? `${figure(Math.round(value))} wRVUs` : dollars(value);
}

/**
 * Evidence quoting a benchmark: the sentence given, followed by the row's caveat if it has one, with the
 * benchmark's source, data year, link and grade.
 */
export function benchmarkEvidence(b: Benchmark, sentence: string): Evidence {
  const { source, year, url, grade, note } = b.provenance;
  return {
    text: note ? `${sentence} ${note}` : sentence,
    source,
    ...(year !== undefined && { year }),
    ...(url !== undefined && { url }),
    grade,
  };
}
