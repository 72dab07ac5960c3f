/**
 * Turns what was read from the workbook into what the pane shows: offers, unreadable rows, benchmarks, and
 * the campaign's processes and supply rows, and whether the workbook may be written. The same rules as the memory store: rows read through the Offers
 * table codec, benchmarks through the parser the formulas use.
 */
import { parseBenchmarks } from "../../core/benchmarks/parse";
import { isEmptyCell } from "../../core/cells";
import type { StoredOffer } from "../../core/offer/offers-table";
import { columnsMissing, newerLayout } from "./messages";
import { MENTOR_NOTES } from "../../core/sheets/mentor-table";
import { PROFILE_YOUR_VALUE } from "../../core/sheets/profile-table";
import {
  BENCHMARKS_LAYOUT,
  DATA_LAYOUTS,
  MENTOR_LAYOUT,
  PROFILE_LAYOUT,
  OFFERS_LAYOUT,
  QUOTES_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
  type TableLayout,
} from "../../core/sheets/table-layouts";
import { readSupplyRows } from "../../core/sheets/supply-table";
import { readQuotes } from "../../core/sheets/quotes-table";
import { readProcessRows } from "../process-rows";
import { type PartRead, type TableRead, type WorkbookRead, partOf, tableOf } from "./read";
import { userTextByKey } from "../../core/sheets/keyed-rows";
import { planUpgrade } from "../../core/sheets/layout-upgrade";
import { type OfferRow, findOfferRow, readOfferRows } from "../offer-rows";
import { SCHEMA_VERSION, type UnreadableRow, type WorkbookSnapshot } from "../store";

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

function offersOf(part: PartRead): { offers: StoredOffer[]; unreadable: UnreadableRow[] } {
  return part.kind === "ours" ? readOfferRows(part.read.columns, part.read.body) : { offers: [], unreadable: [] };
}

/** The snapshot the pane shows. */
export function snapshotOf(workbook: WorkbookRead): WorkbookSnapshot {
  const { offers, unreadable } = offersOf(partOf(workbook, OFFERS_LAYOUT));
  const bench = partOf(workbook, BENCHMARKS_LAYOUT);
  const parsed =
    bench.kind === "ours" ? parseBenchmarks([bench.read.header, ...bench.read.body]) : { rows: [], problems: [] };
  const readOnly = readOnlyReason(workbook);
  const mentor = tableOf(workbook, MENTOR_LAYOUT);
  const mentorNotes = mentor ? userTextByKey(MENTOR_LAYOUT, mentor.columns, mentor.body, MENTOR_NOTES) : {};
  const quotes = tableOf(workbook, QUOTES_LAYOUT);
  const contractQuotes = quotes ? readQuotes(quotes.columns, quotes.body) : {};
  const profile = tableOf(workbook, PROFILE_LAYOUT);
  const profileValues = profile ? userTextByKey(PROFILE_LAYOUT, profile.columns, profile.body, PROFILE_YOUR_VALUE) : {};
  const search = tableOf(workbook, SEARCH_LAYOUT);
  const { processes, unreadable: unreadableProcesses } = search
    ? readProcessRows(search.columns, search.body)
    : { processes: [], unreadable: [] };
  const supplyTable = tableOf(workbook, SUPPLY_LAYOUT);
  const supply = supplyTable ? readSupplyRows(supplyTable.columns, supplyTable.body) : { rows: [], problems: [] };
  return {
    offers,
    unreadable,
    benchmarks: parsed.rows,
    benchmarkProblems: parsed.problems,
    mentorNotes,
    contractQuotes,
    profileValues,
    processes,
    unreadableProcesses,
    supply: supply.rows,
    supplyProblems: supply.problems,
    ...(readOnly ? { readOnly } : {}),
  };
}
