import { callPay, hourlyRate, totalComp } from "../../src/core/compensation";
import { errorKind as kind } from "../harness/functions/error-kind";

describe("totalComp", () => {
  it("adds sign-on and relocation to base in the first year (the co-resident's offer)", () => {
    expect(totalComp({ base: 420_000, signOn: 40_000, relocation: 20_000 })).toBe(480_000);
  });

  it("spreads one-time payments over the years asked for", () => {
    expect(totalComp({ base: 420_000, signOn: 40_000, relocation: 20_000, years: 4 })).toBe(435_000);
  });

  it("adds other annual pay every year", () => {
    expect(totalComp({ base: 290_000, otherAnnual: 12_000, years: 3 })).toBe(302_000);
  });

  it("defaults the threshold to the production the base pays for", () => {
    // 290,000 / 50 = 5,800 wRVUs; 6,000 - 5,800 = 200 above it at $50.
    expect(totalComp({ base: 290_000, wrvus: 6_000, dollarsPerWrvu: 50 })).toBe(300_000);
  });

  it("pays the bonus above an explicit threshold, never a negative bonus", () => {
    expect(totalComp({ base: 290_000, wrvus: 6_000, dollarsPerWrvu: 50, wrvuThreshold: 5_000 })).toBe(340_000);
    expect(totalComp({ base: 290_000, wrvus: 4_000, dollarsPerWrvu: 50, wrvuThreshold: 5_000 })).toBe(290_000);
  });

  it("pays no bonus without both wRVUs and $/wRVU", () => {
    expect(totalComp({ base: 290_000, wrvus: 9_000 })).toBe(290_000);
    expect(totalComp({ base: 290_000, dollarsPerWrvu: 60, wrvuThreshold: 1 })).toBe(290_000);
  });

  it("refuses negative money and impossible horizons with #NUM!", () => {
    expect(kind(() => totalComp({ base: -1 }))).toBe("num");
    expect(kind(() => totalComp({ base: 1, signOn: -1 }))).toBe("num");
    expect(kind(() => totalComp({ base: 1, wrvus: -5, dollarsPerWrvu: 50 }))).toBe("num");
    expect(kind(() => totalComp({ base: 1, years: 0.5 }))).toBe("num");
    expect(kind(() => totalComp({ base: 1, years: 41 }))).toBe("num");
    expect(() => totalComp({ base: 1, years: 0.5 })).toThrow("years must be at least 1 (the first year); got 0.5.");
  });
});

describe("callPay", () => {
  it("is zero for call shared equally with no stipend", () => {
    expect(callPay(6, 0)).toBe(0);
  });

  it("pays shifts beyond those included in the base, every month", () => {
    expect(callPay(6, 500)).toBe(36_000);
    expect(callPay(6, 500, 4)).toBe(12_000);
    expect(callPay(3, 500, 4)).toBe(0);
  });

  it("refuses negative inputs", () => {
    expect(kind(() => callPay(-1, 500))).toBe("num");
    expect(kind(() => callPay(1, -500))).toBe("num");
  });
});

describe("hourlyRate", () => {
  it("divides pay by clinical and call hours, 48 weeks by default", () => {
    expect(hourlyRate({ annualPay: 288_000, hoursPerWeek: 50 })).toBe(120);
    expect(hourlyRate({ annualPay: 288_000, hoursPerWeek: 50, weeksPerYear: 48, callHoursPerYear: 480 })).toBe(100);
  });

  it("refuses impossible schedules with #NUM!", () => {
    expect(kind(() => hourlyRate({ annualPay: 1, hoursPerWeek: 0 }))).toBe("num");
    expect(kind(() => hourlyRate({ annualPay: 1, hoursPerWeek: 169 }))).toBe("num");
    expect(kind(() => hourlyRate({ annualPay: 1, hoursPerWeek: 40, weeksPerYear: 53 }))).toBe("num");
  });
});
