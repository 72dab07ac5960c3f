/**
 * The Mentor summary table: one row per offer with plain values only (real take-home and multi-year value first, nominal pay for reference) — no OFFER formulas — so a mentor who
 * opens the workbook without Leverage sees numbers, not #NAME?. Each row carries the offer's key terms,
 * the figures the Compare table computes (from the same core, so they agree), its flags in words, the
 * questions still to ask the employer, the top asks of its plan, its scarcity line by line and its process
 * in the job search; each process with no offer yet has a row too (mentor-campaign.ts). "Mentor notes" is the mentor's
 * column: Leverage never writes it, shows it back in the pane, and keeps a row while it holds a note, even
 * after its offer is deleted.
 */
import { choiceLabel, STAGES } from "../offer/choices";
import type { Offer } from "../offer/schema";
import { SEVERITY_LABEL } from "../rules";
import type { Flag } from "../rules/types";
import { dollars } from "../format";
import { type DerivedTableSpec, MONEY, type SheetRow, TEXT, WHOLE, rowOf } from "./derived-table";
import type { PlannedAsk } from "./negotiation-table";
import { STAGES as CAMPAIGN_STAGES } from "../campaign/stages";
import type { SearchProcess } from "../campaign/search-row";
import { processLine } from "./mentor-campaign";

export const MENTOR_SHEET = "Mentor summary";
export const MENTOR_TABLE = "MentorSummary";
export const MENTOR_NOTES = "Mentor notes";

/** The figures the summary shows (see src/core/compare): null when they cannot be computed. */
export interface MentorFigures {
  realTakeHomeYear1: number | null;
  multiYearValue: number | null;
  takeHomeYear1: number | null;
  keptAt12: number | null;
  totalCompYear1: number | null;
  totalCompOverTerm: number | null;
  payPerClinicalHour: number | null;
  exitCost12: number | null;
  exitCost24: number | null;
  scarcity: number | null;
}

/** Everything one offer's row is built from. */
export interface MentorEntry {
  offer: Offer;
  figures: MentorFigures;
  flags: readonly Flag[];
  asks: readonly PlannedAsk[];
  /** The scarcity breakdown, a line each (mentor-campaign.ts); "" or absent when not known. */
  scarcityLines?: string;
  /** The offer's process in the Search table and the other serious ones (mentor-campaign.ts). */
  campaign?: string;
  /** The contract's sentences kept for the offer, a line each (quotes-table.ts); absent when none were kept. */
  fromContract?: string;
}

/**
 * Columns layout version 3 adds (listed in layout-upgrade.ts): scarcity's reasons, the job search, and the
 * contract's sentences the user chose to keep (quotes-table.ts).
 */
export const MENTOR_SCARCITY_LINES = "Scarcity, line by line";
export const MENTOR_CAMPAIGN = "Campaign";
export const MENTOR_FROM_CONTRACT = "From the contract";

/** How many of an offer's asks the summary lists: the mentor reads the top of the plan. */
export const TOP_ASKS = 3;

export const MENTOR_SPEC: DerivedTableSpec = {
  sheet: MENTOR_SHEET,
  table: MENTOR_TABLE,
  rows: "offers summarised",
  key: "ID",
  written: [
    { header: "ID", numberFormat: TEXT },
    { header: "Employer", numberFormat: TEXT },
    { header: "Specialty", numberFormat: TEXT },
    { header: "City", numberFormat: TEXT },
    { header: "Stage", numberFormat: TEXT },
    { header: "Base salary", numberFormat: MONEY },
    { header: "Sign-on bonus", numberFormat: MONEY },
    { header: "Relocation", numberFormat: MONEY },
    { header: "Real take-home year 1", numberFormat: MONEY },
    { header: "Multi-year value (real, today's dollars)", numberFormat: MONEY },
    { header: "Take-home year 1", numberFormat: MONEY },
    { header: "Total comp year 1", numberFormat: MONEY },
    { header: "Total comp per year over term", numberFormat: MONEY },
    { header: "Pay per clinical hour", numberFormat: "$#,##0.00" },
    { header: "Cost to leave at 12 months", numberFormat: MONEY },
    { header: "Cost to leave at 24 months", numberFormat: MONEY },
    { header: "Kept if you leave at 12 months (real)", numberFormat: MONEY },
    { header: "Scarcity", numberFormat: WHOLE },
    { header: MENTOR_SCARCITY_LINES, numberFormat: TEXT },
    { header: "Red flags", numberFormat: "0" },
    { header: "Caution flags", numberFormat: "0" },
    { header: "Flags", numberFormat: TEXT },
    { header: "Questions to ask", numberFormat: TEXT },
    { header: "Top asks", numberFormat: TEXT },
    { header: MENTOR_CAMPAIGN, numberFormat: TEXT },
    { header: MENTOR_FROM_CONTRACT, numberFormat: TEXT },
    { header: "Candidate notes", numberFormat: TEXT },
    { header: "Prepared", numberFormat: TEXT },
  ],
  calculated: [],
  userColumns: [MENTOR_NOTES],
};

