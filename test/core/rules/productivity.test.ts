import { expectFlag, flagOf, userRows } from "./offer-fixture";

// Imported percentiles (none ship): wRVU P25 3,800 · P50 4,500 · P75 5,600 · P90 6,800; $/wRVU 40 · 48 · 58 · 70.
const WRVU_ROW = ["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 6_800];
const RATE_ROW = ["Psychiatry", "CompPerWrvu", 40, 48, 58, 70];
const BOTH = userRows(WRVU_ROW, RATE_ROW);
const WRVU_ONLY = userRows(WRVU_ROW);
const WRVU_PLAN = { specialty: "Psychiatry", productivityModel: "wrvu" };

describe("threshold-above-median", () => {
  it("is a caution above the median, placing the threshold and asking for the median", () => {
    const flag = expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 5_000 }, WRVU_ONLY);
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("5,000 wRVUs");
    expect(flag.finding).toContain("median for Psychiatry (4,500 wRVUs)");
    expect(flag.finding).toContain("61st percentile"); // 50 + 25 × 500/1,100
    expect(flag.counterAsk).toContain("set at the median, 4,500 wRVUs");
    expect(flag.fields).toEqual(["wrvuThreshold"]);
  });

  it("is red above P75", () => {
    const flag = expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 6_000 }, WRVU_ONLY);
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("80th percentile"); // 75 + 15 × 400/1,200
  });

  it("is silent at or below the median, without a threshold, or for a plan with no wRVU bonus", () => {
    expect(flagOf("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 4_500 }, WRVU_ONLY)).toBeUndefined();
    expect(flagOf("threshold-above-median", { ...WRVU_PLAN }, WRVU_ONLY)).toBeUndefined();
    expect(flagOf("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 0 }, WRVU_ONLY)).toBeUndefined();
    expect(
      flagOf("threshold-above-median", { productivityModel: "salary", wrvuThreshold: 6_000 }, WRVU_ONLY),
    ).toBeUndefined();
    expect(
      flagOf("threshold-above-median", { productivityModel: "collections", wrvuThreshold: 6_000 }, WRVU_ONLY),
    ).toBeUndefined();
  });

  it("judges a threshold whose plan is not yet known", () => {
    expect(expectFlag("threshold-above-median", { wrvuThreshold: 6_000 }, WRVU_ONLY).severity).toBe("red");
  });

  it("quotes the user's percentiles with their source", () => {
    const [evidence] = expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 5_000 }, WRVU_ONLY).evidence;
    expect(evidence.text).toContain("P50 4,500");
    expect(evidence.source).toBe("Your benchmarks");
    expect(evidence.grade).toBe("yours");
  });

  it("carries the data year of an imported row that gives one", () => {
    const parsedWithYear = userRows(["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 6_800]).map((row) => ({
      ...row,
      provenance: { ...row.provenance, source: "MGMA 2025", year: 2024 },
    }));
    const [evidence] = expectFlag(
      "threshold-above-median",
      { ...WRVU_PLAN, wrvuThreshold: 5_000 },
      parsedWithYear,
    ).evidence;
    expect(evidence.source).toBe("MGMA 2025");
    expect(evidence.year).toBe(2024);
  });

  it("says, as info, that wRVU percentiles must be imported when none exist (none ship)", () => {
    const flag = expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 5_000 });
    expect(flag.severity).toBe("info");
    expect(flag.finding).toContain("can't be judged");
    expect(flag.finding).toContain("wRVU percentiles");
    expect(flag.finding).toContain("Benchmarks tab");
    expect(flag.counterAsk).toContain("5,000 wRVUs");
  });

  it("does not judge a specialty's threshold against an all-specialty wRVU row", () => {
    const allSpecialties = userRows(["All specialties", "wRVU", 3_000, 4_000, 5_000, 6_000]);
    expect(expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 5_500 }, allSpecialties).severity).toBe(
      "info",
    );
  });
});

