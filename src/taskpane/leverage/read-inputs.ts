/**
 * What the Leverage tab's typed field means: the months until graduation (the count of parallel processes
 * is no longer typed: it is counted from the Search table). The core checks it and says what is wrong;
 * its message names the argument as a formula does ("monthsUntilGraduation must be ..."), so the pane
 * puts the field's own words in its place.
 */
import { figureFromText } from "../../core/cells";
import { OfferError } from "../../core/errors";
import { type TimingStep, timingPlan } from "../../core/leverage";

/** A field's reading: the value when the text is valid, or the message to show under the field. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

/** The core's message with the argument's name replaced by words that fit under the field. */
function messageOf(error: unknown, argument: string, subject: string): string {
  if (error instanceof OfferError) return error.message.replace(argument, subject);
  throw error;
}

/** The number in the text ("7", " 7.5 ", "1,000"), or NaN so that the core says what it expects. */
function numberIn(text: string): number {
  return figureFromText(text) ?? NaN;
}

/** Months until graduation and the timing plan for them. */
export interface PlanReading {
  months: number;
  steps: TimingStep[];
}

/** Reads the months until graduation (0–60) into the timing plan; blank gives null: no plan and no message. */
export function readPlan(text: string): Reading<PlanReading> | null {
  if (text.trim() === "") return null;
  const months = numberIn(text);
  try {
    return { ok: true, value: { months, steps: timingPlan(months) } };
  } catch (error) {
    return { ok: false, message: messageOf(error, "monthsUntilGraduation", "Months until you finish training") };
  }
}
