import { productionGap, productionGapFinding } from "../../src/core/production-gap";
import { offerFrom } from "../harness/offers";

/**
 * The brief's weaker offer: $290,000 base, a 7,500-wRVU threshold against the candidate's own expected
 * 4,500. The rate is the walkthrough's for that offer, $45 per wRVU (findings-walkthrough.md, D2: "Edit B
 * (threshold 7,500, $45)"); the seed fixtures give no rate. Guarantee and term as each case says.
 */
const BRIEF_B = {
  specialty: "Psychiatry",
  baseSalary: 290_000,
  productivityModel: "wrvu",
  wrvuThreshold: 7_500,
  dollarsPerWrvu: 45,
  expectedWrvus: 4_500,
};

describe("productionGap: the threshold above the candidate's own production", () => {
  // Guaranteed for the whole 2-year term: only the threshold speaks.
  const gap = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 2, termYears: 2 }))!;

  it("says the bonus there is $0 and a bonus starts only with a threshold at the expected production", () => {
    // Bonus = max(0, 4,500 − 7,500) × $45 = $0; shortfall 7,500 − 4,500 = 3,000 wRVUs.
    expect(gap.shortfall).toMatchObject({
      threshold: 7_500,
      expectedWrvus: 4_500,
      shortfallWrvus: 3_000,
      bonusAtExpected: 0,
      thresholdForAnyBonus: 4_500,
      dollarsPerWrvu: 45,
    });
    expect(gap.afterGuarantee).toBeUndefined();
    expect(productionGapFinding(gap)).toBe(
      "At your expected 4,500 wRVUs a year, the threshold of 7,500 wRVUs pays no productivity bonus ($0): it is 3,000 wRVUs above your production, and a bonus would start only with a threshold at or below 4,500 wRVUs.",
    );
  });

  it("values lowering the threshold alone at $0 at that production, and says why", () => {
    expect(gap.askValuePerYear).toBe(0);
    expect(gap.askBasis).toContain("About $0 a year at your expected 4,500 wRVUs");
    expect(gap.shortfall!.basis).toContain("(4,500 − 7,500) × $45 is below 0, so $0");
  });

  it("gives the threshold that pays a bonus the employer named, and values the ask by it", () => {
    // $30,000 at 4,500 wRVUs: threshold 4,500 − 30,000 ÷ 45 = 4,500 − 666.67 = 3,833.33; pays (666.67) × 45 = $30,000.
    const named = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 2, termYears: 2 }), { namedBonus: 30_000 })!;
    expect(named.shortfall!.named).toMatchObject({ bonus: 30_000, reachable: true });
    expect(named.shortfall!.named!.threshold).toBeCloseTo(3_833.333, 3);
    expect(named.shortfall!.named!.bonusAtThreshold).toBeCloseTo(30_000, 6);
    expect(named.askValuePerYear).toBeCloseTo(30_000, 6);
    expect(productionGapFinding(named)).toContain("The $30,000 bonus named would need a threshold of 3,833 wRVUs.");
  });

  it("does not value a named bonus that no threshold above 0 can pay", () => {
    // $250,000 ÷ $45 = 5,556 wRVUs, more than the 4,500 expected: a threshold of 0 pays 4,500 × 45 = $202,500.
    const named = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 2, termYears: 2 }), { namedBonus: 250_000 })!;
    expect(named.shortfall!.named).toMatchObject({ threshold: 0, bonusAtThreshold: 202_500, reachable: false });
    expect(named.askValuePerYear).toBe(0);
    expect(productionGapFinding(named)).toContain("even a threshold of 0 pays $202,500");
  });
});

