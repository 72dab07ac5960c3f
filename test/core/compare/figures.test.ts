import fc from "fast-check";
import {
  COMPARE_FIGURES,
  EXIT_COST_MONTHS,
  type FigureKey,
  type OfferFigures,
  bestOffers,
  offerFigures,
} from "../../../src/core/compare/figures";
import { offerExitCost } from "../../../src/core/exit-cost";
import { totalCompYear1 } from "../../../src/core/offer/offer-totals";
import { checkOffer } from "../../../src/core/rules";
import { offerArbitrary } from "../../harness/offer-arbitrary";
import { offerFrom } from "../../harness/offers";
import { userRows } from "../rules/offer-fixture";
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../../harness/offers";

const NO_BENCHMARKS = { benchmarks: [] };

/** The seed's $290k Psychiatry offer, with a 50-hour week and 12-hour call shifts. */
const SEED_290 = offerFrom({
  id: "OF-SEED0290",
  ...SEED_TERMS,
  hoursPerWeek: 50,
  callHoursPerShift: 12,
});

/** The co-resident's $420k offer. */
const SEED_420 = offerFrom({
  id: "OF-SEED0420",
  ...CO_RESIDENT_TERMS,
  termYears: 2,
});

describe("offer metrics", () => {
  it("put the seed's two offers side by side", () => {
    const low = offerFigures(SEED_290, NO_BENCHMARKS);
    const high = offerFigures(SEED_420, NO_BENCHMARKS);
    expect(low).toMatchObject({
      id: "OF-SEED0290",
      totalCompYear1: 290000,
      totalCompOverTerm: 290000,
      scarcity: 95 - 20,
      exitCost12: 22500,
      exitCost24: 22500,
    });
    // 50 h × 48 weeks + 4 call shifts × 12 months × 12 h.
    expect(low.payPerClinicalHour).toBeCloseTo(290000 / (50 * 48 + 4 * 12 * 12), 9);
    expect(high).toMatchObject({
      totalCompYear1: 480000,
      totalCompOverTerm: 420000 + 60000 / 2,
      scarcity: 100,
      exitCost12: 65119,
      exitCost24: 35119,
    });
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

  it("count call hours in pay per hour, and read 0 weeks as 48 as OFFER.HOURLY does", () => {
    const offer = offerFrom({
      baseSalary: 288000,
      hoursPerWeek: 50,
      weeksPerYear: 0,
      callShiftsPerMonth: 2,
      callHoursPerShift: 20,
    });
    expect(offerFigures(offer, NO_BENCHMARKS).payPerClinicalHour).toBeCloseTo(288000 / (50 * 48 + 2 * 12 * 20), 9);
    const noCall = offerFrom({ baseSalary: 288000, hoursPerWeek: 50, weeksPerYear: 45, callShiftsPerMonth: 2 });
    expect(offerFigures(noCall, NO_BENCHMARKS).payPerClinicalHour).toBeCloseTo(288000 / (50 * 45), 9);
    // No hours at all: no answer.
    expect(
      offerFigures(offerFrom({ baseSalary: 288000, hoursPerWeek: 0 }), NO_BENCHMARKS).payPerClinicalHour,
    ).toBeNull();
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
        if (offer.hoursPerWeek === null) expect(m.payPerClinicalHour).toBeNull();
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
    totalCompYear1: null,
    totalCompOverTerm: null,
    wrvuGap: null,
    thresholdPercentile: null,
    scarcity: null,
    payPerClinicalHour: null,
    exitCost12: null,
    exitCost24: null,
    redFlags: null,
    cautionFlags: null,
    ...values,
  });

  it("pick the highest or the lowest by the metric's direction, ties included, nulls ignored", () => {
    const list = [
      figures("A", { totalCompYear1: 290000, exitCost12: 22500 }),
      figures("B", { totalCompYear1: 480000, exitCost12: 65119 }),
      figures("C", { exitCost12: 22500 }),
    ];
    expect(bestOffers(list, "totalCompYear1")).toEqual(["B"]);
    expect(bestOffers(list, "exitCost12")).toEqual(["A", "C"]);
  });

  it("pick none when fewer than two offers have a value", () => {
    expect(bestOffers([figures("A", { scarcity: 75 }), figures("B", {})], "scarcity")).toEqual([]);
    expect(bestOffers([], "scarcity")).toEqual([]);
  });

  it("return offers no other offer beats", () => {
    const value = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 6 }), (pairs) => {
        const list = pairs.map(([pay, cost], i) => figures(`O${i}`, { payPerClinicalHour: pay, exitCost24: cost }));
        for (const [key, sign] of [
          ["payPerClinicalHour", 1],
          ["exitCost24", -1],
        ] as const) {
          const best = bestOffers(list, key);
          const valued = list.filter((m) => m[key] !== null);
          expect(best.length > 0).toBe(valued.length >= 2);
          for (const id of best) {
            const mine = list.find((m) => m.id === id)![key]!;
            for (const other of valued) expect(sign * (mine - other[key]!)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
});
