/**
 * Between the two shapes of a Supply row: the scarcity model's (src/core/scarcity/supply.ts: what the
 * formulas and the heatmap read, with the row number its messages name) and the Supply table's
 * (src/core/sheets/supply-table.ts: what the store writes and reads back). The table needs the data year
 * on every row, so the figure stays traceable; a pasted row without one is refused here, before writing.
 */
import type { SupplyPasteCheck, SupplyRow } from "../../core/scarcity";
import type { SupplyRow as TableSupplyRow } from "../../core/sheets/supply-table";

/** What the model calls a row with a blank Source. */
const NO_SOURCE = "Your Supply table";

/** The snapshot's rows as the scarcity model reads them (row numbers as in the table: the header is row 1). */
export function modelSupply(rows: readonly TableSupplyRow[]): SupplyRow[] {
  return rows.map((row, i) => ({ ...row, source: row.source === "" ? NO_SOURCE : row.source, row: i + 2 }));
}

/** A checked paste with every accepted row carrying its year; rows without one move to the refused. */
export function requireYears(check: SupplyPasteCheck): SupplyPasteCheck {
  const missing = check.accepted.filter((row) => row.supply.year === undefined);
  if (missing.length === 0) return check;
  return {
    ...check,
    accepted: check.accepted.filter((row) => row.supply.year !== undefined),
    refused: [
      ...check.refused,
      ...missing.map((row) => ({
        line: row.line,
        reason: "Year is blank: add the data year, such as 2024, so the figure stays traceable.",
      })),
    ].sort((a, b) => a.line - b.line),
  };
}

/** An accepted row as the Supply table holds it (requireYears has made sure of the year). */
export function tableRow(row: SupplyRow): TableSupplyRow {
  return {
    specialty: row.specialty,
    state: row.state,
    per100k: row.per100k,
    source: row.source === NO_SOURCE ? "" : row.source,
    year: row.year ?? 0,
  };
}