describe("productionGap: a 1-year guarantee in a 3-year term", () => {
  it("says what the production formula pays from year 2 against the base, and values the ask by the cut", () => {
    const gap = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 1, termYears: 3 }))!;
    // From year 2: 4,500 × $45 = $202,500 against $290,000: $87,500 a year; years 2–3: 2 × 87,500 = $175,000.
    expect(gap.afterGuarantee).toMatchObject({
      fromYear: 2,
      throughYear: 3,
      base: 290_000,
      productionPay: 202_500,
      cutPerYear: 87_500,
      cutOverTerm: 175_000,
    });
    expect(gap.askValuePerYear).toBe(87_500);
    expect(productionGapFinding(gap)).toContain(
      "The salary guarantee ends after year 1: from year 2 the production formula pays $202,500, $87,500 a year less than the $290,000 base (years 2–3, $175,000 in all).",
    );
    expect(gap.afterGuarantee!.basis).toBe(
      "Year 2: base $290,000 − production pay $202,500 (4,500 wRVUs × $45) = $87,500 a year; years 2–3 of the 3-year term, $175,000 in all.",
    );
  });

  it("applies the contract's raise to the base and the production pay alike, as the Projection does", () => {
    const gap = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 1, termYears: 3, annualRaise: 2 }))!;
    // Year 2 × 1.02: 295,800 − 206,550 = 89,250; year 3 × 1.0404: 87,500 × 1.0404 = 91,035; sum 180,285.
    expect(gap.afterGuarantee!.base).toBeCloseTo(295_800, 6);
    expect(gap.afterGuarantee!.productionPay).toBeCloseTo(206_550, 6);
    expect(gap.afterGuarantee!.cutPerYear).toBeCloseTo(89_250, 6);
    expect(gap.afterGuarantee!.cutOverTerm).toBeCloseTo(180_285, 6);
  });

  it("says so when there is no guarantee at all", () => {
    const gap = productionGap(offerFrom({ ...BRIEF_B, guaranteeYears: 0, termYears: 2 }))!;
    // Years 1–2 at 87,500 each: $175,000.
    expect(gap.afterGuarantee).toMatchObject({ fromYear: 1, throughYear: 2, cutOverTerm: 175_000 });
    expect(productionGapFinding(gap)).toContain(
      "There is no salary guarantee: from year 1 the production formula pays",
    );
  });
});

describe("productionGap: nothing to say", () => {
  it("is undefined when expected production reaches the threshold and production pay covers the base", () => {
    // 7,000 ≥ 6,000; after the guarantee 7,000 × $45 = $315,000 ≥ $290,000.
    const above = { ...BRIEF_B, wrvuThreshold: 6_000, expectedWrvus: 7_000, guaranteeYears: 1, termYears: 3 };
    expect(productionGap(offerFrom(above))).toBeUndefined();
    // Exactly at the threshold is no shortfall either (and the guarantee covers the term).
    const at = { ...BRIEF_B, expectedWrvus: 7_500, guaranteeYears: 2, termYears: 2 };
    expect(productionGap(offerFrom(at))).toBeUndefined();
  });

  it("keeps the cut after the guarantee when the threshold is within reach", () => {
    // 5,000 ≥ 4,000, but from year 2: 5,000 × $45 = $225,000, $65,000 below the base.
    const reach = { ...BRIEF_B, wrvuThreshold: 4_000, expectedWrvus: 5_000, guaranteeYears: 1, termYears: 2 };
    const gap = productionGap(offerFrom(reach))!;
    expect(gap.shortfall).toBeUndefined();
    expect(gap.afterGuarantee).toMatchObject({ cutPerYear: 65_000, cutOverTerm: 65_000 });
  });

  it("is undefined without expected wRVUs or a rate, or for salary-only pay", () => {
    expect(productionGap(offerFrom({ ...BRIEF_B, expectedWrvus: null }))).toBeUndefined();
    expect(productionGap(offerFrom({ ...BRIEF_B, dollarsPerWrvu: null }))).toBeUndefined();
    expect(productionGap(offerFrom({ ...BRIEF_B, productivityModel: "salary" }))).toBeUndefined();
  });
});
