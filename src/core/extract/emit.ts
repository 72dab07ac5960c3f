/**
 * How a field reader reports what it found: one call per reading, with the sentence it came from. The
 * confidence of a number follows one rule everywhere: labelled and written in digits (or in words and
 * digits that agree) is high; words only or a weaker label is medium; words and digits that disagree give
 * both readings, so the field becomes a conflict instead of a guess.
 */
import type { FieldKey } from "../offer/fields";
import type { Sentence } from "./document";
import type { Quantity } from "./quantities";
import type { Candidate, Confidence, FieldValue } from "./types";

export type Emit = (field: FieldKey, value: FieldValue, sentence: Sentence, confidence: Confidence) => void;

/** A field reader: reads every sentence and emits what it finds. */
export type FieldReader = (sentences: readonly Sentence[], emit: Emit) => void;

/** A quote short enough to show beside a field: the sentence, or the part of it around what was read. */
export function quoteOf(sentence: Sentence, around?: { start: number; end: number }): string {
  const text = sentence.text;
  if (text.length <= 400 || around === undefined) return text.length <= 400 ? text : `${text.slice(0, 397)}…`;
  const from = Math.max(0, around.start - 180);
  const to = Math.min(text.length, around.end + 180);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

/** An emitter that collects candidates. */
export function collector(skip: ReadonlySet<FieldKey>): { emit: Emit; candidates: Candidate[] } {
  const candidates: Candidate[] = [];
  const emit: Emit = (field, value, sentence, confidence) => {
    if (skip.has(field)) return;
    candidates.push({
      field,
      value,
      quote: quoteOf(sentence),
      where: sentence.where,
      confidence,
      index: sentence.index,
    });
  };
  return { emit, candidates };
}

/** The confidence of a number read under a label (or not). */
export function quantityConfidence(q: Quantity, labelled: boolean): Confidence {
  if (!labelled) return q.digits ? "medium" : "low";
  return q.digits ? "high" : "medium";
}

/**
 * Emits a number, converted to the field's unit. Words and digits that disagree emit both values at high
 * confidence, which the weighing turns into a conflict.
 */
export function emitQuantity(
  emit: Emit,
  field: FieldKey,
  q: Quantity,
  sentence: Sentence,
  labelled: boolean,
  convert: (value: number) => number = (v) => v,
): void {
  if (q.disagree && q.words !== undefined) {
    emit(field, convert(q.value), sentence, "high");
    emit(field, convert(q.words), sentence, "high");
    return;
  }
  emit(field, convert(q.value), sentence, quantityConfidence(q, labelled));
}
