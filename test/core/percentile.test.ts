import fc from "fast-check";
import { percentileOfValue, valueAtPercentile } from "../../src/core/percentile";
import { errorKind } from "../harness/functions/error-kind";

const POINTS = [
  { p: 25, value: 4_000 },
  { p: 50, value: 5_000 },
  { p: 75, value: 6_000 },
  { p: 90, value: 7_000 },
];

describe("valueAtPercentile", () => {
  it("returns known points exactly and interpolates linearly between them", () => {
    expect(valueAtPercentile(POINTS, 50)).toBe(5_000);
    expect(valueAtPercentile(POINTS, 62.5)).toBe(5_500);
    expect(valueAtPercentile(POINTS, 82.5)).toBe(6_500);
  });

  it("refuses a percentile beyond the outermost points with #N/A, naming the points there are", () => {
    // P25–P90 are known: P10 and P100 would be invented points (the "100th percentile" of the defect).
    expect(errorKind(() => valueAtPercentile(POINTS, 10))).toBe("na");
    expect(errorKind(() => valueAtPercentile(POINTS, 100))).toBe("na");
    expect(() => valueAtPercentile(POINTS, 95)).toThrow("P95 is outside the percentiles the data holds (P25 to P90)");
    expect(valueAtPercentile(POINTS, 25)).toBe(4_000);
    expect(valueAtPercentile(POINTS, 90)).toBe(7_000);
  });

  it("refuses percentiles outside 0–100 and single-point sets", () => {
    expect(errorKind(() => valueAtPercentile(POINTS, 101))).toBe("num");
    expect(errorKind(() => valueAtPercentile(POINTS, -1))).toBe("num");
    expect(errorKind(() => valueAtPercentile([{ p: 50, value: 1 }], 40))).toBe("na");
  });
});

describe("percentileOfValue", () => {
  it("interpolates and extends, clamped to 0–100", () => {
    expect(percentileOfValue(POINTS, 5_500)).toBe(62.5);
    expect(percentileOfValue(POINTS, 3_500)).toBe(12.5);
    expect(percentileOfValue(POINTS, 7_500)).toBe(97.5);
    expect(percentileOfValue(POINTS, 100_000)).toBe(100);
    expect(percentileOfValue(POINTS, 0)).toBe(0);
  });

  it("puts a value on a flat stretch at the lowest percentile of it", () => {
    // Defined in percentile.ts: a tied value reads as the lowest percentile of its tie (it used to be the
    // middle, (25 + 50) / 2 = 37.5); P25 = P50 = 10, so 10 is at P25.
    expect(
      percentileOfValue(
        [
          { p: 25, value: 10 },
          { p: 50, value: 10 },
          { p: 75, value: 20 },
        ],
        10,
      ),
    ).toBe(25);
  });

  it("inverts valueAtPercentile between the known points", () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 90, noNaN: true }), (p) => {
        expect(percentileOfValue(POINTS, valueAtPercentile(POINTS, p))).toBeCloseTo(p, 9);
      }),
    );
  });

  it("is monotonic in the value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(percentileOfValue(POINTS, lo)).toBeLessThanOrEqual(percentileOfValue(POINTS, hi));
        },
      ),
    );
  });
});

/** P25, P50, P75 and P90 with these values. */
function quartet(v25: number, v50: number, v75: number, v90: number) {
  return [
    { p: 25, value: v25 },
    { p: 50, value: v50 },
    { p: 75, value: v75 },
    { p: 90, value: v90 },
  ];
}

/**
 * Every tie pattern of four points, with values below, at, between and above them, worked by hand from
 * the rule in percentile.ts: a tied value is at the lowest percentile of its tie; beyond a tied run the
 * line goes from the outermost point with the slope of the nearest segment whose values differ.
 */