describe("threshold-rate-mismatch", () => {
  it("is red when the threshold's percentile is 20+ points above the rate's, asking to match them with both numbers", () => {
    // 5,600 wRVUs is P75; $43.20 is P35 (40 + 8 × 10/25).
    const flag = expectFlag(
      "threshold-rate-mismatch",
      { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 43.2 },
      BOTH,
    );
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("75th percentile");
    expect(flag.finding).toContain("35th percentile");
    expect(flag.finding).toContain("40 points apart");
    expect(flag.counterAsk).toContain("the threshold at the median, 4,500 wRVUs");
    expect(flag.counterAsk).toContain("the rate at the 75th percentile, $58 per wRVU");
    expect(flag.fields).toEqual(["wrvuThreshold", "dollarsPerWrvu"]);
  });

  it("fires at exactly 20 points and not at 19", () => {
    // $50 is P55 (75 − 55 = 20); $50.40 is P56.
    expect(
      expectFlag("threshold-rate-mismatch", { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 50 }, BOTH).severity,
    ).toBe("red");
    expect(
      flagOf("threshold-rate-mismatch", { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 50.4 }, BOTH),
    ).toBeUndefined();
  });

  it("quotes both benchmarks and the reviewers' warning about the trap", () => {
    const flag = expectFlag(
      "threshold-rate-mismatch",
      { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 43.2 },
      BOTH,
    );
    const texts = flag.evidence.map((e) => e.text).join(" | ");
    expect(texts).toContain("P75 5,600");
    expect(texts).toContain("P50 $48");
    expect(flag.evidence.find((e) => e.grade !== "yours")).toMatchObject({
      source: expect.stringMatching(/FairRVU/),
      grade: "C",
    });
  });

  it("says, as info, when the rate can't be placed because no $/wRVU percentiles were imported", () => {
    const flag = expectFlag(
      "threshold-rate-mismatch",
      { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 43.2 },
      WRVU_ONLY,
    );
    expect(flag.severity).toBe("info");
    expect(flag.finding).toContain("CompPerWrvu percentiles");
    expect(flag.counterAsk).toContain("$43.20 per wRVU");
  });

  it("is silent without wRVU percentiles (the threshold rule says so), or with an unknown rate or threshold", () => {
    expect(
      flagOf("threshold-rate-mismatch", { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 43.2 }),
    ).toBeUndefined();
    expect(flagOf("threshold-rate-mismatch", { ...WRVU_PLAN, wrvuThreshold: 5_600 }, BOTH)).toBeUndefined();
    expect(flagOf("threshold-rate-mismatch", { ...WRVU_PLAN, dollarsPerWrvu: 43.2 }, BOTH)).toBeUndefined();
  });
});

describe("no-guarantee", () => {
  it("is red for productivity pay with 0 guaranteed years, asking for two years of guaranteed base", () => {
    for (const productivityModel of ["wrvu", "tiered", "collections"]) {
      const flag = expectFlag("no-guarantee", { productivityModel, guaranteeYears: 0, baseSalary: 280_000 });
      expect(flag.severity).toBe("red");
      expect(flag.counterAsk).toContain("the base of $280,000 to be guaranteed for the first 2 years");
      expect(flag.fields).toEqual(["productivityModel", "guaranteeYears", "baseSalary"]);
    }
  });

  it("asks for the base salary by name when its amount is unknown", () => {
    const flag = expectFlag("no-guarantee", { productivityModel: "wrvu", guaranteeYears: 0 });
    expect(flag.counterAsk).toContain("the base salary to be guaranteed");
    expect(flag.fields).toEqual(["productivityModel", "guaranteeYears"]);
  });

  it("cites Resolve's 95% of contracts with a guarantee", () => {
    const [evidence] = expectFlag("no-guarantee", { productivityModel: "wrvu", guaranteeYears: 0 }).evidence;
    expect(evidence.text).toContain("95%");
    expect(evidence).toMatchObject({ source: expect.stringMatching(/Resolve/), year: 2025, grade: "C" });
  });

  it("is silent with a guarantee, with salary-only pay, or with either unknown", () => {
    expect(flagOf("no-guarantee", { productivityModel: "wrvu", guaranteeYears: 1 })).toBeUndefined();
    expect(flagOf("no-guarantee", { productivityModel: "salary", guaranteeYears: 0 })).toBeUndefined();
    expect(flagOf("no-guarantee", { productivityModel: "wrvu" })).toBeUndefined();
    expect(flagOf("no-guarantee", { guaranteeYears: 0 })).toBeUndefined();
  });
});
