/**
 * The numbers in a sentence, each with what it counts: "$290,000.00 per annum", "Two Hundred Ninety
 * Thousand Dollars ($290,000.00)", "twenty-five (25) miles", "five percent (5%)", "$420k", "$45.50 per
 * wRVU", "thirty days". Where a contract writes a number in words and in digits, both are read and
 * compared: agreeing, they make the figure certain; disagreeing, the figure is ambiguous.
 *
 * Every pattern here reads a bounded number of characters from each start (no unbounded repeat except
 * white space between two required words), so a sentence is read in linear time whatever it holds.
 */
import { NUMBER_WORDS, wordsToNumber } from "./number-words";

/** What a number counts, as the offer's fields store it. */
export type Unit = "mile" | "month" | "year" | "day" | "week" | "hour" | "percent" | "wrvu" | "shift";

/** One number found in a sentence. */
export interface Quantity {
  value: number;
  /** Offset of the first character of the number (its words, if written in words). */
  start: number;
  /** Offset just past the number and its unit. */
  end: number;
  /** Dollars: a "$", "Dollars", or "k" made it money. */
  money: boolean;
  /** Written with digits (alone or beside words). */
  digits: boolean;
  /** The value of the words beside the digits, when both were written. */
  words?: number;
  /** Words and digits were both written and give different numbers. */
  disagree: boolean;
  /** What it counts ("25 miles" → mile). */
  unit?: Unit;
  /** What it is paid per ("per annum" → year, "per wRVU" → wrvu). */
  per?: Unit;
}

const WORD = `(?:${NUMBER_WORDS.join("|")})`;
/** A run of number words: "Two Hundred Ninety Thousand", "twenty-four", "one hundred and five". */
const WORDS_RUN = new RegExp(`\\b${WORD}(?:(?:\\s+|-)(?:and\\s+)?${WORD}){0,10}(?![\\w-])`, "gi");
/** Digits: "$290,000.00", "7,500", "45.50", "$420k", "5%", "1.5 million". */
const DIGITS =
  /(?<![\d.,/])(\$\s?)?(\d{1,3}(?:,\d{3}){1,3}|\d{1,7})(\.\d{1,2})?(?![\d/])(?:\s?([kK])\b|\s(thousand|million)\b)?(\s?%)?/g;
/** What may stand between a number's words and its digits: "Dollars (", "percent (", "(". */
const WORDS_TO_DIGITS = /^\s*(dollars?|percent|per\s?cent)?\s*\(\s*$/i;

const UNIT_AFTER =
  /^[\s-]*(?:\)\s*)?(?:dollars\b\s*)?(?:(?:consecutive|calendar|full|business|working|paid|additional|total|clinical|complete|contract|weekday|call|on-call|weekend|weeknight|overnight|clinic|office|patient|work|treatment)\s+){0,2}(miles?|months?|years?|days?|weeks?|hours?|percent\b|per\s?cent\b|%|wRVUs?|work\s+RVUs?|work\s+relative\s+value\s+units?|RVUs?|shifts?|nights?|weekends?)(?![a-z])/i;
const PER_AFTER =
  /^[\s-]*(?:\)\s*)?(?:dollars\b\s*)?(?:\w+\s+){0,2}?(per\s+annum|annually|per\s+(?:contract\s+|calendar\s+)?year|each\s+(?:contract\s+)?year|a\s+year|per\s+(?:work\s+)?(?:wRVU|RVU)|for\s+each\s+(?:additional\s+)?(?:wRVU|work\s+RVU|RVU)|per\s+(?:\d{2}-hour\s+)?(?:call\s+)?(?:shift|night|day|weekend|call)|per\s+\d{2}-hour\s+period|per\s+month|monthly|per\s+hour|per\s+week|weekly)\b/i;

function unitOf(word: string): Unit {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (w.startsWith("mile")) return "mile";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("year") || w === "annum" || w === "annually") return "year";
  if (w.startsWith("day")) return "day";
  if (w.startsWith("week")) return "week";
  if (w.startsWith("hour")) return "hour";
  if (w.startsWith("per") || w === "%") return "percent";
  if (w.includes("rvu") || w.includes("relative")) return "wrvu";
  return "shift";
}

function perOf(phrase: string): Unit {
  const p = phrase.toLowerCase();
  if (/annum|annually|year/.test(p)) return "year";
  if (/rvu/.test(p)) return "wrvu";
  if (/month/.test(p)) return "month";
  // "per 24-hour period" is a call shift, not an hourly rate.
  if (/\d{2}-hour/.test(p)) return "shift";
  if (/hour(?!-)/.test(p) && !/shift|call/.test(p)) return "hour";
  if (/week/.test(p) && !/weekend/.test(p)) return "week";
  if (/\bday\b/.test(p)) return "day";
  return "shift";
}

