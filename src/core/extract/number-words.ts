/**
 * Numbers written in words, as contracts spell them out beside the digits ("Two Hundred Ninety Thousand
 * Dollars ($290,000.00)", "twenty-four (24) months", "the third anniversary", "one twenty-fourth"). Only
 * the words a contract uses for whole numbers up to the millions; anything else is not a number.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/** Ordinals as a contract writes them ("third anniversary", "one twenty-fourth"), by their last word. */
const ORDINAL_LAST: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
};

/** The words of a written whole number, for building a pattern that finds one. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(SMALL), ...Object.keys(SCALES)];

/** True when a lower-case word is part of a written number ("and" joins them: "one hundred and five"). */
export function isNumberWord(word: string): boolean {
  return word in SMALL || word in SCALES;
}

/**
 * The value of a written whole number ("Two Hundred Ninety Thousand" → 290000, "twenty-four" → 24), or
 * undefined when the words are not one number ("two three", "hundred" alone is 100). Case, hyphens, "and"
 * and a trailing "Dollars" are ignored.
 */
export function wordsToNumber(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "" && w !== "and" && w !== "dollars" && w !== "dollar");
  if (words.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let lastSmall: number | undefined;
  for (const word of words) {
    if (word in SMALL) {
      const value = SMALL[word];
      // "twenty four" is 24, but "four twenty" or "two three" is not a number.
      if (lastSmall !== undefined && !(lastSmall >= 20 && lastSmall % 10 === 0 && value < 10 && value > 0)) {
        return undefined;
      }
      group += value;
      lastSmall = value;
    } else if (word in SCALES) {
      const scale = SCALES[word];
      if (scale === 100) {
        group = (group === 0 ? 1 : group) * 100;
      } else {
        total += (group === 0 ? 1 : group) * scale;
        group = 0;
      }
      lastSmall = undefined;
    } else {
      return undefined;
    }
  }
  return total + group;
}

/**
 * The value of a written ordinal ("third" → 3, "twenty-fourth" → 24, "thirty-sixth" → 36), or undefined.
 * Digits with a suffix ("24th") are read too.
 */
export function ordinalToNumber(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  const parts = lower.split(/[\s-]+/);
  const last = ORDINAL_LAST[parts[parts.length - 1]];
  if (last === undefined) return undefined;
  if (parts.length === 1) return last;
  const lead = wordsToNumber(parts.slice(0, -1).join(" "));
  // Only a tens word can lead an ordinal: "twenty-fourth", not "two fourth".
  return lead !== undefined && lead >= 20 && lead % 10 === 0 && last < 10 ? lead + last : undefined;
}

/** A pattern (source text) for a written ordinal: "third", "twenty-fourth", "24th". */
export const ORDINAL_PATTERN =
  "(?:(?:twenty|thirty|forty|fifty)[\\s-])?(?:" + Object.keys(ORDINAL_LAST).join("|") + ")|\\d{1,3}(?:st|nd|rd|th)";
