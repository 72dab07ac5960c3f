import fc from "fast-check";
import {
  type PercentilePoint,
  percentileInData,
  percentileRange,
  percentileSpan,
  placeAmongPercentiles,
} from "../../src/core/percentile";
import { ordinal, percentileWords, percentileWordsOf } from "../../src/core/percentile-words";

/** P25, P50, P75 and P90 with these values. */
function quartet(v25: number, v50: number, v75: number, v90: number): PercentilePoint[] {
  return [
    { p: 25, value: v25 },
    { p: 50, value: v50 },
    { p: 75, value: v75 },
    { p: 90, value: v90 },
  ];
}

// The walkthrough's pasted rows (findings-walkthrough.md, D2): Hospitalist wRVU and $/wRVU.
const HOSPITALIST_WRVU = quartet(3_900, 4_500, 5_200, 6_100);
const HOSPITALIST_RATE = quartet(55, 62, 70, 80);

describe("placeAmongPercentiles and percentileWords, one kind at a time", () => {
  it("says 'above the 90th' for a threshold beyond P90, never the 100th", () => {
    expect(placeAmongPercentiles(HOSPITALIST_WRVU, 7_500)).toEqual({ kind: "above", p: 90 });
    expect(percentileWordsOf(HOSPITALIST_WRVU, 7_500)).toBe("above the 90th percentile");
  });

  it("says 'below the 25th' for a rate under P25, never the 0th", () => {
    expect(placeAmongPercentiles(HOSPITALIST_RATE, 45)).toEqual({ kind: "below", p: 25 });
    expect(percentileWordsOf(HOSPITALIST_RATE, 45)).toBe("below the 25th percentile");
  });

  it("says 'at the 50th' for a value equal to one untied point", () => {
    expect(placeAmongPercentiles(HOSPITALIST_WRVU, 4_500)).toEqual({ kind: "at", p: 50 });
    expect(percentileWordsOf(HOSPITALIST_WRVU, 4_500)).toBe("at the 50th percentile");
  });

  it("interpolates between points and rounds to a whole ordinal: 64.3 reads 'about the 64th'", () => {
    // 4,800 between P50 4,400 and P75 5,100: 50 + 25 × 400 / 700 = 64.2857…
    const points = quartet(3_800, 4_400, 5_100, 6_000);
    const placed = placeAmongPercentiles(points, 4_800);
    expect(placed).toEqual({ kind: "between", p: expect.closeTo(64.2857, 4), low: 50, high: 75 });
    expect(percentileWords(placed)).toBe("about the 64th percentile");
    // 4,800 among the hospitalist rows: 50 + 25 × 300 / 700 = 60.71… → 61st.
    expect(percentileWordsOf(HOSPITALIST_WRVU, 4_800)).toBe("about the 61st percentile");
  });
});

describe("tied points at either end and in the middle", () => {
  // findings-adversarial.md §2: P75 = P90 = 5,700 read 82.5 for any larger value.
  const tiedTop = quartet(4_000, 4_800, 5_700, 5_700);
  // findings-adversarial.md §2: P25 = P50 = 4,000 read 37.5 for a value far below.
  const tiedBottom = quartet(4_000, 4_000, 5_700, 6_800);

  it("above a tied top is above its highest percentile", () => {
    expect(placeAmongPercentiles(tiedTop, 6_001)).toEqual({ kind: "above", p: 90 });
    expect(percentileWordsOf(tiedTop, 20_000)).toBe("above the 90th percentile");
  });

  it("on a tie is the tie's range", () => {
    expect(placeAmongPercentiles(tiedTop, 5_700)).toEqual({ kind: "within-tie", low: 75, high: 90 });
    expect(percentileWordsOf(tiedTop, 5_700)).toBe("between the 75th and 90th percentiles");
    expect(percentileWordsOf(tiedBottom, 4_000)).toBe("between the 25th and 50th percentiles");
  });

  it("below a tie interpolates toward the tie's lower percentile", () => {
    // 5,250 between P50 4,800 and the tie's P75 5,700: 50 + 25 × 450 / 900 = 62.5 → rounds to 63.
    expect(placeAmongPercentiles(tiedTop, 5_250)).toEqual({ kind: "between", p: 62.5, low: 50, high: 75 });
    expect(percentileWordsOf(tiedTop, 5_250)).toBe("about the 63rd percentile");
  });

  it("below a tied bottom is below its lowest percentile", () => {
    expect(placeAmongPercentiles(tiedBottom, 1_000)).toEqual({ kind: "below", p: 25 });
    expect(percentileWordsOf(tiedBottom, 1_000)).toBe("below the 25th percentile");
  });

  it("above a tie interpolates from the tie's higher percentile", () => {
    // 4,850 between the tie's P50 4,000 and P75 5,700: 50 + 25 × 850 / 1,700 = 62.5.
    expect(placeAmongPercentiles(tiedBottom, 4_850)).toEqual({ kind: "between", p: 62.5, low: 50, high: 75 });
  });

  it("handles a tie in the middle and a set that is all one value", () => {
    const middle = quartet(400, 500, 500, 700);
    expect(percentileWordsOf(middle, 500)).toBe("between the 50th and 75th percentiles");
    // 600 between the tie's P75 500 and P90 700: 75 + 15 × 100 / 200 = 82.5 → 83rd.
    expect(percentileWordsOf(middle, 600)).toBe("about the 83rd percentile");
    const flat = quartet(5_000, 5_000, 5_000, 5_000);
    expect(percentileWordsOf(flat, 1_000)).toBe("below the 25th percentile");
    expect(percentileWordsOf(flat, 9_000)).toBe("above the 90th percentile");
    expect(percentileWordsOf(flat, 5_000)).toBe("between the 25th and 90th percentiles");
  });
});

