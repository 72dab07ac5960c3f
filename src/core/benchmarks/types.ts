/** The shape of a benchmark row, shipped or imported, with the provenance every figure carries. */
import { nameKey } from "../names";
import type { PercentilePoint } from "../percentile";

/** What kind of figure a row holds. Mixing them silently is the commonest benchmark mistake. */
export type Statistic = "mean" | "median" | "starting offer" | "percentiles";

/**
 * How far to trust a figure: A the primary publisher, B trade press reporting a primary report,
 * C a vendor or blog aggregate, D an unsourced ballpark (never shipped as data); "yours" for rows the
 * user imported.
 */
export type Grade = "A" | "B" | "C" | "D" | "yours";

/** Where a figure comes from. */
export interface Provenance {
  /** The report, e.g. "Medscape Physician Compensation Report 2024". */
  source: string;
  /** The page the figure was read from. */
  url?: string;
  /** The year the pay was earned or the offers were made. */
  year?: number;
  grade: Grade;
  /** Caveats: conflicting reports, what the category covers. */
  note?: string;
  /** For imported rows: the row number within the range the user passed (header = row 1). */
  row?: number;
}

/** Rows that apply to every specialty use this name (e.g. average sign-on bonus). */
export const ALL_SPECIALTIES = "All specialties";

/** One benchmark: a specialty's figure for one metric. */
export interface Benchmark {
  /** Canonical specialty, {@link ALL_SPECIALTIES}, or a user's own specialty name. */
  specialty: string;
  /** Canonical metric (see metrics.ts) or a user's own metric name. */
  metric: string;
  statistic: Statistic;
  /** The headline figure for a mean or starting-offer row. */
  value?: number;
  /** Known percentile points, ascending (a median is the single point P50). */
  points: readonly PercentilePoint[];
  provenance: Provenance;
}

/** The identity of a benchmark row: its specialty and metric, compared as typed names are. */
export function benchmarkKey(specialty: string, metric: string): string {
  return `${nameKey(specialty)}|${nameKey(metric)}`;
}
