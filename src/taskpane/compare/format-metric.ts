/**
 * How a Compare metric reads in the pane: each unit in the words and precision a physician would use
 * ("$480,000", "$97.45", "4,800", "62.5th", "75 / 100", "2"), matching the Compare sheet's number formats.
 */
import type { MetricUnit } from "../../core/compare/metrics";
import { dollars, figure } from "../../core/format";

/** "1st", "22nd", "62nd", "11th": the English ordinal suffix of a whole number. */
function ordinalSuffix(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[Math.abs(n) % 10] ?? "th";
}

/** "62.5th", "50th", "21st": a percentile to one decimal, with an ordinal suffix. */
export function percentileText(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${figure(rounded)}${Number.isInteger(rounded) ? ordinalSuffix(rounded) : "th"}`;
}

/** A metric's value as the Compare view shows it, by unit. */
export function formatMetric(value: number, unit: MetricUnit): string {
  switch (unit) {
    case "dollars":
      // Whole dollars, as the Compare sheet's "$#,##0" shows them.
      return dollars(Math.round(value));
    case "dollars per hour":
      return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case "wRVUs":
      return figure(Math.round(value));
    case "percentile":
      return percentileText(value);
    case "score":
      return `${Math.round(value)} / 100`;
    case "count":
      return String(value);
  }
}
