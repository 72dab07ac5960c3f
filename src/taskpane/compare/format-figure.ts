/**
 * How a Compare figure reads in the pane: each unit in the words and precision a physician would use
 * ("$480,000", "$97.45", "4,800", "63rd", "75 / 100", "2"), matching the Compare sheet's number formats.
 */
import type { FigureUnit } from "../../core/compare/figures";
import { figure } from "../../core/format";
import { ordinal } from "../../core/percentile-words";
import { wholeDollars } from "../../core/rules/wording";

// Made once: toLocaleString with options builds a new formatter on every call (see src/core/format.ts).
const CENTS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * "63rd", "50th", "21st": a percentile as a whole ordinal (the core's one ordinal), never "62.5th". The
 * Compare sheet keeps OFFER.WRVUPCTL's number; words that must stay inside the data (below the lowest or
 * above the highest percentile held) come from thresholdPercentileWords in core/compare/figures.ts.
 */
export function percentileText(value: number): string {
  return ordinal(value);
}

/** A figure's value as the Compare view shows it, by unit. */
export function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit) {
    case "dollars":
      // Whole dollars, as the Compare sheet's "$#,##0" shows them.
      return wholeDollars(value);
    case "dollars per hour":
      return `$${CENTS.format(value)}`;
    case "wRVUs":
      return figure(Math.round(value));
    case "percentile":
      return percentileText(value);
    case "score":
      return `${Math.round(value)} / 100`;
    case "count":
      return String(value);
    case "index":
      // A price level to one decimal, as the Compare sheet's "0.0" shows it.
      return (Math.round(value * 10) / 10).toFixed(1);
  }
}
