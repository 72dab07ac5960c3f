/**
 * Made-up Supply rows for the tests: TEST DATA, not AAMC or KFF figures (those are licensed for
 * non-commercial use and are never shipped or committed). Round numbers chosen so the arithmetic is easy.
 */
import type { SupplyRow } from "../../../src/core/scarcity";

function row(specialty: string, state: string, per100k: number, n: number): SupplyRow {
  return { specialty, state, per100k, source: "Test rows", year: 2024, row: n };
}

/** Psychiatry: US 12; Idaho half (6), Massachusetts double (24), Idaho-like extreme (1), Ohio equal (12). */
export const TEST_SUPPLY: readonly SupplyRow[] = [
  row("Psychiatry", "US", 12, 2),
  row("Psychiatry", "ID", 6, 3),
  row("Psychiatry", "MA", 24, 4),
  row("Psychiatry", "WY", 1, 5),
  row("Psychiatry", "OH", 12, 6),
  row("Dermatology", "US", 4, 7),
  row("Dermatology", "NY", 6, 8),
  row("Dermatology", "NE", 2, 9),
  row("Internal Medicine", "US", 36, 10),
  row("Internal Medicine", "TX", 18, 11),
];