describe("numbers only where the data has one", () => {
  it("percentileInData gives a number at or between points and nothing beyond them or on a tie", () => {
    expect(percentileInData(HOSPITALIST_WRVU, 4_500)).toBe(50);
    // 4,850 between P50 4,500 and P75 5,200: 50 + 25 × 350 / 700 = 62.5.
    expect(percentileInData(HOSPITALIST_WRVU, 4_850)).toBe(62.5);
    expect(percentileInData(HOSPITALIST_WRVU, 7_500)).toBeUndefined();
    expect(percentileInData(HOSPITALIST_RATE, 45)).toBeUndefined();
    expect(percentileInData(quartet(4_000, 4_800, 5_700, 5_700), 5_700)).toBeUndefined();
  });

  it("percentileRange bounds each kind, so two placements compare without an invented point", () => {
    expect(percentileRange({ kind: "below", p: 25 })).toEqual({ atLeast: 0, atMost: 25 });
    expect(percentileRange({ kind: "above", p: 90 })).toEqual({ atLeast: 90, atMost: 100 });
    expect(percentileRange({ kind: "within-tie", low: 75, high: 90 })).toEqual({ atLeast: 75, atMost: 90 });
    expect(percentileRange({ kind: "between", p: 61, low: 50, high: 75 })).toEqual({ atLeast: 61, atMost: 61 });
    // The walkthrough's threshold (above P90) against its rate (below P25): at least 90 − 25 = 65 points apart.
    const threshold = percentileRange(placeAmongPercentiles(HOSPITALIST_WRVU, 7_500));
    const rate = percentileRange(placeAmongPercentiles(HOSPITALIST_RATE, 45));
    expect(threshold.atLeast - rate.atMost).toBe(65);
  });
});

describe("ordinal", () => {
  it("gives the English suffixes, teens included, and rounds first", () => {
    const cases: ReadonlyArray<[number, string]> = [
      [0, "0th"],
      [1, "1st"],
      [2, "2nd"],
      [3, "3rd"],
      [4, "4th"],
      [11, "11th"],
      [12, "12th"],
      [13, "13th"],
      [21, "21st"],
      [22, "22nd"],
      [23, "23rd"],
      [101, "101st"],
      [111, "111th"],
      [64.3, "64th"],
      [82.5, "83rd"],
    ];
    for (const [n, expected] of cases) expect([n, ordinal(n)]).toEqual([n, expected]);
  });

  it("follows the suffix rule for every whole number 0–120", () => {
    // Stated another way than the code: a tens digit of 1 always takes "th"; otherwise the last digit decides.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (n) => {
        const tens = Math.floor(n / 10) % 10;
        const last = n % 10;
        const suffix = tens === 1 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
        expect(ordinal(n)).toBe(`${n}${suffix}`);
      }),
      { numRuns: 121 },
    );
  });
});

/** Sorted percentile points (2–5 of them, whole percentiles 1–99) with non-decreasing values, ties frequent. */
const sortedPoints = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 5 }).chain((ps) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000 })), {
        minLength: ps.length - 1,
        maxLength: ps.length - 1,
      }),
    )
    .map(([start, steps]) => {
      const sorted = [...ps].sort((a, b) => a - b);
      let value = start;
      return sorted.map((p, i) => {
        if (i > 0) value += steps[i - 1];
        return { p, value };
      });
    }),
);

describe("no words outside the data's range", () => {
  it("names only whole percentiles between the lowest and highest points, with well-formed ordinals", () => {
    fc.assert(
      fc.property(sortedPoints, fc.integer({ min: -1_000, max: 40_000 }), fc.boolean(), (points, x, onPoint) => {
        // Half the time the value is one of the points, so ties and exact points are reached often.
        const value = onPoint ? points[Math.abs(x) % points.length].value : x;
        const text = percentileWordsOf(points, value);
        const { low, high } = percentileSpan(points);
        const ordinals = [...text.matchAll(/(\S+?)(st|nd|rd|th) percentile|(\S+?)(st|nd|rd|th) and/g)];
        expect(ordinals.length).toBeGreaterThan(0);
        for (const match of ordinals) {
          const digits = match[1] ?? match[3];
          const word = `${digits}${match[2] ?? match[4]}`;
          expect(digits).toMatch(/^\d+$/);
          const n = Number(digits);
          expect(word).toBe(ordinal(n));
          expect(n).toBeGreaterThanOrEqual(low);
          expect(n).toBeLessThanOrEqual(high);
        }
      }),
      { numRuns: 300 },
    );
  });
});
