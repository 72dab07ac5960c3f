/** What the threshold, threshold-vs-rate and guarantee terms share: wRVU wording, the judged threshold, and evidence. */
import { paysWrvus } from "../offer/offer-totals";
import type { Benchmark } from "../benchmarks/types";
import { dollars, figure } from "../format";
import type { OfferFields } from "../offer/schema";
import { benchmarkEvidence } from "../rules/benchmark-lookup";
import type { Evidence } from "../rules/types";

/** "4,500 wRVUs": whole, or to the cent when the figure is not whole, so the words state the number judged. */
export function wrvus(value: number): string {
  return `${figure(value)} wRVUs`;
}

/** "$45.50 per wRVU". */
export function perWrvu(value: number): string {
  return `${dollars(Math.round(value * 100) / 100)} per wRVU`;
}

/** The threshold to judge: known, above zero, and not under a salary-only or collections plan (a blank plan counts). */
export function judgedThreshold(offer: OfferFields): number | undefined {
  const threshold = offer.wrvuThreshold;
  if (threshold === null || threshold <= 0) return undefined;
  return paysWrvus(offer) ? threshold : undefined;
}

/** "P25 3,800 · P50 4,500 · …": a benchmark's known points, for evidence. */
function pointsText(b: Benchmark, show: (value: number) => string): string {
  return b.points.map((pt) => `P${pt.p} ${show(pt.value)}`).join(" · ");
}

export function volumeEvidence(b: Benchmark): Evidence {
  return benchmarkEvidence(b, `wRVU percentiles for ${b.specialty}: ${pointsText(b, (v) => figure(v))}.`);
}

export function rateEvidence(b: Benchmark): Evidence {
  return benchmarkEvidence(b, `Compensation per wRVU for ${b.specialty}: ${pointsText(b, (v) => dollars(v))}.`);
}

/** wRVU and $/wRVU percentiles for the fixtures (invented round figures, marked as the user's own rows). */
export function fixtureRows(specialty: string): Benchmark[] {
  const provenance = { source: "Test rows typed by the user", grade: "yours" as const };
  const row = (metric: string, values: readonly number[]): Benchmark => ({
    specialty,
    metric,
    statistic: "percentiles",
    points: [25, 50, 75, 90].map((p, i) => ({ p, value: values[i] })),
    provenance,
  });
  return [row("wRVU", [3_800, 4_500, 5_400, 6_300]), row("CompPerWrvu", [45, 52, 60, 68])];
}
