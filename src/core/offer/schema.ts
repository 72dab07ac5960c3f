/**
 * The offer schema: one zod schema, built from the field table, that checks an offer typed in the pane and
 * an offer read back from a row of the Offers table. Input may be text (as typed: "$290,000", "Saturated
 * metro") or cell values (numbers, labels, blanks); blank always means unknown. Every problem is reported
 * against its field with a message that says what to enter.
 */
// zod/mini (the same zod 4 package) rather than zod's classic API: its functions tree-shake, which keeps about
// 17 KB gzip out of the task pane's first screen. Each field's checks and messages are the classic ones, one
// for one; only an input that is not an object at all gets zod's plain "Invalid input", which parseOffer never
// reports (it reports problems by field).
import * as z from "zod/mini";
import { figureFromText, isEmptyCell } from "../cells";
import { figure } from "../format";
import { unreadableNameMessage } from "../name-letters";
import { findSpecialty } from "../specialties";
import { type ChoiceOption, choiceFromText, choiceValues } from "./choices";
import { readDate } from "../campaign/dates";
import { MONEY_FORMS, moneyFromText } from "./money-input";
import {
  type ChoiceField,
  type DateField,
  FIELDS,
  FIELD_KEYS,
  type FieldKey,
  type NumberField,
  type TextField,
} from "./fields";

// The pane's Content-Security-Policy forbids eval: without this, zod probes `new Function` to decide
// whether to compile its parsers, and the browser reports the refusal as a policy violation.
z.config({ jitless: true });

/** The value type of a field: numbers and choices may be unknown (null); only required text may not. */
type ValueOf<F> = F extends { kind: "number" }
  ? number | null
  : F extends { kind: "date" }
    ? string | null
    : F extends { kind: "choice"; options: readonly ChoiceOption<infer V>[] }
      ? V | null
      : F extends { kind: "text"; required: true }
        ? string
        : string | null;

/** The fields of an offer, as the pane and the workbook hold them. */
export type OfferFields = { -readonly [K in FieldKey]: ValueOf<(typeof FIELDS)[K]> };

/** An offer with its stable ID (the key of its row in the Offers table). */
export interface Offer extends OfferFields {
  id: string;
}

/** Field problems, one message per field. `id` is the offer ID. */
export type FieldErrors = Partial<Record<FieldKey | "id", string>>;

/** Outcome of checking an offer. */
export type OfferParse = { ok: true; offer: Offer } | { ok: false; errors: FieldErrors };

/** Offer IDs: letters, digits and dashes, so they survive being typed, pasted and sorted. */
export const OFFER_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

/** "$290,000", " 45.5 ", "5%" → number; blank → null; anything else stays as it is, for zod to refuse. */
export function readNumberInput(value: unknown): unknown {
  if (isEmptyCell(value)) return null;
  if (typeof value !== "string") return value;
  return figureFromText(value.trim().replace(/%$/, "")) ?? value;
}

/** Money as typed: "420k", "$420K", "1.2m" as well as every form readNumberInput takes; else left for zod to refuse. */
export function readMoneyInput(value: unknown): unknown {
  if (typeof value === "string" && !isEmptyCell(value)) return moneyFromText(value) ?? value;
  return readNumberInput(value);
}

/** zod's `preprocess` (classic only): the input goes through `fn` before the schema checks it. */
export function preprocess<S extends z.ZodMiniType>(fn: (value: unknown) => unknown, schema: S) {
  return z.pipe(z.transform(fn), schema);
}

function numberSchema(f: NumberField) {
  const unit = f.money ? "" : ` ${f.unit}`;
  const bound = (n: number) => (f.money ? `$${figure(n)}` : figure(n));
  // A refused amount says which forms work, so "420 thousand" is fixed at once rather than by trial.
  const notNumber = f.money ? ` of dollars, ${MONEY_FORMS}` : ` (${f.unit})`;
  const schema = z.number({ error: `${f.label} must be a number${notNumber}.` }).check(
    z.minimum(f.min, {
      error: f.min === 0 ? `${f.label} cannot be negative.` : `${f.label} must be at least ${bound(f.min)}${unit}.`,
    }),
    z.maximum(f.max, { error: `${f.label} must be at most ${bound(f.max)}${unit}.` }),
    ...(f.integer ? [z.int({ error: `${f.label} must be a whole number of ${f.unit}.` })] : []),
  );
  return preprocess(f.money ? readMoneyInput : readNumberInput, z.nullable(schema));
}

