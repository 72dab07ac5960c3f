import fc from "fast-check";
import { clawback } from "../../src/core/clawback";
import { errorKind } from "../harness/functions/error-kind";

describe("clawback", () => {
  it("forgives straight-line by completed month", () => {
    expect(clawback(40_000, 24, 0)).toBe(40_000);
    expect(clawback(40_000, 24, 12)).toBe(20_000);
    expect(clawback(40_000, 24, 12.9)).toBe(20_000);
    expect(clawback(40_000, 24, 23)).toBeCloseTo(40_000 / 24);
    expect(clawback(40_000, 24, 24)).toBe(0);
    expect(clawback(40_000, 24, 60)).toBe(0);
  });

  it("never owes more than the amount, and owes less the longer one stays", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 1, max: 120 }),
        fc.nat(200),
        fc.nat(200),
        (amount, months, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const owedEarly = clawback(amount, months, early);
          expect(owedEarly).toBeLessThanOrEqual(amount);
          expect(clawback(amount, months, late)).toBeLessThanOrEqual(owedEarly);
        },
      ),
    );
  });

  it("refuses zero forgiveness months and negative inputs with #NUM!", () => {
    expect(errorKind(() => clawback(40_000, 0, 6))).toBe("num");
    expect(errorKind(() => clawback(-1, 24, 6))).toBe("num");
    expect(errorKind(() => clawback(40_000, 24, -1))).toBe("num");
  });
});
