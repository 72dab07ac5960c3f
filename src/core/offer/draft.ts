/**
 * The pane's form holds what the user typed, as text per field. This turns that text into an offer (with
 * field-level messages) and an offer back into text for editing. While the user is still typing, the live
 * flags read the draft leniently: a field that does not yet parse counts as unknown.
 */
import { figure } from "../format";
import { FIELDS, FIELD_KEYS, type FieldKey, type StepId } from "./fields";
import { type FieldErrors, type OfferFields, type OfferParse, parseOffer, readFieldLeniently } from "./schema";

/** Text per field, as typed. Choices hold their stored value, or "" for unknown. */
export type OfferDraft = Record<FieldKey, string>;

/** A new offer's draft: every field unknown except those with a default (stage: offer in hand). */
export function emptyDraft(): OfferDraft {
  return Object.fromEntries(
    FIELD_KEYS.map((key) => {
      const f = FIELDS[key];
      return [key, f.kind === "choice" && "default" in f && f.default !== undefined ? f.default : ""];
    }),
  ) as OfferDraft;
}

/** An offer as editable text: numbers with thousands separators, unknowns blank. */
export function draftFromOffer(offer: OfferFields): OfferDraft {
  return Object.fromEntries(
    FIELD_KEYS.map((key) => {
      const value = offer[key];
      return [key, value === null ? "" : typeof value === "number" ? figure(value) : value];
    }),
  ) as OfferDraft;
}

/** Checks a draft as the offer with this ID. */
export function parseDraft(draft: OfferDraft, id: string): OfferParse {
  return parseOffer({ ...draft, id });
}

/** The draft as an offer, with every field that does not parse yet read as unknown. */
export function readDraftLeniently(draft: OfferDraft): OfferFields {
  // A required text field not typed yet (the employer, the specialty) reads as "" rather than null, so the
  // rules that run while typing get the string the offer's type promises: no specialty, no benchmark.
  return Object.fromEntries(
    FIELD_KEYS.map((key) => {
      const value = readFieldLeniently(key, draft[key]);
      const field = FIELDS[key];
      return [key, value === null && field.kind === "text" && "required" in field && field.required ? "" : value];
    }),
  ) as OfferFields;
}

/** The messages that belong to one step of the pane. */
export function errorsOfStep(errors: FieldErrors, step: StepId): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([key]) => key !== "id" && FIELDS[key as FieldKey].step === step),
  );
}
