import fc from "fast-check";
import {
  COMPARE_FIGURES,
  EXIT_COST_MONTHS,
  type FigureKey,
  type OfferFigures,
  bestOffers,
  offerFigures,
  thresholdPercentileWords,
} from "../../../src/core/compare/figures";
import { offerExitCost } from "../../../src/core/exit-cost";
import { totalCompYear1 } from "../../../src/core/offer/offer-totals";
import { checkOffer } from "../../../src/core/rules";
import { offerArbitrary } from "../../harness/offer-arbitrary";
import { offerFrom } from "../../harness/offers";
import { userRows } from "../rules/offer-fixture";
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../../harness/offers";

const NO_BENCHMARKS = { benchmarks: [] };

/** The seed's $290k Psychiatry offer in Illinois, with a 50-hour week and 12-hour call shifts. */
const SEED_290 = offerFrom({
  id: "OF-SEED0290",
  ...SEED_TERMS,
  state: "IL",
  hoursPerWeek: 50,
  callHoursPerShift: 12,
});

/** The co-resident's $420k offer, in rural Texas. */
const SEED_420 = offerFrom({
  id: "OF-SEED0420",
  ...CO_RESIDENT_TERMS,
  state: "TX",
  termYears: 2,
});

/** 1/1.05 + 1/1.05² + … + 1/1.05⁵: five equal real years discounted at the default 5%. */
const ANNUITY_5 = 1 / 1.05 + 1 / 1.05 ** 2 + 1 / 1.05 ** 3 + 1 / 1.05 ** 4 + 1 / 1.05 ** 5;

