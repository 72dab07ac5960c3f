import { expectFlag, flagOf, userRows } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

// Imported percentiles (none ship): wRVU P25 3,800 · P50 4,500 · P75 5,600 · P90 6,800; $/wRVU 40 · 48 · 58 · 70.
const WRVU_ROW = ["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 6_800];
const WRVU_ONLY = userRows(WRVU_ROW);
const WRVU_PLAN = { specialty: "Psychiatry", productivityModel: "wrvu" };

const PSYCH = { specialty: "Psychiatry" };
const WRVU_ROWS = userRows(["Psychiatry", "wRVU", 3_800, 4_500, 5_200, 6_000]);

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

describe("lower-threshold", () => {
  const high = { ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 5_500, dollarsPerWrvu: 50 };

  it("values the move to the median as the bonus gained at expected production", () => {
    // At 6,000 wRVUs × $50: (6,000 − 4,500) × 50 = $75,000 against (6,000 − 5,500) × 50 = $25,000.
    const ask = askIn(planFor({ ...high, expectedWrvus: 6_000 }, [], WRVU_ROWS), "lower-threshold");
    expect(ask).toMatchObject({
      valuePerYear: 50_000,
      severity: "red",
      audience: "leadership",
      title: "Set the wRVU threshold at the median, 4,500 wRVUs",
    });
    expect(ask.script).toContain("worth about $50,000 a year at the 6,000 wRVUs I expect to produce");
    expect(ask.valueBasis).toContain("median 4,500 wRVUs for Psychiatry (Your benchmarks)");
  });

  it("is worth $0 when expected production is below both thresholds, and says nothing of dollars", () => {
    const ask = askIn(planFor({ ...high, expectedWrvus: 4_000 }, [], WRVU_ROWS), "lower-threshold");
    expect(ask.valuePerYear).toBe(0);
    expect(ask.script).not.toContain("$");
  });

  it("has no value without expected production, and says what to add", () => {
    const ask = askIn(planFor(high, [], WRVU_ROWS), "lower-threshold");
    expect(ask.valuePerYear).toBeNull();
    expect(ask.valueBasis).toContain("Add your expected wRVUs");
  });

  it("has no value without wRVU percentiles (none ship), and asks what new physicians produce", () => {
    const ask = askIn(planFor({ ...high, expectedWrvus: 6_000 }), "lower-threshold");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "info" });
    expect(ask.script).toContain("against the threshold of 5,500 wRVUs?");
    expect(ask.valueBasis).toContain("import your own wRVU percentiles");
  });

  it("cites a lower threshold elsewhere only from another wRVU plan, and only when at or below the target", () => {
    const lowOther = offer({ ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 4_000 });
    const salaryOther = offer({ ...PSYCH, productivityModel: "salary", wrvuThreshold: 3_000 });
    const ask = askIn(planFor(high, [lowOther, salaryOther], WRVU_ROWS), "lower-threshold");
    // 4,000 is below the median 4,500: the stronger figure becomes the target and is cited.
    expect(ask.elsewhere).toBe("Another offer I'm considering sets the wRVU threshold at 4,000 wRVUs.");
    expect(ask.target).toBe(4_000);
    expect(ask.title).toBe("Set the wRVU threshold at 4,000 wRVUs");
    expect(askIn(planFor(high, [salaryOther], WRVU_ROWS), "lower-threshold").elsewhere).toBeUndefined();
  });

  it("never cites another offer's threshold that is above the target (the self-undercut)", () => {
    // Other offer 5,000 > median 4,500 asked for: citing it would anchor the employer on 5,000.
    const weaker = offer({ ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 5_000 });
    const ask = askIn(planFor(high, [weaker], WRVU_ROWS), "lower-threshold");
    expect(ask.target).toBe(4_500);
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.script).not.toContain("5,000");
  });

  it("asks nothing for a threshold at or below the median", () => {
    expect(planFor({ ...high, wrvuThreshold: 4_500 }, [], WRVU_ROWS).map((a) => a.id)).not.toContain("lower-threshold");
  });
});

