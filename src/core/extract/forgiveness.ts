/**
 * How a bonus is earned back: forgiven a fraction each month ("one twenty-fourth (1/24) for each full
 * month", "pro rata over thirty-six (36) months") or owed in full until a date ("repay the entire amount
 * if Physician leaves before the second anniversary"). The stored forms are the offer's clawback choice
 * ("monthly" or "cliff") and the months to earn it.
 */
import { ORDINAL_PATTERN, ordinalToNumber } from "./number-words";
import { asMonths, countsIn } from "./quantities";

export interface Forgiveness {
  months: number;
  schedule: "monthly" | "cliff";
  /** Both a written and a digit fraction were given and they differ ("one twenty-fourth (1/36)"). */
  disagree: boolean;
}

const WORD_FRACTION = new RegExp(`\\bone[\\s-]+(${ORDINAL_PATTERN})(?![\\w-])`, "i");
const DIGIT_FRACTION = /(?<![\d.])1\s?\/\s?(\d{1,3})(?:th)?(?![\d/])/;
const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_PATTERN})\\s+(?:\\w+\\s+){0,2}?anniversary`, "i");
const COMPLETED_YEAR = new RegExp(
  `\\b(?:completion|end)\\s+of\\s+(?:the\\s+)?(${ORDINAL_PATTERN})\\s+(?:contract\\s+|full\\s+)?year`,
  "i",
);
const MONTHLY =
  /\b(?:pro[\s-]?rat|prorat|ratabl|equal\s+monthly|monthly\s+(?:installments|increments|basis)|each\s+(?:full\s+|complete\s+)?(?:calendar\s+)?month|amortiz)/i;
const CLIFF =
  /\b(?:entire|full\s+amount|in\s+full|total\s+amount|all\s+of\s+the|one\s+hundred\s+percent|100\s?%|the\s+full)\b/i;

/** The months named by "the second anniversary" or "completion of the third Contract Year", or undefined. */
export function anniversaryMonths(sentence: string): number | undefined {
  const m = ANNIVERSARY.exec(sentence) ?? COMPLETED_YEAR.exec(sentence);
  if (!m) return undefined;
  const n = ordinalToNumber(m[1]);
  return n === undefined ? undefined : n * 12;
}

/** The forgiveness a sentence states, or undefined when it states none. */
export function forgivenessIn(sentence: string): Forgiveness | undefined {
  const word = WORD_FRACTION.exec(sentence);
  const digit = DIGIT_FRACTION.exec(sentence);
  const wordMonths = word ? ordinalToNumber(word[1]) : undefined;
  const digitMonths = digit ? Number(digit[1]) : undefined;
  if ((wordMonths !== undefined || digitMonths !== undefined) && /month/i.test(sentence)) {
    const months = (digitMonths ?? wordMonths) as number;
    if (months > 1) {
      return {
        months,
        schedule: "monthly",
        disagree: wordMonths !== undefined && digitMonths !== undefined && wordMonths !== digitMonths,
      };
    }
  }
  const duration = countsIn(sentence, "month", "year")
    .map(asMonths)
    .find((m) => m !== undefined && m >= 3);
  const months = duration ?? anniversaryMonths(sentence);
  if (months === undefined) return undefined;
  if (MONTHLY.test(sentence)) return { months, schedule: "monthly", disagree: false };
  if (CLIFF.test(sentence) && /\b(?:repay|reimburse|return|refund|forgiv|owe)/i.test(sentence)) {
    return { months, schedule: "cliff", disagree: false };
  }
  return undefined;
}