describe("offer metrics", () => {
  it("put the seed's two offers side by side", () => {
    const low = offerFigures(SEED_290, NO_BENCHMARKS);
    const high = offerFigures(SEED_420, NO_BENCHMARKS);
    expect(low).toMatchObject({
      id: "OF-SEED0290",
      totalCompYear1: 290000,
      totalCompOverTerm: 290000,
      // Psychiatry 95; Illinois's HRSA mental-health need 2.3 per 100,000 against 1.9 for the US:
      // 5 × log2(2.3 ÷ 1.9) = 5 × 0.276 = 1.38 → +1; saturated metro −20. 95 + 1 − 20 = 76.
      scarcity: 95 + 1 - 20,
      exitCost12: 22500,
      exitCost24: 22500,
    });
    // $290,000 in Illinois, single, 2026. Federal: taxable 290,000 − 16,100 = 273,900; 10% × 12,400 = 1,240;
    //   12% × 38,000 = 4,560; 22% × 55,300 = 12,166; 24% × 96,075 = 23,058; 32% × 54,450 = 17,424;
    //   35% × (273,900 − 256,225 = 17,675) = 6,186.25 → 64,634.25 (Illinois's 14,355 < the 16,100 standard deduction).
    // Social Security 6.2% × 184,500 = 11,439; Medicare 1.45% × 290,000 = 4,205 + 0.9% × 90,000 = 810 → 5,015.
    // Illinois: AGI over 250,000, so no exemption: 4.95% × 290,000 = 14,355.
    // Take-home 290,000 − 64,634.25 − 11,439 − 5,015 − 14,355 = 194,556.75; Illinois's price level 98.855 (BEA 2023).
    const lowReal = (194_556.75 * 100) / 98.855;
    expect(low.takeHomeYear1).toBeCloseTo(194_556.75, 6);
    expect(low.priceLevel).toBe(98.855);
    expect(low.realTakeHomeYear1).toBeCloseTo(lowReal, 6);
    expect(low.multiYearValue).toBeCloseTo(lowReal * ANNUITY_5, 4);
    expect(low.keptAt12).toBeCloseTo(((194_556.75 - 22_500) * 100) / 98.855, 6);
    expect(low.keptAt24).toBeCloseTo(((2 * 194_556.75 - 22_500) * 100) / 98.855, 6);
    // Real take-home per hour: 50 h × 48 weeks + 4 call shifts × 12 months × 12 h = 2,400 + 576 = 2,976 hours.
    expect(low.payPerClinicalHour).toBeCloseTo(lowReal / 2_976, 9);
    expect(low.payPerClinicalDay).toBeNull();
    expect(high).toMatchObject({
      totalCompYear1: 480000,
      totalCompOverTerm: 420000 + 60000 / 2,
      scarcity: 100,
      // Non-compete: 15 mi, blank scope (×2), rural (×2.5) = 75 mi; 12,619 × 0.976482 × 2 years = 24,644.
      exitCost12: 30000 + 22500 + 24644,
      exitCost24: 22500 + 24644,
    });
    // Year 1: 480,000 in Texas. Federal: taxable 463,900; 58,448 through the 32% bracket (as above) + 35% × 207,675
    //   = 72,686.25 → 131,134.25; Social Security 11,439; Medicare 6,960 + 0.9% × 280,000 = 2,520 → 9,480.
    //   Take-home 480,000 − 131,134.25 − 11,439 − 9,480 = 327,946.75.
    // Years 2–5: 420,000; federal 58,448 + 35% × 147,675 = 51,686.25 → 110,134.25; Medicare 6,090 + 1,980 = 8,070;
    //   take-home 420,000 − 110,134.25 − 11,439 − 8,070 = 290,356.75.
    // A rural market prices rural Texas; with no BEA figure for it, Texas's 97.175 stands in.
    expect(high.takeHomeYear1).toBeCloseTo(327_946.75, 6);
    expect(high.priceLevel).toBe(97.175);
    expect(high.realTakeHomeYear1).toBeCloseTo((327_946.75 * 100) / 97.175, 6);
    expect(high.multiYearValue).toBeCloseTo(
      ((327_946.75 / 1.05 + 290_356.75 * (ANNUITY_5 - 1 / 1.05)) * 100) / 97.175,
      4,
    );
    expect(high.keptAt12).toBeCloseTo(((327_946.75 - 77_144) * 100) / 97.175, 6);
    expect(high.keptAt24).toBeCloseTo(((327_946.75 + 290_356.75 - 47_144) * 100) / 97.175, 6);
    expect(high.payPerClinicalHour).toBeNull();
    for (const m of [low, high]) expect(m).toMatchObject({ wrvuGap: null, thresholdPercentile: null });
  });

  it("count the red and caution flags checkOffer raises", () => {
    fc.assert(
      fc.property(offerArbitrary, (offer) => {
        const flags = checkOffer(offer, NO_BENCHMARKS);
        const m = offerFigures(offer, NO_BENCHMARKS);
        expect(m.redFlags).toBe(flags.filter((f) => f.severity === "red").length);
        expect(m.cautionFlags).toBe(flags.filter((f) => f.severity === "caution").length);
      }),
      { numRuns: 50 },
    );
    expect(offerFigures(SEED_290, NO_BENCHMARKS).cautionFlags).toBeGreaterThan(0);
  });

  it("place the threshold and the gap against the user's wRVU benchmark", () => {
    const offer = offerFrom({ specialty: "FM", wrvuThreshold: 5500, expectedWrvus: 4800 });
    const rows = userRows(["Family Medicine", "wRVU", 4000, 5000, 6000, 7000]);
    expect(offerFigures(offer, { benchmarks: rows })).toMatchObject({ wrvuGap: 700, thresholdPercentile: 62.5 });
    // No wRVU percentiles ship (they are licensed): without the user's rows there is no percentile.
    expect(offerFigures(offer, NO_BENCHMARKS)).toMatchObject({ wrvuGap: 700, thresholdPercentile: null });
    expect(offerFigures(offerFrom({ wrvuThreshold: 5500 }), { benchmarks: rows }).wrvuGap).toBeNull();
    expect(offerFigures(offerFrom({ wrvuThreshold: 0, expectedWrvus: 0 }), NO_BENCHMARKS).wrvuGap).toBe(0);
  });

  it("word the threshold's percentile inside the data: never an invented 100th or a 62.5th", () => {
    const rows = userRows(["Family Medicine", "wRVU", 4000, 5000, 6000, 7000]);
    const words = (wrvuThreshold: number) =>
      thresholdPercentileWords(offerFrom({ specialty: "FM", wrvuThreshold }), { benchmarks: rows });
    expect(words(5500)).toBe("about the 63rd percentile"); // 50 + 25 × 500/1,000 = 62.5
    expect(words(9000)).toBe("above the 90th percentile");
    expect(words(3000)).toBe("below the 25th percentile");
    expect(words(6000)).toBe("at the 75th percentile");
    expect(thresholdPercentileWords(offerFrom({ specialty: "FM", wrvuThreshold: 5500 }), NO_BENCHMARKS)).toBeNull();
  });

  it("count call hours in real pay per hour, read 0 weeks as 48 as OFFER.HOURLY does, and take weeks from PTO days", () => {
    // $288,000 in Texas, single, 2026. Federal: taxable 288,000 − 16,100 = 271,900; 58,448 through the 32% bracket
    // + 35% × (271,900 − 256,225 = 15,675) = 5,486.25 → 63,934.25. Social Security 11,439. Medicare 1.45% × 288,000
    // = 4,176 + 0.9% × 88,000 = 792 → 4,968. Take-home 288,000 − 63,934.25 − 11,439 − 4,968 = 207,658.75;
    // real at Texas's 97.175.
    const real = (207_658.75 * 100) / 97.175;
    const terms = { baseSalary: 288000, state: "TX", hoursPerWeek: 50 };
    const offer = offerFrom({ ...terms, weeksPerYear: 0, callShiftsPerMonth: 2, callHoursPerShift: 20 });
    expect(offerFigures(offer, NO_BENCHMARKS).realTakeHomeYear1).toBeCloseTo(real, 6);
    expect(offerFigures(offer, NO_BENCHMARKS).payPerClinicalHour).toBeCloseTo(real / (50 * 48 + 2 * 12 * 20), 9);
    const noCall = offerFrom({ ...terms, weeksPerYear: 45, callShiftsPerMonth: 2 });
    expect(offerFigures(noCall, NO_BENCHMARKS).payPerClinicalHour).toBeCloseTo(real / (50 * 45), 9);
    // Weeks blank: 52 less PTO days ÷ 5; 25 days → 47 weeks. Per clinical day: 4 days × 47 weeks = 188.
    const pto = offerFrom({ ...terms, ptoDays: 25, clinicalDaysPerWeek: 4 });
    expect(offerFigures(pto, NO_BENCHMARKS).payPerClinicalHour).toBeCloseTo(real / (50 * 47), 9);
    expect(offerFigures(pto, NO_BENCHMARKS).payPerClinicalDay).toBeCloseTo(real / 188, 9);
    // Given weeks win over PTO days; neither given is 48 weeks.
    expect(
      offerFigures(offerFrom({ ...terms, weeksPerYear: 44, ptoDays: 25 }), NO_BENCHMARKS).payPerClinicalHour,
    ).toBeCloseTo(real / (50 * 44), 9);
    expect(offerFigures(offerFrom({ ...terms, clinicalDaysPerWeek: 5 }), NO_BENCHMARKS).payPerClinicalDay).toBeCloseTo(
      real / (5 * 48),
      9,
    );
    // No hours at all, or no state (no take-home): no answer.
    expect(offerFigures(offerFrom({ ...terms, hoursPerWeek: 0 }), NO_BENCHMARKS).payPerClinicalHour).toBeNull();
    expect(offerFigures(offerFrom({ ...terms, state: null }), NO_BENCHMARKS).payPerClinicalHour).toBeNull();
  });

  it("are null where the core has no answer", () => {
    const m = offerFigures(
      offerFrom({ specialty: "Sports Medicine", termYears: 0.5, signOnBonus: 10000 }),
      NO_BENCHMARKS,
    );
    expect(m).toMatchObject({ scarcity: null, totalCompOverTerm: null, exitCost12: null, exitCost24: null });
    expect(m.totalCompYear1).toBe(10000);
  });

  it("agree with the core's own calculations on random offers", () => {
    fc.assert(
      fc.property(offerArbitrary, (offer) => {
        const m = offerFigures(offer, NO_BENCHMARKS);
        expect(m.totalCompYear1).toBe(totalCompYear1(offer));
        for (const key of ["exitCost12", "exitCost24"] as const) {
          const repayable = (amount: number | null, months: number | null) => amount !== null && amount > 0 && !months;
          if (
            repayable(offer.signOnBonus, offer.signOnForgivenessMonths) ||
            repayable(offer.relocation, offer.relocationForgivenessMonths)
          ) {
            expect(m[key]).toBeNull();
          } else expect(m[key]).toBe(offerExitCost(offer, EXIT_COST_MONTHS[key]).total);
        }
        if (offer.hoursPerWeek === null || m.realTakeHomeYear1 === null) expect(m.payPerClinicalHour).toBeNull();
        if (!offer.clinicalDaysPerWeek || m.realTakeHomeYear1 === null) expect(m.payPerClinicalDay).toBeNull();
        // Real take-home is take-home at the area's prices; null when either is unknown.
        if (m.takeHomeYear1 === null || m.priceLevel === null) expect(m.realTakeHomeYear1).toBeNull();
        else expect(m.realTakeHomeYear1).toBeCloseTo((m.takeHomeYear1 * 100) / m.priceLevel, 6);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the list of Compare metrics", () => {
  it("describes every metric once, with a label, a unit, a direction and an explanation", () => {
    const keys = Object.keys(offerFigures(SEED_290, NO_BENCHMARKS)).filter((k) => k !== "id");
    expect(COMPARE_FIGURES.map((m) => m.key).sort()).toEqual(keys.sort());
    expect(new Set(COMPARE_FIGURES.map((m) => m.label)).size).toBe(COMPARE_FIGURES.length);
    for (const m of COMPARE_FIGURES) expect(m.explanation.length).toBeGreaterThan(20);
    const better = Object.fromEntries(COMPARE_FIGURES.map((m) => [m.key, m.better]));
    expect(better).toMatchObject({
      totalCompYear1: "higher",
      payPerClinicalHour: "higher",
      scarcity: "higher",
      exitCost12: "lower",
      wrvuGap: "lower",
      redFlags: "lower",
    });
  });
});

describe("best offers", () => {
  const figures = (id: string, values: Partial<Record<FigureKey, number | null>>): OfferFigures => ({
    id,
    ...(Object.fromEntries(COMPARE_FIGURES.map((f) => [f.key, null])) as Record<FigureKey, null>),
    ...values,
  });

  it("pick the highest or the lowest by the figure's direction, ties included, nulls ignored", () => {
    const list = [
      figures("A", { realTakeHomeYear1: 200000, wrvuGap: 300 }),
      figures("B", { realTakeHomeYear1: 250000, wrvuGap: 900 }),
      figures("C", { wrvuGap: 300 }),
    ];
    expect(bestOffers(list, "realTakeHomeYear1")).toEqual(["B"]);
    expect(bestOffers(list, "wrvuGap")).toEqual(["A", "C"]);
  });

  it("mark nominal pay by real value: more total comp in a dearer place does not win", () => {
    // A pays more before tax and prices, B keeps more in real terms: every nominal row marks B.
    const list = [
      figures("A", {
        totalCompYear1: 480000,
        totalCompOverTerm: 450000,
        takeHomeYear1: 300000,
        realTakeHomeYear1: 240000,
        multiYearValue: 1.0e6,
      }),
      figures("B", {
        totalCompYear1: 420000,
        totalCompOverTerm: 420000,
        takeHomeYear1: 280000,
        realTakeHomeYear1: 290000,
        multiYearValue: 1.2e6,
      }),
    ];
    expect(bestOffers(list, "totalCompYear1")).toEqual(["B"]);
    expect(bestOffers(list, "takeHomeYear1")).toEqual(["B"]);
    expect(bestOffers(list, "totalCompOverTerm")).toEqual(["B"]);
    // Over the term, by the multi-year value: flip it and the mark follows.
    const flipped = [list[0], { ...list[1], multiYearValue: 0.9e6 }];
    expect(bestOffers(flipped, "totalCompOverTerm")).toEqual(["A"]);
    expect(bestOffers(flipped, "totalCompYear1")).toEqual(["B"]);
  });

  it("mark the cost to leave by what you would keep, and never mark the price level", () => {
    const list = [
      figures("A", { exitCost12: 20000, keptAt12: 150000, exitCost24: 20000, keptAt24: 350000, priceLevel: 90 }),
      figures("B", { exitCost12: 60000, keptAt12: 180000, exitCost24: 30000, keptAt24: 340000, priceLevel: 110 }),
    ];
    expect(bestOffers(list, "exitCost12")).toEqual(["B"]);
    expect(bestOffers(list, "exitCost24")).toEqual(["A"]);
    expect(bestOffers(list, "priceLevel")).toEqual([]);
    // Without what you would keep, a cost alone marks nothing.
    const costsOnly = list.map((f) => ({ ...f, keptAt12: null }));
    expect(bestOffers(costsOnly, "exitCost12")).toEqual([]);
  });

  it("judge each row by a figure that is judged by itself, in its own direction, and reference only the price level", () => {
    for (const f of COMPARE_FIGURES) {
      if (!f.judgedBy) continue;
      const judge = COMPARE_FIGURES.find((g) => g.key === f.judgedBy)!;
      expect({ key: f.key, judge: judge.key, judgedBy: judge.judgedBy, better: judge.better }).toEqual({
        key: f.key,
        judge: judge.key,
        judgedBy: undefined,
        better: "higher",
      });
    }
    expect(COMPARE_FIGURES.filter((f) => f.reference).map((f) => f.key)).toEqual(["priceLevel"]);
    for (const f of COMPARE_FIGURES.filter((g) => g.unit === "dollars" && /nominal/.test(g.label)))
      expect(f.judgedBy).toBeDefined();
  });

  it("pick none when fewer than two offers have a value", () => {
    expect(bestOffers([figures("A", { scarcity: 75 }), figures("B", {})], "scarcity")).toEqual([]);
    expect(bestOffers([], "scarcity")).toEqual([]);
  });

  it("return offers no other offer beats on the figure that judges the row", () => {
    const value = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, value), { maxLength: 6 }), (rows) => {
        const list = rows.map(([pay, cost, kept, level], i) =>
          figures(`O${i}`, { payPerClinicalHour: pay, exitCost24: cost, keptAt24: kept, priceLevel: level }),
        );
        for (const [key, judge, sign] of [
          ["payPerClinicalHour", "payPerClinicalHour", 1],
          ["keptAt24", "keptAt24", 1],
          ["exitCost24", "keptAt24", 1],
        ] as const) {
          const best = bestOffers(list, key);
          const valued = list.filter((m) => m[judge] !== null);
          expect(best.length > 0).toBe(valued.length >= 2);
          for (const id of best) {
            const mine = list.find((m) => m.id === id)![judge]!;
            for (const other of valued) expect(sign * (mine - other[judge]!)).toBeGreaterThanOrEqual(0);
          }
        }
        expect(bestOffers(list, "priceLevel")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the cost to leave", () => {
  it("cannot be won by paying less: a lower-paid offer owing less back loses to a higher-paid one that keeps more", () => {
    // Both Psychiatry in Texas, the same tail estimate; only the higher-paid one has a sign-on to pay back.
    const lower = offerFrom({ id: "OF-LOWPAY22", baseSalary: 300000, state: "TX" });
    const higher = offerFrom({
      id: "OF-HIGHPAY2",
      baseSalary: 400000,
      signOnBonus: 40000,
      signOnForgivenessMonths: 24,
      clawback: "Forgiven monthly",
      state: "TX",
    });
    const [low, high] = [lower, higher].map((o) => offerFigures(o, NO_BENCHMARKS));
    // After 12 of 24 months, half the sign-on is still owed: 40,000 × 12 / 24 = 20,000 more than the lower offer.
    expect(high.exitCost12! - low.exitCost12!).toBeCloseTo(20000, 6);
    const tail = low.exitCost12!;
    // Lower: 300,000 in Texas; taxable 283,900; federal 58,448 + 35% × 27,675 = 9,686.25 → 68,134.25;
    //   Social Security 11,439; Medicare 4,350 + 900 = 5,250; take-home 215,176.75.
    // Higher: 440,000 in year 1; taxable 423,900; federal 58,448 + 35% × 167,675 = 58,686.25 → 117,134.25;
    //   Social Security 11,439; Medicare 6,380 + 0.9% × 240,000 = 2,160 → 8,540; take-home 302,886.75.
    expect(low.keptAt12).toBeCloseTo(((215_176.75 - tail) * 100) / 97.175, 6);
    expect(high.keptAt12).toBeCloseTo(((302_886.75 - 20_000 - tail) * 100) / 97.175, 6);
    // The lower offer costs less to leave, but the higher one keeps more: the row marks the higher one.
    expect(low.exitCost12!).toBeLessThan(high.exitCost12!);
    expect(bestOffers([low, high], "exitCost12")).toEqual(["OF-HIGHPAY2"]);
    expect(bestOffers([low, high], "exitCost24")).toEqual(["OF-HIGHPAY2"]);
  });
});
