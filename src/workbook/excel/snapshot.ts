/**
 * Turns what was read from the workbook into what the pane shows (snapshot-tables.ts, shared with the
 * memory store), and whether the workbook may be written.
 */
import { isEmptyCell } from "../../core/cells";
import { columnsMissing, newerLayout } from "./messages";
import { DATA_LAYOUTS, type TableLayout } from "../../core/sheets/table-layouts";
import { type PartRead, type TableRead, type WorkbookRead, partOf, tableOf } from "./read";
import { planUpgrade } from "../../core/sheets/layout-upgrade";
import { type OfferRow, findOfferRow } from "../offer-rows";
import { snapshotFromTables } from "../snapshot-tables";
import { SCHEMA_VERSION, type WorkbookSnapshot } from "../store";

/** True for a table whose only data row is empty apart from calculated columns: a new offer fills it. */
export function hasPlaceholder(read: TableRead): boolean {
  if (read.body.length !== 1) return false;
  const calculated = new Set([...read.layout.calculated.keys()].map((h) => read.columns.get(h)));
  return read.body[0].every((cell, i) => calculated.has(i) || isEmptyCell(cell));
}

/** The first row with this ID in the Offers table (see findOfferRow). */
export function findOffer(read: TableRead, id: string): OfferRow | undefined {
  return findOfferRow(read.columns, read.body, id);
}

/** Why the layout must not be written, if it must not. */
function partProblem(part: PartRead): string | undefined {
  if (part.kind === "taken" || part.kind === "lost") return part.reason;
  if (part.kind !== "ours") return undefined;
  const { read } = part;
  const version = Number(read.version);
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) return newerLayout(read.version);
  // Columns added by a later version than the sheet's are not missing: the next write appends them.
  const { missing } = planUpgrade(read.layout, version, read.columns);
  return missing.length > 0 ? columnsMissing(read.layout, missing) : undefined;
}

/**
 * The reasons the workbook is read-only, or undefined when it may be written: a problem with the data
 * tables (Offers, Benchmarks) stops every write; one with a table built on request stops only its own.
 */
export function readOnlyReason(
  workbook: WorkbookRead,
  layouts: readonly TableLayout[] = DATA_LAYOUTS,
): string | undefined {
  const problems = layouts
    .map((layout) => partProblem(partOf(workbook, layout)))
    .filter((p): p is string => p !== undefined);
  return problems.length > 0 ? [...new Set(problems)].join(" ") : undefined;
}

/** The snapshot the pane shows. */
export function snapshotOf(workbook: WorkbookRead): WorkbookSnapshot {
  const readOnly = readOnlyReason(workbook);
  return { ...snapshotFromTables((layout) => tableOf(workbook, layout)), ...(readOnly ? { readOnly } : {}) };
}
