import { expectFlag, flagOf, userRows } from "../rules/offer-fixture";

// Imported percentiles (none ship): wRVU P25 3,800 · P50 4,500 · P75 5,600 · P90 6,800; $/wRVU 40 · 48 · 58 · 70.
const WRVU_ROW = ["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 6_800];
const RATE_ROW = ["Psychiatry", "CompPerWrvu", 40, 48, 58, 70];
const BOTH = userRows(WRVU_ROW, RATE_ROW);
const WRVU_ONLY = userRows(WRVU_ROW);
const WRVU_PLAN = { specialty: "Psychiatry", productivityModel: "wrvu" };

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

describe("threshold-rate-mismatch beyond the data (the flag that used to vanish)", () => {
  it("is red above P90 against a rate below P25, with a matching rate the data holds", () => {
    // 7,500 > P90 6,800: at least the 90th; $35 < P25 $40: at most the 25th; 90 − 25 = 65.
    const flag = expectFlag(
      "threshold-rate-mismatch",
      { ...WRVU_PLAN, wrvuThreshold: 7_500, dollarsPerWrvu: 35 },
      BOTH,
    );
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("above the 90th percentile");
    expect(flag.finding).toContain("below the 25th percentile");
    expect(flag.finding).toContain("at least 65 points apart");
    // The rate at the 90th percentile (the highest point held) is $70.
    expect(flag.counterAsk).toContain("the rate at the 90th percentile, $70 per wRVU");
    expect(flag.counterAsk).not.toMatch(/\b(100|0)th\b/);
  });

  it("reads a tied threshold as a range: at least 50 points apart", () => {
    // wRVU P75 = P90 = 5,600: the threshold is between the 75th and 90th; $40 is P25; 75 − 25 = 50.
    const tied = userRows(["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 5_600], RATE_ROW);
    const flag = expectFlag(
      "threshold-rate-mismatch",
      { ...WRVU_PLAN, wrvuThreshold: 5_600, dollarsPerWrvu: 40 },
      tied,
    );
    expect(flag.finding).toContain("between the 75th and 90th percentiles");
    expect(flag.finding).toContain("at the 25th percentile");
    expect(flag.finding).toContain("at least 50 points apart");
    expect(flag.counterAsk).toContain("the rate at the 75th percentile, $58 per wRVU");
  });
});