const TIE_CASES: ReadonlyArray<{
  name: string;
  points: ReturnType<typeof quartet>;
  expected: ReadonlyArray<[value: number, percentile: number]>;
}> = [
  {
    name: "no tie (400, 500, 600, 700)",
    points: quartet(400, 500, 600, 700),
    expected: [
      [360, 15], // P25–P50 slope 25/100 = 0.25: 25 − 0.25 × 40
      [400, 25],
      [450, 37.5], // 25 + 25 × 50/100
      [500, 50],
      [600, 75],
      [650, 82.5], // 75 + 15 × 50/100
      [700, 90],
      [760, 99], // P75–P90 slope 15/100 = 0.15: 90 + 0.15 × 60
      [1_000, 100], // 90 + 0.15 × 300 = 135, clamped
    ],
  },
  {
    name: "P25 = P50 (500, 500, 600, 700)",
    points: quartet(500, 500, 600, 700),
    expected: [
      [460, 15], // from P25 with P50–P75's slope 25/100: 25 − 0.25 × 40 (was 37.5, the middle of the tie)
      [0, 0], // 25 − 0.25 × 500 < 0, clamped
      [500, 25], // lowest percentile of the tie
      [550, 62.5], // 50 + 25 × 50/100
      [600, 75],
      [700, 90],
      [760, 99], // 90 + 0.15 × 60
    ],
  },
  {
    name: "P50 = P75 (400, 500, 500, 700)",
    points: quartet(400, 500, 500, 700),
    expected: [
      [360, 15], // 25 − 0.25 × 40
      [400, 25],
      [450, 37.5], // 25 + 25 × 50/100
      [500, 50], // lowest percentile of the tie
      [600, 82.5], // 75 + 15 × 100/200
      [700, 90],
      [760, 94.5], // P75–P90 slope 15/200 = 0.075: 90 + 0.075 × 60
    ],
  },
  {
    name: "P75 = P90 (400, 500, 600, 600)",
    points: quartet(400, 500, 600, 600),
    expected: [
      [360, 15], // 25 − 0.25 × 40
      [500, 50],
      [550, 62.5], // 50 + 25 × 50/100
      [600, 75], // lowest percentile of the tie (was 82.5)
      [620, 95], // from P90 with P50–P75's slope 25/100: 90 + 0.25 × 20 (was 82.5)
      [700, 100], // 90 + 0.25 × 100 = 115, clamped (was 82.5)
    ],
  },
  {
    name: "P25 = P50 and P75 = P90 (500, 500, 700, 700)",
    points: quartet(500, 500, 700, 700),
    expected: [
      [420, 15], // from P25 with P50–P75's slope 25/200 = 0.125: 25 − 0.125 × 80
      [500, 25],
      [600, 62.5], // 50 + 25 × 100/200
      [700, 75],
      [740, 95], // from P90: 90 + 0.125 × 40
    ],
  },
  {
    name: "P25 = P50 = P75 (500, 500, 500, 700)",
    points: quartet(500, 500, 500, 700),
    expected: [
      [420, 19], // from P25 with P75–P90's slope 15/200 = 0.075: 25 − 0.075 × 80
      [500, 25],
      [600, 82.5], // 75 + 15 × 100/200
      [700, 90],
      [760, 94.5], // 90 + 0.075 × 60
    ],
  },
  {
    name: "P50 = P75 = P90 (400, 500, 500, 500)",
    points: quartet(400, 500, 500, 500),
    expected: [
      [360, 15], // 25 − 0.25 × 40
      [400, 25],
      [450, 37.5], // 25 + 25 × 50/100
      [500, 50], // lowest percentile of the tie
      [520, 95], // from P90 with P25–P50's slope 0.25: 90 + 0.25 × 20
    ],
  },
  {
    name: "all four tied (500, 500, 500, 500)",
    points: quartet(500, 500, 500, 500),
    expected: [
      [0, 0], // below every point, with no slope to extend: as steep as the tie, clamped to 0
      [499, 0],
      [500, 25], // lowest percentile of the tie
      [501, 100], // above every point: clamped to 100
    ],
  },
];

describe("percentileOfValue with tied points", () => {
  for (const { name, points, expected } of TIE_CASES) {
    it(`places values below, at, between and above: ${name}`, () => {
      for (const [value, percentile] of expected) {
        expect([value, percentileOfValue(points, value)]).toEqual([value, expect.closeTo(percentile, 9)]);
      }
    });
  }
});

