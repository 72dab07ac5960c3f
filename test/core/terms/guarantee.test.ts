import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

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

describe("salary-guarantee", () => {
  const noGuarantee = { ...PSYCH, productivityModel: "wrvu", guaranteeYears: 0, baseSalary: 290_000 };

  it("asks for a two-year guarantee under productivity pay with none; no dollar value", () => {
    const ask = askIn(planFor(noGuarantee), "salary-guarantee");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "red", audience: "recruiter" });
    expect(ask.script).toContain("$290,000 to be guaranteed for the first 2 years");
    expect(ask.valueBasis).toContain("Resolve");
  });

  it("says when another offer guarantees the base", () => {
    const ask = askIn(planFor(noGuarantee, [offer({ ...PSYCH, guaranteeYears: 3 })]), "salary-guarantee");
    expect(ask.elsewhere).toBe("Another offer I'm considering guarantees the base for 3 years.");
  });
});

describe("salary-guarantee against other offers and the candidate's production", () => {
  const noGuarantee = { ...PSYCH, productivityModel: "wrvu", guaranteeYears: 0, baseSalary: 290_000 };

  it("does not cite a 1-year guarantee elsewhere while asking for 2 years", () => {
    const ask = askIn(planFor(noGuarantee, [offer({ ...PSYCH, guaranteeYears: 1 })]), "salary-guarantee");
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.target).toBe(2);
  });

  it("says what production alone pays when the threshold is not above it", () => {
    // 5,000 wRVUs × $45 = $225,000 from year 1; 290,000 − 225,000 = $65,000 a year, 2 years: $130,000.
    const fields = { ...noGuarantee, wrvuThreshold: 4_000, expectedWrvus: 5_000, dollarsPerWrvu: 45, termYears: 2 };
    const flag = expectFlag("no-guarantee", fields);
    expect(flag.finding).toContain("There is no salary guarantee: from year 1 the production formula pays $225,000");
    expect(flag.finding).toContain("$65,000 a year less");
    expect(askIn(planFor(fields), "salary-guarantee").valueBasis).toContain("about $65,000 a year");
  });
});