/** One line per flag, most serious first: "Red flag: …". */
export function flagLines(flags: readonly Flag[]): string {
  return flags.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.finding}`).join("\n");
}

/** The questions still to put to the employer, from the flags that found terms unknown. */
export function questionLines(flags: readonly Flag[]): string {
  return flags.flatMap((f) => f.questions ?? []).join("\n");
}

/** The top of the plan: "Raise base to $299,000 (about $9,000 a year)". */
export function askLines(asks: readonly PlannedAsk[]): string {
  return asks
    .slice(0, TOP_ASKS)
    .map((a) =>
      a.valuePerYear === null ? a.title : `${a.title} (about ${dollars(Math.round(a.valuePerYear))} a year)`,
    )
    .join("\n");
}

/** The summary row of one offer; `prepared` is when the summary was made (shown to the mentor). */
export function mentorRow(entry: MentorEntry, prepared: string): SheetRow {
  const { offer, figures, flags, asks } = entry;
  const round = (n: number | null, digits = 0) => (n === null ? "" : Number(n.toFixed(digits)));
  return rowOf(MENTOR_SPEC, offer.id, {
    Employer: offer.employer,
    Specialty: offer.specialty,
    City: [offer.city, offer.state].filter((s) => s !== null && s !== "").join(", "),
    Stage: offer.stage === null ? "" : choiceLabel(STAGES, offer.stage),
    "Base salary": offer.baseSalary,
    "Sign-on bonus": offer.signOnBonus,
    Relocation: offer.relocation,
    "Real take-home year 1": round(figures.realTakeHomeYear1),
    "Multi-year value (real, today's dollars)": round(figures.multiYearValue),
    "Take-home year 1": round(figures.takeHomeYear1),
    "Total comp year 1": round(figures.totalCompYear1),
    "Total comp per year over term": round(figures.totalCompOverTerm),
    "Pay per clinical hour": round(figures.payPerClinicalHour, 2),
    "Cost to leave at 12 months": round(figures.exitCost12),
    "Cost to leave at 24 months": round(figures.exitCost24),
    "Kept if you leave at 12 months (real)": round(figures.keptAt12),
    Scarcity: round(figures.scarcity),
    [MENTOR_SCARCITY_LINES]: entry.scarcityLines,
    "Red flags": flags.filter((f) => f.severity === "red").length,
    "Caution flags": flags.filter((f) => f.severity === "caution").length,
    Flags: flagLines(flags),
    "Questions to ask": questionLines(flags),
    "Top asks": askLines(asks),
    [MENTOR_CAMPAIGN]: entry.campaign,
    [MENTOR_FROM_CONTRACT]: entry.fromContract,
    "Candidate notes": offer.notes,
    Prepared: prepared,
  });
}

/** The row of a process with no offer yet: its employer, stage and the rest of its Search row, keyed by its ID. */
export function processMentorRow(process: SearchProcess, prepared: string): SheetRow {
  return rowOf(MENTOR_SPEC, process.id, {
    Employer: process.employer,
    Stage: choiceLabel(CAMPAIGN_STAGES, process.stage),
    [MENTOR_CAMPAIGN]: processLine(process),
    Prepared: prepared,
  });
}
