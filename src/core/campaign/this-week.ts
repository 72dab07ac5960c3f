/**
 * The short "this week" list of the campaign: what to do about each open process, dated. Three kinds of
 * item, in this order: next steps already overdue (oldest first), next steps due within the next 7 days
 * (soonest first), and processes with no contact for 14 days or more (longest silence first). A process
 * whose next step is overdue or due is not also listed as quiet: its next step is the thing to do. A
 * process with no last-contact date is not called quiet (nothing says how long it has been). Closed
 * processes (signed, declined, withdrawn) are left out. The 7 and 14 days are product heuristics: a week
 * ahead is what a resident can plan around call; two weeks without contact is when an open process tends
 * to cool (not survey data).
 */
import { addDays, daysBetween, readDate } from "./dates";
import { badValue } from "../errors";
import { quoted } from "../format";
import type { SearchProcess } from "./search-row";
import { CLOSED_STAGES } from "./stages";

/** Days ahead a next step counts as due this week. */
export const DUE_WITHIN_DAYS = 7;
/** Days without contact after which an open process is listed as quiet. */
export const QUIET_AFTER_DAYS = 14;

export type WeekItemKind = "overdue" | "due" | "quiet";

/** One dated line of the list. */
export interface WeekItem {
  kind: WeekItemKind;
  /** The next step's date (overdue, due), or the last contact's (quiet), ISO. */
  date: string;
  processId: string;
  employer: string;
  /** The line as the pane shows it. */
  text: string;
}

const ORDER: Record<WeekItemKind, number> = { overdue: 0, due: 1, quiet: 2 };

function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

function stepText(row: SearchProcess): string {
  return row.nextStep ?? "the next step (none written)";
}

/** The item for one open process, if it needs one this week. */
function itemFor(row: SearchProcess, today: string): WeekItem | undefined {
  const base = { processId: row.id, employer: row.employer };
  const weekEnd = addDays(today, DUE_WITHIN_DAYS);
  if (row.nextStepDate !== null) {
    const late = daysBetween(row.nextStepDate, today);
    if (late > 0)
      return {
        ...base,
        kind: "overdue",
        date: row.nextStepDate,
        text: `${row.employer}: ${stepText(row)} was due ${row.nextStepDate}, ${days(late)} ago.`,
      };
    if (row.nextStepDate <= weekEnd) {
      const when = late === 0 ? "today" : `on ${row.nextStepDate}, in ${days(-late)}`;
      return { ...base, kind: "due", date: row.nextStepDate, text: `${row.employer}: ${stepText(row)}, due ${when}.` };
    }
  }
  if (row.lastContact !== null) {
    const silent = daysBetween(row.lastContact, today);
    if (silent >= QUIET_AFTER_DAYS)
      return {
        ...base,
        kind: "quiet",
        date: row.lastContact,
        text: `${row.employer}: no contact for ${days(silent)} (last ${row.lastContact}); a short note keeps the process warm.`,
      };
  }
  return undefined;
}

/** The dated list for the week starting `today` (ISO date), from the Search table's processes. */
export function thisWeek(rows: readonly SearchProcess[], today: string): WeekItem[] {
  const day = readDate(today);
  if (day === undefined) throw badValue(`today must be a date such as 2027-01-15; got ${quoted(String(today))}.`);
  const items = rows
    .filter((row) => !CLOSED_STAGES.has(row.stage))
    .map((row) => itemFor(row, day))
    .filter((item): item is WeekItem => item !== undefined);
  // Overdue: oldest first; due: soonest first (both ascending dates); quiet: longest silence first (ascending too).
  return items.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.date.localeCompare(b.date));
}
