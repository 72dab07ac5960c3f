import fc from "fast-check";
import {
  FLEX_POINTS,
  MARKET_POINTS,
  SCARCITY_BASELINE,
  scarcityBreakdown,
  scarcityScore,
} from "../../../src/core/scarcity";
import { US_STATES } from "../../../src/core/offer/us-states";
import { errorKind } from "../../harness/functions/error-kind";
import { TEST_SUPPLY } from "./test-supply";

const pointsOf = (lines: ReadonlyArray<{ label: string; points: number }>, label: string) =>
  lines.find((line) => line.label === label)?.points;

describe("without a state", () => {
  it("keeps the seed's six national baselines exactly, as one line", () => {
    const seed: Array<[string, number]> = [
      ["Psychiatry", 95],
      ["Family Medicine", 80],
      ["Hospitalist", 75],
      ["General Surgery", 60],
      ["Radiology", 50],
      ["Dermatology", 35],
    ];
    for (const [specialty, score] of seed) {
      const b = scarcityBreakdown({ specialty, state: "" });
      expect(b).toMatchObject({ score, unclamped: score, clamped: false, state: undefined });
      expect(b.lines.map((l) => l.label)).toEqual(["National baseline"]);
    }
  });

  it("ignores a Supply table (the state decides whether state figures count)", () => {
    expect(scarcityScore({ specialty: "Psychiatry", market: "metro", supply: TEST_SUPPLY })).toBe(95);
  });

  it("says when clamping changed the score: 95 + 15 = 110 → 100", () => {
    expect(scarcityBreakdown({ specialty: "Psychiatry", market: "rural" })).toMatchObject({
      score: 100,
      unclamped: 110,
      clamped: true,
    });
  });
});

describe("the supply term (made-up Supply rows)", () => {
  it("raises the score where supply is half the US rate and lowers it where it is double", () => {
    // Half: −10 × log2(6 / 12) = +10 → 105, clamped to 100; double: −10 × log2(24 / 12) = −10 → 85.
    const half = scarcityBreakdown({ specialty: "Psychiatry", state: "ID", supply: TEST_SUPPLY });
    const double = scarcityBreakdown({ specialty: "Psychiatry", state: "MA", supply: TEST_SUPPLY });
    expect(pointsOf(half.lines, "Supply")).toBe(10);
    expect(pointsOf(double.lines, "Supply")).toBe(-10);
    expect(half.unclamped).toBeGreaterThan(95);
    expect(double.score).toBeLessThan(95);
    // Dermatology (no need term): NE half → 35 + 10 = 45; NY 6/4 = 1.5 → −10 × 0.585 = −5.85 → −6 → 29.
    expect(scarcityScore({ specialty: "Dermatology", state: "NE", supply: TEST_SUPPLY })).toBe(45);
    expect(scarcityScore({ specialty: "Dermatology", state: "NY", supply: TEST_SUPPLY })).toBe(29);
  });

  it("is bounded at ±15: a twelfth of the US rate gives +15, not +36", () => {
    // −10 × log2(1 / 12) = +35.8, kept at +15.
    const b = scarcityBreakdown({ specialty: "Psychiatry", state: "WY", supply: TEST_SUPPLY });
    expect(pointsOf(b.lines, "Supply")).toBe(15);
  });

  it("is 0 with the reason when the table has no row for the state or the nation", () => {
    const noState = scarcityBreakdown({ specialty: "Psychiatry", state: "TX", supply: TEST_SUPPLY });
    expect(noState.lines.find((l) => l.label === "Supply")).toMatchObject({
      points: 0,
      why: "no Supply row for Psychiatry in TX: import one (AAMC/KFF state profiles) to count supply",
    });
    const noNation = scarcityBreakdown({
      specialty: "Psychiatry",
      state: "ID",
      supply: TEST_SUPPLY.filter((r) => r.state !== "US"),
    });
    expect(noNation.lines.find((l) => l.label === "Supply")?.why).toContain(
      'no Supply row for Psychiatry with State "US"',
    );
  });

  it("compares Hospitalist by the Internal Medicine rows, and says so", () => {
    // −10 × log2(18 / 36) = +10.
    const line = scarcityBreakdown({ specialty: "Hospitalist", state: "TX", supply: TEST_SUPPLY }).lines[1];
    expect(line).toMatchObject({ label: "Supply", points: 10, grade: "yours", source: "Test rows", year: 2024 });
    expect(line.why).toContain("Internal Medicine (standing in for Hospitalist");
  });

  it("reads a state's name as its code", () => {
    expect(scarcityBreakdown({ specialty: "Psychiatry", state: "idaho", supply: TEST_SUPPLY }).state).toBe("ID");
  });
});