describe("valueAtPercentile with tied points", () => {
  it("is flat between tied points and exact at them", () => {
    expect(valueAtPercentile(quartet(400, 500, 500, 700), 62.5)).toBe(500);
    expect(valueAtPercentile(quartet(400, 500, 600, 600), 80)).toBe(600);
    expect(valueAtPercentile(quartet(500, 500, 500, 500), 60)).toBe(500);
    expect(valueAtPercentile(quartet(500, 500, 600, 700), 25)).toBe(500);
    expect(valueAtPercentile(quartet(500, 500, 600, 700), 50)).toBe(500);
  });

  it("refuses beyond a tied outermost run as beyond any other", () => {
    expect(errorKind(() => valueAtPercentile(quartet(400, 500, 600, 600), 95))).toBe("na");
    expect(errorKind(() => valueAtPercentile(quartet(500, 500, 600, 700), 15))).toBe("na");
    expect(errorKind(() => valueAtPercentile(quartet(500, 500, 500, 500), 100))).toBe("na");
  });
});

describe("percentile points that are not a distribution", () => {
  it("refuses points out of order, a percentile given twice and decreasing values, naming them", () => {
    const outOfOrder = [
      { p: 50, value: 500 },
      { p: 25, value: 600 },
    ];
    const twice = [
      { p: 25, value: 400 },
      { p: 25, value: 500 },
    ];
    const decreasing = [
      { p: 25, value: 500 },
      { p: 50, value: 400 },
    ];
    expect(() => percentileOfValue(outOfOrder, 450)).toThrow("P25 comes after P50");
    expect(() => valueAtPercentile(outOfOrder, 40)).toThrow("P25 comes after P50");
    expect(() => percentileOfValue(twice, 450)).toThrow("P25 is given twice");
    expect(() => valueAtPercentile(decreasing, 40)).toThrow("P50 (400) is below P25 (500)");
    expect(errorKind(() => percentileOfValue(outOfOrder, 450))).toBe("value");
    expect(errorKind(() => percentileOfValue(twice, 450))).toBe("value");
    expect(errorKind(() => percentileOfValue(decreasing, 450))).toBe("value");
  });

  it("refuses a value or percentile that is not a number rather than answering NaN", () => {
    expect(errorKind(() => percentileOfValue(POINTS, Number.NaN))).toBe("value");
    expect(errorKind(() => valueAtPercentile(POINTS, Number.NaN))).toBe("value");
  });
});

/** Sorted percentile points (2–5 of them) with non-decreasing values, ties frequent. */
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

describe("percentile curves over any sorted points, ties included", () => {
  it("percentileOfValue is monotone non-decreasing in the value and within 0–100", () => {
    fc.assert(
      fc.property(
        sortedPoints,
        fc.integer({ min: -1_000, max: 40_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (points, x, dx) => {
          const lo = percentileOfValue(points, x);
          const hi = percentileOfValue(points, x + dx);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(100);
          expect(lo).toBeLessThanOrEqual(hi);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("percentileOfValue gives every value at a tied point the lowest percentile of its tie", () => {
    fc.assert(
      fc.property(sortedPoints, fc.nat(), (points, pick) => {
        const { value } = points[pick % points.length];
        const lowest = points.find((point) => point.value === value)!.p;
        expect(percentileOfValue(points, value)).toBe(lowest);
      }),
    );
  });

  it("valueAtPercentile is monotone within the points and inverts percentileOfValue there", () => {
    fc.assert(
      fc.property(sortedPoints, fc.integer({ min: 0, max: 40_000 }), (points, x) => {
        const first = points[0];
        const last = points[points.length - 1];
        const p = percentileOfValue(points, x);
        // Strictly inside the values, the percentile is inside the points and leads back to the value.
        if (x > first.value && x < last.value) expect(valueAtPercentile(points, p)).toBeCloseTo(x, 6);
        const inside = Math.min(last.p, Math.max(first.p, p));
        const lower = Math.max(first.p, inside - 1);
        expect(valueAtPercentile(points, lower)).toBeLessThanOrEqual(valueAtPercentile(points, inside));
      }),
      { numRuns: 300 },
    );
  });
});
