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

  it("extends the outermost segments beyond the known points, never below 0", () => {
    expect(valueAtPercentile(POINTS, 10)).toBe(3_400);
    expect(valueAtPercentile(POINTS, 100)).toBeCloseTo(7_000 + (10 * 1_000) / 15);
    expect(
      valueAtPercentile(
        [
          { p: 25, value: 100 },
          { p: 50, value: 5_000 },
        ],
        0,
      ),
    ).toBe(0);
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

  it("puts a value on a flat stretch in the middle of it", () => {
    expect(
      percentileOfValue(
        [
          { p: 25, value: 10 },
          { p: 50, value: 10 },
          { p: 75, value: 20 },
        ],
        10,
      ),
    ).toBe(37.5);
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