/** A text cell as the schemas read it: blank is null, a number is its digits, text is trimmed. */
export function textInput(value: unknown): unknown {
  if (isEmptyCell(value)) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? value.trim() : value;
}

/**
 * A specialty is matched against Leverage's catalogue, so one holding letters of another script that look
 * Latin ("GIМ" with a Cyrillic М) is refused with the letter named, rather than stored as an unknown
 * specialty nobody can see is misspelt (names.ts).
 */
const readableSpecialty = z.refine<string>((text) => unreadableNameMessage(text, "Specialty") === undefined, {
  error: (issue) => unreadableNameMessage(String(issue.input), "Specialty"),
});

function textSchema(f: TextField, key: FieldKey) {
  const base = z
    .string({ error: `${f.label} must be text.` })
    .check(
      z.maxLength(f.max, { error: `${f.label} must be at most ${f.max} characters.` }),
      ...(key === "specialty" ? [readableSpecialty] : []),
    );
  // Known specialties are stored by their canonical name, so "psych" and "Psychiatry" are one specialty.
  const canonical = key === "specialty" ? (text: string) => findSpecialty(text) ?? text : (text: string) => text;
  const input = (value: unknown) => {
    const text = textInput(value);
    return typeof text === "string" ? canonical(text) : text;
  };
  if (f.required) {
    return preprocess(input, z.pipe(z.string({ error: `${f.label} is required.` }), base));
  }
  return preprocess(input, z.nullable(base));
}

function choiceSchema(f: ChoiceField) {
  const labels = f.options.map((o) => o.label);
  const list = labels.length > 8 ? `one of the ${labels.length} listed options` : labels.join(", ");
  const input = (value: unknown) => {
    if (isEmptyCell(value)) return null;
    return typeof value === "string" ? choiceFromText(f.options, value) : value;
  };
  return preprocess(
    input,
    z.nullable(z.enum(choiceValues(f.options), { error: `${f.label} must be ${list}, or blank if not known.` })),
  );
}

/** The earliest and latest dates a date field accepts: a typo's year (2206, 1926) is refused, not stored. */
export const DATE_RANGE = { min: "2000-01-01", max: "2099-12-31" } as const;

/**
 * A date as ISO text: "2026-07-01", "7/1/2026" or an Excel date serial (a date typed into the grid, which
 * Excel may convert) all read as "2026-07-01"; anything else stays as it is, for zod to refuse.
 */
function dateInput(value: unknown): unknown {
  if (isEmptyCell(value)) return null;
  return readDate(value) ?? value;
}

function dateSchema(f: DateField) {
  const error = `${f.label} must be a date such as 2026-07-01, or blank.`;
  const iso = z.string({ error }).check(
    // Only a real calendar day in ISO form: "2026-02-30" matches the pattern but is no day.
    z.refine((text: string) => readDate(text) === text, { error }),
    z.refine((text: string) => text >= DATE_RANGE.min && text <= DATE_RANGE.max, {
      error: `${f.label} must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}.`,
    }),
  );
  return preprocess(dateInput, z.nullable(iso));
}

/** The zod schema of one field. */
function fieldSchema(key: FieldKey) {
  const f = FIELDS[key];
  switch (f.kind) {
    case "number":
      return numberSchema(f);
    case "text":
      return textSchema(f, key);
    case "choice":
      return choiceSchema(f);
    case "date":
      return dateSchema(f);
  }
}

const idSchema = preprocess(
  textInput,
  z
    .string({ error: "The offer has no ID." })
    .check(z.regex(OFFER_ID, { error: "The offer ID must be letters, digits and dashes." })),
);

/** Each field's schema, by key. */
const FIELD_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, fieldSchema(key)]),
);

/** The schema of a whole offer. Its output type is {@link Offer}. */
export const offerSchema = z.object({ id: idSchema, ...FIELD_SCHEMAS }) as unknown as z.ZodMiniType<Offer>;

/** One field read from typed text or a cell: its value, or null when it does not parse (yet). */
export function readFieldLeniently(key: FieldKey, input: unknown): OfferFields[FieldKey] {
  const result = FIELD_SCHEMAS[key].safeParse(input);
  return result.success ? ((result.data ?? null) as OfferFields[FieldKey]) : null;
}

/** Checks an offer from typed text or cell values; every problem is reported against its field. */
export function parseOffer(input: Readonly<Record<string, unknown>>): OfferParse {
  const result = offerSchema.safeParse(input);
  if (result.success) return { ok: true, offer: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as FieldKey | "id" | undefined;
    if (key !== undefined && errors[key] === undefined) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
