/**
 * A realistic 1,000-row Benchmarks range, as Excel passes `Benchmarks[#All]` to a formula: the header row,
 * then percentile rows for Leverage's specialties (the metrics a licensed survey gives) and for
 * subspecialties the user named, as an imported survey would have, in alphabetical order. P10 is blank on some rows, as
 * surveys often omit it; Excel passes those blank cells inside a range as "".
 */
import { BENCHMARKS_HEADER } from "../src/core/benchmarks/import";
import { KNOWN_SPECIALTIES } from "../src/core/specialties";
import { drawFrom, seededRandom } from "./stats";

/** The metrics each specialty gets a row for, with a typical median to scale its percentiles from. */
const TABLE_METRICS: ReadonlyArray<{ metric: string; low: number; high: number; digits: number }> = [
  { metric: "wRVU", low: 3800, high: 9500, digits: 0 },
  { metric: "CompPerWrvu", low: 42, high: 80, digits: 2 },
  { metric: "TotalComp", low: 240_000, high: 720_000, digits: -3 },
];

/** Names of the user's own subspecialty rows: not Leverage specialties, accepted as typed. */
export function subspecialtyName(i: number): string {
  return `Subspecialty ${String(i).padStart(3, "0")}`;
}

/** Rows of the range: header first, then `rows` data rows, the same for the same seed. */
export function benchmarksRange(rows = 1000, seed = 1): unknown[][] {
  const draw = drawFrom(seededRandom(seed));
  // To `digits` decimals; a negative count rounds to tens, hundreds, thousands.
  const round = (value: number, digits: number) =>
    digits >= 0 ? Math.round(value * 10 ** digits) / 10 ** digits : Math.round(value / 10 ** -digits) * 10 ** -digits;
  const specialties = [...KNOWN_SPECIALTIES];
  const out: unknown[][] = [[...BENCHMARKS_HEADER]];
  for (let s = 0; out.length <= rows; s++) {
    const specialty = s < specialties.length ? specialties[s] : subspecialtyName(s - specialties.length + 1);
    for (const { metric, low, high, digits } of TABLE_METRICS) {
      if (out.length > rows) break;
      const p50 = low + draw.int(0, 1000) * ((high - low) / 1000);
      const at = (factor: number) => round(p50 * factor, digits);
      const p10 = draw.chance(0.3) ? "" : at(0.62);
      out.push([specialty, metric, p10, at(0.78), at(1), at(1.22), at(1.45), "Imported survey 2025", 2025]);
    }
  }
  // Sorted by specialty, then metric, as survey tables are: Leverage's specialties end up spread through it.
  const [header, ...data] = out;
  data.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
  return [header, ...data];
}

/** A cell-for-cell copy: Excel hands every formula its own copy of a range. */
export function copyRange(range: readonly (readonly unknown[])[]): unknown[][] {
  return range.map((row) => row.slice());
}