interface Run {
  start: number;
  end: number;
  value: number;
}

function wordRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(WORDS_RUN)) {
    const value = wordsToNumber(m[0]);
    if (value !== undefined) runs.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return runs;
}

/** Adds the unit and "per" that follow a number, and money named by "Dollars" after it. */
function withUnit(text: string, q: Quantity): Quantity {
  const after = text.slice(q.end, q.end + 60);
  const unit = UNIT_AFTER.exec(after);
  const per = PER_AFTER.exec(after);
  const money = q.money || /^[\s)]*dollars\b/i.test(after);
  const found: Quantity = { ...q, money };
  if (unit && !(money && unit[1].toLowerCase().startsWith("per"))) {
    found.unit = unitOf(unit[1]);
    found.end = q.end + unit[0].length;
  }
  if (per) found.per = perOf(per[1]);
  if (found.unit === "percent" && money) found.unit = undefined;
  return found;
}

/** Each field reader reads the same sentences: their numbers are found once (the cache is bounded). */
const FOUND = new Map<string, readonly Quantity[]>();
const FOUND_MAX = 5_000;

/**
 * Every number in a sentence, left to right, with its unit and what it is paid per. A number in words
 * followed by the same in digits ("twenty-four (24) months") is one quantity that records both.
 */
export function findQuantities(text: string): readonly Quantity[] {
  let found = FOUND.get(text);
  if (found === undefined) {
    if (FOUND.size >= FOUND_MAX) FOUND.clear();
    found = scanQuantities(text);
    FOUND.set(text, found);
  }
  return found;
}

function scanQuantities(text: string): Quantity[] {
  const runs = wordRuns(text);
  const used = new Set<Run>();
  const found: Quantity[] = [];
  let r = 0;
  for (const m of text.matchAll(DIGITS)) {
    const [, dollar, whole, cents, k, scaleWord, pct] = m;
    let value = Number(whole.replace(/,/g, "") + (cents ?? ""));
    if (k) value *= 1_000;
    if (scaleWord) value *= scaleWord.toLowerCase() === "million" ? 1_000_000 : 1_000;
    let start = m.index;
    let end = m.index + m[0].length;
    // The words just before "(": the same number written out.
    while (r < runs.length && runs[r].end <= start) r++;
    const before = r > 0 ? runs[r - 1] : undefined;
    let words: number | undefined;
    let wordsSaidDollars = false;
    if (before && !used.has(before)) {
      const gap = WORDS_TO_DIGITS.exec(text.slice(before.end, start));
      if (gap) {
        words = before.value;
        used.add(before);
        start = before.start;
        wordsSaidDollars = /dollar/i.test(gap[1] ?? "");
        const close = /^\s*\)/.exec(text.slice(end, end + 4));
        if (close) end += close[0].length;
      }
    }
    const money = Boolean(dollar) || Boolean(k && dollar) || wordsSaidDollars;
    found.push(
      withUnit(text, {
        value,
        start,
        end,
        money,
        digits: true,
        words,
        disagree: words !== undefined && words !== value,
        unit: pct ? "percent" : undefined,
      }),
    );
  }
  for (const run of runs) {
    if (used.has(run)) continue;
    // A word number with digits just after it in brackets was taken above; this one stands alone.
    const q = withUnit(text, { ...run, money: false, digits: false, disagree: false });
    if (q.unit !== undefined || q.money) found.push(q);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The quantities in a sentence that are dollar amounts. */
export function moneyIn(text: string): Quantity[] {
  return findQuantities(text).filter((q) => q.money);
}

/** The quantities in a sentence that count a unit (miles, months, …), in that unit. */
export function countsIn(text: string, ...units: Unit[]): Quantity[] {
  return findQuantities(text).filter((q) => !q.money && q.unit !== undefined && units.includes(q.unit));
}

/** Months from a duration counted in months or years ("two (2) years" → 24). */
export function asMonths(q: Quantity): number | undefined {
  if (q.unit === "month") return q.value;
  if (q.unit === "year") return q.value * 12;
  return undefined;
}

/** Years from a duration counted in years or months ("thirty-six (36) months" → 3). */
export function asYears(q: Quantity): number | undefined {
  if (q.unit === "year") return q.value;
  if (q.unit === "month") return Math.round((q.value / 12) * 100) / 100;
  return undefined;
}