describe("the threshold against the candidate's own production (no benchmark needed)", () => {
  // The brief's offer B: $290,000 base, 7,500 wRVU threshold, expected 4,500, $45 per wRVU, 1-year
  // guarantee, 3-year term. By hand: (4,500 − 7,500) × 45 < 0, so the bonus is $0; from year 2 production
  // pays 4,500 × 45 = $202,500, 290,000 − 202,500 = $87,500 a year less, years 2–3: 2 × 87,500 = $175,000.
  const B = {
    ...PSYCH,
    productivityModel: "wrvu",
    baseSalary: 290_000,
    wrvuThreshold: 7_500,
    expectedWrvus: 4_500,
    dollarsPerWrvu: 45,
    guaranteeYears: 1,
    termYears: 3,
  };

  it("is red without any wRVU percentiles, saying the bonus, the threshold that pays, and the pay after the guarantee", () => {
    const flag = expectFlag("threshold-above-median", B);
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("pays no productivity bonus ($0)");
    expect(flag.finding).toContain("3,000 wRVUs above your production");
    expect(flag.finding).toContain("at or below 4,500 wRVUs");
    expect(flag.finding).toContain("from year 2 the production formula pays $202,500, $87,500 a year less");
    expect(flag.finding).toContain("years 2–3, $175,000 in all");
    expect(flag.fields).toEqual(["wrvuThreshold", "expectedWrvus", "dollarsPerWrvu", "guaranteeYears", "termYears"]);
    expect(flag.counterAsk).toContain(
      "guaranteed through the 3-year term, or for the threshold to be set at 4,500 wRVUs",
    );
  });

  it("asks for one thing, valued at the pay cut after the guarantee, never $0", () => {
    const ask = askIn(planFor(B), "lower-threshold");
    expect(ask.valuePerYear).toBe(87_500);
    expect(ask.title).toBe("Guarantee the base through the term, or set the wRVU threshold at 4,500 wRVUs");
    expect(ask.target).toBe(4_500);
    expect(ask.valueBasis).toContain("$87,500 a year");
    expect(ask.script.match(/I'd ask/g)).toHaveLength(1);
  });

  it("with the percentiles pasted, stays worth $87,500 and leads the cash asks", () => {
    // WRVU_ONLY: P50 4,500, P90 6,800; 7,500 is above the 90th percentile, median = expected = 4,500 → bonus gain 0.
    const plan = planFor(B, [], WRVU_ONLY);
    const ask = askIn(plan, "lower-threshold");
    expect(ask.valuePerYear).toBe(87_500);
    expect(plan[0].id).toBe("lower-threshold");
    expect(expectFlag("threshold-above-median", B, WRVU_ONLY).finding).toContain("above the 90th percentile");
  });

  it("never cites another offer's 4,800 threshold while asking for 4,500 (the self-undercut)", () => {
    const other = offer({ ...PSYCH, productivityModel: "wrvu", wrvuThreshold: 4_800 });
    const ask = askIn(planFor(B, [other]), "lower-threshold");
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.script).not.toContain("4,800");
  });

  it("is not raised by production when the threshold is at or below the expected wRVUs", () => {
    // Without percentiles it is then only the info flag saying what to import.
    expect(flagOf("threshold-above-median", { ...B, wrvuThreshold: 4_500 })?.severity).toBe("info");
    expect(flagOf("threshold-above-median", { ...B, wrvuThreshold: 4_500 }, WRVU_ONLY)).toBeUndefined();
  });
});

describe("percentile words stay inside the data", () => {
  it("says 'above the 90th percentile', never an invented 100th, and 'between' on a tie", () => {
    expect(expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 9_000 }, WRVU_ONLY).finding).toContain(
      "above the 90th percentile",
    );
    // P75 = P90 = 5,600: 5,600 is on the tie.
    const tied = userRows(["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 5_600]);
    expect(expectFlag("threshold-above-median", { ...WRVU_PLAN, wrvuThreshold: 5_600 }, tied).finding).toContain(
      "between the 75th and 90th percentiles",
    );
  });
});
