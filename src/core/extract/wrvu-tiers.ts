/**
 * A tiered wRVU schedule, as contracts lay it out in a table or an exhibit ("7,501–9,000: $48; above
 * 9,000: $52", "9,001 wRVUs and above ... $52.00 per wRVU", "between 7,501 and 9,000 wRVUs, $48.00").
 * Each tier is kept as the wRVUs it starts above and its rate; tiers that pay nothing (the "0–7,500:
 * $0" row) only mark where pay starts.
 */

export interface WrvuTier {
  /** Paid for each wRVU above this count ("7,501–9,000" starts above 7,500). */
  above: number;
  /** The last wRVU of the tier, if it has one. */
  upTo?: number;
  /** Dollars per wRVU in this tier. */
  rate: number;
}

const COUNT = String.raw`(\d{1,3},\d{3}|\d{1,6})`;
const RATE = String.raw`[^$\d]{0,40}\$\s?(\d{1,4}(?:\.\d{1,2})?)(?![\d,])`;
const RANGE = new RegExp(
  String.raw`(?:between\s+)?${COUNT}\s*(?:wRVUs?\s*)?(?:-|–|—|to|through|and)\s*${COUNT}\s*(?:total\s+)?(?:wRVUs?)?${RATE}`,
  "gi",
);
const ABOVE_BEFORE = new RegExp(
  String.raw`(?:above|over|greater\s+than|in\s+excess\s+of|more\s+than|exceeding)\s+${COUNT}\s*(?:wRVUs?)?${RATE}`,
  "gi",
);
const ABOVE_AFTER = new RegExp(
  String.raw`${COUNT}\s*(?:wRVUs?\s*)?(?:and\s+above|or\s+more|and\s+over|and\s+greater|\+)${RATE}`,
  "gi",
);

const toNumber = (digits: string): number => Number(digits.replace(/,/g, ""));

/** "7,501" starts above 7,500: a tier's first wRVU one past a round number counts from that number. */
function startAbove(first: number): number {
  return first % 100 === 1 ? first - 1 : first;
}

/**
 * The tiers a text lays out, sorted by where they start, without duplicates and without unpaid tiers.
 * Fewer than two paid tiers is not a tiered schedule, and the caller reads a single rate instead.
 */
export function findTiers(text: string): WrvuTier[] {
  if (!/rvu/i.test(text)) return [];
  const tiers: WrvuTier[] = [];
  for (const m of text.matchAll(RANGE)) {
    const from = toNumber(m[1]);
    const to = toNumber(m[2]);
    if (to > from && to >= 100) tiers.push({ above: startAbove(from), upTo: to, rate: Number(m[3]) });
  }
  for (const m of text.matchAll(ABOVE_BEFORE)) tiers.push({ above: toNumber(m[1]), rate: Number(m[2]) });
  for (const m of text.matchAll(ABOVE_AFTER)) tiers.push({ above: startAbove(toNumber(m[1])), rate: Number(m[2]) });
  const seen = new Set<string>();
  return tiers
    .filter((t) => t.above >= 100 || t.upTo !== undefined)
    .filter((t) => {
      const key = `${t.above}:${t.rate}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.above - b.above);
}

/** The paid tiers only (rate above zero); the first one's start is where productivity pay begins. */
export function paidTiers(tiers: readonly WrvuTier[]): WrvuTier[] {
  return tiers.filter((t) => t.rate > 0);
}