describe("the need term (HRSA shortage areas)", () => {
  it("applies to primary care and psychiatry only", () => {
    for (const specialty of Object.keys(SCARCITY_BASELINE)) {
      const has = scarcityBreakdown({ specialty, state: "NM" }).lines.some((l) => l.label === "Need");
      const expected = ["Family Medicine", "Internal Medicine", "Pediatrics", "OB/GYN", "Psychiatry"].includes(
        specialty,
      );
      expect({ specialty, has }).toEqual({ specialty, has: expected });
    }
  });

  it("worked by hand: psychiatry in Mississippi, primary care in New Mexico and New Jersey", () => {
    // MS mental health: 90 needed ÷ 2,961,279 residents = 3.039 per 100k; US 6,202 ÷ 331,449,281 = 1.871;
    // ratio 1.624; 5 × log2(1.624) = 3.50 → +3.
    const ms = scarcityBreakdown({ specialty: "Psychiatry", state: "MS" }).lines.find((l) => l.label === "Need");
    expect(ms).toMatchObject({ points: 3, grade: "B" });
    expect(ms?.why).toContain("needed 90 more psychiatrists");
    // NM primary care: 239 ÷ 2,117,522 = 11.29 per 100k; US: 14,191 needed in the 51 rows ÷ 331,449,281 = 4.28;
    // ratio 2.64; 5 × log2(2.64) = 7.0 → capped at +5.
    expect(pointsOf(scarcityBreakdown({ specialty: "Family Medicine", state: "NM" }).lines, "Need")).toBe(5);
    // NJ: 23 ÷ 9,288,994 = 0.25 per 100k; ratio 0.058; 5 × log2(0.058) = −20.6 → −5.
    expect(pointsOf(scarcityBreakdown({ specialty: "Pediatrics", state: "NJ" }).lines, "Need")).toBe(-5);
  });

  it("is 0 and says why for a state without a mental-health figure", () => {
    const line = scarcityBreakdown({ specialty: "Psychiatry", state: "TX" }).lines.find((l) => l.label === "Need");
    expect(line?.points).toBe(0);
    expect(line?.why).toContain("TX as of 2025-03-31 were not available");
  });
});

describe("the market term with a state", () => {
  it("takes the rural premium from the published density gaps for psychiatry and primary care", () => {
    // Psychiatry: 10 × log2(17.5 / 3.4) = 23.6, kept at 15; secondary: half of that, 7.5 → 8.
    expect(
      pointsOf(scarcityBreakdown({ specialty: "Psychiatry", market: "rural", state: "OH" }).lines, "Market: rural"),
    ).toBe(15);
    expect(
      pointsOf(
        scarcityBreakdown({ specialty: "Psychiatry", market: "secondary", state: "OH" }).lines,
        "Market: secondary",
      ),
    ).toBe(8);
    // Primary care: 10 × log2(6.1 / 4.4) = 4.71 → 5; secondary 2.36 → 2.
    expect(
      pointsOf(
        scarcityBreakdown({ specialty: "Family Medicine", market: "rural", state: "OH" }).lines,
        "Market: rural",
      ),
    ).toBe(5);
    expect(
      pointsOf(
        scarcityBreakdown({ specialty: "Internal Medicine", market: "secondary", state: "OH" }).lines,
        "Market: secondary",
      ),
    ).toBe(2);
  });

  it("keeps the documented points where no gap was published", () => {
    const line = scarcityBreakdown({ specialty: "Radiology", market: "rural", state: "OH" }).lines.at(-1);
    expect(line).toMatchObject({ label: "Market: rural", points: MARKET_POINTS.rural });
    expect(line?.why).toContain("as no metro-vs-rural gap was published for Radiology");
  });

  it("earns a saturated metro from supply at 1.5× the US rate, not below", () => {
    // NY dermatology 6 / 4 = 1.5: saturated (−20); NE 2 / 4 = 0.5: metro stays 0.
    const ny = scarcityBreakdown({ specialty: "Dermatology", market: "metro", state: "NY", supply: TEST_SUPPLY });
    expect(ny.lines.at(-1)).toMatchObject({ label: "Market: metro, saturated by supply", points: -20 });
    expect(ny.score).toBe(35 - 6 - 20);
    const ne = scarcityBreakdown({ specialty: "Dermatology", market: "metro", state: "NE", supply: TEST_SUPPLY });
    expect(ne.lines.at(-1)).toMatchObject({ label: "Market: metro", points: 0 });
  });
});

describe("any breakdown", () => {
  const specialties = Object.keys(SCARCITY_BASELINE);
  const markets = [undefined, ...Object.keys(MARKET_POINTS)];
  const states = ["", ...US_STATES.map((s) => s.value)];

  it("has lines that sum to the score before clamping, and the score is that sum kept within 0–100", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...specialties),
        fc.constantFrom(...markets),
        fc.subarray(Object.keys(FLEX_POINTS)),
        fc.constantFrom(...states),
        fc.boolean(),
        (specialty, market, flexibility, state, withSupply) => {
          const b = scarcityBreakdown({ specialty, market, flexibility, state, supply: withSupply ? TEST_SUPPLY : [] });
          const sum = b.lines.reduce((total, line) => total + line.points, 0);
          expect(b.unclamped).toBe(sum);
          expect(b.score).toBe(Math.min(100, Math.max(0, sum)));
          expect(b.clamped).toBe(sum < 0 || sum > 100);
          for (const line of b.lines) expect(Number.isInteger(line.points)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("an unknown state", () => {
  it("is #N/A with a suggestion", () => {
    expect(errorKind(() => scarcityBreakdown({ specialty: "Psychiatry", state: "Texsa" }))).toBe("na");
    expect(() => scarcityBreakdown({ specialty: "Psychiatry", state: "Texsa" })).toThrow("Did you mean TX (Texas)");
  });
});
