/**
 * One process of the job search, one row of the Search table: the employer, how far it has gone, who
 * vouches for you there, your own connection, the last contact and the next step with its date, and the
 * offer in the Offers table if one came. Checked by one zod schema, from text typed in the pane or cells
 * read from the grid; every problem is reported against its field with what to enter.
 *
 * Which tier answers are kept per employer, and which per candidate (in the Profile table):
 *   - per employer (here): whether they have seen you work (your connection: rotated, moonlighted, an
 *     elective) and whether a physician they respect will call them for you — both are about people at
 *     that employer; and the parallel processes, counted from the other rows rather than typed.
 *   - per candidate (Profile): your training program, RVU fluency and flexibility on something scarce.
 *     They describe you, not one employer: the same answer for every row (the issue asks for them there).
 *   - "they reached out first" is kept as a fact for the plan (a recruiter's call is not a relationship),
 *     and earns no points: `=OFFER.TIER` and its points model stay as they are.
 */
import { newId } from "../offer/id";
import { preprocess, textInput } from "../offer/schema";
import * as z from "zod/mini";
import { isEmptyCell, readYesNo } from "../cells";
import { type ChoiceOption, choiceFromText, choiceLabel, choiceValues } from "../offer/choices";
import { CONNECTIONS, type Connection, STAGES, type Stage } from "./stages";
import { readDate } from "./dates";

// The pane's Content-Security-Policy forbids eval (see src/core/offer/schema.ts).
z.config({ jitless: true });

/** A process of the job search with an employer. */
export interface SearchProcess {
  /** Stable ID, letters, digits and dashes ("PR-…"), the key of its row. */
  id: string;
  employer: string;
  stage: Stage;
  /** Who vouches for you there (a name), or null. */
  voucher: string | null;
  /** How that person knows you ("my PD", "attending on my ICU month"), or null. */
  voucherKnowsYou: string | null;
  /** A physician they respect will call them for you, unprompted (the checklist's champion). */
  championWillCall: boolean;
  /** Your own connection to the employer; null when not said (read as none). */
  connection: Connection | null;
  /** They contacted you first (a recruiter, a chief): kept for the plan, no tier points. */
  theyReachedOut: boolean;
  /** ISO date of the last contact, or null. */
  lastContact: string | null;
  nextStep: string | null;
  /** ISO date the next step is due, or null. */
  nextStepDate: string | null;
  /** The ID of this employer's offer in the Offers table, or null. */
  offerId: string | null;
}

/** A process's fields, in the Search table's order, with their headers. */
export const SEARCH_FIELDS = [
  { key: "employer", header: "Employer", label: "Employer" },
  { key: "stage", header: "Stage", label: "Stage" },
  { key: "voucher", header: "Vouches for you", label: "Who vouches for you there" },
  { key: "voucherKnowsYou", header: "How they know you", label: "How they know you" },
  { key: "championWillCall", header: "Will call for you", label: "They will call for you unprompted" },
  { key: "connection", header: "Your connection", label: "Your own connection" },
  { key: "theyReachedOut", header: "They reached out", label: "They reached out first" },
  { key: "lastContact", header: "Last contact", label: "Last contact" },
  { key: "nextStep", header: "Next step", label: "Next step" },
  { key: "nextStepDate", header: "Next step date", label: "Next step date" },
  { key: "offerId", header: "Offer ID", label: "Offer in the Offers table" },
] as const satisfies readonly { key: keyof SearchProcess; header: string; label: string }[];

export type SearchFieldKey = (typeof SEARCH_FIELDS)[number]["key"];

/** Process IDs: as offer IDs, letters, digits and dashes, so they survive typing, pasting and sorting. */
export const PROCESS_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
/** Longest text kept in a text field: a name, a sentence of next step. */
export const TEXT_MAX = 200;

function text(label: string, required: boolean) {
  const base = z
    .string({ error: `${label} must be text.` })
    .check(z.maxLength(TEXT_MAX, { error: `${label} must be at most ${TEXT_MAX} characters.` }));
  return required
    ? preprocess(textInput, z.pipe(z.string({ error: `${label} is required.` }), base))
    : preprocess(textInput, z.nullable(base));
}

function choice<V extends string>(label: string, list: readonly ChoiceOption<V>[], required: boolean) {
  const options = list.map((o) => o.label).join(", ");
  const input = (value: unknown) =>
    isEmptyCell(value) ? null : typeof value === "string" ? choiceFromText(list, value) : value;
  const values = z.enum(choiceValues(list), {
    error: `${label} must be one of: ${options}${required ? "" : "; or blank"}.`,
  });
  return required
    ? preprocess(input, z.pipe(z.string({ error: `${label} is required: one of ${options}.` }), values))
    : preprocess(input, z.nullable(values));
}

/** Yes or no; blank is no. A value that is neither is left as it is, for zod to refuse with the message. */
function yesNo(label: string) {
  const input = (value: unknown) => {
    try {
      return readYesNo(value, label);
    } catch {
      return value;
    }
  };
  return preprocess(input, z.boolean({ error: `${label} must be yes or no (blank means no).` }));
}

function date(label: string) {
  // Text that is not a date (or names no real day, "2026-02-30") becomes a non-string, for zod to refuse.
  const input = (value: unknown) => (isEmptyCell(value) ? null : (readDate(value) ?? { notADate: value }));
  return preprocess(
    input,
    z.nullable(z.string({ error: `${label} must be a date such as 2027-06-30 (or 6/30/2027), or blank.` })),
  );
}

const idSchema = preprocess(
  textInput,
  z
    .string({ error: "The process has no ID." })
    .check(z.regex(PROCESS_ID, { error: "The process ID must be letters, digits and dashes." })),
);

const offerIdSchema = preprocess(
  textInput,
  z.nullable(
    z.string().check(z.regex(PROCESS_ID, { error: "Offer ID must be an ID from the Offers table (OF-…), or blank." })),
  ),
);

/** The schema of one process. Its output type is {@link SearchProcess}. */
export const processSchema = z.object({
  id: idSchema,
  employer: text("Employer", true),
  stage: choice("Stage", STAGES, true),
  voucher: text("Who vouches for you", false),
  voucherKnowsYou: text("How they know you", false),
  championWillCall: yesNo("Will call for you"),
  connection: choice("Your connection", CONNECTIONS, false),
  theyReachedOut: yesNo("They reached out"),
  lastContact: date("Last contact"),
  nextStep: text("Next step", false),
  nextStepDate: date("Next step date"),
  offerId: offerIdSchema,
}) as unknown as z.ZodMiniType<SearchProcess>;

/** Problems by field, one message each. */
export type ProcessErrors = Partial<Record<keyof SearchProcess, string>>;

export type ProcessParse = { ok: true; process: SearchProcess } | { ok: false; errors: ProcessErrors };

/** Checks a process from typed text or cell values; every problem is reported against its field. */
export function parseProcess(input: Readonly<Record<string, unknown>>): ProcessParse {
  const result = processSchema.safeParse(input);
  if (result.success) return { ok: true, process: result.data };
  const errors: ProcessErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof SearchProcess | undefined;
    if (key !== undefined && errors[key] === undefined) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** The label the grid shows for a stage or a connection. */
export function stageLabel(stage: Stage): string {
  return choiceLabel(STAGES, stage);
}

export function connectionLabel(connection: Connection | null): string {
  return choiceLabel(CONNECTIONS, connection);
}

/** A new process ID such as "PR-7K3F9QMZ", made as offer IDs are; `random` returns a number in [0, 1). */
export function newProcessId(random: () => number): string {
  return newId("PR", random);
}
