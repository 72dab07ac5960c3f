/**
 * Small wording helpers shared by the rules, so every flag rounds asks, names percentiles and joins lists
 * the same way.
 */
import { dollars, figure } from "../format";

/**
 * Steps a dollar ask is rounded to, by size: what a person would say out loud ($13,000 rather than
 * $12,619; $300,000 rather than $299,000).
 */
const MONEY_STEPS: ReadonlyArray<{ below: number; step: number }> = [
  { below: 10_000, step: 500 },
  { below: 100_000, step: 1_000 },
  { below: Infinity, step: 5_000 },
];

function stepFor(value: number): number {
  return (MONEY_STEPS.find((s) => value < s.below) ?? MONEY_STEPS[MONEY_STEPS.length - 1]).step;
}

/**
 * A dollar figure rounded to a sayable step. When `mustExceed` is given the result is kept above it, so
 * rounding never turns an ask into less than the offer already holds.
 */
export function roundedAsk(value: number, mustExceed?: number): number {
  const step = stepFor(value);
  const nearest = Math.round(value / step) * step;
  if (mustExceed === undefined || nearest > mustExceed) return nearest;
  return (Math.floor(mustExceed / step) + 1) * step;
}

/** "$300,000": a rounded ask, formatted. */
export function askDollars(value: number, mustExceed?: number): string {
  return dollars(roundedAsk(value, mustExceed));
}

/** "$151": whole dollars, for derived figures whose cents would be false precision. */
export function wholeDollars(value: number): string {
  return dollars(Math.round(value));
}

/** The one ordinal ("1st", "22nd", "64th"): percentile-words.ts owns it, so every percentile reads alike. */
export { ordinal } from "../percentile-words";

/** "4 shifts", "1 shift": a count with its noun. */
export function count(value: number, one: string, many = `${one}s`): string {
  return `${figure(value)} ${value === 1 ? one : many}`;
}

/** "Average starting offer": the first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text typed by a user, made safe to quote inside a one-line finding (line breaks and tabs become spaces). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
